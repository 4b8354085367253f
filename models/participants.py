"""Who booked a session, as the organisation sees it: the people with a place first, then
the waiting list in the order it moves up, then those who cancelled."""

from __future__ import annotations

from sqlalchemy import case, select
from sqlalchemy.orm import Session, joinedload

from .bookings import Booking
from .reference import BookingStatus

#: Waiting people after everyone holding (or having held) a place, cancellations last.
_GROUP = case(
    (Booking.status == BookingStatus.WAITLISTED, 1),
    (Booking.status == BookingStatus.CANCELLED, 2),
    else_=0,
)


def session_participants(db: Session, session_id: int) -> list[Booking]:
    """Every booking of the session with its person, in list order.

    Within each group first come, first served (`created_at`, then `id`): the same order
    `promote_waiting` moves people up in, so the list shows who is next.
    """
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id)
            .options(joinedload(Booking.integrator))
            .order_by(_GROUP, Booking.created_at, Booking.id)
        )
    )
