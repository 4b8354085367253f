"""The private iCalendar feed of one's bookings, for a phone calendar to subscribe to."""

from __future__ import annotations

from flask import Response, abort

from models.bookings import calendar_bookings
from models.users import find_user_by_calendar_token

from ..database import db
from ..urls import external_url
from . import bp
from .calendar import bookings_calendar


@bp.get("/calendar/<token>.ics")
def calendar_feed(token: str) -> Response:
    user = find_user_by_calendar_token(db(), token)
    if user is None:
        abort(404)

    def activity_url(activity_id: int) -> str:
        return external_url("catalogue.show_activity", activity_id=activity_id)

    body = bookings_calendar(calendar_bookings(db(), user.id), activity_url, user.locale)
    return Response(
        body,
        mimetype="text/calendar",
        headers={
            "Content-Disposition": "inline; filename=bookings.ics",
            "Cache-Control": "private, max-age=300",
        },
    )
