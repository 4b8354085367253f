"""My bookings, and the private iCalendar feed of them that a phone calendar subscribes to."""

from __future__ import annotations

from flask import Response, abort, render_template
from flask_login import current_user

from models import utcnow
from models.bookings import bookings_of, calendar_bookings
from models.reference import Role
from models.users import find_user_by_calendar_token

from ..access import roles
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


@bp.get("/my/bookings")
@roles(Role.INTEGRATOR)
def my_bookings() -> str:
    """An integrator's bookings: coming ones first in view, past ones below."""
    bookings = bookings_of(db(), current_user.id)
    now = utcnow()
    return render_template(
        "bookings/my_bookings.html",
        upcoming=[b for b in reversed(bookings) if b.session.starts_at > now],
        past=[b for b in bookings if b.session.starts_at <= now],
    )
