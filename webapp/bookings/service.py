"""Booking and cancelling from the pages: the rules of `models.bookings`, then the mail,
then the commit, so the activity page, My bookings and the counsellor screen do it one way
(each booking its own transaction; on a refusal nothing is kept)."""

from __future__ import annotations

from flask_babel import gettext as _

from models import Booking, User
from models.bookings import BookingRefused, BookingResult, book, cancel
from models.reference import BookingStatus

from ..database import db
from ..notifications import booking_cancelled, booking_made, cancel_deadline, moved_up

#: Bookings that still hold a place or a place in the queue: these can be cancelled.
HOLDING = (BookingStatus.BOOKED, BookingStatus.WAITLISTED)


def refusal_message(code: str) -> str:
    """What a person reads for a `BookingRefused.code` (the same words as the API)."""
    messages = {
        "not_found": _("There is no such session or booking."),
        "already_booked": _("This person already has a place in this session."),
        "session_past": _("This session has already started."),
        "session_cancelled": _("This session is cancelled."),
        "not_active": _("This booking is not active any more."),
        "too_late": _("It is too late to cancel online. Please call the organisation."),
    }
    return messages.get(code, messages["not_found"])


def book_and_tell(session_id: int, integrator: User, by: User) -> BookingResult:
    """Book, queue the mail in the person's language, commit. Raises `BookingRefused`."""
    try:
        result = book(db(), session_id, integrator, by)
    except BookingRefused:
        db().rollback()
        raise
    booking_made(result.booking)
    db().commit()
    return result


def cancel_and_tell(booking_id: int, by: User) -> Booking:
    """Cancel, tell the person and whoever moved up from the waiting list, commit.
    Raises `BookingRefused` (`too_late` within the deadline: nothing changes)."""
    try:
        cancelled, moved = cancel(db(), booking_id, by, deadline=cancel_deadline())
    except BookingRefused:
        db().rollback()
        raise
    booking_cancelled(cancelled)
    moved_up(moved)
    db().commit()
    return cancelled
