"""Bookings: an integrator's place (or place in the queue) in a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, Index, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, joinedload, mapped_column, relationship

from . import audit
from .activities import Activity
from .base import Base, utcnow
from .columns import enum_type
from .db import begin_write
from .reference import ACTIVE_BOOKING_STATUSES, ActivityStatus, BookingStatus, SessionStatus
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


# The booking rules ------------------------------------------------------------------------

#: Until when integrators (or their counsellor) may cancel themselves.
CANCEL_DEADLINE = timedelta(hours=24)


class BookingRefused(Exception):
    """Why a booking or a cancellation cannot be done; `code` is for the API and the UI."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class BookingResult:
    booking: Booking
    #: Other active bookings of the same person at an overlapping time: a warning, not a stop.
    overlaps: list[Booking]


def lock_session(db: Session, session_id: int) -> ActivitySession | None:
    """Start a write transaction and return the session row, locked and freshly read.

    Every rule that changes places (booking, cancelling, a new capacity) goes through here:
    PostgreSQL locks the row (FOR UPDATE); SQLite holds the database write lock from
    `begin_write`. Call it before the transaction's first statement.
    """
    begin_write(db)
    return db.scalar(
        select(ActivitySession)
        .where(ActivitySession.id == session_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def booked_count(db: Session, session_id: int) -> int:
    return (
        db.scalar(
            select(func.count())
            .select_from(Booking)
            .where(Booking.session_id == session_id, Booking.status == BookingStatus.BOOKED)
        )
        or 0
    )


def _overlapping(db: Session, integrator_id: int, session: ActivitySession) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .join(ActivitySession, ActivitySession.id == Booking.session_id)
            .where(
                Booking.integrator_id == integrator_id,
                Booking.session_id != session.id,
                Booking.status.in_((BookingStatus.BOOKED, BookingStatus.WAITLISTED)),
                ActivitySession.starts_at < session.ends_at,
                ActivitySession.ends_at > session.starts_at,
            )
        )
    )


def book(
    db: Session,
    session_id: int,
    integrator: User,
    by: User,
    *,
    now: datetime | None = None,
) -> BookingResult:
    """Give `integrator` a place in the session, or a place on its waiting list.

    Capacity is checked inside the write lock, so it holds under any concurrency; the
    partial unique index keeps one active booking per person per session. The caller
    decides who may book for whom (`models.permissions`) and commits.
    """
    session = lock_session(db, session_id)
    now = now or utcnow()  # read inside the lock: first come, first served
    if session is None:
        raise BookingRefused("not_found")
    if session.status == SessionStatus.CANCELLED:
        raise BookingRefused("session_cancelled")
    if session.starts_at <= now:
        raise BookingRefused("session_past")
    activity = session.activity
    if activity.status != ActivityStatus.PUBLISHED or not activity.organisation.is_approved:
        raise BookingRefused("not_found")
    taken = booked_count(db, session.id)
    booking = Booking(
        session_id=session.id,
        integrator_id=integrator.id,
        booked_by_id=by.id,
        status=BookingStatus.BOOKED if taken < session.capacity else BookingStatus.WAITLISTED,
        created_at=now,
    )
    db.add(booking)
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise BookingRefused("already_booked") from None
    audit.record(db, f"booking.{booking.status.value}", actor_id=by.id, target=booking)
    return BookingResult(booking, _overlapping(db, integrator.id, session))


def cancel(
    db: Session,
    booking_id: int,
    by: User,
    *,
    deadline: timedelta = CANCEL_DEADLINE,
    now: datetime | None = None,
) -> tuple[Booking, list[Booking]]:
    """Cancel a booking; returns it and the waiting-list bookings that moved up.

    Refused for bookings already over, and within `deadline` of the start (the
    organisation then still counts on the person; they can call instead).
    """
    now = now or utcnow()
    booking = db.get(Booking, booking_id)
    if booking is None:
        raise BookingRefused("not_found")
    session = lock_session(db, booking.session_id)
    db.refresh(booking)  # read again under the lock: it may have changed meanwhile
    if booking.status not in (BookingStatus.BOOKED, BookingStatus.WAITLISTED):
        raise BookingRefused("not_active")
    if session.starts_at - deadline <= now:
        raise BookingRefused("too_late")
    was_booked = booking.status == BookingStatus.BOOKED
    booking.status = BookingStatus.CANCELLED
    booking.cancelled_at = now
    audit.record(db, "booking.cancelled", actor_id=by.id, target=booking)
    db.flush()
    return booking, promote_waiting(db, session) if was_booked else []


def promote_waiting(db: Session, session: ActivitySession) -> list[Booking]:
    """Move the first people of the waiting list up while places are free (call with the
    session locked: after a cancellation or a raised capacity)."""
    free = session.capacity - booked_count(db, session.id)
    if free <= 0:
        return []
    moved = list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session.id, Booking.status == BookingStatus.WAITLISTED)
            .order_by(Booking.created_at, Booking.id)
            .limit(free)
        )
    )
    for booking in moved:
        booking.status = BookingStatus.BOOKED
        audit.record(db, "booking.moved_up", target=booking)
    db.flush()
    return moved


def bookings_of(db: Session, integrator_id: int) -> list[Booking]:
    """Everything an integrator booked, the newest session first, with what a list shows."""
    return list(
        db.scalars(
            select(Booking)
            .join(ActivitySession, ActivitySession.id == Booking.session_id)
            .where(Booking.integrator_id == integrator_id)
            .options(
                joinedload(Booking.session)
                .joinedload(ActivitySession.activity)
                .selectinload(Activity.translations)
            )
            .order_by(ActivitySession.starts_at.desc(), Booking.id)
        )
    )
