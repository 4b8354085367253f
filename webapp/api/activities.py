"""Catalogue API: `GET /api/v1/activities` and `GET /api/v1/activities/<id>`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import request
from flask_babel import gettext as _

from models import Activity
from models.catalogue import SessionView, encode_cursor, get_public_activity, upcoming_sessions
from models.catalogue import list_activities as catalogue_page
from models.categories import all_categories
from models.reference import TIMEZONE

from ..catalogue.filters import FilterError, parse_filters
from ..database import db
from ..errors import ApiError
from ..i18n import locale_code
from ..visitor_cache import cached_for_visitors
from . import bp
from .params import cursor_param, int_param, lang_param

BRUSSELS = ZoneInfo(TIMEZONE)


def iso(moment: datetime) -> str:
    """ISO 8601 with the Brussels offset, as people there read the time."""
    return moment.astimezone(BRUSSELS).isoformat()


def activity_item(activity: Activity, next_session: SessionView | None, locale: str) -> dict:
    text = activity.text(locale)
    return {
        "id": activity.id,
        "title": text.title,
        "description": text.description,
        "language": text.locale,
        "dutch_level": activity.dutch_level,
        "goals": [goal.value for goal in activity.goals],
        "category": activity.category.code,
        "municipality": activity.municipality,
        "online": activity.is_online,
        "organisation": {"id": activity.organisation.id, "name": activity.organisation.name},
        "next_session": None
        if next_session is None
        else {
            "id": next_session.session.id,
            "start": iso(next_session.session.starts_at),
            "end": iso(next_session.session.ends_at),
            "places_left": next_session.places_left,
        },
    }


@bp.get("/activities")
@cached_for_visitors
def list_activities() -> dict:
    locale = lang_param(locale_code())
    limit = int_param("limit", default=20, minimum=1, maximum=100)
    codes = [category.code for category in all_categories(db())]
    try:
        filters = parse_filters(request.args, codes)
    except FilterError as error:
        raise ApiError(400, "invalid_parameter", error.message) from None
    page = catalogue_page(db(), filters=filters, limit=limit, after=cursor_param())
    return {
        "items": [activity_item(i.activity, i.next_session, locale) for i in page.items],
        "next_cursor": encode_cursor(page.next_cursor) if page.next_cursor else None,
    }


@bp.get("/activities/<id:activity_id>")
def show_activity(activity_id: int) -> dict:
    locale = lang_param(locale_code())
    activity = get_public_activity(db(), activity_id)
    if activity is None:
        raise ApiError(404, "not_found", _("There is no activity with this id."))
    return activity_detail(activity, locale)


def activity_detail(activity: Activity, locale: str) -> dict:
    """The item of `GET /activities/<id>`: the list item plus every upcoming session."""
    sessions = upcoming_sessions(db(), activity.id)
    item = activity_item(activity, sessions[0] if sessions else None, locale)
    item["sessions"] = [
        {
            "id": view.session.id,
            "start": iso(view.session.starts_at),
            "end": iso(view.session.ends_at),
            "capacity": view.session.capacity,
            "minutes": view.session.minutes,
            "places_left": view.places_left,
        }
        for view in sessions
    ]
    return item
