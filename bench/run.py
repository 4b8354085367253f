"""The served benchmark (`make bench`): the platform under gunicorn on seed-scale datasets,
beside its floors, as one Markdown table (not a test: it measures, it does not fail).

For each engine (SQLite; PostgreSQL when a server is given) and each size of dataset:
p50/p95/p99 latency of a fixed mix of catalogue searches (API and page), of an activity's
page, an integrator's home, a counsellor's dashboard; wrk throughput of the catalogue
pages; a burst of bookings by 50 clients on nearly full sessions and a paced 20 bookings a
second (with 5xx and overbooking counted); attendance for 12 people. Floors, in the same
run: (a) a bare Flask + SQLAlchemy + Jinja page (`bench/floor_app.py`) under the same
gunicorn, (b) the catalogue's own SQL replayed on a plain DB-API connection, (c) a bare
WeasyPrint render (`bench/pdf_rendering.py`).

Datasets are seeded once (`seed-scale`) and cached in `--data-dir` (SQLite files) or as
databases `bench_<size>` on the PostgreSQL server; every run works on a copy of them.

    .venv/bin/python bench/run.py --sizes 2000 --quick               # a couple of minutes
    .venv/bin/python bench/run.py --database-url postgresql+psycopg://…/postgres
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import writes
from catalogue_mix import Request, capture, in_process, mix, sql_floor
from harness import (
    ROOT,
    STALE,
    Client,
    Dataset,
    Throughput,
    Timings,
    gunicorn,
    load_average,
    machine,
    postgres_dataset,
    server_reachable,
    sqlite_dataset,
    throughput,
    work_copy,
)
from pdf_rendering import bare_render, certificate

from certificates import render_attendance
from certificates.render import attendance_html

TARGET_SIZE = 50_000
#: The platform keeps visitors' catalogue answers a few seconds (webapp/visitor_cache.py).
#: A fixed mix asked over and over would mostly measure that memory, so the catalogue is
#: also served by a second server without it: the work of a search not asked just before.
NO_CACHE = {"VISITOR_CACHE_SECONDS": "0"}
UNCACHED = "without visitor cache"
SMALL, LARGE = 12_500, 200_000


@dataclass
class Settings:
    """How much to measure: `--quick` makes everything small."""

    rounds: int
    wrk_seconds: int
    burst: int
    paced_seconds: int
    attendance: int
    pdf: int
    rate: float = 20.0
    clients: int = 50


@dataclass
class Result:
    """Every figure of one dataset on one engine."""

    engine: str
    size: int
    latency: dict[str, Timings] = field(default_factory=dict)
    groups: dict[tuple[str, str], Timings] = field(default_factory=dict)
    sql: dict[str, Timings] = field(default_factory=dict)
    sql_groups: dict[tuple[str, str], Timings] = field(default_factory=dict)
    paths: dict[str, int] = field(default_factory=dict)
    html_rate: Throughput | None = None
    html_rate_uncached: Throughput | None = None
    floor: Timings = field(default_factory=Timings)
    floor_rate: Throughput | None = None
    burst: writes.Burst | None = None
    overbooked: tuple[int, int] = (0, 0)
    #: What the platform's server logged as errors (the last line of each traceback).
    server_errors: list[str] = field(default_factory=list)
    failed: str | None = None


# Measuring -------------------------------------------------------------------------------------


def _timed_rounds(
    work: list[tuple[str, Client, str]], rounds: int, into: dict[str, Timings]
) -> dict[tuple[str, str], Timings]:
    """Every (label, client, path) in turn, `rounds` times after one warm-up round;
    one request at a time, so each latency is the server's alone. Also per (label, path)."""
    per_path: dict[tuple[str, str], Timings] = {}
    for round_ in range(rounds + 1):
        for label, client, path in work:
            answer = client.get(path)
            if round_:
                into.setdefault(label, Timings()).add(answer.milliseconds, answer.status)
                timing = per_path.setdefault((label, path), Timings())
                timing.add(answer.milliseconds, answer.status)
    return per_path


def _signed_in(port: int, email: str) -> Client:
    client = Client(port)
    client.sign_in(email)
    return client


#: The bare page's requests: ten pages of 20 rows.
FLOOR_PATHS = [f"/?page={n}" for n in range(10)]


def _reads(
    ports: tuple[int, int, int],
    requests: list[Request],
    details: list[int],
    size: int,
    caseload_token: str,
) -> list[tuple[str, Client, str]]:
    """The read work of one round: the catalogue mix (from the platform as configured and
    from the one without visitor cache), the other pages, and the bare page in between,
    so that the floor and the figures share whatever else the machine does."""
    port, uncached_port, floor_port = ports
    anonymous, uncached = Client(port), Client(uncached_port)
    work = []
    for r in requests:
        work += [
            (f"catalogue {r.kind.upper()}", anonymous, r.path),
            (f"catalogue {r.kind.upper()} {UNCACHED}", uncached, r.path),
        ]
    floor = Client(floor_port)
    for number, path in enumerate(FLOOR_PATHS):
        work.insert(number * len(work) // len(FLOOR_PATHS), ("floor", floor, path))
    for activity in details:
        work += [
            ("activity detail page", anonymous, f"/activities/{activity}"),
            ("activity detail API", anonymous, f"/api/v1/activities/{activity}"),
        ]
    for number in sorted({7, 123 % size, size // 2, size - 7}):
        integrator = _signed_in(port, f"integrator{number}@scale.test")
        work += [("integrator home /", integrator, "/")]
    work += [("integrator /my/bookings", integrator, "/my/bookings")]
    counsellor = _signed_in(port, writes.COUNSELLOR)
    work += [("counsellor dashboard (80 people)", counsellor, "/counsellor/")]
    work += [("caseload API (80 people)", Client(port, caseload_token), "/api/v1/caseload")]
    return work


def _group_timings(
    requests: list[Request], per_path: dict[tuple[str, str], Timings]
) -> dict[tuple[str, str], Timings]:
    """The uncached timings per (kind, group) of search."""
    groups: dict[tuple[str, str], Timings] = {}
    for r in requests:
        timing = per_path[(f"catalogue {r.kind.upper()} {UNCACHED}", r.path)]
        groups.setdefault((r.kind, r.group), Timings()).extend(timing)
    return groups


def measure(dataset: Dataset, settings: Settings, folder: Path, copy: bool) -> Result:
    """All figures of one dataset: the SQL floor in-process, then the platform and the
    bare page served side by side on the same database, then the platform's writes."""
    result = Result(dataset.engine, dataset.size)
    with work_copy(dataset, folder, copy) as url:
        print(f"  preparing writes ({load_average()})")
        plan = writes.prepare(
            url,
            settings.burst,
            int(settings.rate * settings.paced_seconds),
            settings.attendance,
        )
        with (
            tempfile.TemporaryDirectory(prefix="bench-app-") as scratch,
            in_process(url, Path(scratch)) as app,
        ):
            requests = mix(app, date.today())
            items = app.test_client().get("/api/v1/activities?limit=5").get_json()["items"]
            details = [item["id"] for item in items]
            captured = capture(app, requests)
        print(
            f"  SQL floor: {len(requests)} requests, {sum(map(len, captured.values()))} statements"
        )
        replayed = sql_floor(url, captured, settings.rounds)
        for request, timing in replayed.items():
            result.sql.setdefault(request.kind, Timings()).extend(timing)
            result.sql_groups.setdefault((request.kind, request.group), Timings()).extend(timing)
        result.paths = {kind: sum(r.kind == kind for r in requests) for kind in ("api", "html")}
        with (
            gunicorn("webapp:create_app()", url) as server,
            gunicorn("webapp:create_app()", url, settings=NO_CACHE) as uncached,
            gunicorn("floor_app:create_app()", url) as floor,
        ):
            ports = server.port, uncached.port, floor.port
            print(f"  reads: ports {ports} ({load_average()})")
            work = _reads(ports, requests, details, dataset.size, plan.caseload_token)
            per_path = _timed_rounds(work, settings.rounds, result.latency)
            result.floor = result.latency.pop("floor")
            result.groups = _group_timings(requests, per_path)
            print(f"  throughput: catalogue pages (cached, not), bare page ({load_average()})")
            pages = [r.path for r in requests if r.kind == "html"]
            result.html_rate = throughput(server.port, pages, settings.wrk_seconds)
            result.html_rate_uncached = throughput(uncached.port, pages, settings.wrk_seconds)
            result.floor_rate = throughput(floor.port, FLOOR_PATHS, settings.wrk_seconds)
            print(f"  booking burst, paced bookings, attendance ({load_average()})")
            result.burst = writes.burst(server.port, plan.burst, settings.clients)
            result.latency["booking burst (50 clients)"] = result.burst.timings
            result.latency[f"bookings paced {settings.rate:.0f}/s (from schedule)"] = writes.paced(
                server.port, plan.paced, settings.rate
            )
            result.latency[f"attendance for {writes.ATTENDEES}"] = writes.attendance(
                server.port, plan
            )
            result.server_errors = server.errors() + uncached.errors()
        result.overbooked = writes.overbooked(url, plan.touched)
    return result


def pdf_floor(count: int) -> tuple[Timings, Timings]:
    """(c): a bare WeasyPrint render and the package's render of the same certificate."""
    cert = certificate(0)
    html = attendance_html(cert)
    timings = Timings(), Timings()
    works: tuple[Callable[[], bytes], ...] = (
        lambda: bare_render(html),
        lambda: render_attendance(cert),
    )
    for round_ in range(count + 2):  # two warm-up rounds: fonts, CSS, caches
        for timing, work in zip(timings, works, strict=True):
            started = time.perf_counter()
            work()
            if round_ >= 2:
                timing.add((time.perf_counter() - started) * 1000)
    return timings


# The table -------------------------------------------------------------------------------------


def _ms(value: float) -> str:
    return f"{value:.1f}" if value == value else "—"


def _errors(timing: Timings) -> str:
    return ", ".join(f"{n}× {s or 'no answer'}" for s, n in timing.unexpected.items()) or "0"


def _met(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "**no**")


class Table:
    """The Markdown table: one row per figure."""

    HEAD = (
        "| engine | integrators | what | n | p50 ms | p95 ms | p99 ms | rate /s | floor | "
        "vs floor | target | met | errors |"
    )

    def __init__(self) -> None:
        self.rows = [self.HEAD, "|" + "---|" * 13]

    def add(self, engine: str, size: str, what: str, **cells: str) -> None:
        keys = ("n", "p50", "p95", "p99", "rate", "floor", "ratio", "target", "met", "errors")
        self.rows.append(
            "| " + " | ".join([engine, size, what, *(cells.get(k, "") for k in keys)]) + " |"
        )

    def latency(self, engine: str, size: str, what: str, timing: Timings, **cells: str) -> None:
        self.add(
            engine,
            size,
            what,
            n=str(len(timing.samples)),
            p50=_ms(timing.p(0.5)),
            p95=_ms(timing.p(0.95)),
            p99=_ms(timing.p(0.99)),
            errors=_errors(timing),
            **cells,
        )


def _floors(result: Result, kind: str, p95: float) -> tuple[str, str]:
    """The floor cells of a catalogue row: its SQL, and the bare page."""
    sql, bare = result.sql[kind].p(0.95), result.floor.p(0.95)
    return (
        f"SQL {_ms(sql)} ms; bare page {_ms(bare)} ms",
        f"{p95 / sql:.1f}× SQL; {p95 / bare:.1f}× bare",
    )


def _dataset_rows(table: Table, result: Result, rate: float) -> None:
    engine, size = result.engine, f"{result.size:,}"
    at_target = result.size == TARGET_SIZE
    bare95 = result.floor.p(0.95)
    for kind, limit in (("api", 20.0), ("html", 40.0)):
        for suffix in (f" {UNCACHED}", ""):
            timing = result.latency[f"catalogue {kind.upper()}{suffix}"]
            floor, ratio = _floors(result, kind, timing.p(0.95))
            name = "API" if kind == "api" else "page"
            table.latency(
                engine,
                size,
                f"catalogue {name}, {result.paths[kind]} requests, "
                + (UNCACHED if suffix else "as configured"),
                timing,
                floor=floor,
                ratio=ratio,
                target=f"p95 ≤ {limit:.0f} ms at 50,000",
                met=_met(timing.p(0.95) <= limit if at_target else None),
            )
    for label in (
        "activity detail page",
        "activity detail API",
        "integrator home /",
        "integrator /my/bookings",
        "counsellor dashboard (80 people)",
        "caseload API (80 people)",
    ):
        timing = result.latency[label]
        table.latency(
            engine,
            size,
            label,
            timing,
            floor=f"bare page {_ms(bare95)} ms",
            ratio=f"{timing.p(0.95) / bare95:.1f}×",
        )
    bare_rate = result.floor_rate.requests_per_second if result.floor_rate else float("nan")
    rates = ((UNCACHED, result.html_rate_uncached), ("as configured", result.html_rate))
    for how, measured in rates:
        if measured is None:
            continue
        share = measured.requests_per_second / bare_rate
        table.add(
            engine,
            size,
            f"catalogue pages, 8 connections, {how}",
            n=str(measured.requests),
            rate=f"{measured.requests_per_second:.1f}",
            floor=f"bare page {bare_rate:.0f}/s",
            ratio=f"{share:.0%}",
            target="≥ 40 % of bare",
            met=_met(share >= 0.4),
            errors=measured.errors or "0",
        )
    if result.burst:
        timing = result.burst.timings
        share = result.burst.per_second / bare_rate
        over, wrong = result.overbooked
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(result.burst.outcomes.items()))
        table.latency(
            engine,
            size,
            f"booking burst, 50 clients ({outcomes}; {over} overbooked, "
            f"{wrong} places_taken wrong)",
            timing,
            rate=f"{result.burst.per_second:.1f}",
            floor=f"bare page {bare_rate:.0f}/s",
            ratio=f"{share:.0%}",
            target="≥ 10 % of bare, 0 × 5xx, 0 overbooked",
            met=_met(share >= 0.1 and timing.server_errors == 0 and over == 0),
        )
    paced = result.latency[f"bookings paced {rate:.0f}/s (from schedule)"]
    table.latency(
        engine,
        size,
        f"bookings paced {rate:.0f}/s, timed from schedule",
        paced,
        floor=f"bare page {_ms(bare95)} ms",
        ratio=f"{paced.p(0.95) / bare95:.1f}×",
        target="p95 ≤ 50 ms",
        met=_met(paced.p(0.95) <= 50 and paced.server_errors == 0),
    )
    label = f"attendance for {writes.ATTENDEES}"
    table.latency(engine, size, f"{label} (one POST)", result.latency[label])
    table.latency(engine, size, "floor (a): bare Flask page, 20 rows", result.floor)
    if result.floor_rate:
        table.add(
            engine,
            size,
            "floor (a): bare page, 8 connections",
            n=str(result.floor_rate.requests),
            rate=f"{bare_rate:.1f}",
            errors=result.floor_rate.errors or "0",
        )
    for kind in ("api", "html"):
        table.latency(
            engine, size, f"floor (b): SQL of the catalogue {kind.upper()} mix", result.sql[kind]
        )


def _growth_rows(table: Table, results: list[Result]) -> None:
    """p95 of the largest dataset against the smallest, per engine."""
    for engine in ("sqlite", "postgresql"):
        done = sorted((r for r in results if r.engine == engine and not r.failed), key=_size)
        if len(done) < 2:
            continue
        small, large = done[0], done[-1]
        judged = small.size == SMALL and large.size == LARGE
        for kind in ("API", "HTML"):
            label = f"catalogue {kind} {UNCACHED}"
            ratio = large.latency[label].p(0.95) / small.latency[label].p(0.95)
            table.add(
                engine,
                f"{large.size:,} vs {small.size:,}",
                f"{label}: p95 growth",
                ratio=f"{ratio:.2f}×",
                target="≤ 1.5× (200,000 vs 12,500)",
                met=_met(ratio <= 1.5 if judged else None),
            )


def _size(result: Result) -> int:
    return result.size


def _group_table(results: list[Result]) -> list[str]:
    """p95 per search group: the app beside the SQL it runs."""
    lines = [
        "| engine | integrators | search | API p95 ms | its SQL p95 ms | page p95 ms | "
        "its SQL p95 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        if result.failed:
            continue
        for group in ("plain", "level", "goal", "town", "dates", "words", "deep"):
            cells = []
            for kind in ("api", "html"):
                app, sql = result.groups.get((kind, group)), result.sql_groups.get((kind, group))
                cells += [_ms(app.p(0.95)) if app else "—", _ms(sql.p(0.95)) if sql else "—"]
            lines.append(
                f"| {result.engine} | {result.size:,} | {group} | " + " | ".join(cells) + " |"
            )
    return lines


def report(
    results: list[Result],
    skipped: dict[str, str],
    pdf: tuple[Timings, Timings] | None,
    context: dict[str, str],
    settings: Settings,
) -> str:
    table = Table()
    for result in results:
        if result.failed:
            table.add(result.engine, f"{result.size:,}", result.failed)
        else:
            _dataset_rows(table, result, settings.rate)
    _growth_rows(table, results)
    for engine, why in skipped.items():
        table.add(engine, "all", f"skipped: {why}")
    if pdf:
        bare, package = pdf
        table.latency("—", "—", "floor (c): bare WeasyPrint render of a certificate", bare)
        table.latency(
            "—",
            "—",
            "certificate through the package",
            package,
            floor=f"bare {_ms(bare.p(0.5))} ms (p50)",
            ratio=f"{package.p(0.5) / bare.p(0.5):.2f}×",
            target="≤ 1.25× (p50)",
            met=_met(package.p(0.5) <= 1.25 * bare.p(0.5)),
        )
    tool = "wrk" if shutil.which("wrk") else "Python threads (wrk is not installed)"
    head = [
        f"## Served benchmark, {context['date']}",
        "",
        f"Commit `{context['commit']}`; {context['nproc']} × {context['cpu']}; load average "
        f"{context['load']} at the start, {load_average()} at the end. gunicorn, 2 sync "
        f"workers each, on 127.0.0.1; latency from one client, one request at a time, over "
        f"{settings.rounds} rounds of the mix after a warm-up; throughput with {tool} "
        f"({settings.wrk_seconds} s, 8 connections). Ratios compare p95 with the floor's "
        f"p95, rates with the bare page's rate. The catalogue is measured twice: from the "
        f"platform as configured, which keeps visitors' answers for a few seconds "
        f"(VISITOR_CACHE_SECONDS, so a fixed mix asked again and again mostly hits that "
        f"memory), and from a second server {UNCACHED}: the work of each search.",
        "",
    ]
    if STALE:
        head += [
            f"Datasets made by another models/scale.py or other migrations than this "
            f"checkout's (they may differ from fresh ones; `--reseed` remakes them): "
            f"{', '.join(STALE)}.",
            "",
        ]
    groups = ["", f"Catalogue p95 per kind of search, {UNCACHED}:", "", *_group_table(results)]
    return "\n".join(head + table.rows + groups + _logged(results)) + "\n"


def _logged(results: list[Result]) -> list[str]:
    """What the platform's servers logged as errors, counted."""
    lines = []
    for result in results:
        counts: dict[str, int] = {}
        for line in result.server_errors:
            counts[line] = counts.get(line, 0) + 1
        lines += [f"- {result.engine} {result.size:,}: {n}× `{line}`" for line, n in counts.items()]
    return ["", "Errors the platform's server logged:", "", *lines] if lines else []


# The command -----------------------------------------------------------------------------------


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument(
        "--sizes",
        default="12500,50000,200000",
        help="integrators per dataset, comma-separated (default 12500,50000,200000)",
    )
    parser.add_argument("--engines", default="sqlite,postgresql", help="sqlite and/or postgresql")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_POSTGRES_URL"),
        help="a PostgreSQL server (postgresql+psycopg://user@host:port/postgres) where "
        "databases bench_<size> may be made; default $BENCH_POSTGRES_URL, else skipped",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(os.environ.get("BENCH_DATA_DIR", "/tmp/bench-data")),  # noqa: S108
        help="where the SQLite datasets are cached (default $BENCH_DATA_DIR or /tmp/bench-data)",
    )
    parser.add_argument("--quick", action="store_true", help="few rounds, short runs")
    parser.add_argument("--rounds", type=int, help="rounds of the request mix (default 15)")
    parser.add_argument("--wrk-seconds", type=int, help="each wrk run (default 15)")
    parser.add_argument("--paced-seconds", type=int, help="the paced bookings (default 15)")
    parser.add_argument("--reseed", action="store_true", help="make the datasets again")
    parser.add_argument(
        "--no-copy",
        action="store_true",
        help="write to the cached datasets instead of a copy (faster; later runs drift)",
    )
    parser.add_argument("--no-pdf", action="store_true", help="leave out floor (c)")
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "bench" / "results.md",
        help="where the table is written too (default bench/results.md)",
    )
    return parser.parse_args()


def _settings(arguments: argparse.Namespace) -> Settings:
    quick = arguments.quick
    return Settings(
        rounds=arguments.rounds or (3 if quick else 15),
        wrk_seconds=arguments.wrk_seconds or (4 if quick else 15),
        burst=100 if quick else 300,
        paced_seconds=arguments.paced_seconds or (5 if quick else 15),
        attendance=5 if quick else 20,
        pdf=5 if quick else 20,
    )


def _datasets(
    arguments: argparse.Namespace, skipped: dict[str, str], failed: list[Result]
) -> list[Dataset]:
    """The datasets to measure (seeded when not cached yet), engine by engine; one that
    cannot be made is a failed row, the others go on."""
    sizes = [int(size.replace("_", "")) for size in arguments.sizes.split(",") if size.strip()]
    engines = [e.strip() for e in arguments.engines.split(",") if e.strip()]
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    makers: list[tuple[str, int, Callable[[], Dataset]]] = []
    if "sqlite" in engines:
        makers += [
            ("sqlite", size, partial(sqlite_dataset, arguments.data_dir, size, arguments.reseed))
            for size in sizes
        ]
    if "postgresql" in engines:
        url = arguments.database_url
        if not url:
            skipped["postgresql"] = "no server (give --database-url or BENCH_POSTGRES_URL)"
        elif problem := server_reachable(url):
            skipped["postgresql"] = f"server not reachable: {problem}"
        else:
            folder, reseed = arguments.data_dir, arguments.reseed
            makers += [
                ("postgresql", size, partial(postgres_dataset, url, folder, size, reseed))
                for size in sizes
            ]
    datasets = []
    for engine, size, make in makers:
        try:
            datasets.append(make())
        except Exception as error:  # a dataset that cannot be made must not stop the others
            traceback.print_exc()
            failed.append(Result(engine, size, failed=_why(error, "no dataset")))
    return datasets


def _why(error: Exception, what: str) -> str:
    """One line for the table: what failed and why."""
    text = f"{what}: {type(error).__name__}: {error}".splitlines()[0].replace("|", "/")
    return text[:200]


def _stop_on_sigterm(_signum: int, _frame: object) -> None:
    raise SystemExit("stopped by SIGTERM")  # so every server is stopped on the way out


def main() -> None:
    arguments = _arguments()
    settings = _settings(arguments)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    context = machine()
    print(f"{context['date']}: {context['nproc']} × {context['cpu']}, load {context['load']}")
    os.environ.setdefault("INSTANCE_PATH", str(arguments.data_dir / "instance"))
    skipped: dict[str, str] = {}
    pdf = None if arguments.no_pdf else pdf_floor(settings.pdf)
    results: list[Result] = []
    for dataset in _datasets(arguments, skipped, results):
        print(f"{dataset.engine}, {dataset.size:,} integrators")
        started = time.perf_counter()
        try:
            results.append(measure(dataset, settings, arguments.data_dir, not arguments.no_copy))
        except Exception as error:  # one broken dataset must not hide the others' figures
            traceback.print_exc()
            results.append(Result(dataset.engine, dataset.size, failed=_why(error, "failed")))
        print(f"  done in {time.perf_counter() - started:.0f} s")
    text = report(results, skipped, pdf, context, settings)
    arguments.output.write_text(text)
    print()
    print(text)
    print(f"written to {arguments.output}")


if __name__ == "__main__":
    sys.exit(main())
