"""Booking from the pages: one tap on the activity page, cancelling, "add to calendar", and
the counsellor booking several people of their caseload at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from models import ActivitySession, Booking, Organisation, OutboxMail, User
from models.bookings import book
from models.reference import BookingStatus, Role

from .factories import make_session
from .helpers import csrf_token, login, reread

TOO_LATE = "It is too late to cancel online. Please call the organisation."


@pytest.fixture
def place(db: Session, organisation: Organisation) -> ActivitySession:
    """A public activity with one upcoming session of one place."""
    return make_session(db, organisation, starts_in=timedelta(days=3), capacity=1)


def _activity_page(session: ActivitySession) -> str:
    return f"/activities/{session.activity_id}?lang=en"


def _press(client: FlaskClient, action: str, page: str, **data: object) -> TestResponse:
    """Press a button of the page: post its form with the page's CSRF token."""
    return client.post(action, data={"csrf_token": csrf_token(client, page), **data})


def _book(client: FlaskClient, session: ActivitySession) -> TestResponse:
    return _press(client, f"/sessions/{session.id}/book?lang=en", _activity_page(session))


def _followed(client: FlaskClient, response: TestResponse) -> str:
    """The page the redirect leads to, with the flashed messages on it."""
    assert response.status_code == 303, response.get_data(as_text=True)
    return client.get(response.headers["Location"]).get_data(as_text=True)


def _bookings(db: Session, session: ActivitySession) -> list[tuple[int, BookingStatus]]:
    reread(db)
    return list(
        db.execute(
            select(Booking.integrator_id, Booking.status)
            .where(Booking.session_id == session.id)
            .order_by(Booking.id)
        ).all()
    )


def _mails(db: Session) -> list[tuple[str, str, str]]:
    reread(db)
    return [
        (m.to_address, m.kind, m.locale)
        for m in db.scalars(select(OutboxMail).order_by(OutboxMail.id))
    ]


def _booking_of(db: Session, session: ActivitySession, person: User) -> Booking:
    reread(db)
    return db.scalar(
        select(Booking).where(Booking.session_id == session.id, Booking.integrator_id == person.id)
    )


# One tap on the activity page ---------------------------------------------------------------


def test_one_tap_gives_a_place_then_a_place_on_the_waiting_list(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
) -> None:
    login(client, integrator.email)
    assert ">Book<" in client.get(_activity_page(place)).get_data(as_text=True)
    page = _followed(client, _book(client, place))
    assert "You have a place. See you there!" in page
    assert "another booking at the same time" not in page
    assert 'action="/bookings/' in page  # the date now offers to cancel

    second = make_user(Role.INTEGRATOR, locale="en")
    client.post("/logout", data={"csrf_token": csrf_token(client, "/login")})
    login(client, second.email)
    assert "Join the waiting list" in client.get(_activity_page(place)).get_data(as_text=True)
    page = _followed(client, _book(client, place))
    assert "you are on the waiting list" in page
    assert "On the waiting list" in page
    assert _bookings(db, place) == [
        (integrator.id, BookingStatus.BOOKED),
        (second.id, BookingStatus.WAITLISTED),
    ]
    assert [kind for _to, kind, _locale in _mails(db)] == [
        "booking_confirmed",
        "booking_waitlisted",
    ]


def test_booking_twice_a_past_or_unknown_session_changes_nothing(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    place: ActivitySession,
    integrator: User,
) -> None:
    login(client, integrator.email)
    _book(client, place)
    again = _book(client, place)
    assert again.headers["Location"].endswith(f"/activities/{place.activity_id}")
    assert "already has a place in this session" in _followed(client, again)
    past = make_session(db, organisation, starts_in=timedelta(days=-1), capacity=6)
    token = csrf_token(client, _activity_page(place))
    response = client.post(f"/sessions/{past.id}/book?lang=en", data={"csrf_token": token})
    assert "This session has already started." in _followed(client, response)
    assert _bookings(db, past) == []
    assert client.post("/sessions/999999/book", data={"csrf_token": token}).status_code == 404
    assert _bookings(db, place) == [(integrator.id, BookingStatus.BOOKED)]


def test_a_booking_at_the_same_time_as_another_is_a_warning(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User
) -> None:
    first, second = (
        make_session(db, organisation, starts_in=timedelta(days=3), capacity=6) for _ in range(2)
    )
    login(client, integrator.email)
    _book(client, first)
    page = _followed(client, _book(client, second))
    assert "You have a place." in page
    assert "another booking at the same time" in page


def test_visitors_are_asked_to_sign_in_and_counsellors_book_for_their_people(
    client: FlaskClient, place: ActivitySession, counsellor: User
) -> None:
    page = client.get(_activity_page(place)).get_data(as_text=True)
    assert f'href="/login?next=/activities/{place.activity_id}"' in page
    assert "Sign in to book" in page
    response = client.post(f"/sessions/{place.id}/book", data={})
    assert response.status_code == 400  # no CSRF token: refused before anything else
    token = csrf_token(client, "/login")
    response = client.post(f"/sessions/{place.id}/book", data={"csrf_token": token})
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    login(client, counsellor.email)
    page = client.get(_activity_page(place)).get_data(as_text=True)
    assert f'href="/counsellor/sessions/{place.id}/book"' in page
    assert _press(client, f"/sessions/{place.id}/book", "/login").status_code == 403


# Cancelling -------------------------------------------------------------------------------------


def test_the_integrator_cancels_and_the_first_waiting_person_moves_up(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
) -> None:
    waiting = make_user(Role.INTEGRATOR, locale="uk")
    book(db, place.id, integrator, integrator)
    book(db, place.id, waiting, waiting)
    db.commit()
    mine = _booking_of(db, place, integrator)
    login(client, integrator.email)
    page = client.get("/my/bookings?lang=en").get_data(as_text=True)
    assert f'action="/bookings/{mine.id}/cancel"' in page
    assert f'href="/bookings/{mine.id}.ics"' in page
    response = _press(client, f"/bookings/{mine.id}/cancel?lang=en", "/my/bookings")
    assert response.headers["Location"].endswith("/my/bookings")
    assert "The booking is cancelled." in _followed(client, response)
    assert _bookings(db, place) == [
        (integrator.id, BookingStatus.CANCELLED),
        (waiting.id, BookingStatus.BOOKED),
    ]
    assert (integrator.email, "booking_cancelled", "nl") in _mails(db)
    assert (waiting.email, "booking_moved_up", "uk") in _mails(db)


def test_the_counsellor_cancels_for_their_person_and_nobody_else_may(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    staff: User,
    make_user: Callable[..., User],
) -> None:
    book(db, place.id, integrator, integrator)
    db.commit()
    booking_id = _booking_of(db, place, integrator).id
    outsiders = [make_user(Role.COUNSELLOR), make_user(Role.INTEGRATOR), staff]
    for outsider in outsiders:
        login(client, outsider.email)
        assert _press(client, f"/bookings/{booking_id}/cancel", "/login").status_code == 403
    assert _bookings(db, place) == [(integrator.id, BookingStatus.BOOKED)]

    login(client, integrator.integrator.counsellor.email)
    assert _press(client, "/bookings/999999/cancel", "/login").status_code == 404
    response = _press(
        client, f"/bookings/{booking_id}/cancel", "/login", next="https://evil.example/"
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/activities/{place.activity_id}")
    assert _bookings(db, place) == [(integrator.id, BookingStatus.CANCELLED)]


def test_too_late_to_cancel_online_changes_nothing(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User
) -> None:
    soon = make_session(db, organisation, starts_in=timedelta(days=0.5), capacity=6)
    book(db, soon.id, integrator, integrator)
    db.commit()
    booking_id = _booking_of(db, soon, integrator).id
    login(client, integrator.email)
    response = _press(client, f"/bookings/{booking_id}/cancel?lang=en", "/my/bookings")
    assert TOO_LATE in _followed(client, response)
    assert _bookings(db, soon) == [(integrator.id, BookingStatus.BOOKED)]
    assert "booking_cancelled" not in [kind for _to, kind, _locale in _mails(db)]


def test_cancelling_needs_the_csrf_token(
    client: FlaskClient, db: Session, place: ActivitySession, integrator: User
) -> None:
    book(db, place.id, integrator, integrator)
    db.commit()
    booking_id = _booking_of(db, place, integrator).id
    login(client, integrator.email)
    assert client.post(f"/bookings/{booking_id}/cancel").status_code == 400
    assert _bookings(db, place) == [(integrator.id, BookingStatus.BOOKED)]


# Add to calendar ----------------------------------------------------------------------------


def test_a_booking_as_an_ics_file_for_the_person_and_their_counsellor(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    integrator: User,
    counsellor: User,
    admin: User,
    make_user: Callable[..., User],
) -> None:
    outsiders = [make_user(Role.INTEGRATOR), make_user(Role.COUNSELLOR)]
    book(db, place.id, integrator, integrator)
    db.commit()
    booking = _booking_of(db, place, integrator)
    path = f"/bookings/{booking.id}.ics"
    assert client.get(path).status_code == 302
    for reader in (integrator, counsellor, admin):
        login(client, reader.email)
        response = client.get(path)
        assert response.status_code == 200
        assert response.mimetype == "text/calendar"
        assert response.headers["Content-Disposition"].startswith("attachment")
        (event,) = Calendar.from_ical(response.data).walk("VEVENT")
        assert event.decoded("dtstart") == place.starts_at.replace(microsecond=0)
        assert str(event["uid"]) == f"booking-{booking.id}@participation"
    for outsider in outsiders:
        login(client, outsider.email)
        assert client.get(path).status_code == 403
    assert client.get("/bookings/999999.ics").status_code == 404


# The counsellor books several people at once ------------------------------------------------


@pytest.fixture
def group(
    db: Session, counsellor: User, integrator: User, make_user: Callable[..., User]
) -> list[User]:
    """Two people on the counsellor's caseload; the second's Dutch is below what is needed."""
    weak = make_user(Role.INTEGRATOR, counsellor=counsellor, name="Zara Weak", dutch_level=1)
    return [integrator, weak]


def _counsellor_page(session: ActivitySession) -> str:
    return f"/counsellor/sessions/{session.id}/book?lang=en"


def test_the_counsellor_books_two_people_at_once(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    counsellor: User,
    group: list[User],
) -> None:
    session = make_session(db, organisation, starts_in=timedelta(days=3), capacity=1)
    session.activity.dutch_level = 2
    db.commit()
    login(client, counsellor.email)
    page = client.get(_counsellor_page(session)).get_data(as_text=True)
    assert all(f'value="{person.id}"' in page for person in group)
    assert page.count("needs more Dutch") == 1
    assert "1 place left" in page

    ids = [person.id for person in group]
    response = _press(client, _counsellor_page(session), _counsellor_page(session), people=ids)
    assert response.status_code == 200
    summary = response.get_data(as_text=True)
    assert "has a place" in summary
    assert "is on the waiting list" in summary
    assert "Already has a place" in summary
    assert _bookings(db, session) == [
        (group[0].id, BookingStatus.BOOKED),
        (group[1].id, BookingStatus.WAITLISTED),
    ]
    assert [(to, kind) for to, kind, _locale in _mails(db)] == [
        (group[0].email, "booking_confirmed"),
        (group[1].email, "booking_waitlisted"),
    ]
    again = _press(client, _counsellor_page(session), _counsellor_page(session), people=ids[:1])
    assert "already has a place in this session" in again.get_data(as_text=True)
    assert len(_bookings(db, session)) == 2


def test_someone_outside_the_caseload_cannot_be_slipped_in(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    counsellor: User,
    group: list[User],
    make_user: Callable[..., User],
) -> None:
    stranger = make_user(Role.INTEGRATOR, counsellor=make_user(Role.COUNSELLOR))
    login(client, counsellor.email)
    assert f'value="{stranger.id}"' not in client.get(_counsellor_page(place)).get_data(
        as_text=True
    )
    forged = [group[0].id, stranger.id]
    response = _press(client, _counsellor_page(place), _counsellor_page(place), people=forged)
    assert response.status_code == 422
    assert "only book for people on your caseload" in response.get_data(as_text=True)
    nobody = _press(client, _counsellor_page(place), _counsellor_page(place))
    assert nobody.status_code == 422
    assert _bookings(db, place) == []
    assert _mails(db) == []


def test_only_counsellors_open_the_group_booking_page(
    client: FlaskClient,
    db: Session,
    place: ActivitySession,
    counsellor: User,
    integrator: User,
    staff: User,
    admin: User,
) -> None:
    path = _counsellor_page(place)
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    for person in (integrator, staff, admin):
        login(client, person.email)
        assert client.get(path).status_code == 403
    login(client, counsellor.email)
    assert client.get("/counsellor/sessions/999999/book").status_code == 404
    response = client.post(path, data={"people": [integrator.id]})
    assert response.status_code == 400  # no CSRF token
    assert _bookings(db, place) == []
