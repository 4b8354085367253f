"""Benchmark of the busiest pages and API calls on a year's worth of data (not a test).

Seeds `--integrators` people with `seed-scale` into a new SQLite file (or uses
`--database-url`, seeding it when it has no scale data yet), then asks each page through the
app in this process (no network, no browser) and prints the median and slowest time.
What it measures is the app's own work: queries and templates.

Run with ``make bench`` or ``.venv/bin/python bench/pages.py [--integrators N]``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from models import Activity, User, scale
from models.db import upgrade
from models.passwords import hash_password
from models.tokens import create_token
from webapp import create_app

REPEAT = 15
CSRF_FIELD = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _timed(client, path: str, headers: dict[str, str] | None = None) -> tuple[float, float]:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        answer = client.get(path, headers=headers or {})
        times.append(time.perf_counter() - started)
        assert answer.status_code == 200, (path, answer.status_code)
    return statistics.median(times), max(times)


def _sign_in(client, email: str) -> None:
    form = client.get("/login").get_data(as_text=True)
    token = CSRF_FIELD.search(form)
    assert token is not None
    answer = client.post(
        "/login",
        data={"csrf_token": token.group(1), "identifier": email, "password": "demo-password"},
    )
    assert answer.status_code == 302, answer.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--integrators", type=int, default=10_000)
    parser.add_argument("--database-url", help="default: a new SQLite file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as folder:
        url = arguments.database_url or f"sqlite:///{folder}/bench.db"
        os.environ["INSTANCE_PATH"] = folder
        upgrade(url)
        app = create_app({"DATABASE_URL": url, "UPLOAD_DIR": str(Path(folder) / "uploads")})
        with app.app_context():
            db = app.extensions["db_sessions"]()
            if not scale.is_loaded(db):
                started = time.perf_counter()
                summary = scale.load(
                    db, arguments.integrators, password_hash=hash_password("demo-password")
                )
                db.commit()
                print(f"seed-scale: {summary} in {time.perf_counter() - started:.0f} s")
            counsellor = db.scalar(select(User).where(User.email == "counsellor0@scale.test"))
            token = create_token(db, counsellor)
            activity = db.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1))
            db.commit()
            db.close()
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        rows = []
        anonymous = app.test_client()
        for path in [
            "/activities",
            "/activities?q=koken&dutch_level=2",
            "/activities?municipality=Gent&goal=learn_dutch&weekday=sat",
            f"/activities/{activity}",
            "/api/v1/activities?limit=20&lang=ar",
        ]:
            rows.append((path, *_timed(anonymous, path)))
        for email, paths in [
            ("integrator123@scale.test", ["/", "/my/bookings"]),
            ("counsellor0@scale.test", ["/counsellor/"]),
        ]:
            client = app.test_client()
            _sign_in(client, email)
            rows += [(f"{path} ({email.split('@')[0]})", *_timed(client, path)) for path in paths]
        bearer = {"Authorization": f"Bearer {token}"}
        rows.append(
            ("/api/v1/caseload (counsellor0)", *_timed(anonymous, "/api/v1/caseload", bearer))
        )
        for path, median, slowest in rows:
            print(f"{path:<60} median {median * 1000:6.1f} ms   slowest {slowest * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
