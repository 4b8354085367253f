"""Benchmark of the certificates package (not a test: it measures, it does not judge).

1. The median time per certificate through the package (shared fonts and parsed CSS)
   next to a bare WeasyPrint render of the same HTML, same fonts and PDF variant, that
   makes its FontConfiguration and CSS afresh each time. Target: at most 1.25x.
2. 1,000 certificates in bulk on a pool of up to 2 processes. Target: under 60 s.

Run with ``make bench`` or ``.venv/bin/python bench/pdf_rendering.py [--count N --bulk M]``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from certificates import (
    DUTCH,
    AssetFetcher,
    AttendanceCertificate,
    render_attendance,
)
from certificates.render import PDF_OPTIONS, STYLESHEET, attendance_html

HOLDERS = [
    ("سارة الحسن", "ar", {"attendance_title": "إثبات المشاركة", "total": "المجموع"}),
    ("ሳምራዊት ተስፋይ", "ti", {"attendance_title": "መረጋገጺ ተሳትፎ", "total": "ድምር"}),
    ("Олена Коваленко", "uk", {"attendance_title": "Підтвердження участі", "total": "Разом"}),
    ("Zoë Van den Bossche-Ñúñez", "nl", {}),
]


def certificate(number: int) -> AttendanceCertificate:
    """The number-th certificate of a bulk run: the four scripts in turn, 6 sessions."""
    name, locale, texts = HOLDERS[number % len(HOLDERS)]
    code = f"BENCH{number:07d}"
    sessions = [(date(2025, 3, 4) + timedelta(days=7 * week), 90) for week in range(6)]
    return AttendanceCertificate(
        code=code,
        verify_url=f"https://ikdoemee.example.be/verify/{code}",
        issued_at=datetime(2025, 5, 2, 14, 5, tzinfo=UTC),
        issuer_name="Jan Peeters",
        organisation_name="Taalcafé De Brug vzw",
        holder_name=name,
        dossier_number=f"INB-2025-{number:06d}",
        activity_title="Conversatietafel Nederlands voor beginners",
        sessions=sessions,
        total_minutes=90 * len(sessions),
        holder_locale=locale,
        labels={key: (DUTCH[key], text) for key, text in texts.items()},
    )


def bare_render(html: str) -> bytes:
    """WeasyPrint as a caller would use it without reuse: new fonts and CSS every time."""
    fetcher = AssetFetcher()
    font_config = FontConfiguration()
    stylesheet = CSS(url=STYLESHEET, url_fetcher=fetcher, font_config=font_config)
    document = HTML(string=html, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], font_config=font_config, **PDF_OPTIONS)


def median_seconds(work: Callable[[], bytes], count: int) -> float:
    times = []
    for _ in range(count):
        start = time.perf_counter()
        pdf = work()
        times.append(time.perf_counter() - start)
        assert pdf.startswith(b"%PDF-")
    return statistics.median(times)


def _bulk_one(number: int) -> int:
    return len(render_attendance(certificate(number)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30, help="renders timed for the medians")
    parser.add_argument("--bulk", type=int, default=1000, help="certificates in the bulk run")
    arguments = parser.parse_args()

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    cert = certificate(0)  # Arabic holder, Dutch + Arabic labels
    html = attendance_html(cert)
    for _ in range(3):  # warm up: fonts, CSS, imports, caches
        render_attendance(cert)
        bare_render(html)

    package = median_seconds(lambda: render_attendance(cert), arguments.count)
    bare = median_seconds(lambda: bare_render(html), arguments.count)
    print(f"median per certificate, package (data -> PDF):      {package * 1000:7.1f} ms")
    print(f"median per certificate, bare WeasyPrint (HTML -> PDF): {bare * 1000:4.1f} ms")
    print(f"ratio package / bare: {package / bare:.2f}x (target <= 1.25x), n={arguments.count}")

    processes = min(os.cpu_count() or 1, 2)
    # Fresh worker processes ("spawn"): each makes its own fonts and CSS, as a web worker
    # would, and none inherits the parent's fontconfig state through fork.
    context = multiprocessing.get_context("spawn")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    pool = context.Pool(processes)
    try:
        sizes = pool.map(_bulk_one, range(arguments.bulk), chunksize=20)
    finally:
        pool.close()
        pool.join()
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        f"bulk: {arguments.bulk} certificates on {processes} processes in {elapsed:.1f} s wall "
        f"(target < 60 s), including process start-up; mean size "
        f"{statistics.mean(sizes) / 1024:.0f} KiB"
    )
    print(
        f"bulk: CPU time of the workers {cpu:.1f} s = {cpu / arguments.bulk * 1000:.1f} ms per "
        f"certificate, i.e. {cpu / processes:.1f} s on {processes} otherwise idle cores"
    )
    print(f"load average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
