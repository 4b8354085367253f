"""Synthetic data at the scale of a Flemish year, for benchmarks (`flask seed-scale`).

Per 1,000 integrators (DESIGN.md): 60 organisations with one staff member each, 400
published activities, 5,000 sessions (nine in ten in the past year, the rest in the coming
eight weeks), 30,000 bookings, and the attendance of the past ones in the hours ledger,
so trajectories are part-way or complete as in real life. A counsellor per 80 integrators.

Written with Core `INSERT`s in blocks of 1,000 integrators, not through the ORM: 50,000
integrators make 1.5 million bookings and about as many ledger lines, and the ORM would
take an hour. The rules the ORM applies on insert are applied here by hand, through the
same functions where there is one (`sessions.local_start`). Deterministic for one `seed`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from . import next_sessions
from .activities import Activity, ActivityGoal, ActivityTranslation
from .bookings import Booking
from .categories import Category
from .hours import HoursEntry
from .organisations import Membership, Organisation
from .reference import (
    ActivityStatus,
    BookingStatus,
    Goal,
    HoursKind,
    OrganisationStatus,
    Role,
    TrajectoryStatus,
)
from .sessions import BRUSSELS, ActivitySession, local_start
from .trajectories import Trajectory
from .users import IntegratorProfile, User

#: Integrators per block; the figures per block are those of DESIGN.md per 1,000.
BLOCK = 1000
ORGANISATIONS, ACTIVITIES, SESSIONS, BOOKINGS_EACH = 60, 400, 5000, 30
INTEGRATORS_PER_COUNSELLOR = 80
COUNSELLORS = -(-BLOCK // INTEGRATORS_PER_COUNSELLOR)  # 13: the last one has 40 people
EMAIL_DOMAIN = "scale.test"

MUNICIPALITIES = ["Antwerpen", "Gent", "Mechelen", "Brussel", "Leuven", "Brugge", "Hasselt"]
WORDS = {
    "first": ["Samen", "Open", "Wekelijks", "Gezellig", "Buurt", "Stads", "Online", "Klein"],
    "what": [
        "praattafel",
        "koken",
        "wandelen",
        "zwemmen",
        "tuinieren",
        "lezen",
        "voetbal",
        "fietsen",
        "naaiatelier",
        "repair café",
        "koor",
        "schaken",
        "vrijwilligerswerk",
    ],
}
FIRST_NAMES = ["Amina", "Олена", "سارة", "ሳምራዊት", "Mehmet", "Zoë", "Ahmad", "Fatuma", "Ana"]
LAST_NAMES = ["Haddad", "Коваленко", "الحسن", "ተስፋይ", "Yılmaz", "Peeters", "Karimi", "Ali"]
LOCALES = ["ar", "uk", "ar", "ti", "tr", "nl", "fa", "so", "es", "ps", "ru", "fr", "en"]


@dataclass(frozen=True)
class Summary:
    integrators: int
    organisations: int
    activities: int
    sessions: int
    bookings: int
    ledger_lines: int

    def __str__(self) -> str:
        return (
            f"{self.integrators:,} integrators, {self.organisations:,} organisations, "
            f"{self.activities:,} activities, {self.sessions:,} sessions, "
            f"{self.bookings:,} bookings, {self.ledger_lines:,} ledger lines"
        )


def is_loaded(db: Session) -> bool:
    """Scale data is there already (its addresses end in `@scale.test`)."""
    return (
        db.scalar(select(User.id).where(User.email.like(f"%@{EMAIL_DOMAIN}")).limit(1)) is not None
    )


def load(
    db: Session,
    integrators: int,
    *,
    password_hash: str,
    seed: int = 2026,
    now: datetime | None = None,
) -> Summary:
    """Add `integrators` with everything around them, in blocks of 1,000.

    Every account gets `password_hash`, so a benchmark can sign in as any of them. The
    caller commits; each block is flushed as it is made, so memory stays flat."""
    now = now or datetime.now(UTC)
    rng = random.Random(seed)  # noqa: S311 - made-up data, the same for one seed
    categories = list(db.scalars(select(Category.id).order_by(Category.id)))
    totals = [0, 0, 0, 0, 0, 0]
    for block in range((integrators + BLOCK - 1) // BLOCK):
        size = min(BLOCK, integrators - block * BLOCK)
        made = _block(db, block, size, rng, categories, password_hash, now)
        totals = [a + b for a, b in zip(totals, made, strict=True)]
    next_sessions.refresh_all(db, now=now)  # Core inserts pass by the flush listeners
    return Summary(*totals)


def _insert(db: Session, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert many rows and return their new ids in the rows' order."""
    if not rows:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(db.scalars(statement, rows))


def _block(
    db: Session,
    block: int,
    size: int,
    rng: random.Random,
    categories: list[int],
    password_hash: str,
    now: datetime,
) -> tuple[int, int, int, int, int, int]:
    """`size` integrators (1,000 but in the last block) and their share of the rest."""
    users = User.__table__
    first = block * BLOCK
    share = size / BLOCK
    n_organisations = max(1, round(ORGANISATIONS * share))
    n_activities = max(1, round(ACTIVITIES * share))
    n_sessions = max(BOOKINGS_EACH, round(SESSIONS * share))

    def person(kind: str, number: int, role: Role, locale: str = "nl") -> dict[str, Any]:
        return {
            "email": f"{kind}{number}@{EMAIL_DOMAIN}",
            "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "role": role,
            "locale": locale,
            "password_hash": password_hash,
        }

    counsellors = _insert(
        db,
        users,
        [
            person("counsellor", block * COUNSELLORS + n, Role.COUNSELLOR)
            for n in range(-(-size // INTEGRATORS_PER_COUNSELLOR))
        ],
    )
    people = _insert(
        db,
        users,
        [
            person("integrator", first + n, Role.INTEGRATOR, rng.choice(LOCALES))
            for n in range(size)
        ],
    )
    db.execute(
        insert(IntegratorProfile.__table__),
        [
            {
                "user_id": user_id,
                "dutch_level": rng.randint(1, 4),
                "dossier_number": f"INB-SC-{first + n:07d}",
                "counsellor_id": counsellors[n // INTEGRATORS_PER_COUNSELLOR],
            }
            for n, user_id in enumerate(people)
        ],
    )
    organisations = _insert(
        db,
        Organisation.__table__,
        [
            {
                "name": f"Vereniging {block * ORGANISATIONS + n:05d}",
                "status": OrganisationStatus.APPROVED,
                "municipality": rng.choice(MUNICIPALITIES),
                "approved_at": now - timedelta(days=400),
            }
            for n in range(n_organisations)
        ],
    )
    staff = _insert(
        db,
        users,
        [
            person("staff", block * ORGANISATIONS + n, Role.ORGANISATION_STAFF)
            for n in range(n_organisations)
        ],
    )
    db.execute(
        insert(Membership.__table__),
        [
            {"organisation_id": o, "user_id": s, "is_manager": True}
            for o, s in zip(organisations, staff, strict=True)
        ],
    )
    owners = [rng.randrange(n_organisations) for _ in range(n_activities)]
    activities = _insert(
        db,
        Activity.__table__,
        [
            {
                "organisation_id": organisations[owner],
                "category_id": rng.choice(categories),
                "dutch_level": rng.randint(1, 4),
                "status": ActivityStatus.PUBLISHED,
                "municipality": rng.choice(MUNICIPALITIES),
                "host_languages": ["nl", *rng.sample(["en", "fr", "ar", "tr"], rng.randint(0, 2))],
                "created_by_id": staff[owner],
            }
            for owner in owners
        ],
    )
    db.execute(
        insert(ActivityTranslation.__table__),
        [
            {
                "activity_id": activity_id,
                "locale": "nl",
                "title": f"{rng.choice(WORDS['first'])} {rng.choice(WORDS['what'])} {n + 1}",
                "description": "Een activiteit om Nederlands te oefenen en mensen te leren kennen.",
            }
            for n, activity_id in enumerate(activities)
        ],
    )
    db.execute(
        insert(ActivityGoal.__table__),
        [
            {"activity_id": activity_id, "goal": goal}
            for activity_id in activities
            for goal in rng.sample(list(Goal), rng.randint(1, 3))
        ],
    )
    # Who books what: 30 different sessions each; a session holds what it was given.
    choices = [rng.sample(range(n_sessions), BOOKINGS_EACH) for _ in people]
    booked = [0] * n_sessions
    for picked in choices:
        for index in picked:
            booked[index] += 1
    plans = []
    for _ in range(n_sessions):
        past = rng.random() < 0.9
        day = now + (
            timedelta(days=-rng.randint(2, 365)) if past else timedelta(days=rng.randint(1, 56))
        )
        local = datetime.combine(day.astimezone(BRUSSELS).date(), datetime.min.time(), BRUSSELS)
        starts_at = (local + timedelta(hours=rng.choice([9, 10, 13, 14, 18, 19]))).astimezone(UTC)
        minutes = rng.choice([60, 90, 120, 120, 180])
        activity = rng.randrange(n_activities)
        plans.append((activity, starts_at, minutes, past))
    sessions = _insert(
        db,
        ActivitySession.__table__,
        [
            {
                "activity_id": activities[activity],
                "starts_at": starts_at,
                "ends_at": starts_at + timedelta(minutes=minutes),
                "capacity": max(booked[index], rng.randint(4, 12)),
                "minutes": minutes,
                "attendance_registered_at": starts_at + timedelta(days=1) if past else None,
                **dict(
                    zip(
                        ("local_weekday", "local_start_minute"), local_start(starts_at), strict=True
                    )
                ),
            }
            for index, (activity, starts_at, minutes, past) in enumerate(plans)
        ],
    )
    booking_rows, outcomes = [], []
    for person_index, picked in enumerate(choices):
        for index in picked:
            activity, starts_at, minutes, past = plans[index]
            came = past and rng.random() < 0.9
            status = (
                BookingStatus.BOOKED
                if not past
                else (BookingStatus.ATTENDED if came else BookingStatus.NO_SHOW)
            )
            booking_rows.append(
                {
                    "session_id": sessions[index],
                    "integrator_id": people[person_index],
                    "status": status,
                    "created_at": starts_at - timedelta(days=rng.randint(1, 20)),
                    "attended_minutes": (minutes if came else 0) if past else None,
                }
            )
            outcomes.append((person_index, activity, starts_at, minutes if came else 0))
    bookings = _insert(db, Booking.__table__, booking_rows)
    confirmed = [0] * size
    ledger = []
    for booking_id, (person_index, activity, starts_at, minutes) in zip(
        bookings, outcomes, strict=True
    ):
        if minutes:
            confirmed[person_index] += minutes
            ledger.append(
                {
                    "integrator_id": people[person_index],
                    "kind": HoursKind.ATTENDANCE,
                    "minutes": minutes,
                    "occurred_on": starts_at.astimezone(BRUSSELS).date(),
                    "booking_id": booking_id,
                    "activity_id": activities[activity],
                    "created_by_id": staff[owners[activity]],
                    "created_at": starts_at + timedelta(days=1),
                }
            )
    db.execute(insert(HoursEntry.__table__), ledger)
    today = now.astimezone(BRUSSELS).date()
    db.execute(
        insert(Trajectory.__table__),
        [
            {
                "integrator_id": user_id,
                "started_on": (started := today - timedelta(days=rng.randint(370, 500))),
                "deadline": started + timedelta(days=rng.randint(540, 730)),
                "status": TrajectoryStatus.COMPLETED if minutes >= 2400 else TrajectoryStatus.OPEN,
            }
            for user_id, minutes in zip(people, confirmed, strict=True)
        ],
    )
    db.flush()
    return size, n_organisations, n_activities, n_sessions, len(bookings), len(ledger)
