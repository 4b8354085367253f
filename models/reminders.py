"""The reminder the day before a session: which bookings are due, and marking them sent.

"Tomorrow" is a Brussels calendar day, not "within 24 hours": a cron job at 18:00 reminds
everyone of the next day, including a session at 00:30 and across a daylight-saving change
(a local day then lasts 23 or 25 hours).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from .bookings import Booking
from .reference import BookingStatus, SessionStatus
from .sessions import BRUSSELS, ActivitySession


def tomorrow(now: datetime) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) in UTC of the Brussels day after `now`'s."""
    day = now.astimezone(BRUSSELS).date() + timedelta(days=1)
    start = datetime.combine(day, time(), tzinfo=BRUSSELS)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=BRUSSELS)
    return start.astimezone(UTC), end.astimezone(UTC)


def due_reminders(db: Session, now: datetime) -> list[Booking]:
    """Bookings with a place in a scheduled session tomorrow that were not reminded yet.

    Waiting, cancelled and cancelled-session bookings get none; `reminder_sent_at` makes a
    second run send nothing.
    """
    start, end = tomorrow(now)
    return list(
        db.scalars(
            select(Booking)
            .join(ActivitySession, ActivitySession.id == Booking.session_id)
            .where(
                Booking.status == BookingStatus.BOOKED,
                Booking.reminder_sent_at.is_(None),
                ActivitySession.status == SessionStatus.SCHEDULED,
                ActivitySession.starts_at >= start,
                ActivitySession.starts_at < end,
            )
            .options(joinedload(Booking.integrator), joinedload(Booking.session))
            .order_by(ActivitySession.starts_at, Booking.id)
        )
    )


def mark_sent(booking: Booking, now: datetime) -> None:
    """Remember the reminder went out, in the caller's transaction (commit with the mail)."""
    booking.reminder_sent_at = now
