"""The app under a real gunicorn on 127.0.0.1, and plain HTTP clients released together.

Races between requests (two processes booking the last place, SQLite's single writer, a
total read before another process commits it) only show with several processes and real
connections: the in-process test client and Werkzeug's threaded server hide them. These
helpers start gunicorn from the test's own virtualenv on the test's fresh database, wait
until every worker has loaded the app, and always stop it; and they give each simulated
person their own cookies, a new connection per request, and a barrier to start together.
Only the standard library is used, so no test dependency is added.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent

#: gunicorn's options per worker kind: two processes, and two processes of four threads.
WORKER_KINDS: dict[str, tuple[str, ...]] = {
    "sync": ("--workers", "2", "--worker-class", "sync"),
    "gthread": ("--workers", "2", "--threads", "4", "--worker-class", "gthread"),
}
WORKERS = 2

#: Settings of the environment that would make the server differ from a bare machine's.
_DROPPED = {
    "GUNICORN_CMD_ARGS",
    "REDIS_URL",
    "RATELIMIT_STORAGE_URI",
    "MAINTENANCE",
    "PROXY_COUNT",
    "MAIL_SERVER",
    "WEB_CONCURRENCY",
}

#: Our own gunicorn configuration file (so none is picked up from the working directory):
#: each worker leaves a mark once it has loaded the app, which is when it can answer.
_CONFIG = """\
import pathlib


def post_worker_init(worker):
    pathlib.Path({folder!r}, "ready-%d" % worker.pid).touch()
"""

_LISTENING = re.compile(r"Listening at: (http://127\.0\.0\.1:\d+)")
#: gunicorn's and Flask's line prefixes (time, pid, level), left out so equal errors group.
_LOG_PREFIX = re.compile(r"^\[[^\]]*\] (\[\d+\] \[\w+\] |\w+ in [\w.]+: )")
_PROBLEM = re.compile(
    r"^\S*(Error|Exception|Timeout)\b.*|.*\b(WORKER TIMEOUT|Database unreachable)"
)


@dataclass
class Gunicorn:
    """A running gunicorn: its address, its process, and its log (stdout and stderr)."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    folder: Path

    def problems(self, limit: int = 5) -> dict[str, int]:
        """The distinct error lines of the log (exceptions, 503 warnings, worker timeouts)
        with how often each came, so an assertion message says what broke in one line."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        found: Counter[str] = Counter()
        for line in text.splitlines():
            line = line.strip()
            if _PROBLEM.match(line):
                found[_LOG_PREFIX.sub("", line)[:200]] += 1
        return dict(found.most_common(limit))


def _environment(database_url: str, tmp_path: Path, extra: Mapping[str, str]) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    environment.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "live-gunicorn-secret-key",
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "UPLOAD_DIR": str(tmp_path / "uploads"),
            # Only printed in links and QR codes; the port is chosen by the system.
            "BASE_URL": "http://127.0.0.1:5000",
            "PYTHONUNBUFFERED": "1",
        }
    )
    environment.update(extra)
    return environment


def _stop(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """SIGTERM (gunicorn stops gracefully), then SIGKILL to its process group."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=timeout)


def _wait_until_ready(
    process: subprocess.Popen[bytes], log: Path, folder: Path, timeout: float
) -> str:
    """The server's address once it listens and every worker has loaded the app."""
    deadline = time.monotonic() + timeout
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}:\n{log.read_text()}")
        if url is None and (found := _LISTENING.search(log.read_text(errors="replace"))):
            url = found.group(1)
        if url is not None and len(list(folder.glob("ready-*"))) >= WORKERS:
            reply = Visitor(url, timeout=5).get("/login")  # there is no health route yet
            if reply.status == 200:
                return url
        time.sleep(0.1)
    raise RuntimeError(f"gunicorn was not ready after {timeout} s:\n{log.read_text()}")


@contextmanager
def running_gunicorn(
    database_url: str,
    tmp_path: Path,
    kind: str = "gthread",
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> Iterator[Gunicorn]:
    """`webapp:create_app()` under gunicorn on 127.0.0.1 (a free port), `kind` of workers
    (see `WORKER_KINDS`), on `database_url`; stopped at the end whatever happens."""
    folder = tmp_path / f"gunicorn-{time.monotonic_ns()}"
    folder.mkdir(parents=True)
    config = folder / "gunicorn.conf.py"
    config.write_text(_CONFIG.format(folder=str(folder)))
    log = folder / "gunicorn.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(config),
        "--bind",
        "127.0.0.1:0",
        *WORKER_KINDS[kind],
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        "--no-control-socket",
        "--error-logfile",
        "-",
        "webapp:create_app()",
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=_environment(database_url, tmp_path, env or {}),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so a kill reaches the workers
        )
    try:
        url = _wait_until_ready(process, log, folder, timeout)
        yield Gunicorn(url=url, process=process, log=log, folder=folder)
    finally:
        _stop(process)


# Clients -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """What came back; `status` 0 when no answer came at all (refused, reset, timed out)."""

    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def location(self) -> str:
        """The path a redirect points to."""
        return urlsplit(self.headers.get("location", "")).path

    def __repr__(self) -> str:
        return f"Reply({self.status}, {self.body[:80]!r})"

    def json(self) -> Any:
        return json.loads(self.body)


class Visitor:
    """One person at their own browser: their own cookies, a new connection per request
    (as many browsers at once would open), and a timeout on every request."""

    def __init__(self, base_url: str, *, timeout: float = 60) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        sent = {"Host": f"{self.host}:{self.port}", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            for header in response.msg.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    if morsel.value and morsel["max-age"] != "0":
                        self.cookies[name] = morsel.value
                    else:  # the server deletes it
                        self.cookies.pop(name, None)
            received = {k.lower(): v for k, v in response.getheaders()}
            return Reply(response.status, text, received)
        except (OSError, http.client.HTTPException) as exc:
            return Reply(0, repr(exc))
        finally:
            connection.close()

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post_form(self, path: str, data: Mapping[str, str]) -> Reply:
        return self.request(
            "POST",
            path,
            body=urlencode(data).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def post_json(self, path: str, payload: object, token: str | None = None) -> Reply:
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.request("POST", path, body=json.dumps(payload).encode(), headers=headers)

    def csrf_token(self, path: str) -> str:
        """The CSRF token of the form on the page at `path` (it belongs to my session)."""
        page = self.get(path)
        found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.body)
        assert found, f"no CSRF token at {path}: {page.status} {page.body[:300]}"
        return found.group(1)

    def sign_in(self, identifier: str, password: str) -> Reply:
        """Through the real form, with its CSRF token, as a person would."""
        token = self.csrf_token("/login")
        return self.post_form(
            "/login", {"csrf_token": token, "identifier": identifier, "password": password}
        )


def all_at_once(calls: Sequence[Callable[[], Reply]], timeout: float = 120) -> list[Reply]:
    """Run every call in its own thread, released together by a barrier; the replies in
    the order of `calls`. A call still running after `timeout` seconds fails the test."""
    barrier = threading.Barrier(len(calls))
    replies: list[Reply | None] = [None] * len(calls)

    def run(index: int, call: Callable[[], Reply]) -> None:
        try:
            barrier.wait(timeout=30)
            replies[index] = call()
        except Exception as exc:  # a broken barrier or a bug in the call: say so
            replies[index] = Reply(0, repr(exc))

    threads = [
        threading.Thread(target=run, args=(index, call), daemon=True)
        for index, call in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    missing = sum(1 for reply in replies if reply is None)
    assert missing == 0, f"{missing} of {len(calls)} requests still running after {timeout} s"
    return [reply for reply in replies if reply is not None]


def statuses(replies: Sequence[Reply]) -> Counter[int]:
    """How many replies of each status: the first thing an assertion message shows."""
    return Counter(reply.status for reply in replies)


def server_errors(replies: Sequence[Reply]) -> list[Reply]:
    """Replies that are 5xx or no answer at all."""
    return [reply for reply in replies if reply.status >= 500 or reply.status == 0]
