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

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

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
    """A search as one narrow query: (activity id, sort key, the session the activity shows
    as its next one) per matching activity, and the two columns it is sorted by."""

    query: Select
    sort_key: ColumnElement
    activity_id: ColumnElement


def _ordering(db: Session, filters: Filters, now: datetime) -> _Ordering:
    """Without date or time wishes, activities sort by their stored next session (with a
    free place, for `available`): an index range. With them, by their first session that
    matches: the coming sessions are read in order of their start, each kept when no
    earlier session of its activity matches, so a page stops after its twenty activities
    however many sessions the period holds."""
    wanted = activity_conditions(filters, db.get_bind().dialect.name)
    if not (filters.date_from or filters.date_to or filters.weekdays or filters.parts_of_day):
        if filters.available:
            key, shown = Activity.next_free_session_start, Activity.next_free_session_id
        else:
            key, shown = Activity.next_session_start, Activity.next_session_id
        query = public_activities().with_only_columns(Activity.id, key, shown).where(wanted)
        if filters.available:
            query = query.where(key < NO_NEXT_SESSION)
        return _Ordering(query, key, Activity.id)
    first = aliased(ActivitySession, name="first_session")
    earlier = aliased(ActivitySession, name="earlier_session")
    is_first = ~exists().where(
        earlier.activity_id == first.activity_id,
        session_conditions(filters, now, earlier),
        or_(
            earlier.starts_at < first.starts_at,
            and_(earlier.starts_at == first.starts_at, earlier.id < first.id),
        ),
    )
    # The activity's own wishes as a correlated EXISTS: the sessions stay the only table
    # read in order, which is what lets the query stop early.
    of_a_wanted_activity = (
        public_activities()
        .with_only_columns(Activity.id)
        .where(wanted, Activity.id == first.activity_id)
        .exists()
    )
    query = select(first.activity_id, first.starts_at, first.id).where(
        session_conditions(filters, now, first), is_first, of_a_wanted_activity
    )
    return _Ordering(query, first.starts_at, first.activity_id)


def count_activities(db: Session, filters: Filters, now: datetime | None = None) -> int:
    """How many activities match, for "23 activities found"; at most `COUNT_CAP` + 1,
    which means "more than `COUNT_CAP`"."""
    matching = _ordering(db, filters, now or utcnow()).query.limit(COUNT_CAP + 1).subquery()
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
    number of queries whatever the page size or the size of the catalogue: the page's ids
    first, then its activities and sessions by id.
    """
    filters = filters or Filters()
    now = now or utcnow()
    roll_forward(db, now=now)
    ordering = _ordering(db, filters, now)
    key, activity_id = ordering.sort_key, ordering.activity_id
    query = ordering.query
    if after is not None:
        query = query.where(tuple_(key, activity_id) > tuple_(after.next_start, after.activity_id))
    rows = db.execute(query.order_by(key, activity_id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    found = {
        activity.id: activity
        for activity in db.scalars(
            select(Activity)
            .where(Activity.id.in_([row[0] for row in rows]))
            .options(*_item_loading())
        ).unique()
    }
    next_sessions = _sessions_by_id(db, {row[0]: row[2] for row in rows})
    items = [CatalogueItem(found[row[0]], next_sessions.get(row[0])) for row in rows]
    cursor = Cursor(rows[-1][1], rows[-1][0]) if more and rows else None
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
