"""The staff's attendance screens: the list of past sessions awaiting attendance, and one
form per session that credits minutes once, corrects on a second save, and refuses bad
input with a message beside the person, nothing saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import ActivitySession, Booking, Organisation, User
from models.hours import HoursEntry, confirmed_minutes
from models.ledger import HoursRefused
from models.reference import BookingStatus, OrganisationStatus, Role, SessionStatus

from .factories import ARABIC, make_booking, walking_together
from .helpers import csrf_token, login, reread

JAN = "Jan Peeters"


@pytest.fixture
def people(make_user: Callable[..., User], counsellor: User) -> dict[str, User]:
    return {
        name: make_user(Role.INTEGRATOR, name=name, counsellor=counsellor)
        for name in (ARABIC, JAN, "Wendy Wachtlijst", "Carl Cancelled")
    }


@pytest.fixture
def past(db: Session, organisation: Organisation, people: dict[str, User]) -> ActivitySession:
    """Two days ago, 120 minutes; two people booked, one waiting, one cancelled."""
    session = walking_together(db, organisation, starts_in=timedelta(days=-2))
    make_booking(db, session, people[ARABIC], BookingStatus.BOOKED, minute=1)
    make_booking(db, session, people[JAN], BookingStatus.BOOKED, minute=2)
    make_booking(db, session, people["Wendy Wachtlijst"], BookingStatus.WAITLISTED, minute=3)
    make_booking(db, session, people["Carl Cancelled"], BookingStatus.CANCELLED, minute=4)
    return session


def _ids(db: Session, session: ActivitySession, people: dict[str, User]) -> dict[str, int]:
    """Booking id per name, of the people with a place."""
    rows = db.execute(
        select(Booking.integrator_id, Booking.id).where(Booking.session_id == session.id)
    ).all()
    by_person = dict(rows)
    return {name: by_person[people[name].id] for name in (ARABIC, JAN)}


def _url(session: ActivitySession) -> str:
    return f"/organisation/sessions/{session.id}/attendance?lang=en"


def _save(
    client: FlaskClient, session: ActivitySession, rows: dict[int, tuple[str, str]]
) -> object:
    """Send the form: per booking id, ("present" or "absent", minutes as typed)."""
    data = {"csrf_token": csrf_token(client, "/organisation/attendance")}
    for booking_id, (present, minutes) in rows.items():
        data[f"present_{booking_id}"] = present
        data[f"minutes_{booking_id}"] = minutes
    return client.post(_url(session), data=data)


def _state(db: Session, session: ActivitySession, people: dict[str, User]) -> dict:
    """Per person: booking status, minutes on the booking, the ledger's total."""
    reread(db)
    bookings = {
        b.integrator_id: b
        for b in db.scalars(select(Booking).where(Booking.session_id == session.id))
    }
    return {
        name: (
            bookings[people[name].id].status,
            bookings[people[name].id].attended_minutes,
            confirmed_minutes(db, people[name].id),
        )
        for name in (ARABIC, JAN)
    }


def _entries(db: Session) -> int:
    reread(db)
    return db.scalar(select(func.count()).select_from(HoursEntry))


# The list ------------------------------------------------------------------------------------


def test_the_list_shows_past_sessions_awaiting_attendance_of_my_organisation(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    walking_together(db, past.activity.organisation)  # in ten days: nothing to register yet
    other = Organisation(name="Elders", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    elsewhere = walking_together(db, other, starts_in=timedelta(days=-2))
    make_booking(db, elsewhere, people[JAN], BookingStatus.BOOKED)
    login(client, staff.email)
    page = client.get("/organisation/attendance?lang=en").get_data(as_text=True)
    assert 'lang="en" dir="auto">Walking together<' in page  # in the reader's language
    assert "shown-in-dutch" not in page
    assert "2 people booked" in page  # the waiting and the cancelled do not count
    assert f'href="/organisation/sessions/{past.id}/attendance"' in page
    assert f"/organisation/sessions/{elsewhere.id}/attendance" not in page
    assert page.count("Register attendance<") == 1
    assert "No attendance registered in the last 30 days." in page


def test_a_title_without_the_readers_language_is_shown_in_dutch_and_marked(
    client: FlaskClient, staff: User, past: ActivitySession
) -> None:
    login(client, staff.email)
    page = client.get("/organisation/attendance?lang=fr").get_data(as_text=True)
    assert 'lang="nl" dir="auto">Samen lopen<' in page
    assert 'class="shown-in-dutch"' in page


def test_with_nothing_to_do_the_list_says_so(client: FlaskClient, staff: User) -> None:
    login(client, staff.email)
    page = client.get("/organisation/attendance?lang=en").get_data(as_text=True)
    assert "Nothing to do. Every past session has its attendance." in page
    assert "No attendance registered in the last 30 days." in page


# The form ------------------------------------------------------------------------------------


def test_the_form_lists_everyone_with_a_place_and_the_whole_session_by_default(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    response = client.get(_url(past))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert f'<legend dir="auto">{ARABIC}</legend>' in page
    assert f'<legend dir="auto">{JAN}</legend>' in page
    assert "Wendy Wachtlijst" not in page
    assert "Carl Cancelled" not in page
    for booking_id in ids.values():
        assert f'name="minutes_{booking_id}"' in page
        assert f'id="present_{booking_id}-0"' in page
    assert page.count('value="120"') == 2
    assert 'max="120"' in page
    assert 'min="0"' in page
    assert all(f'checked id="present_{booking_id}-0"' in page for booking_id in ids.values())
    assert 'checked id="present_' + str(ids[JAN]) + '-1"' not in page
    assert "2 h (120 minutes)" in page
    assert "Credited now: 0 min" in page
    assert "Registered before" not in page


def test_saving_credits_the_minutes_once_and_marks_who_came(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    rows = {ids[ARABIC]: ("present", "90"), ids[JAN]: ("absent", "120")}
    response = _save(client, past, rows)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/organisation/attendance")
    assert _state(db, past, people) == {
        ARABIC: (BookingStatus.ATTENDED, 90, 90),
        JAN: (BookingStatus.NO_SHOW, 0, 0),
    }
    assert _entries(db) == 1

    listed = client.get("/organisation/attendance?lang=en").get_data(as_text=True)
    assert "Saved: 1 person was there. 1 person did not come." in listed
    assert "1 of 2 were there." in listed
    assert "Nothing to do." in listed

    assert _save(client, past, rows).status_code == 302  # the same again: nothing added
    assert _state(db, past, people)[ARABIC] == (BookingStatus.ATTENDED, 90, 90)
    assert _entries(db) == 1


def test_saving_again_corrects_to_the_new_minutes_never_adds_twice(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    _save(client, past, {ids[ARABIC]: ("present", "120"), ids[JAN]: ("present", "120")})
    page = client.get(_url(past)).get_data(as_text=True)
    assert "Registered before, on" in page
    assert page.count("Credited now: 2 h") == 2

    _save(client, past, {ids[ARABIC]: ("present", "45"), ids[JAN]: ("absent", "120")})
    assert _state(db, past, people) == {
        ARABIC: (BookingStatus.ATTENDED, 45, 45),
        JAN: (BookingStatus.NO_SHOW, 0, 0),
    }
    page = client.get(_url(past)).get_data(as_text=True)
    assert 'value="45"' in page  # what was registered, to correct from
    assert "Credited now: 45 min" in page

    _save(client, past, {ids[ARABIC]: ("present", "120"), ids[JAN]: ("present", "30")})
    assert _state(db, past, people) == {
        ARABIC: (BookingStatus.ATTENDED, 120, 120),
        JAN: (BookingStatus.ATTENDED, 30, 30),
    }


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "Minutes: from 0 to 120 (the whole session)."),
        ("999", "Minutes: from 0 to 120 (the whole session)."),
        ("abc", "This is not a number. Example: 90"),
        ("", "Please fill in the minutes."),
    ],
)
def test_bad_minutes_are_refused_beside_the_person_and_nothing_is_saved(
    client: FlaskClient,
    db: Session,
    staff: User,
    past: ActivitySession,
    people: dict,
    typed: str,
    message: str,
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    response = _save(client, past, {ids[ARABIC]: ("absent", "120"), ids[JAN]: ("present", typed)})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f'<p class="field-error" id="minutes_{ids[JAN]}-error">{message}</p>' in page
    assert f'value="{typed}"' in page  # what was typed is kept
    assert f'checked id="present_{ids[ARABIC]}-1"' in page  # and the other person's choice
    assert "Nothing is saved yet." in page
    assert _entries(db) == 0
    assert _state(db, past, people) == {
        ARABIC: (BookingStatus.BOOKED, None, 0),
        JAN: (BookingStatus.BOOKED, None, 0),
    }


def test_bad_minutes_of_someone_absent_do_not_matter(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    response = _save(client, past, {ids[ARABIC]: ("absent", "abc"), ids[JAN]: ("present", "")})
    assert response.status_code == 422  # Jan was there: his minutes are needed
    response = _save(client, past, {ids[ARABIC]: ("absent", "abc"), ids[JAN]: ("present", "60")})
    assert response.status_code == 302
    assert _state(db, past, people)[ARABIC] == (BookingStatus.NO_SHOW, 0, 0)


def test_a_person_without_a_choice_is_asked_for_one(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession, people: dict
) -> None:
    ids = _ids(db, past, people)
    login(client, staff.email)
    data = {
        "csrf_token": csrf_token(client, _url(past)),
        f"present_{ids[ARABIC]}": "present",
        f"minutes_{ids[ARABIC]}": "120",
        f"present_{ids[JAN]}": "maybe",
        f"minutes_{ids[JAN]}": "120",
    }
    response = client.post(_url(past), data=data)
    assert response.status_code == 422
    assert "Please choose: was there, or did not come." in response.get_data(as_text=True)
    del data[f"present_{ids[JAN]}"]
    assert client.post(_url(past), data=data).status_code == 422
    assert _entries(db) == 0


def test_a_refusal_about_a_place_is_shown_beside_that_person(
    client: FlaskClient,
    db: Session,
    staff: User,
    past: ActivitySession,
    people: dict,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _ids(db, past, people)

    def refuse(*_args, **_kwargs):
        raise HoursRefused("booking_not_registrable", str(ids[JAN]))

    monkeypatch.setattr("webapp.attendance.routes.register_attendance", refuse)
    login(client, staff.email)
    response = _save(client, past, {ids[ARABIC]: ("present", "120"), ids[JAN]: ("present", "9")})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f'id="present_{ids[JAN]}-error">This person cannot be registered any more.' in page


def test_a_future_session_has_no_form_and_a_forged_post_is_refused(
    client: FlaskClient, db: Session, staff: User, organisation: Organisation, people: dict
) -> None:
    future = walking_together(db, organisation)
    booking = make_booking(db, future, people[JAN], BookingStatus.BOOKED)
    login(client, staff.email)
    response = client.get(_url(future))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "This session has not happened yet." in page
    assert "attendance-form" not in page
    forged = _save(client, future, {booking.id: ("present", "120")})
    assert forged.status_code == 409
    assert "This session has not happened yet." in forged.get_data(as_text=True)
    assert _entries(db) == 0
    reread(db)
    assert db.get(Booking, booking.id).status == BookingStatus.BOOKED


def test_a_cancelled_session_gets_no_attendance(
    client: FlaskClient, db: Session, staff: User, organisation: Organisation, people: dict
) -> None:
    cancelled = walking_together(
        db, organisation, starts_in=timedelta(days=-2), status=SessionStatus.CANCELLED
    )
    booking = make_booking(db, cancelled, people[JAN], BookingStatus.BOOKED)
    login(client, staff.email)
    page = client.get(_url(cancelled)).get_data(as_text=True)
    assert "This session is cancelled." in page
    assert "attendance-form" not in page
    assert _save(client, cancelled, {booking.id: ("present", "120")}).status_code == 409
    assert _entries(db) == 0


def test_the_participants_page_links_to_attendance_once_the_session_began(
    client: FlaskClient, db: Session, staff: User, past: ActivitySession
) -> None:
    future = walking_together(db, past.activity.organisation)
    login(client, staff.email)
    page = client.get(f"/organisation/sessions/{past.id}/participants?lang=en")
    assert f'href="/organisation/sessions/{past.id}/attendance"' in page.get_data(as_text=True)
    page = client.get(f"/organisation/sessions/{future.id}/participants?lang=en")
    assert "/attendance" not in page.get_data(as_text=True)


# Who may -------------------------------------------------------------------------------------


def test_staff_of_another_organisation_get_a_404(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    people: dict,
    make_user: Callable[..., User],
) -> None:
    other = Organisation(name="Elders", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    stranger = make_user(Role.ORGANISATION_STAFF, organisation=other)
    ids = _ids(db, past, people)
    login(client, stranger.email)
    assert client.get(_url(past)).status_code == 404
    assert _save(client, past, {ids[JAN]: ("present", "120")}).status_code == 404
    listed = client.get("/organisation/attendance?lang=en").get_data(as_text=True)
    assert "Walking together" not in listed
    assert _entries(db) == 0


@pytest.mark.parametrize("role", ["integrator", "counsellor"])
def test_integrators_and_counsellors_are_refused(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    people: dict,
    counsellor: User,
    role: str,
) -> None:
    person = counsellor if role == "counsellor" else people[JAN]
    ids = _ids(db, past, people)
    login(client, person.email)
    assert client.get("/organisation/attendance").status_code == 403
    assert client.get(_url(past)).status_code == 403
    token = csrf_token(client, "/")
    data = {"csrf_token": token, f"present_{ids[JAN]}": "present", f"minutes_{ids[JAN]}": "60"}
    assert client.post(_url(past), data=data).status_code == 403
    assert _entries(db) == 0
