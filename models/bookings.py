"""Bookings: an integrator's place (or place in the queue) in a session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, select, text
from sqlalchemy.orm import Mapped, Session, joinedload, mapped_column, relationship

from .activities import Activity
from .base import Base, utcnow
from .columns import enum_type
from .reference import ACTIVE_BOOKING_STATUSES, BookingStatus, SessionStatus
from .sessions import ActivitySession
from .users import User

_ACTIVE = "status IN ({})".format(", ".join(f"'{s.value}'" for s in ACTIVE_BOOKING_STATUSES))


class Booking(Base):
    """`booked` or `waitlisted`, then `cancelled`, or after the session `attended`/`no_show`.

    The waiting list is first come, first served: ordered by `created_at`, then `id`.
    """

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    integrator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[BookingStatus] = mapped_column(enum_type(BookingStatus))
    #: Who made the booking: the integrator, or their counsellor on their behalf.
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    cancelled_at: Mapped[datetime | None]
    #: Minutes credited by the last attendance registration (the ledger holds the history).
    attended_minutes: Mapped[int | None]
    #: When the day-before reminder went out, so a second cron run sends none.
    reminder_sent_at: Mapped[datetime | None]

    session: Mapped[ActivitySession] = relationship()
    integrator: Mapped[User] = relationship(foreign_keys=[integrator_id])

    __table_args__ = (
        # One active booking per integrator per session; cancelled ones may pile up.
        Index(
            "uq_bookings_active_integrator_session",
            "session_id",
            "integrator_id",
            unique=True,
            sqlite_where=text(_ACTIVE),
            postgresql_where=text(_ACTIVE),
        ),
        Index("ix_bookings_session_status", "session_id", "status"),
    )


def calendar_bookings(db: Session, integrator_id: int) -> list[Booking]:
    """An integrator's bookings worth a calendar entry: not cancelled, sessions not cancelled."""
    return list(
        db.scalars(
            select(Booking)
            .join(ActivitySession, ActivitySession.id == Booking.session_id)
            .where(
                Booking.integrator_id == integrator_id,
                Booking.status != BookingStatus.CANCELLED,
                ActivitySession.status == SessionStatus.SCHEDULED,
            )
            .options(
                joinedload(Booking.session)
                .joinedload(ActivitySession.activity)
                .selectinload(Activity.translations)
            )
            .order_by(ActivitySession.starts_at)
        )
    )
