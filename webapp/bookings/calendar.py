"""Bookings as an iCalendar document (RFC 5545), built with the icalendar library."""

from __future__ import annotations

from collections.abc import Callable

from icalendar import Calendar, Event

from models import Booking
from models.reference import BookingStatus


def bookings_calendar(
    bookings: list[Booking], activity_url: Callable[[int], str], locale: str
) -> bytes:
    """One event per booking; waiting-list places are marked tentative."""
    calendar = Calendar()
    calendar.add("prodid", "-//Participation platform//Bookings//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Participatie")
    for booking in bookings:
        session = booking.session
        activity = session.activity
        text = activity.text(locale)
        event = Event()
        event.add("uid", f"booking-{booking.id}@participation")
        event.add("dtstamp", booking.updated_at)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("summary", text.title)
        event.add("description", text.description)
        event.add("url", activity_url(activity.id))
        if activity.is_online:
            event.add("location", "online")
        else:
            place = ", ".join(
                p for p in (activity.street, activity.postcode, activity.municipality) if p
            )
            event.add("location", place)
        event.add(
            "status", "TENTATIVE" if booking.status == BookingStatus.WAITLISTED else "CONFIRMED"
        )
        calendar.add_component(event)
    return calendar.to_ical()
