"""Catalogue pages: thin handlers over `models.catalogue`."""

from __future__ import annotations

from flask import abort, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from models import Booking
from models.bookings import bookings_of
from models.catalogue import (
    COUNT_CAP,
    BadCursor,
    count_activities,
    decode_cursor,
    encode_cursor,
    get_public_activity,
    upcoming_sessions,
)
from models.catalogue import list_activities as catalogue_page
from models.categories import all_categories
from models.reference import Role
from models.search import PartOfDay

from ..accounts.forms import ConfirmForm
from ..bookings.service import HOLDING
from ..database import db
from ..i18n import locale_code
from ..visitor_cache import cached_for_visitors
from . import bp
from .filters import WEEKDAYS, FilterError, parse_filters

PAGE_SIZE = 20


def _reader_level() -> str | None:
    """A signed-in integrator sees activities at their level first ("my level")."""
    if current_user.is_authenticated and current_user.integrator is not None:
        return str(current_user.integrator.dutch_level)
    return None


@bp.get("/activities")
@cached_for_visitors
def list_activities() -> tuple[str, int]:
    categories = all_categories(db())
    args = request.args.copy()
    if "dutch_level" not in args and (level := _reader_level()):
        args["dutch_level"] = level
    after = None
    try:
        filters = parse_filters(args, [c.code for c in categories])
        if token := args.get("cursor"):
            after = decode_cursor(token)
    except FilterError as error:
        return _page(args, categories, error=error.message), 400
    except BadCursor:
        abort(400)
    page = catalogue_page(db(), filters=filters, limit=PAGE_SIZE, after=after)
    next_url = None
    if page.next_cursor:
        next_args = args.to_dict(flat=False) | {"cursor": [encode_cursor(page.next_cursor)]}
        next_url = url_for("catalogue.list_activities", **next_args)
    return _page(
        args,
        categories,
        page=page,
        total=count_activities(db(), filters),
        count_cap=COUNT_CAP,
        filters=filters,
        next_url=next_url,
    ), 200


def _page(args: MultiDict, categories: list, **context: object) -> str:
    def widened(*drop: str, **replace: str) -> str:
        """This search with some filters left out or changed: for the empty state."""
        kept = {k: v for k, v in args.to_dict(flat=False).items() if k not in {*drop, "cursor"}}
        return url_for("catalogue.list_activities", **kept, **replace)

    return render_template(
        "catalogue/list.html",
        args=args,
        widened=widened,
        categories=categories,
        weekdays=WEEKDAYS,
        parts_of_day=list(PartOfDay),
        **context,
    )


@bp.get("/activities/<id:activity_id>")
def show_activity(activity_id: int) -> str:
    activity = get_public_activity(db(), activity_id)
    if activity is None:
        abort(404)
    return render_template(
        "catalogue/detail.html",
        activity=activity,
        text=activity.text(locale_code()),
        sessions=upcoming_sessions(db(), activity_id),
        my_bookings=_my_bookings(),
        buttons=ConfirmForm(),
    )


def _my_bookings() -> dict[int, Booking]:
    """The reader's place per session id, so each date shows "Book" or "Cancel"."""
    if not current_user.is_authenticated or current_user.role != Role.INTEGRATOR:
        return {}
    return {b.session_id: b for b in bookings_of(db(), current_user.id) if b.status in HOLDING}
