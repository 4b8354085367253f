"""My bookings, booking and cancelling from the pages, and the calendar files: the private
feed a phone calendar subscribes to, and one `.ics` per booking."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import ActivitySession, Booking, utcnow
from models.bookings import BookingRefused, BookingResult, bookings_of, calendar_bookings
from models.permissions import Action
from models.reference import BookingStatus, Role
from models.users import find_user_by_calendar_token

from ..access import require, roles
from ..accounts.forms import ConfirmForm
from ..database import db
from ..i18n import locale_code
from ..urls import external_url, same_site_path
from . import bp
from .calendar import bookings_calendar
from .service import book_and_tell, cancel_and_tell, refusal_message

#: 303: after a POST the browser follows with a GET, so reloading never books twice.
SEE_OTHER = 303


def _activity_url(activity_id: int) -> str:
    return external_url("catalogue.show_activity", activity_id=activity_id)


def _calendar(bookings: list[Booking], locale: str, disposition: str) -> Response:
    return Response(
        bookings_calendar(bookings, _activity_url, locale),
        mimetype="text/calendar",
        headers={"Content-Disposition": disposition, "Cache-Control": "private, max-age=300"},
    )


@bp.get("/calendar/<token>.ics")
def calendar_feed(token: str) -> Response:
    user = find_user_by_calendar_token(db(), token)
    if user is None:
        abort(404)
    bookings = calendar_bookings(db(), user.id)
    return _calendar(bookings, user.locale, "inline; filename=bookings.ics")


@bp.get("/bookings/<id:booking_id>.ics")
@roles(Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN)
def booking_calendar(booking_id: int) -> Response:
    """ "Add to calendar": one booking as a file the phone opens in its calendar app."""
    booking = db().get(Booking, booking_id)
    if booking is None:
        abort(404)
    require(Action.VIEW_PERSON, booking.integrator)
    filename = f"booking-{booking.id}.ics"
    return _calendar([booking], locale_code(), f"attachment; filename={filename}")


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
        buttons=ConfirmForm(),
    )


def _booked_message(result: BookingResult) -> str:
    if result.booking.status == BookingStatus.WAITLISTED:
        return _(
            "This date is full: you are on the waiting list. We will tell you when it is your turn."
        )
    return _("You have a place. See you there!")


@bp.post("/sessions/<id:session_id>/book")
@roles(Role.INTEGRATOR)
def book_session(session_id: int) -> Response:
    """One tap on the activity page: a place, or a place on the waiting list."""
    session = db().get(ActivitySession, session_id)
    if session is None:
        abort(404)
    back = url_for("catalogue.show_activity", activity_id=session.activity_id)
    me = current_user._get_current_object()
    try:
        result = book_and_tell(session_id, me, me)
    except BookingRefused as refused:
        if refused.code == "not_found":
            abort(404)
        flash(refusal_message(refused.code), "warning")
        return redirect(back, SEE_OTHER)
    flash(_booked_message(result), "info")
    if result.overlaps:
        flash(_("Careful: you have another booking at the same time."), "warning")
    return redirect(back, SEE_OTHER)


@bp.post("/bookings/<id:booking_id>/cancel")
@roles(Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN)
def cancel_booking(booking_id: int) -> Response:
    """By the person or their counsellor; the first on the waiting list moves up."""
    booking = db().get(Booking, booking_id)
    if booking is None:
        abort(404)
    require(Action.BOOK_FOR, booking.integrator)
    if current_user.role == Role.INTEGRATOR:
        fallback = url_for("bookings.my_bookings")
    else:
        fallback = url_for("catalogue.show_activity", activity_id=booking.session.activity_id)
    back = same_site_path(request.form.get("next")) or fallback
    try:
        cancel_and_tell(booking_id, current_user._get_current_object())
    except BookingRefused as refused:
        flash(refusal_message(refused.code), "warning")
    else:
        flash(_("The booking is cancelled."), "info")
    return redirect(back, SEE_OTHER)
