"""Many people at the same moment, against the app under gunicorn (issue 12, point 2).

Each test builds its data in its own fresh database, starts gunicorn on it (two worker
processes, with threads unless said otherwise), and releases real HTTP clients together
with a barrier: bookings of the last places through the API and the web form, two staff
saving one attendance sheet, a burst of sign-ins from one address, corrections of one
person's hours, one certificate asked for ten times, and the bulk certificate job while
others write. Whatever the timing, nobody may see a 5xx, and the database must hold what
the rules promise: no place too many, no minute counted twice, no total below zero, one
valid certificate. Every assertion message shows the statuses seen and the server's errors.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Activity, Booking, Certificate, HoursEntry, Organisation, User
from models.attendance import AttendanceRecord, register_attendance
from models.hours import confirmed_minutes
from models.integrators import today_in_brussels
from models.ledger import record_correction
from models.reference import CertificateKind, Role, TrajectoryStatus
from models.sessions import ActivitySession
from models.tokens import create_token
from models.trajectories import trajectory_of

from .conftest import PASSWORD
from .factories import make_activity, make_booking, make_session
from .helpers import reread
from .live_gunicorn import (
    Gunicorn,
    Reply,
    Visitor,
    all_at_once,
    running_gunicorn,
    server_errors,
    statuses,
)

#: Capacity of the session everybody wants, and how many want it.
PLACES = 6
PEOPLE = 25


# Helpers -----------------------------------------------------------------------------------


@pytest.fixture
def serve(database_url: str, db: Session, tmp_path: Path) -> Iterator[Callable[..., Gunicorn]]:
    """Start gunicorn on the test's database once its data is built; always stopped at the
    end. The test's own session is closed first, so it holds no lock while others write."""
    with ExitStack() as stack:

        def start(kind: str = "gthread") -> Gunicorn:
            db.commit()
            db.close()
            return stack.enter_context(running_gunicorn(database_url, tmp_path, kind))

        yield start


def _integrators(make_user: Callable[..., User], counsellor: User, count: int) -> list[User]:
    """`count` integrators on `counsellor`'s caseload (committed, one password for all)."""
    return [make_user(Role.INTEGRATOR, counsellor=counsellor) for _ in range(count)]


def _token(db: Session, user: User) -> str:
    token = create_token(db, user)
    db.commit()
    return token


def _report(server: Gunicorn, replies: Sequence[Reply], **facts: object) -> str:
    """One line for an assertion message: the statuses seen, what else we know, the body of
    the first failure, and the distinct errors in the server's log."""
    parts = [f"statuses {dict(statuses(replies))}"]
    parts += [f"{name} {value}" for name, value in facts.items()]
    if broken := server_errors(replies):
        parts.append(f"first failure: {broken[0].status} {broken[0].body[:200]!r}")
    if problems := server.problems():
        parts.append(f"server log: {problems}")
    return "; ".join(parts)


def _booking_counts(db: Session, session_id: int) -> dict[str, int]:
    """Bookings of a session by status, as the database holds them now."""
    reread(db)
    rows = db.execute(
        select(Booking.status, func.count())
        .where(Booking.session_id == session_id)
        .group_by(Booking.status)
    ).all()
    return {status.value: count for status, count in rows}


def _places_taken(db: Session, session_id: int) -> int:
    reread(db)
    return db.scalar(select(ActivitySession.places_taken).where(ActivitySession.id == session_id))


def _signed_in(server: Gunicorn, people: Sequence[User]) -> list[Visitor]:
    """Each person signed in through the form in their own cookie session, one after the
    other (a burst of sign-ins is a scenario of its own)."""
    visitors = []
    for person in people:
        visitor = Visitor(server.url)
        reply = visitor.sign_in(person.email, PASSWORD)
        assert reply.status == 302, f"{person.email} could not sign in: {reply.status}"
        visitors.append(visitor)
    return visitors


def _api_booking(server: Gunicorn, token: str, session_id: int, person_id: int) -> Reply:
    return Visitor(server.url).post_json(
        f"/api/v1/sessions/{session_id}/bookings", {"integrator_id": person_id}, token
    )


def _answers(replies: Sequence[Reply]) -> dict[str, int]:
    """The booking statuses the API answered with."""
    return dict(Counter(reply.json()["status"] for reply in replies if reply.status == 201))


# 1 and 2. Twenty-five people, six places ---------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "gthread"])
def test_25_api_bookings_of_6_places_at_once(
    kind: str,
    serve: Callable[..., Gunicorn],
    db: Session,
    make_user: Callable[..., User],
    organisation: Organisation,
    counsellor: User,
) -> None:
    """One counsellor's token books 25 people of the caseload into 6 places at once."""
    people = [person.id for person in _integrators(make_user, counsellor, PEOPLE)]
    session_id = make_session(db, organisation, starts_in=timedelta(days=3), capacity=PLACES).id
    token = _token(db, counsellor)
    server = serve(kind)

    replies = all_at_once([partial(_api_booking, server, token, session_id, p) for p in people])

    answers = _answers(replies)
    said = _six_booked_and_the_rest_waiting(server, db, session_id, replies, 201, answers=answers)
    assert answers == {"booked": PLACES, "waitlisted": PEOPLE - PLACES}, said


def _six_booked_and_the_rest_waiting(
    server: Gunicorn, db: Session, session_id: int, replies: list, status: int, **more: object
) -> str:
    """Every reply `status`, none a 5xx, and the database holding 6 places and 19 waiting;
    returns the report for further assertions."""
    counts = _booking_counts(db, session_id)
    said = _report(server, replies, database=counts, **more)
    assert not server_errors(replies), said
    assert statuses(replies) == {status: PEOPLE}, said
    assert counts == {"booked": PLACES, "waitlisted": PEOPLE - PLACES}, said
    assert _places_taken(db, session_id) == PLACES, said
    return said


def test_25_people_book_6_places_through_the_web_form_at_once(
    serve: Callable[..., Gunicorn],
    db: Session,
    make_user: Callable[..., User],
    organisation: Organisation,
    counsellor: User,
) -> None:
    """Each person signed in with their own cookie, pressing "book" with their CSRF token."""
    people = _integrators(make_user, counsellor, PEOPLE)
    session = make_session(db, organisation, starts_in=timedelta(days=3), capacity=PLACES)
    session_id, activity_id = session.id, session.activity_id
    server = serve()
    visitors = _signed_in(server, people)
    tokens = [visitor.csrf_token(f"/activities/{activity_id}") for visitor in visitors]

    replies = all_at_once(
        [
            partial(visitor.post_form, f"/sessions/{session_id}/book", {"csrf_token": token})
            for visitor, token in zip(visitors, tokens, strict=True)
        ]
    )

    _six_booked_and_the_rest_waiting(server, db, session_id, replies, 303)


# 3. Two staff save one attendance sheet ----------------------------------------------------


def test_two_staff_saving_one_attendance_sheet_at_once_credit_each_person_once(
    serve: Callable[..., Gunicorn],
    db: Session,
    make_user: Callable[..., User],
    organisation: Organisation,
    staff: User,
    counsellor: User,
) -> None:
    """Two colleagues, each through the API and the web form (four saves at once), on three
    past sessions one after the other: every booking is credited its minutes exactly once."""
    colleague = make_user(Role.ORGANISATION_STAFF, organisation=organisation)
    people = _integrators(make_user, counsellor, 6)
    activity = make_activity(db, organisation, "Praatcafé")
    sheets: dict[int, list[int]] = {}
    for days in (1, 2, 3):
        session = make_session(db, activity, starts_in=timedelta(days=-days), capacity=10)
        sheets[session.id] = [make_booking(db, session, person).id for person in people]
    tokens = [_token(db, staff), _token(db, colleague)]
    given = 90
    server = serve()
    browsers = _signed_in(server, [staff, colleague])

    replies: list[Reply] = []
    channels: Counter[tuple[str, int]] = Counter()
    for session_id, bookings in sheets.items():
        path = f"/organisation/sessions/{session_id}/attendance"
        api_path = f"/api/v1/sessions/{session_id}/attendance"
        api_body = {
            "records": [{"booking_id": b, "present": True, "minutes": given} for b in bookings]
        }
        form = {f"present_{b}": "present" for b in bookings} | {
            f"minutes_{b}": str(given) for b in bookings
        }
        forms = [form | {"csrf_token": browser.csrf_token(path)} for browser in browsers]
        calls = [
            partial(Visitor(server.url).post_json, api_path, api_body, token) for token in tokens
        ] + [partial(b.post_form, path, data) for b, data in zip(browsers, forms, strict=True)]
        round_replies = all_at_once(calls)
        replies += round_replies
        channels.update(
            zip(["api", "api", "form", "form"], [r.status for r in round_replies], strict=True)
        )

    reread(db)
    all_bookings = [b for bookings in sheets.values() for b in bookings]
    credited = dict(
        db.execute(
            select(HoursEntry.booking_id, func.sum(HoursEntry.minutes))
            .where(HoursEntry.booking_id.in_(all_bookings))
            .group_by(HoursEntry.booking_id)
        ).all()
    )
    totals = {person.id: confirmed_minutes(db, person.id) for person in people}
    attended = Counter(
        db.scalars(select(Booking.attended_minutes).where(Booking.id.in_(all_bookings)))
    )
    said = _report(
        server,
        replies,
        channels=dict(channels),
        credited_per_booking=Counter(credited.values()),
        totals=Counter(totals.values()),
    )
    assert not server_errors(replies), said
    assert channels == {("api", 200): 6, ("form", 302): 6}, said
    assert credited == dict.fromkeys(all_bookings, given), said
    assert totals == dict.fromkeys(totals, given * len(sheets)), said
    assert attended == {given: len(all_bookings)}, said


# 4. A burst of sign-ins from one address ---------------------------------------------------


def test_20_sign_ins_at_once_all_succeed(
    serve: Callable[..., Gunicorn], make_user: Callable[..., User], counsellor: User
) -> None:
    """Twenty people in one building (one address) sign in at the same moment: a busy
    database must never turn into a failed sign-in, let alone a 429."""
    people = _integrators(make_user, counsellor, 20)
    server = serve()
    visitors = [Visitor(server.url) for _ in people]
    tokens = [visitor.csrf_token("/login") for visitor in visitors]

    replies = all_at_once(
        [
            partial(
                visitor.post_form,
                "/login",
                {"csrf_token": token, "identifier": person.email, "password": PASSWORD},
            )
            for visitor, token, person in zip(visitors, tokens, people, strict=True)
        ]
    )

    targets = Counter(reply.location for reply in replies if reply.status == 302)
    said = _report(server, replies, redirected_to=dict(targets))
    assert not server_errors(replies), said
    assert 429 not in statuses(replies), said
    assert statuses(replies) == {302: len(people)}, said
    assert targets == {"/": len(people)}, said
    homes = [visitor.get("/") for visitor in visitors]
    assert statuses(homes) == {200: len(people)}, _report(server, homes)


# 5. Corrections of one person's hours ------------------------------------------------------


def _correct(visitor: Visitor, token: str, path: str, direction: str, minutes: int) -> Reply:
    data = {
        "csrf_token": token,
        "direction": direction,
        "hours": "",
        "minutes": str(minutes),
        "reason": "Counted twice" if direction == "take_back" else "Rounding",
    }
    return visitor.post_form(path, data)


def _hours(db: Session, person_id: int) -> tuple[int, str, list[int]]:
    """The total, the trajectory's status, and the running totals of the ledger in order."""
    reread(db)
    entries = db.scalars(
        select(HoursEntry.minutes)
        .where(HoursEntry.integrator_id == person_id)
        .order_by(HoursEntry.id)
    ).all()
    running, total = [], 0
    for minutes in entries:
        total += minutes
        running.append(total)
    trajectory = trajectory_of(db, person_id)
    return confirmed_minutes(db, person_id), trajectory.status.value, running


def test_parallel_corrections_never_take_hours_below_zero_and_the_status_follows(
    serve: Callable[..., Gunicorn],
    db: Session,
    make_user: Callable[..., User],
    counsellor: User,
    admin: User,
) -> None:
    """Five take back 50 of 100 minutes at once (the counsellor in three sessions, two
    admins): two succeed, three are refused with a 4xx. Two "+15 min" at 2,370 of 2,400
    complete the trajectory; two "-10 min" at 2,410 open it again."""
    other_admin = make_user(Role.ADMIN)
    today = today_in_brussels()
    starts = {"take_back": 100, "add": 2370, "reopen": 2410}
    person = {}
    for name, minutes in starts.items():
        someone = make_user(Role.INTEGRATOR, counsellor=counsellor)
        record_correction(db, someone, minutes, "Before the platform", counsellor, today=today)
        db.commit()
        person[name] = someone.id
    server = serve()
    visitors = _signed_in(server, [counsellor, counsellor, counsellor, admin, other_admin])

    def race(name: str, direction: str, minutes: int, count: int) -> list[Reply]:
        path = f"/counsellor/integrators/{person[name]}/hours/correction"
        tokens = [visitor.csrf_token(path) for visitor in visitors[:count]]
        return all_at_once(
            [
                partial(_correct, visitor, token, path, direction, minutes)
                for visitor, token in zip(visitors[:count], tokens, strict=True)
            ]
        )

    taken = race("take_back", "take_back", 50, 5)
    added = race("add", "add", 15, 2)
    reopened = race("reopen", "take_back", 10, 2)

    hours = {name: _hours(db, person[name]) for name in starts}
    said = _report(
        server,
        [*taken, *added, *reopened],
        take_back=dict(statuses(taken)),
        add=dict(statuses(added)),
        reopen=dict(statuses(reopened)),
        hours={name: (total, status, running) for name, (total, status, running) in hours.items()},
    )
    assert not server_errors([*taken, *added, *reopened]), said
    total, status, running = hours["take_back"]
    assert min(running) >= 0, said
    assert total == 0, said
    assert statuses(taken)[302] == 2, said
    assert all(400 <= r.status < 500 for r in taken if r.status != 302), said
    assert status == TrajectoryStatus.OPEN.value, said
    assert statuses(added) == {302: 2}, said
    assert hours["add"][:2] == (2400, TrajectoryStatus.COMPLETED.value), said
    assert statuses(reopened) == {302: 2}, said
    assert hours["reopen"][:2] == (2390, TrajectoryStatus.OPEN.value), said


# 6. One certificate asked for ten times ----------------------------------------------------


def _attended(
    db: Session, organisation: Organisation, staff: User, people: Sequence[User], title: str
) -> Activity:
    """An activity with one past session that `people` attended, registered by `staff`."""
    activity = make_activity(db, organisation, title)
    session = make_session(db, activity, starts_in=timedelta(days=-2), capacity=len(people))
    records = [
        AttendanceRecord(make_booking(db, session, person).id, True, 60) for person in people
    ]
    register_attendance(db, session.id, records, staff)
    db.commit()
    return activity


def _certificates(db: Session, activity_id: int) -> list[Certificate]:
    reread(db)
    return list(
        db.scalars(
            select(Certificate).where(
                Certificate.kind == CertificateKind.ATTENDANCE,
                Certificate.activity_id == activity_id,
            )
        )
    )


def test_ten_requests_for_one_certificate_leave_exactly_one_valid(
    serve: Callable[..., Gunicorn],
    db: Session,
    make_user: Callable[..., User],
    organisation: Organisation,
    staff: User,
    integrator: User,
) -> None:
    """Two staff ask for the same person's proof of participation ten times at once:
    whatever each request answers, one certificate is in force at the end."""
    colleague = make_user(Role.ORGANISATION_STAFF, organisation=organisation)
    activity_id = _attended(db, organisation, staff, [integrator], "Taalcafé").id
    tokens = [_token(db, staff), _token(db, colleague)]
    body = {"kind": "attendance", "integrator_id": integrator.id, "activity_id": activity_id}
    server = serve()

    replies = all_at_once(
        [
            partial(Visitor(server.url).post_json, "/api/v1/certificates", body, tokens[n % 2])
            for n in range(10)
        ]
    )

    stored = _certificates(db, activity_id)
    valid = [c.code for c in stored if c.revoked_at is None]
    said = _report(server, replies, stored=len(stored), valid=valid)
    assert not server_errors(replies), said
    assert set(statuses(replies)) <= {201, 409}, said
    assert statuses(replies)[201] >= 1, said
    assert len(valid) == 1, said
    assert len(stored) == statuses(replies)[201], said


# 7. The bulk certificate job while others write --------------------------------------------


def _job_state(tmp_path: Path, job_id: str) -> dict[str, Any] | None:
    """The job's progress file as the app writes it under UPLOAD_DIR."""
    path = tmp_path / "uploads" / "bulk" / f"{job_id}.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def test_the_bulk_certificate_job_finishes_while_others_book_and_sign_in(
    serve: Callable[..., Gunicorn],
    db: Session,
    tmp_path: Path,
    make_user: Callable[..., User],
    organisation: Organisation,
    staff: User,
    counsellor: User,
) -> None:
    """Staff start "everyone's certificates" for 14 attendees; meanwhile 25 API bookings of
    6 places and 10 sign-ins go at once. The job issues every certificate, nobody gets a
    5xx, and the places still add up."""
    people = _integrators(make_user, counsellor, PEOPLE)
    attendees = people[:14]
    activity_id = _attended(db, organisation, staff, attendees, "Samen koken").id
    session_id = make_session(db, organisation, starts_in=timedelta(days=3), capacity=PLACES).id
    token = _token(db, counsellor)
    signing_in = people[-10:]
    server = serve()
    staff_browser = _signed_in(server, [staff])[0]
    page = f"/organisation/activities/{activity_id}/certificates"
    visitors = [Visitor(server.url) for _ in signing_in]
    login_tokens = [visitor.csrf_token("/login") for visitor in visitors]
    bookings = [partial(_api_booking, server, token, session_id, p.id) for p in people]
    sign_ins = [
        partial(
            visitor.post_form,
            "/login",
            {"csrf_token": login_token, "identifier": person.email, "password": PASSWORD},
        )
        for visitor, login_token, person in zip(visitors, login_tokens, signing_in, strict=True)
    ]

    started = staff_browser.post_form(page + "/all", {"csrf_token": staff_browser.csrf_token(page)})
    assert started.status == 302, _report(server, [started])
    job_id = started.location.rsplit("/", 1)[-1]
    at_release = _job_state(tmp_path, job_id)
    replies = all_at_once([*bookings, *sign_ins])
    deadline = time.monotonic() + 90
    state = _job_state(tmp_path, job_id)
    while (state is None or not state["finished"]) and time.monotonic() < deadline:
        time.sleep(0.2)
        state = _job_state(tmp_path, job_id)

    valid = [c for c in _certificates(db, activity_id) if c.revoked_at is None]
    counts = _booking_counts(db, session_id)
    said = _report(
        server,
        replies,
        bookings=dict(statuses(replies[: len(bookings)])),
        sign_ins=dict(statuses(replies[len(bookings) :])),
        job_at_release=at_release,
        job=state,
        valid_certificates=len(valid),
        database=counts,
    )
    assert state is not None, said
    assert state["finished"], said
    assert not state["failed"], said
    assert (state["total"], state["done"], state["refused"]) == (14, 14, 0), said
    assert sorted(c.holder_id for c in valid) == sorted(p.id for p in attendees), said
    assert not server_errors(replies), said
    assert statuses(replies[: len(bookings)]) == {201: PEOPLE}, said
    assert statuses(replies[len(bookings) :]) == {302: len(sign_ins)}, said
    assert counts == {"booked": PLACES, "waitlisted": PEOPLE - PLACES}, said
