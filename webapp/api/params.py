"""Reading query parameters strictly: a malformed or out-of-range value is a 400, never
an empty list or a silent clamp."""

from __future__ import annotations

import json
from typing import Any

from flask import request
from flask_babel import gettext as _

from models.catalogue import BadCursor, Cursor, decode_cursor
from models.reference import LOCALES

from ..errors import ApiError


def int_param(name: str, *, default: int, minimum: int, maximum: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not minimum <= int(raw) <= maximum:
        raise ApiError(
            400,
            "invalid_parameter",
            _(
                "%(name)s must be a whole number from %(min)s to %(max)s.",
                name=name,
                min=minimum,
                max=maximum,
            ),
        )
    return int(raw)


def cursor_param() -> Cursor | None:
    raw = request.args.get("cursor")
    if raw is None:
        return None
    try:
        return decode_cursor(raw)
    except BadCursor:
        raise ApiError(400, "invalid_parameter", _("This cursor is not valid.")) from None


def lang_param(default: str) -> str:
    raw = request.args.get("lang")
    if raw is None:
        return default
    if raw not in LOCALES:
        raise ApiError(
            400,
            "invalid_parameter",
            _("lang must be one of: %(codes)s.", codes=", ".join(LOCALES)),
        )
    return raw


def json_object(*, empty_means_nothing: bool = False) -> dict[str, Any]:
    """The body as a JSON object; anything else (malformed, a list, a number) is a 400.

    With `empty_means_nothing`, an empty body reads as `{}` (booking for oneself).
    """
    raw = request.get_data(cache=False)
    if empty_means_nothing and not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", _("The body must be a JSON object."))
    return body
