"""The public catalogue: published activities of approved organisations, next session first.

One place answers "what can people see and book", for the pages and the API alike. Queries
stay constant in number however many results a page holds (no N+1).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, exists, func, select, tuple_
from sqlalchemy.orm import Session, joinedload, selectinload

from .activities import NO_NEXT_SESSION, Activity
from .base import utcnow
from .bookings import Booking
from .next_sessions import roll_forward
from .organisations import Organisation
from .reference import ActivityStatus, BookingStatus, OrganisationStatus
from .search import Filters, activity_conditions, session_conditions
from .sessions import ActivitySession

MAX_PAGE_SIZE = 100
#: Counts stop here: "more than 1,000 activities" tells a reader to narrow the search as
#: well as the exact number would, and no request has to count the whole catalogue.
COUNT_CAP = 1000


@dataclass(frozen=True)
class SessionView:
    """A session with the places still free."""

    session: ActivitySession
    places_left: int


@dataclass(frozen=True)
class CatalogueItem:
    activity: Activity
    next_session: SessionView | None


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the sort key of its last activity."""

    next_start: datetime
    activity_id: int


@dataclass(frozen=True)
class Page:
    items: list[CatalogueItem]
    next_cursor: Cursor | None


def public_activities() -> Select[tuple[Activity]]:
    """Activities anyone may see: published, of an approved organisation."""
    approved = exists().where(
        Organisation.id == Activity.organisation_id,
        Organisation.status == OrganisationStatus.APPROVED,
    )
    # A correlated EXISTS, not a join: the planner then starts from the activities' own
    # indexes (next session, municipality, search) instead of from every organisation.
    return select(Activity).where(Activity.status == ActivityStatus.PUBLISHED, approved)


def _view(session: ActivitySession) -> SessionView:
    """Places left from the count the database keeps: for a session that has not begun,
    every place taken is a `booked` booking."""
    return SessionView(session, max(0, session.capacity - session.places_taken))


@dataclass(frozen=True)
class _Ordering:
    """How a search is sorted: the sort key, the query it applies to, and which session
    each activity shows as its next one."""

    query: Select
    sort_key: ColumnElement
    #: The stored column naming each activity's next session, or None when the date and
    #: time wishes pick it (see `_next_matching_sessions`).
    next_session_id: ColumnElement | None


def _ordering(db: Session, filters: Filters, now: datetime) -> _Ordering:
    """Without date or time wishes, activities sort by their stored next session (with a
    free place, for `available`): an index range. With them, by their first session that
    matches, found from the sessions in that period."""
    query = public_activities().where(activity_conditions(filters, db.get_bind().dialect.name))
    if not (filters.date_from or filters.date_to or filters.weekdays or filters.parts_of_day):
        if filters.available:
            key, shown = Activity.next_free_session_start, Activity.next_free_session_id
            query = query.where(key < NO_NEXT_SESSION)
        else:
            key, shown = Activity.next_session_start, Activity.next_session_id
        return _Ordering(query, key, shown)
    first = (
        select(
            ActivitySession.activity_id.label("activity_id"),
            func.min(ActivitySession.starts_at).label("first_start"),
        )
        .where(session_conditions(filters, now))
        .group_by(ActivitySession.activity_id)
        .subquery()
    )
    query = query.join(first, first.c.activity_id == Activity.id)
    return _Ordering(query, first.c.first_start, None)


def count_activities(db: Session, filters: Filters, now: datetime | None = None) -> int:
    """How many activities match, for "23 activities found"; at most `COUNT_CAP` + 1,
    which means "more than `COUNT_CAP`"."""
    ordering = _ordering(db, filters, now or utcnow())
    matching = ordering.query.with_only_columns(Activity.id).limit(COUNT_CAP + 1).subquery()
    return db.scalar(select(func.count()).select_from(matching)) or 0


def list_activities(
    db: Session,
    *,
    filters: Filters | None = None,
    limit: int = 20,
    after: Cursor | None = None,
    now: datetime | None = None,
) -> Page:
    """One page of the public catalogue, sorted by next session (then id), keyset-paginated.

    With date or time filters, "next session" means the next one that matches them. A fixed
    number of queries whatever the page size or the size of the catalogue.
    """
    filters = filters or Filters()
    now = now or utcnow()
    roll_forward(db, now=now)
    ordering = _ordering(db, filters, now)
    key = ordering.sort_key
    shown = ordering.next_session_id
    query = ordering.query.add_columns(key.label("sort_key"))
    if shown is not None:
        query = query.add_columns(shown.label("next_session_id"))
    if after is not None:
        query = query.where(tuple_(key, Activity.id) > tuple_(after.next_start, after.activity_id))
    query = query.order_by(key, Activity.id).limit(limit + 1).options(*_item_loading())
    rows = db.execute(query).unique().all()
    more = len(rows) > limit
    rows = rows[:limit]
    activities = [row[0] for row in rows]
    if shown is None:
        next_sessions = _next_matching_sessions(db, activities, session_conditions(filters, now))
    else:
        next_sessions = _sessions_by_id(db, {row[0].id: row[2] for row in rows})
    items = [CatalogueItem(a, next_sessions.get(a.id)) for a in activities]
    cursor = None
    if more and rows:
        cursor = Cursor(rows[-1][1], rows[-1][0].id)
    return Page(items, cursor)


def _item_loading() -> tuple:
    return (
        joinedload(Activity.organisation),
        joinedload(Activity.category),
        selectinload(Activity.translations),
        selectinload(Activity.goal_links),
    )


def get_public_activity(db: Session, activity_id: int) -> Activity | None:
    """The activity if anyone may see it, else None (unknown, unpublished or not approved)."""
    return db.scalar(
        public_activities().where(Activity.id == activity_id).options(*_item_loading())
    )


def places_left(db: Session, sessions: list[ActivitySession]) -> dict[int, int]:
    """Free places per session id: capacity minus the `booked` bookings, never below zero."""
    if not sessions:
        return {}
    counts = dict(
        db.execute(
            select(Booking.session_id, func.count())
            .where(
                Booking.session_id.in_([s.id for s in sessions]),
                Booking.status == BookingStatus.BOOKED,
            )
            .group_by(Booking.session_id)
        ).all()
    )
    return {s.id: max(0, s.capacity - counts.get(s.id, 0)) for s in sessions}


def upcoming_sessions(
    db: Session, activity_id: int, now: datetime | None = None
) -> list[SessionView]:
    """Every upcoming session of an activity with its places left, soonest first."""
    sessions = db.scalars(
        select(ActivitySession)
        .where(
            ActivitySession.activity_id == activity_id,
            session_conditions(Filters(), now or utcnow()),
        )
        .order_by(ActivitySession.starts_at, ActivitySession.id)
    )
    return [_view(session) for session in sessions]


def _sessions_by_id(db: Session, wanted: dict[int, int | None]) -> dict[int, SessionView]:
    """activity id -> its next session, from the ids stored with the activities."""
    ids = [session_id for session_id in wanted.values() if session_id is not None]
    if not ids:
        return {}
    sessions = {
        s.id: s for s in db.scalars(select(ActivitySession).where(ActivitySession.id.in_(ids)))
    }
    return {
        activity_id: _view(sessions[session_id])
        for activity_id, session_id in wanted.items()
        if session_id in sessions
    }


def _next_matching_sessions(
    db: Session, activities: list[Activity], matching: ColumnElement[bool]
) -> dict[int, SessionView]:
    if not activities:
        return {}
    first = (
        select(
            ActivitySession.id,
            func.row_number()
            .over(
                partition_by=ActivitySession.activity_id,
                order_by=(ActivitySession.starts_at, ActivitySession.id),
            )
            .label("position"),
        )
        .where(ActivitySession.activity_id.in_([a.id for a in activities]), matching)
        .subquery()
    )
    sessions = db.scalars(
        select(ActivitySession)
        .join(first, first.c.id == ActivitySession.id)
        .where(first.c.position == 1)
    )
    return {s.activity_id: _view(s) for s in sessions}


class BadCursor(ValueError):
    """A cursor that this catalogue did not hand out."""


def encode_cursor(cursor: Cursor) -> str:
    """An opaque, URL-safe token for the next page."""
    raw = json.dumps([cursor.next_start.isoformat(), cursor.activity_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str) -> Cursor:
    """Read a token of `encode_cursor`; anything else raises BadCursor."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        start, activity_id = json.loads(raw)
        moment = datetime.fromisoformat(start)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadCursor(token) from exc
    if moment.tzinfo is None or not isinstance(activity_id, int) or isinstance(activity_id, bool):
        raise BadCursor(token)
    return Cursor(moment, activity_id)
