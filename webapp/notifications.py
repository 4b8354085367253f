"""Mail about bookings, each in the recipient's language: booked, on the waiting list,
moved up, cancelled, and the reminder the day before; and the cancellation deadline."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app

from models import Booking
from models.reference import BookingStatus

from .mail import send_mail


def _tell(booking: Booking, template: str) -> None:
    session = booking.session
    send_mail(
        booking.integrator, template, booking=booking, session=session, activity=session.activity
    )


def booking_made(booking: Booking) -> None:
    """A place, or a place on the waiting list."""
    waiting = booking.status == BookingStatus.WAITLISTED
    _tell(booking, "booking_waitlisted" if waiting else "booking_confirmed")


def moved_up(bookings: list[Booking]) -> None:
    """People who had to wait now have a place."""
    for booking in bookings:
        _tell(booking, "booking_moved_up")


def booking_cancelled(booking: Booking) -> None:
    _tell(booking, "booking_cancelled")


def reminder(booking: Booking) -> None:
    """The day before the session."""
    _tell(booking, "booking_reminder")


def cancel_deadline() -> timedelta:
    """How long before the start people may still cancel online (CANCEL_DEADLINE_HOURS)."""
    return timedelta(hours=current_app.config["CANCEL_DEADLINE_HOURS"])
