"""Dates, durations, codes and text direction as printed on a certificate.

Babel formats everything for a locale; times are shown in Brussels time, where the
activities happen, whatever zone the caller's aware datetimes are in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_timezone
from babel.numbers import format_decimal
from babel.units import format_unit

BRUSSELS = get_timezone("Europe/Brussels")


def parse_locale(code: str) -> Locale:
    """The Babel locale for a language code such as ``nl``, ``ar`` or ``pt_BR``."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise ValueError(f"unknown locale {code!r}") from error


def locale_direction(code: str) -> str:
    """``rtl`` for right-to-left languages (ar, fa, ps, …), else ``ltr``."""
    return "rtl" if parse_locale(code).character_order == "right-to-left" else "ltr"


def text_direction(text: str) -> str:
    """The direction of a piece of text from its first strong character.

    A name is laid out by its own script, not by the holder's language: a Latin name of
    an Arabic reader stays left-to-right. This is what HTML's ``dir=auto`` does, which
    WeasyPrint does not implement.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def format_day(day: date | datetime, locale: str) -> str:
    """A calendar day in words (``4 maart 2025``); an aware datetime counts in Brussels."""
    if isinstance(day, datetime):
        if day.tzinfo is None:
            raise ValueError("datetimes on a certificate must be timezone-aware")
        day = day.astimezone(BRUSSELS).date()
    return format_date(day, "long", locale=parse_locale(locale))


def format_moment(moment: datetime, locale: str) -> str:
    """A day and a time of day in Brussels time (``4 maart 2025, 15:05``)."""
    if moment.tzinfo is None:
        raise ValueError("datetimes on a certificate must be timezone-aware")
    babel_locale = parse_locale(locale)
    local = moment.astimezone(BRUSSELS)
    pattern = str(babel_locale.datetime_formats["medium"]).replace("'", "")
    return pattern.format(
        format_time(local, "HH:mm", locale=babel_locale),
        format_date(local.date(), "long", locale=babel_locale),
    )


def format_minutes(minutes: int) -> str:
    """A whole number of minutes as Dutch writes numbers (``2.400``)."""
    return format_decimal(minutes, locale="nl")


def format_duration(minutes: int, locale: str) -> str:
    """Hours and minutes, e.g. ``1 u 30 min`` in Dutch.

    Dutch uses the short forms of the Flemish agency's own forms; other languages take
    Babel's short units. A zero part is left out, except for a zero duration.
    """
    if minutes < 0:
        raise ValueError("a duration cannot be negative")
    hours, rest = divmod(minutes, 60)
    if parse_locale(locale).language == "nl":
        parts = [f"{format_minutes(hours)} u"] if hours else []
        if rest or not hours:
            parts.append(f"{rest} min")
        return " ".join(parts)
    babel_locale = parse_locale(locale)
    parts = []
    if hours:
        parts.append(format_unit(hours, "duration-hour", length="short", locale=babel_locale))
    if rest or not hours:
        parts.append(format_unit(rest, "duration-minute", length="short", locale=babel_locale))
    return " ".join(parts)


_NOT_CODE = re.compile(r"[^0-9A-Za-z]")


def group_code(code: str, size: int = 4) -> str:
    """A verification code in groups of four for reading aloud and typing (``ABCD-EFGH``).

    Separators the caller may already have put in are dropped first; the case is kept, so
    the printed code is exactly the one in the verification link.
    """
    plain = _NOT_CODE.sub("", code)
    if not plain:
        raise ValueError("a verification code needs letters or digits")
    return "-".join(plain[index : index + size] for index in range(0, len(plain), size))
