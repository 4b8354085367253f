"""What every served benchmark needs: cached datasets, a gunicorn server, an HTTP client,
wrk, and percentiles. No measuring policy here; `bench/run.py` decides what to time."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import math
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.client import HTTPConnection, HTTPException
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from gunicorn.config import KNOWN_SETTINGS
from sqlalchemy.engine import make_url

from models import demo

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
#: What makes a dataset: the generator and the migrations (an applied migration that is
#: edited afterwards never runs again on a database already at its revision).
DATASET_SOURCES = [ROOT / "models" / "scale.py", ROOT / "models" / "migrations" / "versions"]
#: One secret for every worker, so a cookie signed by one is read by the other.
SECRET_KEY = "bench-secret-key-not-for-production"  # noqa: S105
CSRF_FIELD = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
NEXT_LINK = re.compile(r'href="([^"]+)"[^>]*rel="next"')
#: What a request that got no answer raises.
NO_ANSWER = (OSError, HTTPException)


# Figures ---------------------------------------------------------------------------------------


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (`share` from 0 to 1) of `samples`; NaN when empty."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Timings:
    """Latencies in milliseconds, with the statuses seen, of one kind of request."""

    samples: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    def add(self, milliseconds: float, status: int = 200) -> None:
        self.samples.append(milliseconds)
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def extend(self, other: Timings) -> None:
        self.samples += other.samples
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count

    def p(self, share: float) -> float:
        return percentile(self.samples, share)

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500 or status == 0)

    @property
    def unexpected(self) -> dict[int, int]:
        """Statuses other than 2xx and 3xx (0 stands for no answer at all)."""
        return {s: n for s, n in sorted(self.statuses.items()) if not 200 <= s < 400}


def machine() -> dict[str, str]:
    """Date, cores, CPU model and load average: the context every figure needs."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if len(commit) > 72:  # the subject's start is enough to recognise it
        commit = commit[:71] + "…"
    changed = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", ".", ":!bench"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    if changed:
        commit += f" with uncommitted changes in {len(changed)} files outside bench/"
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": model,
        "load": load_average(),
        "commit": commit or "unknown",
    }


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# Datasets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    """A seeded database (the cache, never written by a run) and the engine it is on."""

    engine: str
    size: int
    url: str


def _flask(url: str, instance: Path, *arguments: str) -> None:
    """Run `flask --app webapp ARGUMENTS` against `url`, failing loudly."""
    environment = os.environ | {
        "DATABASE_URL": url,
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": SECRET_KEY,
    }
    command = [sys.executable, "-m", "flask", "--app", "webapp", *arguments]
    subprocess.run(command, cwd=ROOT, env=environment, check=True)  # noqa: S603


def _fingerprint() -> str:
    """Changes when the data generator or a migration does: a dataset made by other
    ones may differ from a fresh one."""
    digest = hashlib.sha256()
    for source in DATASET_SOURCES:
        for path in sorted(source.glob("*.py")) if source.is_dir() else [source]:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _note(folder: Path, key: str) -> Path:
    return folder / f"{key}.json"


def _seed(url: str, size: int, folder: Path, key: str) -> None:
    print(f"  seeding {key}: seed-scale --integrators {size} (once; cached in {folder})")
    started = time.perf_counter()
    _flask(url, folder / "instance", "seed-scale", "--integrators", str(size))
    seconds = time.perf_counter() - started
    _note(folder, key).write_text(
        json.dumps({"size": size, "seconds": round(seconds), "sources": _fingerprint()})
    )
    print(f"  seeded {key} in {seconds:.0f} s")


#: Datasets made by other code than this checkout's (filled as they are opened).
STALE: list[str] = []


def _warn_if_stale(folder: Path, key: str) -> None:
    note = _note(folder, key)
    if note.exists() and json.loads(note.read_text()).get("sources") != _fingerprint():
        STALE.append(key)
        print(f"  note: {key} was made by another models/scale.py or migrations; --reseed")


def sqlite_dataset(folder: Path, size: int, reseed: bool = False) -> Dataset:
    """The cached SQLite file of `size` integrators, seeded the first time."""
    key = f"sqlite-{size}"
    path = folder / f"{key}.db"
    if reseed:
        for leftover in folder.glob(f"{key}.db*"):
            leftover.unlink()
    url = f"sqlite:///{path}"
    if not (path.exists() and _sqlite_loaded(path)):
        _seed(url, size, folder, key)
    else:
        _warn_if_stale(folder, key)
    _flask(url, folder / "instance", "db", "upgrade")  # the app may have a newer migration
    with closing(sqlite3.connect(path)) as connection:  # fold the WAL in: the file is all
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Dataset("sqlite", size, url)


def _sqlite_loaded(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as connection:
        try:
            row = connection.execute(
                "SELECT 1 FROM users WHERE email LIKE '%@scale.test' LIMIT 1"
            ).fetchone()
        except sqlite3.OperationalError:
            return False
    return row is not None


def libpq(url: str) -> str:
    """A SQLAlchemy URL as a libpq connection string for psycopg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _database_url(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _admin(server_url: str) -> psycopg.Connection:
    return psycopg.connect(libpq(server_url), autocommit=True)


def postgres_dataset(server_url: str, folder: Path, size: int, reseed: bool = False) -> Dataset:
    """The database `bench_<size>` on the server, seeded, vacuumed and analysed once."""
    name = f"bench_{size}"
    key = f"postgresql-{size}"
    url = _database_url(server_url, name)
    with _admin(server_url) as admin:
        if reseed:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            _note(folder, key).unlink(missing_ok=True)
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
        # As in docker-compose.yml: the JIT costs more than it saves on these queries.
        admin.execute(f'ALTER DATABASE "{name}" SET jit = off')
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        try:
            loaded = connection.execute(
                "SELECT 1 FROM users WHERE email LIKE '%%@scale.test' LIMIT 1"
            ).fetchone()
        except psycopg.errors.UndefinedTable:
            loaded = None
    if loaded is None or not _note(folder, key).exists():
        if loaded is None:
            _seed(url, size, folder, key)
        print(f"  VACUUM ANALYZE {name}")
        with psycopg.connect(libpq(url), autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
        if not _note(folder, key).exists():
            _note(folder, key).write_text(json.dumps({"size": size}))
    else:
        _warn_if_stale(folder, key)
    _flask(url, folder / "instance", "db", "upgrade")
    return Dataset("postgresql", size, url)


@contextmanager
def work_copy(dataset: Dataset, folder: Path, copy: bool = True) -> Iterator[str]:
    """A database the run may write to (bookings, attendance): a copy of the cached one,
    removed afterwards, so every run starts from the same data. `copy=False`: the cache."""
    if not copy:
        yield dataset.url
        return
    if dataset.engine == "sqlite":
        source = Path(make_url(dataset.url).database or "")
        target = folder / f"work-{os.getpid()}-{dataset.size}.db"
        shutil.copyfile(source, target)  # the cache has no WAL left: the file is all of it
        try:
            yield f"sqlite:///{target}"
        finally:
            for leftover in folder.glob(f"{target.name}*"):
                leftover.unlink()
        return
    name = f"bench_{dataset.size}_work"
    server = make_url(dataset.url).set(database="postgres").render_as_string(hide_password=False)
    with _admin(server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        source = make_url(dataset.url).database
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        admin.execute(f'ALTER DATABASE "{name}" SET jit = off')
    try:
        yield _database_url(dataset.url, name)
    finally:
        with _admin(server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_reachable(server_url: str) -> str | None:
    """None when the PostgreSQL server answers, else why not."""
    try:
        with psycopg.connect(libpq(server_url), connect_timeout=5):
            return None
    except psycopg.Error as error:
        return str(error).splitlines()[0]


# The server ------------------------------------------------------------------------------------


@dataclass
class Server:
    """A running gunicorn: where it listens and its log."""

    port: int
    process: subprocess.Popen
    log: Path

    def errors(self) -> list[str]:
        """Each ERROR line of the server's log, and the last line of each traceback."""
        lines = self.log.read_text().splitlines()
        found = [line for line in lines if "[ERROR]" in line]
        for number, line in enumerate(lines):
            if line.startswith("Traceback"):
                found += [last for last in lines[number + 1 :] if last[:1] not in {" ", ""}][:1]
        return found


#: gunicorn 25 and later open a control socket at one shared path; ours need none.
_NO_CONTROL_SOCKET = [
    setting.cli[0] for setting in KNOWN_SETTINGS if setting.name == "control_socket_disable"
]
LISTENING = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")


@contextmanager
def gunicorn(
    app: str,
    database_url: str,
    *,
    settings: dict[str, str] | None = None,
    workers: int = 2,
    timeout: float = 90,
) -> Iterator[Server]:
    """Serve `app` (gunicorn's "module:factory()") with sync workers on a free port of
    127.0.0.1, with `settings` as environment variables; always stopped on leaving, by
    SIGTERM and then SIGKILL of its process group."""
    scratch = Path(tempfile.mkdtemp(prefix="bench-gunicorn-"))
    log = scratch / "gunicorn.log"
    environment = os.environ | {
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(scratch),
        "UPLOAD_DIR": str(scratch / "uploads"),
        "SECRET_KEY": SECRET_KEY,
        "PYTHONPATH": str(BENCH),
        **(settings or {}),
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--bind",
        "127.0.0.1:0",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        *_NO_CONTROL_SOCKET,
        app,
    ]
    with log.open("w") as output:  # the server's own log and whatever the app prints
        process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=environment, start_new_session=True, stdout=output, stderr=output
        )
    try:
        server = Server(_wait_listening(process, log, timeout), process, log)
        _wait_healthy(server, timeout)
        yield server
    finally:
        _stop(process)
        shutil.rmtree(scratch, ignore_errors=True)


def _wait_listening(process: subprocess.Popen, log: Path, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := LISTENING.search(log.read_text()):
            return int(found.group(1))
        if process.poll() is not None:
            break
        time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not start; its log:\n{log.read_text()[-3000:]}")


def _wait_healthy(server: Server, timeout: float) -> None:
    """Until it answers, a few times in a row (both workers up): /healthz, or any page
    but a 5xx while the app has no /healthz yet."""
    deadline = time.monotonic() + timeout
    healthy = 0
    while time.monotonic() < deadline and healthy < 4:
        status = Client(server.port).get("/healthz").status
        healthy = healthy + 1 if 0 < status < 500 else 0
        if server.process.poll() is not None:
            break
        time.sleep(0.05 if healthy else 0.2)
    if healthy < 4:
        raise RuntimeError(f"server not healthy; its log:\n{server.log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
    with contextlib.suppress(ProcessLookupError):  # workers left by a master that died
        os.killpg(process.pid, signal.SIGKILL)


# The client ------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: str
    milliseconds: float


class Client:
    """A plain HTTP/1.1 client, one connection per request (sync workers close it anyway),
    keeping cookies; the time covers connecting, sending and reading the whole body. No
    answer at all (refused, reset, timed out) is status 0."""

    def __init__(self, port: int, bearer: str | None = None) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}

    def request(self, method: str, path: str, body: bytes | None = None, **headers: str) -> Answer:
        headers = self.headers | headers
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        connection = HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except NO_ANSWER as error:  # status 0: counted as a server error, not a crash
            return Answer(0, str(error), (time.perf_counter() - started) * 1000)
        finally:
            connection.close()
        milliseconds = (time.perf_counter() - started) * 1000
        for header in response.msg.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        text = data.decode("utf-8", "replace")
        return Answer(response.status, text, milliseconds)

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post_json(self, path: str, payload: object) -> Answer:
        body = json.dumps(payload).encode()
        return self.request("POST", path, body, **{"Content-Type": "application/json"})

    def sign_in(self, email: str) -> None:
        """Through the login form, as a person would (CSRF token included)."""
        form = self.get("/login")
        token = CSRF_FIELD.search(form.body)
        if token is None:
            raise RuntimeError(f"no CSRF token on /login ({form.status})")
        body = urlencode(
            {
                "csrf_token": html.unescape(token.group(1)),
                "identifier": email,
                "password": demo.PASSWORD,
            }
        ).encode()
        answer = self.request(
            "POST", "/login", body, **{"Content-Type": "application/x-www-form-urlencoded"}
        )
        if answer.status != 302:
            raise RuntimeError(f"signing in as {email} answered {answer.status}")


def next_page(path: str, body: str) -> str | None:
    """The path of the page after `path`, whose answer was `body`: from the API's
    `next_cursor`, or from the page's rel="next" link."""
    if body.startswith("{"):
        cursor = json.loads(body).get("next_cursor")
        if not cursor:
            return None
        base = re.sub(r"[?&]cursor=[^&]*", "", path)
        return f"{base}{'&' if '?' in base else '?'}{urlencode({'cursor': cursor})}"
    link = NEXT_LINK.search(body)
    return html.unescape(link.group(1)) if link else None


# wrk -------------------------------------------------------------------------------------------

WRK_SCRIPT = """
local paths = {%s}
local counter = 0
function setup(thread)
  thread:set("first", counter * 7)
  counter = counter + 1
end
local i = nil
function request()
  i = ((i or first) %% #paths) + 1
  return wrk.format("GET", paths[i])
end
"""


@dataclass
class Throughput:
    requests_per_second: float
    requests: int
    errors: str


def throughput(port: int, paths: Sequence[str], seconds: int, connections: int = 8) -> Throughput:
    """Requests per second over `paths` in turn on `connections` connections: with wrk,
    or, where it is not installed, with as many Python threads (slower: say so)."""
    if shutil.which("wrk"):
        return wrk(port, paths, seconds, connections)
    counts: list[int] = [0] * connections
    statuses = Timings()
    deadline = time.monotonic() + seconds

    def run(number: int) -> None:
        client = Client(port)
        while time.monotonic() < deadline:
            answer = client.get(paths[(number * 7 + counts[number]) % len(paths)])
            counts[number] += 1
            if not 200 <= answer.status < 400:
                statuses.add(0, answer.status)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = sum(counts)
    errors = ", ".join(f"{n}× {s}" for s, n in statuses.statuses.items())
    note = "wrk not installed: Python client" + (f"; {errors}" if errors else "")
    return Throughput(total / (time.monotonic() - started), total, note)


def wrk(port: int, paths: Sequence[str], seconds: int, connections: int = 8) -> Throughput:
    """Requests per second over `paths` in turn, with wrk's `connections` connections."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
    try:
        command = [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "30s",
            "--script",
            script.name,
            f"http://127.0.0.1:{port}",
        ]
        output = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=True, timeout=seconds + 60
        ).stdout
    finally:
        os.unlink(script.name)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    problems = [
        line.strip() for line in output.splitlines() if "errors" in line or "Non-2xx" in line
    ]
    if rate is None or total is None:
        raise RuntimeError(f"wrk said:\n{output}")
    return Throughput(float(rate.group(1)), int(total.group(1)), "; ".join(problems))
