"""Template filters: dates, times and durations formatted by Babel for the reader's locale."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from babel.numbers import get_minus_sign_symbol, get_plus_sign_symbol
from flask import Flask
from flask_babel import (
    format_date,
    format_datetime,
    format_decimal,
    format_time,
    get_locale,
    gettext,
)

from models.reference import CEFR_BY_DUTCH_LEVEL


def duration(minutes: int) -> str:
    """Minutes as hours and minutes, e.g. "1 h 30 min"; a correction that takes minutes
    back reads "-1 h 30 min"."""
    hours, rest = divmod(abs(int(minutes)), 60)
    if hours and rest:
        text = gettext("%(hours)s h %(minutes)s min", hours=hours, minutes=rest)
    elif hours:
        text = gettext("%(hours)s h", hours=hours)
    else:
        text = gettext("%(minutes)s min", minutes=rest)
    return (_sign(minutes) if minutes < 0 else "") + text


def signed_duration(minutes: int) -> str:
    """ "+1 h 30 min" or "-45 min", for lines of the ledger that add or take away."""
    return _sign(minutes) + duration(abs(minutes))


def _sign(minutes: int) -> str:
    """The reader's plus or minus sign from Babel. In Arabic script it starts with a
    left-to-right mark, so the sign stays before the number inside right-to-left text
    instead of trailing it ("4+")."""
    locale = get_locale()
    return get_plus_sign_symbol(locale) if minutes >= 0 else get_minus_sign_symbol(locale)


def session_when(start: datetime, end: datetime) -> str:
    """ "Tuesday 1 December 2026, 14:00–16:00" in the reader's language and Brussels time."""
    return _session_when(str(get_locale()), start, end)


@lru_cache(maxsize=4096)
def _session_when(_locale: str, start: datetime, end: datetime) -> str:
    """Kept per language: a catalogue page shows twenty sessions, mostly the same ones as
    the page before, and Babel's formatting was a quarter of drawing it."""
    return "{} {}–{}".format(format_date(start, "full"), _clock(start), _clock(end))


def _clock(moment: datetime) -> str:
    """A short time that a narrow screen never breaks between the hour and its "ድ.ቀ." or
    "م" (Babel separates them with an ordinary space in some languages)."""
    return format_time(moment, "short").replace(" ", "\u00a0")


def init_app(app: Flask) -> None:
    app.jinja_env.filters["duration"] = duration
    app.jinja_env.filters["signed_duration"] = signed_duration
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.filters["number"] = format_decimal
    app.jinja_env.globals["session_when"] = session_when
    app.jinja_env.globals["cefr"] = CEFR_BY_DUTCH_LEVEL
