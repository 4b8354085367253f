"""Bookings and waiting lists that never overbook, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models import ActivitySession, Booking, Organisation, User
from models.bookings import BookingRefused, book, cancel
from models.reference import BookingStatus, Role, SessionStatus
from models.tokens import create_token

from .factories import make_session
from .helpers import bearer, reread


def _people(db: Session, count: int) -> list[int]:
    people = [
        User(email=f"person{n}@example.test", name=f"P {n}", role=Role.INTEGRATOR)
        for n in range(count)
    ]
    db.add_all(people)
    db.commit()
    return [p.id for p in people]


def _statuses(db: Session, session_id: int) -> dict[BookingStatus, int]:
    reread(db)
    return dict(
        db.execute(
            select(Booking.status, func.count())
            .where(Booking.session_id == session_id)
            .group_by(Booking.status)
        ).all()
    )


def _places_taken(db: Session, session_id: int) -> int:
    """What the database's triggers counted, read fresh."""
    reread(db)
    return db.scalar(select(ActivitySession.places_taken).where(ActivitySession.id == session_id))


def _take_a_place(
    sessions: sessionmaker,
    session_id: int,
    person_id: int,
    barrier: threading.Barrier,
    errors: list[str],
) -> None:
    """One person in their own thread and connection, released with all the others."""
    with sessions() as own:
        person = own.get(User, person_id)
        own.commit()
        barrier.wait(timeout=30)
        try:
            book(own, session_id, person, person)
            own.commit()
        except Exception as exc:
            errors.append(repr(exc))


def test_25_people_booking_6_places_at_once_never_overbook(
    app: Flask, db: Session, organisation: Organisation
) -> None:
    """20 rounds of 25 threads, each with its own connection, all released at once."""
    people = _people(db, 25)
    sessions = app.extensions["db_sessions"]
    for _round in range(20):
        session_id = make_session(db, organisation, starts_in=timedelta(days=3), capacity=6).id
        barrier = threading.Barrier(len(people))
        errors: list[str] = []

        threads = [
            threading.Thread(target=_take_a_place, args=(sessions, session_id, p, barrier, errors))
            for p in people
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        assert _statuses(db, session_id) == {BookingStatus.BOOKED: 6, BookingStatus.WAITLISTED: 19}
        assert _places_taken(db, session_id) == 6
        first_waiting = db.scalar(
            select(Booking)
            .where(Booking.session_id == session_id, Booking.status == BookingStatus.WAITLISTED)
            .order_by(Booking.created_at, Booking.id)
        )
        leaving = db.scalar(
            select(Booking).where(
                Booking.session_id == session_id, Booking.status == BookingStatus.BOOKED
            )
        )
        db.commit()
        with sessions() as own:
            _cancelled, moved = cancel(own, leaving.id, own.get(User, leaving.integrator_id))
            own.commit()
            assert [b.id for b in moved] == [first_waiting.id]
        assert _statuses(db, session_id) == {
            BookingStatus.BOOKED: 6,
            BookingStatus.WAITLISTED: 18,
            BookingStatus.CANCELLED: 1,
        }
        assert _places_taken(db, session_id) == 6


def test_the_database_counts_the_places_taken_whoever_writes_the_booking(
    db: Session, organisation: Organisation, make_user
) -> None:
    """Booked, attended and no-show hold a place; waiting and cancelled do not. The count
    follows the app's own writes and plain SQL alike (imports, the scale loader)."""
    staff = make_user(Role.ORGANISATION_STAFF, organisation=organisation)
    first = make_session(db, organisation, starts_in=timedelta(days=3), capacity=2)
    other = make_session(db, organisation, starts_in=timedelta(days=4), capacity=5)
    people = [db.get(User, n) for n in _people(db, 4)]
    made = [book(db, first.id, person, person).booking for person in people[:3]]
    db.commit()
    assert [b.status for b in made] == [BookingStatus.BOOKED] * 2 + [BookingStatus.WAITLISTED]
    assert _places_taken(db, first.id) == 2
    cancel(db, made[0].id, staff)
    db.commit()
    assert _places_taken(db, first.id) == 2  # the waiting person moved up
    made[1].status = BookingStatus.NO_SHOW
    db.commit()
    assert _places_taken(db, first.id) == 2
    made[2].session_id = other.id
    db.commit()
    assert (_places_taken(db, first.id), _places_taken(db, other.id)) == (1, 1)
    db.delete(made[1])
    db.commit()
    assert _places_taken(db, first.id) == 0
    db.execute(
        Booking.__table__.insert(),
        [{"session_id": other.id, "integrator_id": people[3].id, "status": "booked"}],
    )
    db.commit()
    assert _places_taken(db, other.id) == 2


@pytest.fixture
def place(db: Session, organisation: Organisation) -> ActivitySession:
    return make_session(db, organisation, starts_in=timedelta(days=3), capacity=2)


def _post(client: FlaskClient, token: str, session_id: int | str, body: object = None):
    return client.post(
        f"/api/v1/sessions/{session_id}/bookings",
        json={} if body is None else body,
        headers=bearer(token),
    )


def _token(db: Session, user: User) -> str:
    token = create_token(db, user)
    db.commit()
    return token


def test_an_integrator_books_then_the_waiting_list_fills(
    client: FlaskClient, db: Session, place: ActivitySession, make_user
) -> None:
    answers = [_post(client, _token(db, make_user(Role.INTEGRATOR)), place.id) for _ in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 201]
    assert [a.json["status"] for a in answers] == ["booked", "booked", "waitlisted"]
    assert set(answers[0].json) == {"id", "status"}


def test_booking_twice_is_a_409_and_nothing_changes(
    client: FlaskClient, db: Session, place: ActivitySession, integrator: User
) -> None:
    token = _token(db, integrator)
    assert _post(client, token, place.id).status_code == 201
    again = _post(client, token, place.id)
    assert again.status_code == 409
    assert again.json["error"]["code"] == "already_booked"
    assert _statuses(db, place.id) == {BookingStatus.BOOKED: 1}


def test_past_cancelled_and_unknown_sessions_cannot_be_booked(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User
) -> None:
    token = _token(db, integrator)
    past = make_session(db, organisation, starts_in=timedelta(days=-1), capacity=6)
    cancelled = make_session(db, organisation, starts_in=timedelta(days=3), capacity=6)
    cancelled.status = SessionStatus.CANCELLED
    db.commit()
    assert _post(client, token, past.id).json["error"]["code"] == "session_past"
    assert _post(client, token, cancelled.id).status_code == 409
    assert _post(client, token, 999999).status_code == 404
    assert _post(client, token, "abc").status_code == 404
    assert _post(client, token, place_id := past.id, body=[1]).status_code == 400
    assert _post(client, token, place_id, body={"integrator_id": "7"}).status_code == 400
    assert _post(client, token, place_id, body={"who": 1}).status_code == 400
    assert db.scalar(select(func.count()).select_from(Booking)) == 0


def test_rights_to_book(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    counsellor: User,
    staff: User,
    make_user,
) -> None:
    stranger = make_user(Role.INTEGRATOR)
    assert client.post(f"/api/v1/sessions/{place.id}/bookings", json={}).status_code == 401
    own = _token(db, integrator)
    assert _post(client, own, place.id, {"integrator_id": stranger.id}).status_code == 403
    counsellor_token = _token(db, counsellor)
    assert (
        _post(client, counsellor_token, place.id, {"integrator_id": stranger.id}).status_code == 403
    )
    assert (
        _post(client, counsellor_token, place.id, {"integrator_id": integrator.id}).status_code
        == 201
    )
    assert (
        _post(client, _token(db, staff), place.id, {"integrator_id": stranger.id}).status_code
        == 403
    )
    assert _statuses(db, place.id) == {BookingStatus.BOOKED: 1}


def test_cancelling_moves_the_first_waiting_person_up(
    client: FlaskClient, db: Session, place: ActivitySession, make_user
) -> None:
    people = [make_user(Role.INTEGRATOR) for _ in range(4)]
    tokens = [_token(db, p) for p in people]
    ids = [_post(client, t, place.id).json["id"] for t in tokens]
    response = client.delete(f"/api/v1/bookings/{ids[0]}", headers=bearer(tokens[0]))
    assert response.status_code == 200
    assert response.json["status"] == "cancelled"
    reread(db)
    assert db.get(Booking, ids[2]).status == BookingStatus.BOOKED
    assert db.get(Booking, ids[3]).status == BookingStatus.WAITLISTED
    assert client.delete(f"/api/v1/bookings/{ids[1]}", headers=bearer(tokens[0])).status_code == 403
    assert client.delete(f"/api/v1/bookings/{ids[0]}", headers=bearer(tokens[0])).status_code == 409
    assert client.delete("/api/v1/bookings/999999", headers=bearer(tokens[0])).status_code == 404


def test_cancelling_within_24_hours_is_refused(
    db: Session, organisation: Organisation, integrator: User
) -> None:
    soon = make_session(db, organisation, starts_in=timedelta(days=0.5), capacity=6)
    booking = book(db, soon.id, integrator, integrator).booking
    db.commit()
    with pytest.raises(BookingRefused, match="too_late"):
        cancel(db, booking.id, integrator)
    db.rollback()
    assert db.get(Booking, booking.id).status == BookingStatus.BOOKED


def test_overlapping_bookings_are_reported(
    db: Session, organisation: Organisation, integrator: User
) -> None:
    first = make_session(db, organisation, starts_in=timedelta(days=3), capacity=6)
    second = make_session(db, organisation, starts_in=timedelta(days=3), capacity=6)
    book(db, first.id, integrator, integrator)
    db.commit()
    result = book(db, second.id, integrator, integrator)
    assert [b.session_id for b in result.overlaps] == [first.id]


def test_staff_see_who_booked_their_sessions_only(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    staff: User,
    make_user,
) -> None:
    _post(client, _token(db, integrator), place.id)
    listing = client.get(f"/api/v1/sessions/{place.id}/bookings", headers=bearer(_token(db, staff)))
    assert listing.status_code == 200
    (item,) = listing.json["items"]
    assert item == {
        "id": item["id"],
        "integrator_id": integrator.id,
        "name": integrator.name,
        "status": "booked",
    }
    other_org = Organisation(name="Ander", municipality="Gent")
    db.add(other_org)
    db.commit()
    outsider = make_user(Role.ORGANISATION_STAFF, organisation=other_org)
    headers = bearer(_token(db, outsider))
    assert client.get(f"/api/v1/sessions/{place.id}/bookings", headers=headers).status_code == 403
    headers = bearer(_token(db, integrator))
    assert client.get(f"/api/v1/sessions/{place.id}/bookings", headers=headers).status_code == 403


def test_mail_goes_out_in_each_persons_language(
    app: Flask, client: FlaskClient, db: Session, place: ActivitySession, make_user
) -> None:
    from models import OutboxMail

    first, second, third = (make_user(Role.INTEGRATOR, locale=code) for code in ("ar", "uk", "ti"))
    ids = [_post(client, _token(db, p), place.id).json["id"] for p in (first, second, third)]
    client.delete(f"/api/v1/bookings/{ids[0]}", headers=bearer(_token(db, first)))
    reread(db)
    sent = [
        (m.to_address, m.kind, m.locale)
        for m in db.scalars(select(OutboxMail).order_by(OutboxMail.id))
    ]
    assert sent == [
        (first.email, "booking_confirmed", "ar"),
        (second.email, "booking_confirmed", "uk"),
        (third.email, "booking_waitlisted", "ti"),
        (first.email, "booking_cancelled", "ar"),
        (third.email, "booking_moved_up", "ti"),
    ]


def test_the_cancellation_deadline_is_configurable(
    app: Flask, client: FlaskClient, db: Session, organisation: Organisation, integrator: User
) -> None:
    soon = make_session(db, organisation, starts_in=timedelta(days=0.5), capacity=6)
    token = _token(db, integrator)
    booking_id = _post(client, token, soon.id).json["id"]
    app.config["CANCEL_DEADLINE_HOURS"] = 2
    assert client.delete(f"/api/v1/bookings/{booking_id}", headers=bearer(token)).status_code == 200
