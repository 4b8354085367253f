"""The hours ledger: attendance, corrections and external proofs that always add up.

The rules of `models.attendance` and `models.ledger` on both databases: totals are the sum
of the ledger after any sequence of writes, attendance registered twice credits once, two
staff saving the same session at the same moment do not double-count, and the trajectory
status flips at exactly the target and back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    ActivitySession,
    AuditEvent,
    Booking,
    HoursEntry,
    Organisation,
    Trajectory,
    User,
    utcnow,
)
from models.attendance import (
    AttendanceRecord,
    attendance_sheet,
    awaiting_attendance,
    recently_registered,
    register_attendance,
)
from models.hours import confirmed_minutes, ledger
from models.ledger import ExternalProof, HoursRefused, record_correction, record_external_proof
from models.reference import BookingStatus, HoursKind, Role, SessionStatus, TrajectoryStatus
from models.trajectories import (
    TrajectoryRefused,
    change_target,
    end_exemption,
    exempt,
    trajectory_of,
)

from .factories import make_booking, make_session
from .helpers import reread

TODAY = date(2026, 11, 23)


def _session(
    db: Session, organisation: Organisation, *, days_ago: float = 1, minutes: int = 120
) -> ActivitySession:
    """A session `days_ago` days ago that credits `minutes` and lasts half an hour longer."""
    return make_session(
        db,
        organisation,
        starts_in=timedelta(days=-days_ago),
        minutes=minutes,
        length=timedelta(minutes=minutes + 30),
    )


def _ledger_sum(db: Session, person: User) -> int:
    return sum(entry.minutes for entry in ledger(db, person.id))


def _register(db: Session, session_id: int, by: User, *records: AttendanceRecord) -> None:
    register_attendance(db, session_id, list(records), by)
    db.commit()


@pytest.fixture
def person(make_user: Callable[..., User], counsellor: User) -> User:
    return make_user(Role.INTEGRATOR, counsellor=counsellor)


# Attendance ------------------------------------------------------------------------------------


def test_attendance_credits_the_minutes_once_and_a_second_save_corrects(
    db: Session, organisation: Organisation, staff: User, person: User
) -> None:
    session = _session(db, organisation)
    booking = make_booking(db, session, person)
    _register(db, session.id, staff, AttendanceRecord(booking.id, True, 120))
    _register(db, session.id, staff, AttendanceRecord(booking.id, True, 120))
    assert confirmed_minutes(db, person.id) == 120
    assert [(e.kind, e.minutes) for e in ledger(db, person.id)] == [(HoursKind.ATTENDANCE, 120)]

    _register(db, session.id, staff, AttendanceRecord(booking.id, True, 90))
    reread(db)
    assert confirmed_minutes(db, person.id) == 90
    assert [(e.kind, e.minutes) for e in ledger(db, person.id)] == [
        (HoursKind.ATTENDANCE, 120),
        (HoursKind.CORRECTION, -30),
    ]
    assert db.get(Booking, booking.id).attended_minutes == 90
    entry = ledger(db, person.id)[-1]
    assert entry.created_by_id == staff.id
    assert entry.booking_id == booking.id


def test_absence_marks_no_show_and_takes_back_what_was_credited(
    db: Session, organisation: Organisation, staff: User, person: User
) -> None:
    session = _session(db, organisation)
    booking = make_booking(db, session, person)
    _register(db, session.id, staff, AttendanceRecord(booking.id, False))
    reread(db)
    assert db.get(Booking, booking.id).status == BookingStatus.NO_SHOW
    assert ledger(db, person.id) == []
    _register(db, session.id, staff, AttendanceRecord(booking.id, True, 60))
    _register(db, session.id, staff, AttendanceRecord(booking.id, False, 60))
    reread(db)
    assert confirmed_minutes(db, person.id) == 0
    assert db.get(Booking, booking.id).status == BookingStatus.NO_SHOW


def test_minutes_default_to_the_session_and_the_session_leaves_the_waiting_list(
    db: Session, organisation: Organisation, staff: User, person: User
) -> None:
    session = _session(db, organisation, minutes=150)
    booking = make_booking(db, session, person)
    assert [s.id for s in awaiting_attendance(db, [organisation.id])] == [session.id]
    _register(db, session.id, staff, AttendanceRecord(booking.id, True))
    reread(db)
    assert confirmed_minutes(db, person.id) == 150
    assert awaiting_attendance(db, [organisation.id]) == []
    assert [s.id for s in recently_registered(db, [organisation.id])] == [session.id]
    assert db.get(ActivitySession, session.id).attendance_registered_at is not None
    assert db.scalar(select(func.count()).where(AuditEvent.action == "attendance.registered")) == 1


def test_the_sheet_holds_people_with_a_place_not_the_waiting_list_or_cancelled(
    db: Session, organisation: Organisation, make_user: Callable[..., User]
) -> None:
    session = _session(db, organisation)
    people = [make_user(Role.INTEGRATOR) for _ in range(3)]
    kept = make_booking(db, session, people[0])
    make_booking(db, session, people[1], BookingStatus.WAITLISTED)
    make_booking(db, session, people[2], BookingStatus.CANCELLED)
    assert [b.id for b in attendance_sheet(db, session.id)] == [kept.id]


@pytest.mark.parametrize(
    ("minutes", "code"),
    [(-1, "minutes_out_of_range"), (121, "minutes_out_of_range"), ("90", "not_a_number")],
)
def test_minutes_outside_the_session_are_refused_and_nothing_is_saved(
    db: Session,
    organisation: Organisation,
    staff: User,
    make_user: Callable[..., User],
    minutes: object,
    code: str,
) -> None:
    session = _session(db, organisation)
    first, second = (make_booking(db, session, make_user(Role.INTEGRATOR)) for _ in range(2))
    with pytest.raises(HoursRefused) as refused:
        register_attendance(
            db,
            session.id,
            [AttendanceRecord(first.id, True, 60), AttendanceRecord(second.id, True, minutes)],
            staff,
        )
    db.rollback()
    assert refused.value.code == code
    assert refused.value.field == str(second.id)
    assert db.scalar(select(func.count()).select_from(HoursEntry)) == 0
    assert {b.status for b in attendance_sheet(db, session.id)} == {BookingStatus.BOOKED}


def test_unknown_bookings_bookings_of_another_session_and_waiting_ones_are_refused(
    db: Session, organisation: Organisation, staff: User, person: User
) -> None:
    session, other = _session(db, organisation), _session(db, organisation)
    elsewhere = make_booking(db, other, person)
    waiting = make_booking(db, session, person, BookingStatus.WAITLISTED)
    cases = [(999_999, "unknown_booking"), (elsewhere.id, "unknown_booking")]
    cases.append((waiting.id, "booking_not_registrable"))
    for booking_id, code in cases:
        with pytest.raises(HoursRefused) as refused:
            register_attendance(db, session.id, [AttendanceRecord(booking_id, True, 60)], staff)
        db.rollback()
        assert refused.value.code == code
    booked = make_booking(db, other, _person_without_profile(db))
    with pytest.raises(HoursRefused) as twice:
        register_attendance(
            db,
            other.id,
            [AttendanceRecord(booked.id, True, 60), AttendanceRecord(booked.id, False)],
            staff,
        )
    db.rollback()
    assert twice.value.code == "booking_twice"
    assert db.scalar(select(func.count()).select_from(HoursEntry)) == 0


def _person_without_profile(db: Session) -> User:
    """A person with no profile: attendance does not need one."""
    user = User(email=f"free{utcnow().timestamp()}@example.test", name="F", role=Role.INTEGRATOR)
    db.add(user)
    db.commit()
    return user


@pytest.mark.parametrize(
    ("change", "code"),
    [("future", "session_not_happened"), ("cancelled", "session_cancelled")],
)
def test_sessions_not_begun_or_cancelled_get_no_attendance(
    db: Session, organisation: Organisation, staff: User, person: User, change: str, code: str
) -> None:
    session = _session(db, organisation, days_ago=-2 if change == "future" else 1)
    booking = make_booking(db, session, person)
    if change == "cancelled":
        session.status = SessionStatus.CANCELLED
        db.commit()
    with pytest.raises(HoursRefused) as refused:
        register_attendance(db, session.id, [AttendanceRecord(booking.id, True, 60)], staff)
    db.rollback()
    assert refused.value.code == code
    assert ledger(db, person.id) == []
    assert awaiting_attendance(db, [organisation.id]) == []


def _save_at_once(app: Flask, session_id: int, staff_ids: list[int], records, errors: list[str]):
    sessions = app.extensions["db_sessions"]
    barrier = threading.Barrier(len(staff_ids))

    def save(staff_id: int) -> None:
        with sessions() as own:
            by = own.get(User, staff_id)
            own.commit()
            barrier.wait(timeout=30)
            try:
                register_attendance(own, session_id, records, by)
                own.commit()
            except Exception as exc:
                errors.append(repr(exc))

    threads = [threading.Thread(target=save, args=(staff_id,)) for staff_id in staff_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)


def test_two_staff_saving_the_same_session_at_once_credit_once(
    app: Flask,
    db: Session,
    organisation: Organisation,
    make_user: Callable[..., User],
) -> None:
    colleagues = [make_user(Role.ORGANISATION_STAFF, organisation=organisation) for _ in range(2)]
    people = [make_user(Role.INTEGRATOR) for _ in range(4)]
    for _round in range(10):
        session = _session(db, organisation)
        bookings = [make_booking(db, session, p) for p in people]
        records = [AttendanceRecord(b.id, True, 100) for b in bookings]
        errors: list[str] = []
        _save_at_once(app, session.id, [c.id for c in colleagues], records, errors)
        assert errors == []
    reread(db)
    for person in people:
        assert confirmed_minutes(db, person.id) == 10 * 100
        assert _ledger_sum(db, person) == 10 * 100
        assert len(ledger(db, person.id)) == 10


# Trajectory status -----------------------------------------------------------------------------


def test_status_flips_at_exactly_the_target_and_back(
    db: Session, counsellor: User, person: User
) -> None:
    def status() -> TrajectoryStatus:
        reread(db)
        return trajectory_of(db, person.id).status

    record_correction(db, person, 2399, "papers from before the platform", counsellor, today=TODAY)
    db.commit()
    assert status() == TrajectoryStatus.OPEN
    record_correction(db, person, 1, "one more minute", counsellor, today=TODAY)
    db.commit()
    assert confirmed_minutes(db, person.id) == 2400
    assert status() == TrajectoryStatus.COMPLETED
    record_correction(db, person, -1, "typing error", counsellor, today=TODAY)
    db.commit()
    assert status() == TrajectoryStatus.OPEN


def test_an_admin_lowers_the_target_or_exempts_with_a_reason(
    db: Session, admin: User, counsellor: User, person: User
) -> None:
    record_correction(db, person, 1500, "earlier papers", counsellor, today=TODAY)
    db.commit()
    trajectory = trajectory_of(db, person.id)
    with pytest.raises(TrajectoryRefused):
        change_target(db, trajectory, 1200, "  ", admin)
    with pytest.raises(TrajectoryRefused):
        change_target(db, trajectory, 3000, "more", admin)
    change_target(db, trajectory, 1200, "works full time", admin)
    db.commit()
    assert trajectory_of(db, person.id).status == TrajectoryStatus.COMPLETED
    change_target(db, trajectory, 2400, "back to normal", admin)
    db.commit()
    assert trajectory_of(db, person.id).status == TrajectoryStatus.OPEN
    exempt(db, trajectory, "medical reasons", admin)
    db.commit()
    record_correction(db, person, 900, "more papers", counsellor, today=TODAY)
    db.commit()
    assert trajectory_of(db, person.id).status == TrajectoryStatus.EXEMPT
    end_exemption(db, trajectory, "better now", admin)
    db.commit()
    assert trajectory_of(db, person.id).status == TrajectoryStatus.COMPLETED
    actions = set(db.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == admin.id)))
    assert {"trajectory.target", "trajectory.exempt", "trajectory.exemption_ended"} <= actions


# External proofs and corrections ---------------------------------------------------------------


def _proof(**changes: object) -> ExternalProof:
    values: dict = {
        "minutes": 180,
        "activity": "Taalcafé",
        "organisation": "Bibliotheek Gent",
        "occurred_on": TODAY - timedelta(days=3),
        "proof_path": "abc.pdf",
    }
    values.update(changes)
    return ExternalProof(**values)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"minutes": 0}, "out_of_range", "minutes"),
        ({"minutes": -60}, "out_of_range", "minutes"),
        ({"minutes": 100 * 60 + 1}, "out_of_range", "minutes"),
        ({"minutes": "180"}, "not_a_number", "minutes"),
        ({"minutes": True}, "not_a_number", "minutes"),
        ({"activity": "  "}, "required", "activity"),
        ({"organisation": "x" * 201}, "too_long", "organisation"),
        ({"occurred_on": TODAY + timedelta(days=1)}, "in_future", "occurred_on"),
        ({"occurred_on": None}, "required", "occurred_on"),
    ],
)
def test_bad_external_proofs_are_refused_and_nothing_is_credited(
    db: Session, counsellor: User, person: User, changes: dict, code: str, field: str
) -> None:
    with pytest.raises(HoursRefused) as refused:
        record_external_proof(db, person, _proof(**changes), counsellor, today=TODAY)
    db.rollback()
    assert (refused.value.code, refused.value.field) == (code, field)
    assert ledger(db, person.id) == []


def test_an_external_proof_is_credited_with_who_when_and_what(
    db: Session, counsellor: User, person: User
) -> None:
    record_external_proof(db, person, _proof(note="Gecontroleerd"), counsellor, today=TODAY)
    db.commit()
    (entry,) = ledger(db, person.id)
    assert entry.kind == HoursKind.EXTERNAL_PROOF
    assert entry.minutes == 180
    assert (entry.external_activity, entry.external_organisation) == (
        "Taalcafé",
        "Bibliotheek Gent",
    )
    assert entry.created_by == counsellor
    assert entry.reason == "Gecontroleerd"
    assert entry.proof_path == "abc.pdf"


def test_a_correction_needs_a_reason_and_never_takes_the_total_below_zero(
    db: Session, counsellor: User, person: User
) -> None:
    with pytest.raises(HoursRefused) as no_reason:
        record_correction(db, person, 60, "", counsellor, today=TODAY)
    assert no_reason.value.field == "reason"
    db.rollback()
    record_correction(db, person, 60, "paper from the library", counsellor, today=TODAY)
    db.commit()
    with pytest.raises(HoursRefused) as below:
        record_correction(db, person, -61, "too much", counsellor, today=TODAY)
    db.rollback()
    assert below.value.code == "below_zero"
    assert confirmed_minutes(db, person.id) == 60


# Any sequence adds up --------------------------------------------------------------------------

_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("attend"), st.integers(0, 2), st.booleans(), st.integers(0, 120)),
        st.tuples(st.just("proof"), st.integers(1, 600)),
        st.tuples(st.just("correct"), st.integers(-600, 600).filter(bool)),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=_STEPS, target=st.sampled_from([2400, 300, 120]))
def test_any_sequence_of_writes_adds_up_and_sets_the_status(
    db: Session,
    organisation: Organisation,
    staff: User,
    counsellor: User,
    make_user: Callable[..., User],
    steps: list[tuple],
    target: int,
) -> None:
    person = make_user(Role.INTEGRATOR, counsellor=counsellor)
    db.execute(
        Trajectory.__table__.update()
        .where(Trajectory.integrator_id == person.id)
        .values(target_minutes=target)
    )
    db.commit()
    sessions = [_session(db, organisation, days_ago=3 - n) for n in range(3)]
    bookings = [make_booking(db, s, person) for s in sessions]
    attended = {b.id: 0 for b in bookings}
    other = 0
    for step in steps:
        if step[0] == "attend":
            _kind, index, present, minutes = step
            booking = bookings[index]
            _register(db, sessions[index].id, staff, AttendanceRecord(booking.id, present, minutes))
            attended[booking.id] = minutes if present else 0
        elif step[0] == "proof":
            record_external_proof(db, person, _proof(minutes=step[1]), counsellor, today=TODAY)
            db.commit()
            other += step[1]
        elif sum(attended.values()) + other + step[1] < 0:
            with pytest.raises(HoursRefused, match="below_zero"):
                record_correction(db, person, step[1], "checked", counsellor, today=TODAY)
            db.rollback()
        else:
            record_correction(db, person, step[1], "checked", counsellor, today=TODAY)
            db.commit()
            other += step[1]
        reread(db)
        expected = sum(attended.values()) + other
        assert confirmed_minutes(db, person.id) == _ledger_sum(db, person) == expected
        reached = TrajectoryStatus.COMPLETED if expected >= target else TrajectoryStatus.OPEN
        assert trajectory_of(db, person.id).status == reached
