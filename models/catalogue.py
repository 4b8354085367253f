"""The public catalogue: published activities of approved organisations, next session first.

One place answers "what can people see and book", for the pages and the API alike. Queries
stay constant in number however many results a page holds (no N+1).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session, joinedload, selectinload

from .activities import Activity
from .base import UTCDateTime, utcnow
from .bookings import Booking
from .organisations import Organisation
from .reference import ActivityStatus, BookingStatus, OrganisationStatus
from .search import Filters, activity_conditions, session_conditions
from .sessions import ActivitySession

#: Sort key of activities without an upcoming session: after every real date.
NO_NEXT_SESSION = datetime(9999, 12, 31, tzinfo=UTC)
MAX_PAGE_SIZE = 100


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
    return (
        select(Activity)
        .join(Organisation, Activity.organisation_id == Organisation.id)
        .where(
            Activity.status == ActivityStatus.PUBLISHED,
            Organisation.status == OrganisationStatus.APPROVED,
        )
    )


def _upcoming(now: datetime) -> ColumnElement[bool]:
    return session_conditions(Filters(), now)


def _next_start(filters: Filters, now: datetime):
    return (
        select(func.min(ActivitySession.starts_at))
        .where(ActivitySession.activity_id == Activity.id, session_conditions(filters, now))
        .correlate(Activity)
        .scalar_subquery()
    )


def _filtered(db: Session, filters: Filters, now: datetime) -> Select[tuple[Activity]]:
    query = public_activities().where(activity_conditions(filters, db.get_bind().dialect.name))
    if filters.on_sessions:
        query = query.where(_next_start(filters, now).is_not(None))
    return query


def count_activities(db: Session, filters: Filters, now: datetime | None = None) -> int:
    """How many activities match, for "23 activities found"."""
    matching = _filtered(db, filters, now or utcnow()).with_only_columns(Activity.id).subquery()
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

    With date or time filters, "next session" means the next one that matches them.
    """
    filters = filters or Filters()
    now = now or utcnow()
    sort_key = func.coalesce(_next_start(filters, now), literal(NO_NEXT_SESSION, UTCDateTime()))
    query = _filtered(db, filters, now).add_columns(sort_key.label("sort_key"))
    if after is not None:
        query = query.where(
            tuple_(sort_key, Activity.id) > tuple_(after.next_start, after.activity_id)
        )
    query = query.order_by(sort_key, Activity.id).limit(limit + 1)
    query = query.options(*_item_loading())
    rows = db.execute(query).unique().all()
    more = len(rows) > limit
    rows = rows[:limit]
    activities = [row[0] for row in rows]
    next_sessions = _next_sessions(db, activities, session_conditions(filters, now))
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
    sessions = list(
        db.scalars(
            select(ActivitySession)
            .where(ActivitySession.activity_id == activity_id, _upcoming(now or utcnow()))
            .order_by(ActivitySession.starts_at, ActivitySession.id)
        )
    )
    left = places_left(db, sessions)
    return [SessionView(s, left[s.id]) for s in sessions]


def _next_sessions(
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
    sessions = list(
        db.scalars(
            select(ActivitySession)
            .join(first, first.c.id == ActivitySession.id)
            .where(first.c.position == 1)
        )
    )
    left = places_left(db, sessions)
    return {s.activity_id: SessionView(s, left[s.id]) for s in sessions}


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
