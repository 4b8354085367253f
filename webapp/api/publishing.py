"""`POST /api/v1/activities`: organisation staff publish an activity with its sessions.

This module only turns JSON into an `ActivityDraft` (strictly: an unknown key is a problem,
so a typo never silently drops a field) and problems into a 422. The rules themselves live
in `models.publishing`, shared with the web form.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from flask import url_for
from flask_babel import gettext as _

from models import Organisation
from models.categories import all_categories
from models.home import organisations_of
from models.publishing import (
    MAX_SESSIONS,
    ActivityDraft,
    Code,
    Problem,
    PublishRefused,
    SessionDraft,
    publish,
    validate,
)
from models.reference import Role

from ..database import db
from ..errors import ApiError
from ..i18n import locale_code
from . import bp
from .activities import activity_detail
from .auth import api_user, require_token
from .params import json_object, lang_param

#: JSON key -> ActivityDraft attribute, for the values taken over as they come.
PLAIN_KEYS = {
    "category": "category",
    "goals": "goals",
    "dutch_level": "dutch_level",
    "municipality": "municipality",
    "online": "is_online",
    "street": "street",
    "postcode": "postcode",
    "wheelchair_accessible": "wheelchair_accessible",
    "host_languages": "host_languages",
    "buddy_offered": "buddy_offered",
    "guidance_offered": "guidance_offered",
    "min_age": "min_age",
    "max_age": "max_age",
    "contact_name": "contact_name",
    "contact_email": "contact_email",
    "contact_phone": "contact_phone",
}
ACTIVITY_KEYS = {*PLAIN_KEYS, "translations", "sessions"}
#: Draft attribute -> JSON key, so problems name the fields as the client sent them.
JSON_NAMES = {attribute: key for key, attribute in PLAIN_KEYS.items()}
TEXT_KEYS = {"title", "description", "what_to_bring"}
SESSION_KEYS = {"start", "end", "capacity", "minutes"}
#: A date and a time of day at least; a bare date is not a moment.
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*")


class InvalidActivity(ApiError):
    """A 422 that also says, per field, what is wrong: `{"error": {..., "fields"}}`."""

    def __init__(self, problems: list[Problem]) -> None:
        fields: dict[str, str] = {}
        for problem in problems:  # the first problem of a field is the one to fix first
            fields.setdefault(JSON_NAMES.get(problem.field, problem.field), str(problem.code))
        message = _("Please check these fields: %(fields)s.", fields=", ".join(fields))
        super().__init__(422, "invalid_activity", message, fields)


# From JSON to a draft -------------------------------------------------------------------------


def _unknown_keys(where: str, raw: dict[str, Any], allowed: set[str]) -> list[Problem]:
    return [Problem(f"{where}{key[:40]}", Code.UNKNOWN) for key in raw if key not in allowed]


def _moment(where: str, raw: Any, problems: list[Problem]) -> Any:
    """An ISO 8601 string as a datetime (naive = Brussels, read so by the rules); other
    types pass through for `validate` to refuse."""
    if not isinstance(raw, str):
        return raw
    try:
        if not ISO_MOMENT.fullmatch(raw):
            raise ValueError(raw)
        return datetime.fromisoformat(raw)
    except ValueError:
        problems.append(Problem(where, Code.INVALID_TIME))
        return None


def _session(index: int, raw: Any, problems: list[Problem]) -> Any:
    if not isinstance(raw, dict):
        return raw
    where = f"sessions[{index}]"
    problems += _unknown_keys(f"{where}.", raw, SESSION_KEYS)
    return SessionDraft(
        start=_moment(f"{where}.start", raw.get("start"), problems),
        end=_moment(f"{where}.end", raw.get("end"), problems),
        capacity=raw.get("capacity"),
        minutes=raw.get("minutes"),
    )


def _sessions(raw: Any, problems: list[Problem]) -> Any:
    if not isinstance(raw, list):
        return raw
    if len(raw) > MAX_SESSIONS:
        problems.append(Problem("sessions", Code.TOO_MANY))
        return []
    return [_session(index, item, problems) for index, item in enumerate(raw)]


def _translations(raw: Any, problems: list[Problem]) -> Any:
    if isinstance(raw, dict):
        for locale, text in raw.items():
            if isinstance(text, dict):
                problems += _unknown_keys(f"translations.{locale[:20]}.", text, TEXT_KEYS)
    return raw


def draft_from_json(body: dict[str, Any]) -> tuple[ActivityDraft, list[Problem]]:
    """The draft in the body, and the problems only the JSON shows (unknown keys, bad
    times). Missing or null optional keys take the draft's defaults."""
    problems = _unknown_keys("", body, ACTIVITY_KEYS)
    values = {
        attribute: body[key] for key, attribute in PLAIN_KEYS.items() if body.get(key) is not None
    }
    draft = ActivityDraft(
        **values,
        translations=_translations(body.get("translations", {}), problems),
        sessions=_sessions(body.get("sessions", []), problems),
    )
    return draft, problems


# The endpoint ---------------------------------------------------------------------------------


def _organisation() -> Organisation:
    """The organisation the staff member publishes for: the first they belong to."""
    organisations = organisations_of(db(), api_user())
    if not organisations:
        raise ApiError(403, "forbidden", _("You are not linked to an organisation yet."))
    return organisations[0]


@bp.post("/activities")
@require_token(Role.ORGANISATION_STAFF)
def create_activity() -> tuple[dict[str, Any], int, dict[str, str]]:
    locale = lang_param(locale_code())
    organisation = _organisation()
    draft, problems = draft_from_json(json_object())
    if problems:  # report the rules' problems too, so one answer lists everything
        codes = [category.code for category in all_categories(db())]
        raise InvalidActivity(problems + validate(draft, categories=codes))
    try:
        activity = publish(db(), organisation, api_user(), draft)
    except PublishRefused as refused:
        raise InvalidActivity(refused.problems) from None
    except PermissionError:
        raise ApiError(403, "forbidden", _("You are not allowed to do this.")) from None
    db().commit()
    location = url_for("api.show_activity", activity_id=activity.id)
    return activity_detail(activity, locale), 201, {"Location": location}
