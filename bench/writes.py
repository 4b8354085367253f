"""The writes of the served benchmark: a burst of bookings by 50 clients on nearly full
sessions, a paced stream of bookings timed from each request's scheduled start, and
attendance for 12 people; afterwards the database is asked whether any session holds
more people than its capacity.

`prepare()` picks (and, for attendance, makes) what the writes need in the run's own copy
of the dataset, with counsellor and staff tokens, before the server starts.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from harness import Client, Timings
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Activity, ActivitySession, Booking, Membership, User
from models.base import utcnow
from models.db import make_engine, make_session_factory
from models.reference import (
    ACTIVE_BOOKING_STATUSES,
    ActivityStatus,
    BookingStatus,
    SessionStatus,
)
from models.tokens import create_token
from models.users import IntegratorProfile

#: Statuses that hold a place (the capacity counts them).
HOLDING = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)
ATTENDEES = 12
#: The first caseload of the scale data: 80 people.
COUNSELLOR = "counsellor0@scale.test"


@dataclass(frozen=True)
class BookingRequest:
    """One booking request: who books (a counsellor's token), for whom, where."""

    token: str
    integrator_id: int
    session_id: int


@dataclass
class Plan:
    """The requests the writes will send, and the tokens they need."""

    burst: list[BookingRequest]
    paced: list[BookingRequest]
    staff_token: str
    #: Past sessions with 12 booked people awaiting attendance: session id -> booking ids.
    attendance: dict[int, list[int]]
    #: A token of `COUNSELLOR`, for reading the caseload through the API.
    caseload_token: str = ""
    minutes: int = 90
    touched: set[int] = field(default_factory=set)


def _upcoming(db: Session, free: tuple[int, int], limit: int, skip: set[int]) -> list[int]:
    """Upcoming bookable sessions with `free` (from, to) places left."""
    left = ActivitySession.capacity - ActivitySession.places_taken
    return [
        session_id
        for session_id in db.scalars(
            select(ActivitySession.id)
            .join(Activity, Activity.id == ActivitySession.activity_id)
            .where(
                ActivitySession.starts_at > utcnow() + timedelta(days=2),
                ActivitySession.status == SessionStatus.SCHEDULED,
                Activity.status == ActivityStatus.PUBLISHED,
                left.between(*free),
            )
            .order_by(ActivitySession.id)
            .limit(limit + len(skip))
        )
        if session_id not in skip
    ][:limit]


def _people(db: Session, count: int) -> Iterator[tuple[int, int]]:
    """(integrator, their counsellor), the caseloads in order, endlessly."""
    pairs = db.execute(
        select(IntegratorProfile.user_id, IntegratorProfile.counsellor_id)
        .where(IntegratorProfile.counsellor_id.is_not(None))
        .order_by(IntegratorProfile.user_id)
        .limit(count)
    ).all()
    while True:
        yield from pairs


def _requests(
    db: Session, sessions: list[int], count: int, tokens: dict[int, str], people: Iterator
) -> list[BookingRequest]:
    """`count` requests over `sessions` in turn, each for someone not yet in that session."""
    taken = set(
        db.execute(
            select(Booking.session_id, Booking.integrator_id).where(
                Booking.session_id.in_(sessions), Booking.status.in_(ACTIVE_BOOKING_STATUSES)
            )
        ).tuples()
    )
    requests = []
    for number in range(count):
        session_id = sessions[number % len(sessions)]
        integrator_id, counsellor_id = next(people)
        while (session_id, integrator_id) in taken:
            integrator_id, counsellor_id = next(people)
        taken.add((session_id, integrator_id))
        if counsellor_id not in tokens:
            tokens[counsellor_id] = create_token(db, db.get(User, counsellor_id), "bench")
        requests.append(BookingRequest(tokens[counsellor_id], integrator_id, session_id))
    return requests


def _attendance_sessions(db: Session, count: int, people: list[int]) -> tuple[str, dict]:
    """`count` sessions of yesterday with 12 booked people each, awaiting attendance,
    in an activity of one organisation; and a token of that organisation's staff."""
    activity = db.scalar(
        select(Activity).where(Activity.status == ActivityStatus.PUBLISHED).order_by(Activity.id)
    )
    staff = db.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.organisation_id == activity.organisation_id)
    )
    made = {}
    for number in range(count):
        start = utcnow() - timedelta(days=1, minutes=120 * (number + 1))
        session = ActivitySession(
            activity_id=activity.id,
            starts_at=start,
            ends_at=start + timedelta(minutes=90),
            capacity=ATTENDEES,
            minutes=90,
        )
        db.add(session)
        db.flush()
        bookings = [
            Booking(session_id=session.id, integrator_id=person, status=BookingStatus.BOOKED)
            for person in people[:ATTENDEES]
        ]
        db.add_all(bookings)
        db.flush()
        made[session.id] = [booking.id for booking in bookings]
    return create_token(db, staff, "bench"), made


def prepare(url: str, burst: int, paced: int, attendance: int) -> Plan:
    """What the writes need, made in the database at `url` (a copy the run may change)."""
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as db:
            nearly_full = _upcoming(db, (1, 3), max(10, burst // 10), set())
            with_room = _upcoming(db, (1, 1000), max(20, paced // 5), set(nearly_full))
            people = _people(db, 4 * (burst + paced) + 1000)
            tokens: dict[int, str] = {}
            plan_burst = _requests(db, nearly_full, burst, tokens, people)
            plan_paced = _requests(db, with_room, paced, tokens, people)
            attendees = [next(people)[0] for _ in range(ATTENDEES)]
            staff_token, made = _attendance_sessions(db, attendance, attendees)
            counsellor = db.scalar(select(User).where(User.email == COUNSELLOR))
            caseload_token = create_token(db, counsellor, "bench")
            db.commit()
    finally:
        engine.dispose()
    plan = Plan(plan_burst, plan_paced, staff_token, made, caseload_token)
    plan.touched = {r.session_id for r in plan_burst + plan_paced} | set(made)
    return plan


def _book(port: int, request: BookingRequest) -> tuple[int, float, str]:
    answer = Client(port, request.token).post_json(
        f"/api/v1/sessions/{request.session_id}/bookings",
        {"integrator_id": request.integrator_id},
    )
    status = json.loads(answer.body).get("status", "") if answer.status == 201 else ""
    return answer.status, answer.milliseconds, status


@dataclass
class Burst:
    timings: Timings
    seconds: float
    outcomes: dict[str, int]

    @property
    def per_second(self) -> float:
        return len(self.timings.samples) / self.seconds if self.seconds else 0.0


def burst(port: int, requests: list[BookingRequest], clients: int = 50) -> Burst:
    """`clients` threads start together, each sending its share of `requests` in turn;
    outcomes counts what the answers said (booked, waitlisted) or their status."""
    timings, outcomes = Timings(), {}
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def client(share: list[BookingRequest]) -> None:
        start.wait()
        for request in share:
            status, milliseconds, outcome = _book(port, request)
            with lock:
                timings.add(milliseconds, status)
                outcomes[outcome or str(status)] = outcomes.get(outcome or str(status), 0) + 1

    threads = [
        threading.Thread(target=client, args=(requests[n::clients],)) for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return Burst(timings, time.perf_counter() - started, outcomes)


def paced(port: int, requests: list[BookingRequest], rate: float) -> Timings:
    """`rate` requests a second offered on schedule, whatever the answers take; each one's
    latency counts from when it was due, so a server that falls behind shows it."""
    timings = Timings()
    lock = threading.Lock()

    def send(request: BookingRequest, due: float) -> None:
        status, _, _ = _book(port, request)
        with lock:
            timings.add((time.perf_counter() - due) * 1000, status)

    with ThreadPoolExecutor(max_workers=64) as pool:
        begin = time.perf_counter() + 0.05
        for number, request in enumerate(requests):
            due = begin + number / rate
            time.sleep(max(0.0, due - time.perf_counter()))
            pool.submit(send, request, due)
    return timings


def attendance(port: int, plan: Plan) -> Timings:
    """One request per session: everyone's attendance in one go, 10 came and 2 did not."""
    timings = Timings()
    client = Client(port, plan.staff_token)
    for session_id, bookings in plan.attendance.items():
        records = [
            {"booking_id": booking, "present": n < 10, "minutes": plan.minutes if n < 10 else 0}
            for n, booking in enumerate(bookings)
        ]
        answer = client.post_json(f"/api/v1/sessions/{session_id}/attendance", {"records": records})
        timings.add(answer.milliseconds, answer.status)
    return timings


def overbooked(url: str, session_ids: set[int]) -> tuple[int, int]:
    """(sessions holding more people than their capacity, sessions whose `places_taken`
    differs from the places held), among `session_ids`."""
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as db:
            held = (
                select(Booking.session_id, func.count().label("held"))
                .where(Booking.status.in_(HOLDING), Booking.session_id.in_(session_ids))
                .group_by(Booking.session_id)
                .subquery()
            )
            rows = db.execute(
                select(ActivitySession.capacity, ActivitySession.places_taken, held.c.held).join(
                    held, held.c.session_id == ActivitySession.id
                )
            ).all()
    finally:
        engine.dispose()
    over = sum(1 for capacity, _, count in rows if count > capacity)
    wrong = sum(1 for _, taken, count in rows if taken != count)
    return over, wrong
