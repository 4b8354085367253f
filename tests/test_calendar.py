"""The private calendar feed behind `calendar_url`."""

from __future__ import annotations

from flask.testing import FlaskClient
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Booking, User
from models.reference import BookingStatus
from models.users import find_user_by_email, new_calendar_token

from .helpers import bearer


def test_the_feed_lists_ones_bookings_without_signing_in(
    demo_client: FlaskClient, demo_db: Session
) -> None:
    from models.tokens import create_token

    person = find_user_by_email(demo_db, "integrator@demo.test")
    token = create_token(demo_db, person)
    demo_db.commit()
    url = demo_client.get("/api/v1/me", headers=bearer(token)).json["calendar_url"]
    response = demo_client.get(url.removeprefix("http://127.0.0.1:5000"))
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    events = Calendar.from_ical(response.data).walk("VEVENT")
    expected = demo_db.scalars(
        select(Booking.id).where(
            Booking.integrator_id == person.id, Booking.status != BookingStatus.CANCELLED
        )
    ).all()
    assert {str(e["uid"]) for e in events} == {f"booking-{i}@participation" for i in expected}
    assert all(e.decoded("dtstart").tzinfo is not None for e in events)


def test_an_unknown_or_replaced_token_opens_nothing(
    demo_client: FlaskClient, demo_db: Session
) -> None:
    person = demo_db.scalar(select(User).where(User.email == "integrator@demo.test"))
    old = person.calendar_token
    assert demo_client.get(f"/calendar/{old}.ics").status_code == 200
    person.calendar_token = new_calendar_token()
    demo_db.commit()
    assert demo_client.get(f"/calendar/{old}.ics").status_code == 404
    assert demo_client.get("/calendar/not-a-token.ics").status_code == 404
