"""Catalogue filters from query parameters, strictly: the same rules for the page and the API.

A value we do not know is an error (a 400), never ignored: a shared link must mean what it
says. Lists may repeat the parameter (`goal=a&goal=b`) or use commas (`goal=a,b`).
"""

from __future__ import annotations

import re
from datetime import date

from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from models.reference import DUTCH_LEVELS, Goal
from models.search import MAX_QUERY_LENGTH, Filters, PartOfDay

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FLAGS = {"1": True, "true": True, "0": False, "false": False, "": False}
NAMES = (
    "q",
    "dutch_level",
    "goal",
    "category",
    "municipality",
    "date_from",
    "date_to",
    "weekday",
    "part_of_day",
    "available",
    "wheelchair",
    "buddy",
)


class FilterError(ValueError):
    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.message = message


def _values(args: MultiDict, name: str) -> list[str]:
    return [part.strip() for raw in args.getlist(name) for part in raw.split(",") if part.strip()]


def _choices(args: MultiDict, name: str, allowed: list[str]) -> tuple[str, ...]:
    values = _values(args, name)
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise FilterError(
            name,
            _(
                "%(name)s: unknown value %(value)s. Choose from: %(allowed)s.",
                name=name,
                value=unknown[0][:40],
                allowed=", ".join(allowed),
            ),
        )
    return tuple(dict.fromkeys(values))


def _date(args: MultiDict, name: str) -> date | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        if not ISO_DATE.fullmatch(raw):
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError:
        raise FilterError(name, _("%(name)s must be a date like 2026-12-31.", name=name)) from None


def _flag(args: MultiDict, name: str) -> bool:
    raw = args.get(name, "").strip().lower()
    if raw not in FLAGS:
        raise FilterError(name, _("%(name)s must be 1 or 0.", name=name))
    return FLAGS[raw]


def parse_filters(args: MultiDict, categories: list[str]) -> Filters:
    """Read every catalogue filter from `args`; `categories` are the known category codes."""
    q = args.get("q", "").strip()
    if len(q) > MAX_QUERY_LENGTH:
        raise FilterError("q", _("Search with at most %(num)s characters.", num=MAX_QUERY_LENGTH))
    level = args.get("dutch_level", "").strip()
    if level and (not level.isdigit() or int(level) not in DUTCH_LEVELS):
        raise FilterError("dutch_level", _("dutch_level must be 1, 2, 3 or 4."))
    municipality = args.get("municipality", "").strip()
    if len(municipality) > 100:
        raise FilterError("municipality", _("This is too long."))
    date_from, date_to = _date(args, "date_from"), _date(args, "date_to")
    if date_from and date_to and date_to < date_from:
        raise FilterError("date_to", _("The end date is before the start date."))
    return Filters(
        q=q or None,
        dutch_level=int(level) if level else None,
        goals=tuple(Goal(g) for g in _choices(args, "goal", [g.value for g in Goal])),
        categories=_choices(args, "category", categories),
        municipality=municipality or None,
        date_from=date_from,
        date_to=date_to,
        weekdays=tuple(WEEKDAYS.index(d) for d in _choices(args, "weekday", list(WEEKDAYS))),
        parts_of_day=tuple(
            PartOfDay(p) for p in _choices(args, "part_of_day", [p.value for p in PartOfDay])
        ),
        available=_flag(args, "available"),
        wheelchair=_flag(args, "wheelchair"),
        buddy=_flag(args, "buddy"),
    )
