"""Attendance API for the host organisation: the past sessions still waiting for their
attendance, and registering who came and for how long.

The body is read strictly (an unknown key or a wrong type is a 422 naming the field, so a
typo never silently credits the session's full minutes); the rules themselves (minutes
from 0 to the session's, only that session's places, correcting instead of adding) live
in `models.attendance`, shared with the staff's web form.
"""

from __future__ import annotations

from typing import Any

from flask import request
from flask_babel import gettext as _

from models import ActivitySession, Booking
from models.attendance import (
    AttendanceRecord,
    attendance_sheet,
    awaiting_attendance,
    register_attendance,
    sheets_of,
)
from models.home import organisations_of
from models.ledger import HoursRefused
from models.permissions import Action, can
from models.reference import Role

from ..database import db
from ..errors import ApiError
from . import bp
from .activities import iso
from .auth import api_user, require_token
from .params import json_object

#: The only list of sessions staff can ask for so far.
AWAITING_ATTENDANCE = "awaiting_attendance"
RECORD_KEYS = {"booking_id", "present", "minutes"}
#: Refusals about one record's minutes rather than its booking.
MINUTES_CODES = {"minutes_out_of_range", "not_a_number"}


class InvalidAttendance(ApiError):
    """A 422 that also says, per field, what is wrong: `{"error": {..., "fields"}}`."""

    def __init__(
        self, fields: dict[str, str], code: str = "invalid_attendance", message: str = ""
    ) -> None:
        message = message or _("Please check these fields: %(fields)s.", fields=", ".join(fields))
        super().__init__(422, code, message, fields)


def booking_item(booking: Booking) -> dict[str, Any]:
    """A place on a session's attendance sheet, as the API shows it."""
    return {
        "id": booking.id,
        "integrator_id": booking.integrator_id,
        "name": booking.integrator.name,
        "status": booking.status.value,
    }


# Sessions awaiting attendance -----------------------------------------------------------------


def _status_param() -> str:
    status = request.args.get("status")
    if status != AWAITING_ATTENDANCE:
        raise ApiError(
            400,
            "invalid_parameter",
            _("status must be one of: %(values)s.", values=AWAITING_ATTENDANCE),
        )
    return status


@bp.get("/organisation/sessions")
@require_token(Role.ORGANISATION_STAFF)
def organisation_sessions() -> dict[str, Any]:
    _status_param()
    organisation_ids = [organisation.id for organisation in organisations_of(db(), api_user())]
    sessions = awaiting_attendance(db(), organisation_ids)
    sheets = sheets_of(db(), [session.id for session in sessions])
    return {
        "items": [
            {
                "id": session.id,
                "activity_id": session.activity_id,
                "start": iso(session.starts_at),
                "end": iso(session.ends_at),
                "minutes": session.minutes,
                "bookings": [booking_item(booking) for booking in sheets[session.id]],
            }
            for session in sessions
        ]
    }


# Registering attendance -----------------------------------------------------------------------


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _record(where: str, raw: Any, fields: dict[str, str]) -> AttendanceRecord | None:
    """One record checked for its shape only; None when it has a problem."""
    if not isinstance(raw, dict):
        fields[where] = "not_an_object"
        return None
    problems = {f"{where}.{key[:40]}": "unknown" for key in raw if key not in RECORD_KEYS}
    if "booking_id" not in raw:
        problems[f"{where}.booking_id"] = "required"
    elif not _whole_number(raw["booking_id"]):
        problems[f"{where}.booking_id"] = "not_a_number"
    if "present" not in raw:
        problems[f"{where}.present"] = "required"
    elif not isinstance(raw["present"], bool):
        problems[f"{where}.present"] = "not_a_boolean"
    minutes = raw.get("minutes")
    if minutes is not None and not _whole_number(minutes):
        problems[f"{where}.minutes"] = "not_a_number"
    fields.update(problems)
    if problems:
        return None
    return AttendanceRecord(booking_id=raw["booking_id"], present=raw["present"], minutes=minutes)


def records_from_json(body: dict[str, Any]) -> list[AttendanceRecord]:
    """The records of `{"records": [...]}`; any problem of shape is an `InvalidAttendance`."""
    fields = {key[:40]: "unknown" for key in body if key != "records"}
    raw = body.get("records")
    if raw is None:
        fields["records"] = "required"
    elif not isinstance(raw, list):
        fields["records"] = "not_a_list"
    elif not raw:
        fields["records"] = "empty"
    items = raw if isinstance(raw, list) else []
    records = [_record(f"records[{index}]", item, fields) for index, item in enumerate(items)]
    if fields:
        raise InvalidAttendance(fields)
    return [record for record in records if record is not None]


def _field_of(refused: HoursRefused, records: list[AttendanceRecord]) -> str:
    """Where in the body the refused record is: `records[i].booking_id` or `.minutes`."""
    indexes = [i for i, r in enumerate(records) if str(r.booking_id) == refused.field]
    if not indexes:
        return "records"
    index = indexes[-1] if refused.code == "booking_twice" else indexes[0]
    key = "minutes" if refused.code in MINUTES_CODES else "booking_id"
    return f"records[{index}].{key}"


def _refusal(
    refused: HoursRefused, session_minutes: int, records: list[AttendanceRecord]
) -> ApiError:
    """The model's refusal as an answer: which status, and a message naming the booking."""
    if refused.code == "not_found":
        return ApiError(404, "not_found", _("There is no such session or booking."))
    if refused.code == "session_not_happened":
        message = _("This session has not started yet. Register attendance after it.")
        return ApiError(409, refused.code, message)
    if refused.code == "session_cancelled":
        return ApiError(409, refused.code, _("This session is cancelled."))
    booking = refused.field or "?"
    messages = {
        "unknown_booking": _("Booking %(id)s is not a booking of this session.", id=booking),
        "booking_not_registrable": _(
            "Booking %(id)s has no place in this session (waiting list or cancelled).",
            id=booking,
        ),
        "booking_twice": _("Booking %(id)s is in the list twice.", id=booking),
        "minutes_out_of_range": _(
            "Booking %(id)s: the minutes must be from 0 to %(max)s.",
            id=booking,
            max=session_minutes,
        ),
        "not_a_number": _("Booking %(id)s: the minutes must be a whole number.", id=booking),
    }
    message = messages.get(refused.code, _("Something in the request was not right."))
    return InvalidAttendance({_field_of(refused, records): refused.code}, refused.code, message)


@bp.post("/sessions/<id:session_id>/attendance")
@require_token(Role.ORGANISATION_STAFF)
def register_session_attendance(session_id: int) -> dict[str, Any]:
    """Who came and for how long, all records in one go; sent again, it corrects."""
    user = api_user()
    session = db().get(ActivitySession, session_id)
    if session is None:
        raise ApiError(404, "not_found", _("There is no such session or booking."))
    if not can(db(), user, Action.MANAGE_ORGANISATION, session.activity.organisation):
        raise ApiError(403, "forbidden", _("You are not allowed to do this."))
    records = records_from_json(json_object())
    session_minutes = session.minutes
    try:
        register_attendance(db(), session_id, records, user)
    except HoursRefused as refused:
        db().rollback()
        raise _refusal(refused, session_minutes, records) from None
    db().commit()
    return {
        "id": session_id,
        "bookings": [
            booking_item(booking) | {"attended_minutes": booking.attended_minutes}
            for booking in attendance_sheet(db(), session_id)
        ],
    }
