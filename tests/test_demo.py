"""`seed-demo`: exactly the demo data and accounts of DESIGN.md, and a rerun changes nothing."""

from __future__ import annotations

import unicodedata

from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivityGoal,
    ActivitySession,
    Booking,
    Category,
    Membership,
    Organisation,
    User,
    utcnow,
)
from models.caseload import caseload
from models.reference import BookingStatus, Goal, OrganisationStatus, Role, TrajectoryStatus

from .helpers import reread

DEMO_EMAILS = [
    "admin@demo.test",
    "counsellor@demo.test",
    "organisation@demo.test",
    "integrator@demo.test",
    *(f"integrator{n:02d}@demo.test" for n in range(1, 25)),
]


def _scripts(name: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in name if ch.isalpha()}


def test_every_demo_account_exists_with_its_role(demo_db: Session) -> None:
    users = {u.email: u for u in demo_db.scalars(select(User))}
    assert set(DEMO_EMAILS) <= set(users)
    assert users["admin@demo.test"].role == Role.ADMIN
    assert users["counsellor@demo.test"].role == Role.COUNSELLOR
    assert users["organisation@demo.test"].role == Role.ORGANISATION_STAFF
    assert all(users[e].role == Role.INTEGRATOR for e in DEMO_EMAILS[3:])


def test_the_25_integrators_are_on_the_demo_counsellors_caseload(demo_db: Session) -> None:
    counsellor = demo_db.scalar(select(User).where(User.email == "counsellor@demo.test"))
    rows = caseload(demo_db, counsellor.id)
    assert sorted(r.integrator.email for r in rows) == sorted(DEMO_EMAILS[3:])
    scripts = set().union(*(_scripts(r.integrator.name) for r in rows))
    assert {"LATIN", "ARABIC", "CYRILLIC", "ETHIOPIC"} <= scripts
    assert any(
        not r.integrator.name.isascii() and "LATIN" in _scripts(r.integrator.name) for r in rows
    )
    assert len({r.integrator.locale for r in rows}) >= 5
    assert len({r.dutch_level for r in rows}) >= 3
    part_way = [r for r in rows if 0 < r.confirmed_minutes < r.target_minutes]
    assert len(part_way) >= 5
    first = next(r for r in rows if r.integrator.email == "integrator01@demo.test")
    assert "ARABIC" in _scripts(first.integrator.name)
    assert first.confirmed_minutes > 2400
    assert first.status == TrajectoryStatus.COMPLETED


def test_organisations_in_four_cities_one_awaiting_approval(demo_db: Session) -> None:
    organisations = list(demo_db.scalars(select(Organisation)))
    assert {"Antwerpen", "Gent", "Mechelen", "Brussel"} <= {o.municipality for o in organisations}
    assert [o.status for o in organisations].count(OrganisationStatus.PENDING) == 1
    staff_org = demo_db.scalar(
        select(Organisation)
        .join(Membership)
        .join(User, User.id == Membership.user_id)
        .where(User.email == "organisation@demo.test")
    )
    assert staff_org.status == OrganisationStatus.APPROVED


def test_activities_cover_every_category_goal_and_level(demo_db: Session) -> None:
    activities = list(demo_db.scalars(select(Activity)))
    assert len(activities) >= 40
    assert {a.category.code for a in activities} == set(demo_db.scalars(select(Category.code)))
    assert set(demo_db.scalars(select(ActivityGoal.goal).distinct())) == set(Goal)
    assert {a.dutch_level for a in activities} == {1, 2, 3, 4}
    assert sum(a.is_online for a in activities) >= 3
    translated = [a for a in activities if len(a.translations) > 1]
    dutch_only = [a for a in activities if len(a.translations) == 1]
    assert len(translated) >= 10
    assert len(dutch_only) >= 5
    assert all(any(t.locale == "nl" for t in a.translations) for a in activities)
    assert len({t.locale for a in translated for t in a.translations}) >= 6


def test_sessions_in_the_past_awaiting_attendance_and_upcoming_nearly_full(
    demo_db: Session,
) -> None:
    now = utcnow()
    sessions = list(demo_db.scalars(select(ActivitySession)))
    assert all(4 <= s.capacity <= 12 for s in sessions)
    assert any(s.starts_at < now for s in sessions)
    upcoming = [s for s in sessions if s.starts_at > now]
    assert upcoming
    booked = dict(
        demo_db.execute(
            select(Booking.session_id, func.count())
            .where(Booking.status == BookingStatus.BOOKED)
            .group_by(Booking.session_id)
        ).all()
    )
    assert any(s.capacity - booked.get(s.id, 0) <= 1 for s in upcoming)
    awaiting = demo_db.scalars(
        select(ActivitySession)
        .join(Activity)
        .join(Membership, Membership.organisation_id == Activity.organisation_id)
        .join(User, User.id == Membership.user_id)
        .where(
            User.email == "organisation@demo.test",
            ActivitySession.ends_at < now,
            ActivitySession.attendance_registered_at.is_(None),
        )
    ).all()
    with_bookings = [s for s in awaiting if booked.get(s.id)]
    assert len(with_bookings) >= 3


def _row_counts(db: Session) -> dict[str, int]:
    from models import Base

    return {
        name: db.scalar(select(func.count()).select_from(table))
        for name, table in Base.metadata.tables.items()
    }


def test_seed_demo_twice_changes_nothing(demo_app: Flask, demo_db: Session) -> None:
    before = _row_counts(demo_db)
    result = demo_app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "nothing changed" in result.output
    reread(demo_db)
    assert _row_counts(demo_db) == before


def test_seed_demo_on_an_empty_database_migrates_and_loads(app: Flask, db: Session) -> None:
    from alembic import command

    from models.db import alembic_config

    command.downgrade(alembic_config(app.config["DATABASE_URL"]), "base")
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert db.scalar(select(func.count()).select_from(User)) == 28
