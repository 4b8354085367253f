"""Each activity's next session, kept in the activity's row for the catalogue.

The catalogue lists activities soonest first and can keep to those with a free place. Asking
the sessions for that on every request costs a look at every activity; with the answer
stored (`Activity.next_session_*` and `next_free_session_*`) a page is an index range.

Three things keep the stored answer true:
- every flush that adds or changes a session or a booking refreshes the activities
  concerned, in the same transaction (`_note_changes`, `_refresh_noted`), so the web forms,
  the API, the command line and the demo all keep it without thinking of it;
- bulk loaders that write with Core statements call `refresh_all`;
- time: a session that begins is no longer "next". `roll_forward`, called before the
  catalogue is read, finds such activities through the index and refreshes them in a short
  write transaction of its own, so nobody ever sees a session that has begun as next.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, event, func, inspect, literal, select, update
from sqlalchemy.orm import Session

from .activities import NO_NEXT_SESSION, Activity
from .base import UTCDateTime, utcnow
from .bookings import Booking
from .db import begin_write, in_write_transaction
from .reference import BookingStatus, SessionStatus
from .sessions import ActivitySession

_NOTED = "next_sessions.activity_ids"
_NOTED_SESSIONS = "next_sessions.session_ids"


def _first(now: datetime, *, free: bool):
    """The activity's first scheduled session after `now` (with a free place if `free`)."""
    conditions = [
        ActivitySession.activity_id == Activity.id,
        ActivitySession.status == SessionStatus.SCHEDULED,
        ActivitySession.starts_at > now,
    ]
    if free:
        conditions.append(ActivitySession.capacity > ActivitySession.places_taken)
    return select(ActivitySession.id, ActivitySession.starts_at).where(*conditions)


def _refresh(db: Session, which: ColumnElement[bool], now: datetime) -> None:
    """Recompute the next-session columns of the activities `which` selects."""
    never = literal(NO_NEXT_SESSION, UTCDateTime())
    values = {}
    for free, id_column, start_column in (
        (False, "next_session_id", "next_session_start"),
        (True, "next_free_session_id", "next_free_session_start"),
    ):
        first = _first(now, free=free)
        values[id_column] = (
            first.with_only_columns(ActivitySession.id)
            .order_by(ActivitySession.starts_at, ActivitySession.id)
            .limit(1)
            .scalar_subquery()
        )
        values[start_column] = func.coalesce(
            first.with_only_columns(func.min(ActivitySession.starts_at)).scalar_subquery(), never
        )
    table = Activity.__table__
    # A derived column changing is no edit of the activity: `updated_at` stays as it was.
    db.execute(update(table).where(which).values(updated_at=table.c.updated_at, **values))
    for activity in [o for o in db.identity_map.values() if isinstance(o, Activity)]:
        db.expire(
            activity,
            [
                "next_session_id",
                "next_session_start",
                "next_free_session_id",
                "next_free_session_start",
            ],
        )


def refresh(db: Session, activity_ids: Iterable[int], *, now: datetime | None = None) -> None:
    """Recompute the next sessions of these activities, in the caller's transaction."""
    ids = sorted(set(activity_ids))
    if ids:
        _refresh(db, Activity.__table__.c.id.in_(ids), now or utcnow())


def refresh_all(db: Session, *, now: datetime | None = None) -> None:
    """Recompute every activity's next sessions (after a bulk load of sessions or bookings)."""
    _refresh(db, Activity.__table__.c.id.is_not(None), now or utcnow())


def roll_forward(db: Session, *, now: datetime | None = None) -> None:
    """Move on the activities whose stored next session has begun by `now`.

    Costs one index look-up when nothing has begun since the last roll. Otherwise writes in a
    short transaction of its own when the session was only reading (a catalogue request),
    or in the caller's write transaction.
    """
    now = now or utcnow()
    table = Activity.__table__
    begun = table.c.next_session_start <= now
    stale = db.scalar(select(table.c.id).where(begun).limit(1))
    if stale is None:
        return
    reading = not in_write_transaction(db)
    begin_write(db)
    _refresh(db, begun, now)
    if reading:
        db.commit()


@event.listens_for(Session, "after_flush")
def _note_changes(db: Session, _context) -> None:
    """Remember which activities a flush touched: sessions added or changed, bookings
    added or changed (a place taken or freed)."""
    activity_ids: set[int] = db.info.setdefault(_NOTED, set())
    session_ids: set[int] = db.info.setdefault(_NOTED_SESSIONS, set())
    for obj in (*db.new, *db.dirty, *db.deleted):
        if isinstance(obj, ActivitySession) and obj.activity_id is not None:
            activity_ids.add(obj.activity_id)
        elif isinstance(obj, Booking) and obj.session_id is not None and _moves_a_place(db, obj):
            session_ids.add(obj.session_id)


def _moves_a_place(db: Session, booking: Booking) -> bool:
    """Whether a booking's change may take or free a place: a place on the waiting list
    changes nothing the catalogue shows, and is most of what a busy moment writes."""
    if booking in db.new:
        return booking.status == BookingStatus.BOOKED
    if booking in db.deleted:
        return True
    changed = inspect(booking).attrs
    return changed.status.history.has_changes() or changed.session_id.history.has_changes()


@event.listens_for(Session, "after_flush_postexec")
def _refresh_noted(db: Session, _context) -> None:
    activity_ids: set[int] = db.info.pop(_NOTED, set())
    session_ids: set[int] = db.info.pop(_NOTED_SESSIONS, set())
    if session_ids:
        activity_ids.update(
            db.scalars(
                select(ActivitySession.activity_id).where(ActivitySession.id.in_(session_ids))
            )
        )
    refresh(db, activity_ids)
