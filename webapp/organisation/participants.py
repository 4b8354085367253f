"""Who booked a session, for the organisation's staff: a page and the same list as CSV.

Thin views over `models.participants`. The CSV opens right in Excel (UTF-8 with a BOM, so
Arabic, Cyrillic and Ge'ez names survive) and cannot run formulas a person typed as a name.
"""

from __future__ import annotations

from flask import Response, render_template
from flask_babel import gettext as _

from models import Booking
from models.catalogue import places_left
from models.participants import session_participants
from models.reference import Role
from models.sessions import BRUSSELS

from ..access import roles
from ..csv_export import cell, csv_download, csv_text
from ..database import db
from ..vocabulary import PARTICIPANT_STATUS_NAMES
from . import bp
from .activities import my_session


def _csv_row(booking: Booking) -> list[str]:
    person = booking.integrator
    booked_on = booking.created_at.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")
    status = str(PARTICIPANT_STATUS_NAMES[booking.status.value])
    return [cell(v) for v in (person.name, status, booked_on, person.phone, person.email)]


def participants_csv(bookings: list[Booking]) -> str:
    """The list as CSV text, the header in the reader's language, a BOM in front for Excel."""
    header = [_("Name"), _("Status"), _("Booked on"), _("Phone"), _("E-mail address")]
    return csv_text(header, (_csv_row(booking) for booking in bookings))


@bp.get("/organisation/sessions/<id:session_id>/participants")
@roles(Role.ORGANISATION_STAFF)
def participants(session_id: int) -> str:
    """Everyone who booked: with a place, waiting (in the order they move up), cancelled."""
    session = my_session(session_id)
    return render_template(
        "organisation/participants.html",
        session=session,
        places_left=places_left(db(), [session])[session.id],
        bookings=session_participants(db(), session.id),
        participant_status_names=PARTICIPANT_STATUS_NAMES,
    )


@bp.get("/organisation/sessions/<id:session_id>/participants.csv")
@roles(Role.ORGANISATION_STAFF)
def participants_download(session_id: int) -> Response:
    session = my_session(session_id)
    return csv_download(
        participants_csv(session_participants(db(), session.id)),
        f"participants-{session.id}.csv",
    )
