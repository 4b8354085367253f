"""Catalogue pages: thin handlers over `models.catalogue`."""

from __future__ import annotations

from flask import abort, render_template, request, url_for

from models.catalogue import (
    BadCursor,
    decode_cursor,
    encode_cursor,
    get_public_activity,
    upcoming_sessions,
)
from models.catalogue import list_activities as catalogue_page

from ..database import db
from ..i18n import locale_code
from . import bp

PAGE_SIZE = 20


@bp.get("/activities")
def list_activities() -> str:
    after = None
    if token := request.args.get("cursor"):
        try:
            after = decode_cursor(token)
        except BadCursor:
            abort(400)
    page = catalogue_page(db(), limit=PAGE_SIZE, after=after)
    next_url = None
    if page.next_cursor:
        args = request.args.to_dict() | {"cursor": encode_cursor(page.next_cursor)}
        next_url = url_for("catalogue.list_activities", **args)
    return render_template(
        "catalogue/list.html", page=page, next_url=next_url, locale=locale_code()
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
    )
