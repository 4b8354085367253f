"""The staff's attendance screens: past sessions awaiting attendance, and one form per
session with every person who had a place.

Thin views over `models.attendance`: the form reads what was typed, `register_attendance`
decides (minutes within the session, only this session's places, not before it began) and
writes the ledger; registering again corrects, the model credits only the difference.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from werkzeug.wrappers import Response

from models import ActivitySession, Booking
from models.attendance import (
    attendance_sheet,
    awaiting_attendance,
    credited_per_booking,
    recently_registered,
    register_attendance,
    sheets_of,
    why_closed,
)
from models.home import organisations_of
from models.ledger import HoursRefused
from models.reference import Role

from ..access import roles
from ..database import db
from ..organisation.activities import my_session
from ..vocabulary import PARTICIPANT_STATUS_NAMES
from . import bp
from .forms import NOT_A_NUMBER, AttendanceForm, SheetRow, attendance_form

#: Refusals about the session as a whole: nothing on the form can change them.
_SESSION_CLOSED = ("session_not_happened", "session_cancelled")
#: Refusals about one person's minutes; the others are about their place.
_MINUTES_CODES = ("not_a_number", "minutes_out_of_range")


@bp.app_template_global()
def attendance_open(session: ActivitySession) -> bool:
    """For links and pages: the session can get attendance now (`why_closed` decides)."""
    return why_closed(session) is None


@bp.get("/organisation/attendance")
@roles(Role.ORGANISATION_STAFF)
def sessions() -> str:
    """Past sessions still waiting for attendance, then those registered lately (to correct)."""
    organisation_ids = [o.id for o in organisations_of(db(), current_user)]
    if not organisation_ids:
        abort(403)
    awaiting = awaiting_attendance(db(), organisation_ids)
    waiting_ids = {s.id for s in awaiting}
    recent = [s for s in recently_registered(db(), organisation_ids) if s.id not in waiting_ids]
    return render_template(
        "attendance/sessions.html",
        awaiting=awaiting,
        recent=recent,
        sheets=sheets_of(db(), [s.id for s in awaiting + recent]),
    )


def _message(refused: HoursRefused, session: ActivitySession) -> str:
    """The model's refusal in plain words, in the reader's language."""
    messages = {
        "session_not_happened": _("This session has not happened yet. Come back after it began."),
        "session_cancelled": _("This session is cancelled. There is no attendance to register."),
        "not_a_number": str(NOT_A_NUMBER),
        "minutes_out_of_range": _(
            "Minutes: from 0 to %(number)s (the whole session).", number=session.minutes
        ),
    }
    return messages.get(
        refused.code,
        _("This person cannot be registered any more. Please open the page again."),
    )


def _show_refusal(form: AttendanceForm, refused: HoursRefused, session: ActivitySession) -> int:
    """Put the refusal beside the person it is about; the status code the page answers."""
    message = _message(refused, session)
    if refused.code in _SESSION_CLOSED:
        form.form_errors.append(message)
        return 409
    booking_id = int(refused.field) if (refused.field or "").isdigit() else None
    if booking_id in form.booking_ids:
        name = "minutes" if refused.code in _MINUTES_CODES else "present"
        target = form[f"{name}_{booking_id}"]
        target.errors = [*target.errors, message]
    else:
        form.form_errors.append(message)
    return 422


def _page(
    session: ActivitySession, sheet: list[Booking], form: AttendanceForm, status: int
) -> tuple[str, int]:
    """The form page: each person with their fields and what the ledger credits them now."""
    credited = credited_per_booking(db(), [booking.id for booking in sheet])
    rows = [
        SheetRow(b, form.present(b.id), form.minutes(b.id), credited.get(b.id, 0)) for b in sheet
    ]
    page = render_template(
        "attendance/register.html",
        session=session,
        form=form,
        rows=rows,
        is_open=attendance_open(session),
        field_problems=any(row.present.errors or row.minutes.errors for row in rows),
        participant_status_names=PARTICIPANT_STATUS_NAMES,
    )
    return page, status


@bp.route("/organisation/sessions/<id:session_id>/attendance", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def register(session_id: int) -> Response | tuple[str, int]:
    """Who came and for how long, for everyone at once; saving again corrects."""
    session = my_session(session_id)
    sheet = attendance_sheet(db(), session.id)
    form = attendance_form(session, sheet)
    if not form.is_submitted():
        return _page(session, sheet, form, 200)
    if not attendance_open(session):
        return _page(session, sheet, form, 409)
    if not form.validate():
        return _page(session, sheet, form, 422)
    records = form.records()
    try:
        register_attendance(db(), session.id, records, by=current_user)
        db().commit()
    except HoursRefused as refused:
        db().rollback()
        return _page(session, sheet, form, _show_refusal(form, refused, session))
    present = sum(1 for record in records if record.present)
    flash(
        ngettext("Saved: %(num)s person was there.", "Saved: %(num)s people were there.", present)
        + " "
        + ngettext(
            "%(num)s person did not come.", "%(num)s people did not come.", len(records) - present
        ),
        "info",
    )
    return redirect(url_for("attendance.sessions"))
