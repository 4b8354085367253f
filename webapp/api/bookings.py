"""Bookings API: book a place (for oneself or someone on one's caseload), cancel, and the
participant list of a session for its organisation."""

from __future__ import annotations

from flask_babel import gettext as _

from models import ActivitySession, Booking, User
from models.bookings import BookingRefused, book, cancel
from models.participants import session_participants
from models.permissions import Action, can, is_member
from models.reference import Role

from ..database import db
from ..errors import ApiError
from ..notifications import booking_cancelled, booking_made, cancel_deadline, moved_up
from . import bp
from .auth import api_user, require_token
from .params import json_object


def _refusal(refused: BookingRefused) -> ApiError:
    messages = {
        "not_found": (404, _("There is no such session or booking.")),
        "already_booked": (409, _("This person already has a place in this session.")),
        "session_past": (409, _("This session has already started.")),
        "session_cancelled": (409, _("This session is cancelled.")),
        "not_active": (409, _("This booking is not active any more.")),
        "too_late": (409, _("It is too late to cancel online. Please call the organisation.")),
    }
    status, message = messages[refused.code]
    return ApiError(status, refused.code, message)


@bp.post("/sessions/<id:session_id>/bookings")
@require_token(Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN)
def create_booking(session_id: int) -> tuple[dict, int]:
    user = api_user()
    body = json_object(empty_means_nothing=True)
    unknown = set(body) - {"integrator_id"}
    target_id = body.get("integrator_id", user.id if user.role == Role.INTEGRATOR else None)
    if unknown or not isinstance(target_id, int) or isinstance(target_id, bool):
        raise ApiError(400, "invalid_parameter", _('Send {} or {"integrator_id": a number}.'))
    integrator = db().get(User, target_id) if target_id > 0 else None
    if integrator is None or integrator.role != Role.INTEGRATOR:
        raise ApiError(403, "forbidden", _("You may not book for this person."))
    if integrator.id != user.id and not can(db(), user, Action.BOOK_FOR, integrator):
        raise ApiError(403, "forbidden", _("You may not book for this person."))
    try:
        result = book(db(), session_id, integrator, user)
    except BookingRefused as refused:
        db().rollback()
        raise _refusal(refused) from None
    booking_made(result.booking)
    db().commit()
    return {"id": result.booking.id, "status": result.booking.status.value}, 201


@bp.delete("/bookings/<id:booking_id>")
@require_token(Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN)
def cancel_booking(booking_id: int) -> dict:
    user = api_user()
    booking = db().get(Booking, booking_id)
    if booking is None:
        raise ApiError(404, "not_found", _("There is no such session or booking."))
    if not can(db(), user, Action.BOOK_FOR, booking.integrator):
        raise ApiError(403, "forbidden", _("You may not cancel for this person."))
    try:
        cancelled, moved = cancel(db(), booking_id, user, deadline=cancel_deadline())
    except BookingRefused as refused:
        db().rollback()
        raise _refusal(refused) from None
    booking_cancelled(cancelled)
    moved_up(moved)
    db().commit()
    return {"id": cancelled.id, "status": cancelled.status.value}


@bp.get("/sessions/<id:session_id>/bookings")
@require_token(Role.ORGANISATION_STAFF, Role.ADMIN)
def session_bookings(session_id: int) -> dict:
    user = api_user()
    session = db().get(ActivitySession, session_id)
    if session is None:
        raise ApiError(404, "not_found", _("There is no such session or booking."))
    if user.role != Role.ADMIN and not is_member(db(), user, session.activity.organisation_id):
        raise ApiError(403, "forbidden", _("You are not allowed to do this."))
    return {
        "items": [
            {
                "id": booking.id,
                "integrator_id": booking.integrator_id,
                "name": booking.integrator.name,
                "status": booking.status.value,
            }
            for booking in session_participants(db(), session_id)
        ]
    }
