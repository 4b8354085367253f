"""`seed-scale`: the figures per 1,000 integrators of DESIGN.md, data the app's own rules
agree with (capacity, ledger, status), accounts that sign in, and a rerun that adds nothing."""

from __future__ import annotations

from collections import Counter

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Activity, ActivitySession, Booking, HoursEntry, Organisation, Trajectory, User
from models.caseload import caseload
from models.hours import confirmed_minutes
from models.reference import BookingStatus, Role, TrajectoryStatus
from models.sessions import local_start

from .helpers import login, reread


@pytest.fixture
def scaled(app: Flask, db: Session) -> Session:
    result = app.test_cli_runner().invoke(args=["seed-scale", "--integrators", "1000"])
    assert result.exit_code == 0, result.output
    assert "30,000 bookings" in result.output
    reread(db)
    return db


def _count(db: Session, model: type, *where: object) -> int:
    return db.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_figures_per_thousand_integrators_are_those_of_the_design(scaled: Session) -> None:
    assert _count(scaled, User, User.role == Role.INTEGRATOR) == 1000
    assert _count(scaled, Organisation) == 60
    assert _count(scaled, Activity) == 400
    assert _count(scaled, ActivitySession) == 5000
    assert _count(scaled, Booking) == 30_000
    assert _count(scaled, Trajectory) == 1000
    attended = _count(scaled, Booking, Booking.status == BookingStatus.ATTENDED)
    assert attended == _count(scaled, HoursEntry)
    assert 0.7 * 30_000 < attended < 0.9 * 30_000


def test_no_session_holds_more_than_its_places_and_times_are_local(scaled: Session) -> None:
    taken = Counter(scaled.scalars(select(Booking.session_id)))
    for session in scaled.scalars(select(ActivitySession)):
        assert taken[session.id] <= session.capacity
        assert (session.local_weekday, session.local_start_minute) == local_start(session.starts_at)
    pairs = scaled.execute(select(Booking.session_id, Booking.integrator_id)).all()
    assert len(set(pairs)) == len(pairs)


def test_the_ledger_and_the_statuses_follow_the_apps_own_rules(scaled: Session) -> None:
    trajectories = scaled.scalars(select(Trajectory).order_by(Trajectory.integrator_id)).all()
    statuses = Counter(t.status for t in trajectories)
    assert statuses[TrajectoryStatus.COMPLETED] > 0
    assert statuses[TrajectoryStatus.OPEN] > 0
    for trajectory in trajectories[::37]:
        minutes = confirmed_minutes(scaled, trajectory.integrator_id)
        credited = scaled.scalar(
            select(func.sum(Booking.attended_minutes)).where(
                Booking.integrator_id == trajectory.integrator_id
            )
        )
        assert minutes == credited
        reached = minutes >= trajectory.target_minutes
        assert (trajectory.status == TrajectoryStatus.COMPLETED) == reached


def test_a_counsellor_sees_a_caseload_and_anyone_signs_in(
    scaled: Session, client: FlaskClient
) -> None:
    counsellor = scaled.scalar(select(User).where(User.email == "counsellor0@scale.test"))
    assert counsellor is not None
    assert len(caseload(scaled, counsellor.id)) == 80
    answer = login(client, "integrator123@scale.test")
    assert answer.status_code == 302
    assert client.get("/?lang=en").status_code == 200


def test_a_second_run_adds_nothing(app: Flask, scaled: Session) -> None:
    result = app.test_cli_runner().invoke(args=["seed-scale", "--integrators", "1000"])
    assert result.exit_code == 0
    assert "nothing changed" in result.output
    assert _count(scaled, User, User.role == Role.INTEGRATOR) == 1000


def test_a_number_that_is_not_a_whole_block_gives_exactly_that_many(
    app: Flask, db: Session
) -> None:
    """1,250 integrators: a full block and a quarter of one, each with its share."""
    result = app.test_cli_runner().invoke(args=["seed-scale", "--integrators", "1250"])
    assert result.exit_code == 0, result.output
    assert _count(db, User, User.role == Role.INTEGRATOR) == 1250
    assert _count(db, Organisation) == 75
    assert _count(db, ActivitySession) == 6250
    assert _count(db, Booking) == 1250 * 30
    emails = list(db.scalars(select(User.email)))
    assert len(set(emails)) == len(emails)


@pytest.mark.parametrize("value", ["0", "-5", "many", ""])
def test_a_bad_number_is_refused_with_a_message(app: Flask, value: str) -> None:
    result = app.test_cli_runner().invoke(args=["seed-scale", "--integrators", value])
    assert result.exit_code == 2
    assert "--integrators" in result.output
