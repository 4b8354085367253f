"""What a person looks for in the catalogue, and how each wish becomes SQL.

`Filters` is plain data (the web app parses query parameters into it); the functions here
turn it into conditions on activities and on their sessions. Free text goes through the
full-text index of migration 0002: FTS5 on SQLite, a 'simple' tsvector on PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)

from .activities import Activity, ActivityGoal, ActivityTranslation
from .categories import Category
from .reference import Goal, SessionStatus
from .sessions import BRUSSELS, ActivitySession

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
ONLINE = "online"


class PartOfDay(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


#: Start minute ranges (local time) of each part of the day.
PART_OF_DAY_MINUTES = {
    PartOfDay.MORNING: (0, 12 * 60),
    PartOfDay.AFTERNOON: (12 * 60, 17 * 60),
    PartOfDay.EVENING: (17 * 60, 24 * 60),
}


@dataclass(frozen=True)
class Filters:
    """Every filter of the catalogue; the defaults filter nothing."""

    q: str | None = None
    #: The reader's level: activities needing that level or less.
    dutch_level: int | None = None
    goals: tuple[Goal, ...] = ()
    categories: tuple[str, ...] = ()
    #: A municipality, or "online".
    municipality: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    weekdays: tuple[int, ...] = ()
    parts_of_day: tuple[PartOfDay, ...] = ()
    available: bool = False
    wheelchair: bool = False
    buddy: bool = False

    @property
    def on_sessions(self) -> bool:
        """Whether the filters ask something of the sessions, not only of the activity."""
        return bool(
            self.date_from or self.date_to or self.weekdays or self.parts_of_day or self.available
        )


def search_terms(query: str) -> list[str]:
    """The words of a free-text query, lower-cased, in any script; punctuation dropped."""
    return [word.lower()[:40] for word in re.findall(r"\w+", query)][:MAX_TERMS]


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(), BRUSSELS)


def session_conditions(
    filters: Filters, now: datetime, sessions: type[ActivitySession] = ActivitySession
) -> ColumnElement[bool]:
    """Which sessions count: upcoming, scheduled, and within the date and time wishes.
    `sessions` may be an alias, for a query that compares two sessions."""
    conditions = [
        sessions.starts_at > now,
        sessions.status == SessionStatus.SCHEDULED,
    ]
    if filters.date_from:
        conditions.append(sessions.starts_at >= _start_of(filters.date_from))
    if filters.date_to:
        conditions.append(sessions.starts_at < _start_of(filters.date_to + timedelta(days=1)))
    if filters.weekdays:
        conditions.append(sessions.local_weekday.in_(filters.weekdays))
    if filters.parts_of_day:
        conditions.append(
            or_(
                *(
                    sessions.local_start_minute.between(start, end - 1)
                    for start, end in (PART_OF_DAY_MINUTES[p] for p in filters.parts_of_day)
                )
            )
        )
    if filters.available:
        conditions.append(sessions.capacity > sessions.places_taken)
    return and_(*conditions)


def activity_conditions(filters: Filters, dialect: str) -> ColumnElement[bool]:
    """Which activities count, by what they are (not when they happen)."""
    conditions: list[ColumnElement[bool]] = [true()]
    if filters.dutch_level is not None:
        conditions.append(Activity.dutch_level <= filters.dutch_level)
    if filters.goals:
        conditions.append(
            exists().where(
                ActivityGoal.activity_id == Activity.id, ActivityGoal.goal.in_(filters.goals)
            )
        )
    if filters.categories:
        conditions.append(
            Activity.category_id.in_(
                select(Category.id).where(Category.code.in_(filters.categories))
            )
        )
    if filters.municipality == ONLINE:
        conditions.append(Activity.is_online.is_(True))
    elif filters.municipality:
        conditions.append(func.lower(Activity.municipality) == filters.municipality.lower())
    if filters.wheelchair:
        conditions.append(Activity.wheelchair_accessible.is_(True))
    if filters.buddy:
        conditions.append(Activity.buddy_offered.is_(True))
    if filters.q and (terms := search_terms(filters.q)):
        conditions.append(Activity.id.in_(_matching_activities(terms, dialect)))
    return and_(*conditions)


def _matching_activities(terms: list[str], dialect: str):
    """Activities whose text, in any of its languages, holds every term (as a word start)."""
    if dialect == "postgresql":
        document = func.to_tsvector(
            literal_column("'simple'"),
            ActivityTranslation.title + " " + ActivityTranslation.description,
        )
        query = func.to_tsquery(literal_column("'simple'"), " & ".join(f"{t}:*" for t in terms))
        return select(ActivityTranslation.activity_id).where(document.op("@@")(query))
    match = " ".join(f'"{term}"*' for term in terms)
    return (
        select(literal_column("activity_id"))
        .select_from(table("activity_search"))
        .where(text("activity_search MATCH :match").bindparams(match=match))
    )
