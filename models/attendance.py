"""Attendance: the host organisation says who came to a session and for how long.

Registering turns bookings into `attended` or `no_show` and credits the minutes in the
hours ledger. Registering again corrects: the ledger gets the difference with what the
booking was credited so far, never the whole amount twice. The session is locked while
this happens, so two staff saving the same session at once are done one after the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from . import audit
from .activities import Activity
from .base import utcnow
from .bookings import Booking, lock_session
from .hours import HoursEntry
from .ledger import HoursRefused, append
from .reference import BookingStatus, HoursKind, SessionStatus
from .sessions import BRUSSELS, ActivitySession
from .users import User

#: Bookings whose attendance can be registered (or corrected).
REGISTRABLE = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)
#: How far back the "registered recently" list reaches, for corrections.
RECENT = timedelta(days=30)


@dataclass(frozen=True)
class AttendanceRecord:
    """One line of the attendance form: was the person there, and for how many minutes."""

    booking_id: int
    present: bool
    #: Ignored (taken as 0) for someone who was absent.
    minutes: int | None = None


def _with_people_and_activity(query):
    return query.options(
        joinedload(ActivitySession.activity).selectinload(Activity.translations),
    )


def _sessions_of(organisation_ids: Iterable[int]):
    return (
        select(ActivitySession)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(
            Activity.organisation_id.in_(list(organisation_ids)),
            ActivitySession.status == SessionStatus.SCHEDULED,
        )
    )


def awaiting_attendance(
    db: Session, organisation_ids: Iterable[int], *, now: datetime | None = None
) -> list[ActivitySession]:
    """Sessions that have begun and still have people `booked`: attendance is awaited.

    The most recent first: that is the one staff are about to register.
    """
    now = now or utcnow()
    waiting = select(Booking.id).where(
        Booking.session_id == ActivitySession.id, Booking.status == BookingStatus.BOOKED
    )
    return list(
        db.scalars(
            _with_people_and_activity(
                _sessions_of(organisation_ids)
                .where(ActivitySession.starts_at <= now, waiting.exists())
                .order_by(ActivitySession.starts_at.desc(), ActivitySession.id)
            )
        )
    )


def recently_registered(
    db: Session, organisation_ids: Iterable[int], *, now: datetime | None = None
) -> list[ActivitySession]:
    """Sessions of the last 30 days whose attendance is registered, for corrections."""
    now = now or utcnow()
    return list(
        db.scalars(
            _with_people_and_activity(
                _sessions_of(organisation_ids)
                .where(
                    ActivitySession.attendance_registered_at.is_not(None),
                    ActivitySession.starts_at >= now - RECENT,
                )
                .order_by(ActivitySession.starts_at.desc(), ActivitySession.id)
            )
        )
    )


def attendance_sheet(db: Session, session_id: int) -> list[Booking]:
    """The people whose attendance is registered on the form: those who had a place."""
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id, Booking.status.in_(REGISTRABLE))
            .options(joinedload(Booking.integrator))
            .order_by(Booking.created_at, Booking.id)
        )
    )


def sheets_of(db: Session, session_ids: Sequence[int]) -> dict[int, list[Booking]]:
    """`attendance_sheet` for several sessions in one query (the API's list)."""
    sheets: dict[int, list[Booking]] = {session_id: [] for session_id in session_ids}
    for booking in db.scalars(
        select(Booking)
        .where(Booking.session_id.in_(list(session_ids)), Booking.status.in_(REGISTRABLE))
        .options(selectinload(Booking.integrator))
        .order_by(Booking.created_at, Booking.id)
    ):
        sheets[booking.session_id].append(booking)
    return sheets


def credited_per_booking(db: Session, booking_ids: Iterable[int]) -> dict[int, int]:
    """What the ledger credits each booking so far (the sum of its entries)."""
    rows = db.execute(
        select(HoursEntry.booking_id, func.sum(HoursEntry.minutes))
        .where(HoursEntry.booking_id.in_(list(booking_ids)))
        .group_by(HoursEntry.booking_id)
    ).all()
    return {booking_id: int(total) for booking_id, total in rows}


def why_closed(session: ActivitySession, *, now: datetime | None = None) -> str | None:
    """Why the session cannot get attendance now (`session_cancelled`,
    `session_not_happened`), or None once it has begun: the one rule pages and saving share."""
    if session.status == SessionStatus.CANCELLED:
        return "session_cancelled"
    if session.starts_at > (now or utcnow()):
        return "session_not_happened"
    return None


def _minutes(record: AttendanceRecord, session: ActivitySession) -> int:
    if not record.present:
        return 0
    minutes = session.minutes if record.minutes is None else record.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise HoursRefused("not_a_number", str(record.booking_id))
    if not 0 <= minutes <= session.minutes:
        raise HoursRefused("minutes_out_of_range", str(record.booking_id))
    return minutes


def _checked(
    records: Sequence[AttendanceRecord], session: ActivitySession, bookings: dict[int, Booking]
) -> list[tuple[Booking, AttendanceRecord, int]]:
    """Every record checked before anything is written: all of them are saved, or none."""
    seen: set[int] = set()
    checked = []
    for record in records:
        booking = bookings.get(record.booking_id)
        if booking is None:
            raise HoursRefused("unknown_booking", str(record.booking_id))
        if booking.status not in REGISTRABLE:
            raise HoursRefused("booking_not_registrable", str(record.booking_id))
        if record.booking_id in seen:
            raise HoursRefused("booking_twice", str(record.booking_id))
        seen.add(record.booking_id)
        checked.append((booking, record, _minutes(record, session)))
    return checked


def register_attendance(
    db: Session,
    session_id: int,
    records: Sequence[AttendanceRecord],
    by: User,
    *,
    now: datetime | None = None,
) -> ActivitySession:
    """Save who came and for how long, all in one go; the caller checks rights and commits.

    Refused (`HoursRefused`) for an unknown or cancelled session, one that has not begun,
    a booking that is not one of this session's places, minutes outside 0 to the
    session's minutes. Nothing is written then.
    """
    session = lock_session(db, session_id)
    now = now or utcnow()
    if session is None:
        raise HoursRefused("not_found")
    if closed := why_closed(session, now=now):
        raise HoursRefused(closed)
    bookings = {
        b.id: b
        for b in db.scalars(
            select(Booking)
            .where(Booking.session_id == session.id)
            .execution_options(populate_existing=True)
        )
    }
    checked = _checked(records, session, bookings)
    credited = credited_per_booking(db, [booking.id for booking, _r, _m in checked])
    day = session.starts_at.astimezone(BRUSSELS).date()
    entries = []
    for booking, record, minutes in checked:
        difference = minutes - credited.get(booking.id, 0)
        if difference:
            first = booking.status == BookingStatus.BOOKED and booking.id not in credited
            entries.append(
                HoursEntry(
                    integrator_id=booking.integrator_id,
                    kind=HoursKind.ATTENDANCE if first else HoursKind.CORRECTION,
                    minutes=difference,
                    occurred_on=day,
                    booking_id=booking.id,
                    activity_id=session.activity_id,
                    created_by_id=by.id,
                    created_at=now,
                )
            )
        booking.status = BookingStatus.ATTENDED if record.present else BookingStatus.NO_SHOW
        booking.attended_minutes = minutes
    session.attendance_registered_at = now
    append(db, *entries)
    audit.record(db, "attendance.registered", actor_id=by.id, target=session, people=len(checked))
    return session
