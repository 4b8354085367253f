"""Template filters: dates, times and durations formatted by Babel for the reader's locale."""

from __future__ import annotations

from datetime import datetime

from flask import Flask
from flask_babel import format_date, format_datetime, format_time, gettext

from models.reference import CEFR_BY_DUTCH_LEVEL


def duration(minutes: int) -> str:
    """Minutes as hours and minutes, e.g. "1 h 30 min"; a correction that takes minutes
    back reads "−1 h 30 min"."""
    sign = "−" if minutes < 0 else ""
    hours, rest = divmod(abs(int(minutes)), 60)
    if hours and rest:
        text = gettext("%(hours)s h %(minutes)s min", hours=hours, minutes=rest)
    elif hours:
        text = gettext("%(hours)s h", hours=hours)
    else:
        text = gettext("%(minutes)s min", minutes=rest)
    return sign + text


def session_when(start: datetime, end: datetime) -> str:
    """ "Tuesday 1 December 2026, 14:00–16:00" in the reader's language and Brussels time."""
    return "{} {}–{}".format(
        format_date(start, "full"), format_time(start, "short"), format_time(end, "short")
    )


def init_app(app: Flask) -> None:
    app.jinja_env.filters["duration"] = duration
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.globals["session_when"] = session_when
    app.jinja_env.globals["cefr"] = CEFR_BY_DUTCH_LEVEL
