"""The attendance form, built for one session: per person with a place, was there or not,
and the minutes to credit.

The form only reads what was typed (a choice, a whole number); whether the minutes fit the
session is the rule of `models.attendance.register_attendance`, which the view asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectChoice, StringField
from wtforms.validators import AnyOf, InputRequired
from wtforms.widgets import NumberInput

from models import ActivitySession, Booking
from models.attendance import AttendanceRecord
from models.reference import BookingStatus

from ..vocabulary import PARTICIPANT_STATUS_NAMES

PRESENT, ABSENT = "present", "absent"
CHOOSE = _l("Please choose: was there, or did not come.")
FILL_IN_MINUTES = _l("Please fill in the minutes.")
NOT_A_NUMBER = _l("This is not a number. Example: 90")


@dataclass(frozen=True)
class SheetRow:
    """One person on the form: their booking, the two fields, and what is credited now."""

    booking: Booking
    present: Field
    minutes: Field
    credited: int


class AttendanceForm(FlaskForm):
    """Fields `present_<booking id>` and `minutes_<booking id>`, added by `attendance_form`."""

    booking_ids: tuple[int, ...] = ()

    def present(self, booking_id: int) -> Field:
        return self[f"present_{booking_id}"]

    def minutes(self, booking_id: int) -> Field:
        return self[f"minutes_{booking_id}"]

    def typed_minutes(self, booking_id: int) -> int | None:
        """The whole number typed for this person, or None (with a message) if there is none."""
        field = self.minutes(booking_id)
        text = (field.raw_data[0] if field.raw_data else "").strip()
        if not text:
            field.errors = [*field.errors, FILL_IN_MINUTES]
            return None
        try:
            return int(text)
        except ValueError:
            field.errors = [*field.errors, NOT_A_NUMBER]
            return None

    def validate(self, extra_validators: dict[str, Sequence[Any]] | None = None) -> bool:
        """Every person has a choice; everyone who was there has a number of minutes."""
        valid = super().validate(extra_validators)
        for booking_id in self.booking_ids:
            if self.present(booking_id).data == PRESENT and self.typed_minutes(booking_id) is None:
                valid = False
        return valid

    def records(self) -> list[AttendanceRecord]:
        """What a valid form says, for `register_attendance`."""
        records = []
        for booking_id in self.booking_ids:
            present = self.present(booking_id).data == PRESENT
            minutes = self.typed_minutes(booking_id) if present else None
            records.append(AttendanceRecord(booking_id, present, minutes))
        return records


def _default_minutes(booking: Booking, session: ActivitySession) -> int:
    """The whole session, or what was registered before for someone who was there."""
    if booking.status == BookingStatus.ATTENDED and booking.attended_minutes is not None:
        return booking.attended_minutes
    return session.minutes


def attendance_form(session: ActivitySession, sheet: Sequence[Booking]) -> AttendanceForm:
    """A form with a field pair per person of the sheet, filled in with what is known:
    everyone there for the whole session, or what was registered before."""
    choices = [
        SelectChoice(PRESENT, PARTICIPANT_STATUS_NAMES[BookingStatus.ATTENDED.value]),
        SelectChoice(ABSENT, PARTICIPANT_STATUS_NAMES[BookingStatus.NO_SHOW.value]),
    ]
    fields: dict[str, Field] = {}
    data: dict[str, object] = {}
    for booking in sheet:
        fields[f"present_{booking.id}"] = RadioField(
            _l("Was this person there?"),
            choices=choices,
            validate_choice=False,
            validators=[InputRequired(CHOOSE), AnyOf((PRESENT, ABSENT), message=CHOOSE)],
        )
        fields[f"minutes_{booking.id}"] = StringField(
            _l("Minutes"),
            widget=NumberInput(min=0, max=session.minutes, step=1),
            render_kw={"inputmode": "numeric", "autocomplete": "off"},
        )
        data[f"present_{booking.id}"] = (
            ABSENT if booking.status == BookingStatus.NO_SHOW else PRESENT
        )
        data[f"minutes_{booking.id}"] = str(_default_minutes(booking, session))
    form_class = type("SessionAttendanceForm", (AttendanceForm,), fields)
    form_class.booking_ids = tuple(booking.id for booking in sheet)
    return form_class(data=data)
