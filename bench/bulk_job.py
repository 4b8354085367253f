"""Benchmark of the staff's "certificates for everyone" job, end to end (not a test).

`bench/pdf_rendering.py` times the package alone. This one times what a member of staff
waits for: a fresh database (SQLite unless `--database-url` says otherwise) with one activity
whose single session `--people` integrators attended, then the real job
(`webapp.certificates.jobs`): reading the facts, drawing in `CERTIFICATE_WORKERS`
processes, storing every PDF with its hash and audit line, one commit each, and the zip.
Target for 1,000 people: under 60 s on 2 cores.

Run with ``make bench`` or ``.venv/bin/python bench/bulk_job.py [--people N --workers W]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivitySession,
    ActivityTranslation,
    Booking,
    Category,
    Certificate,
    IntegratorProfile,
    Membership,
    Organisation,
    Trajectory,
    User,
    utcnow,
)
from models.attendance import AttendanceRecord, register_attendance
from models.db import upgrade
from models.reference import BookingStatus, OrganisationStatus, Role
from webapp import create_app
from webapp.certificates import jobs

#: Names in the scripts the platform meets, so the fonts of every script are drawn.
NAMES = ["Zoë Van den Bossche", "سارة الحسن", "Олена Коваленко", "ሳምራዊት ተስፋይ", "Ayşe Doğan"]
LOCALES = ["nl", "ar", "uk", "ti", "tr"]


def seed(db: Session, people: int) -> tuple[User, Activity]:
    """One organisation, its staff member, and an activity that `people` attended."""
    organisation = Organisation(
        name="Taalcafé De Brug vzw", municipality="Mechelen", status=OrganisationStatus.APPROVED
    )
    staff = User(
        email="staff@bench.test", name="Jan Peeters", role=Role.ORGANISATION_STAFF, locale="nl"
    )
    activity = Activity(
        organisation=organisation,
        category=db.scalar(select(Category).where(Category.code == "conversation_table")),
        dutch_level=2,
        municipality="Mechelen",
    )
    activity.translations = [
        ActivityTranslation(locale="nl", title="Conversatietafel Nederlands", description="Praten.")
    ]
    start = utcnow() - timedelta(days=2)
    session = ActivitySession(
        activity=activity,
        starts_at=start,
        ends_at=start + timedelta(minutes=90),
        capacity=people,
        minutes=90,
    )
    db.add_all([organisation, staff, Membership(organisation=organisation, user=staff), session])
    integrators = []
    for number in range(people):
        person = User(
            email=f"person{number}@bench.test",
            name=f"{NAMES[number % len(NAMES)]} {number}",
            role=Role.INTEGRATOR,
            locale=LOCALES[number % len(LOCALES)],
        )
        person.integrator = IntegratorProfile(dutch_level=2)
        db.add_all([person, Trajectory(integrator=person, started_on=date(2026, 1, 5))])
        integrators.append(person)
    db.flush()
    bookings = [
        Booking(session_id=session.id, integrator_id=p.id, status=BookingStatus.BOOKED)
        for p in integrators
    ]
    db.add_all(bookings)
    db.commit()
    register_attendance(db, session.id, [AttendanceRecord(b.id, True, 90) for b in bookings], staff)
    db.commit()
    return staff, activity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000, help="attendees of the activity")
    parser.add_argument("--workers", type=int, default=2, help="CERTIFICATE_WORKERS")
    parser.add_argument("--database-url", help="an empty database; default a new SQLite file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as folder:
        url = arguments.database_url or f"sqlite:///{folder}/bench.db"
        upgrade(url)
        os.environ["INSTANCE_PATH"] = folder
        app = create_app(
            {
                "DATABASE_URL": url,
                "UPLOAD_DIR": str(Path(folder) / "uploads"),
                "CERTIFICATE_JOBS_INLINE": True,
                "CERTIFICATE_WORKERS": arguments.workers,
            }
        )
        with app.app_context():
            db = app.extensions["db_sessions"]()
            started = time.perf_counter()
            staff, activity = seed(db, arguments.people)
            print(f"seeded {arguments.people} attendees in {time.perf_counter() - started:.1f} s")
            print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
            started = time.perf_counter()
            job = jobs.start(app, staff, activity, activity.organisation_id)
            seconds = time.perf_counter() - started
            state = jobs.read_job(app.config["UPLOAD_DIR"], job)
            paths = jobs.job_paths(app.config["UPLOAD_DIR"], job)
            assert state is not None
            assert paths is not None
            assert state["finished"]
            assert not state["failed"], state
            with zipfile.ZipFile(paths[1]) as archive:
                entries = len(archive.namelist())
            stored = db.scalar(select(func.count()).select_from(Certificate))
            db.close()
        print(
            f"bulk job: {entries} certificates ({stored} stored with their hash) for "
            f"{arguments.people} attendees with {arguments.workers} worker processes in "
            f"{seconds:.1f} s wall (target < 60 s for 1,000), "
            f"{seconds / max(entries, 1) * 1000:.0f} ms each; "
            f"zip {paths[1].stat().st_size // 1024} KiB"
        )
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
