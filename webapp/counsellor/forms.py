"""Forms of the counsellor's screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    Field,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    AnyOf,
    DataRequired,
    InputRequired,
    Length,
    Optional,
    ValidationError,
)

from models.caseload import CaseloadQuery, Flag, Sort
from models.integrators import (
    DOSSIER_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    looks_like_phone,
)
from models.ledger import MAX_NAME_LENGTH, MAX_REASON_LENGTH
from models.reference import DEFAULT_LOCALE, DUTCH_LEVELS, TrajectoryStatus

from ..fields import (
    DUTCH_LEVEL_ABOUT_SOMEONE,
    RANGE_START,
    TOO_LONG,
    PlainDateField,
    WholeNumberField,
    check_email,
    language_choices,
    strip,
    text_field,
)
from ..vocabulary import FLAG_NAMES, STATUS_NAMES


def _phone(form: FlaskForm, field: Field) -> None:
    if field.data and not looks_like_phone(field.data):
        raise ValidationError(_l("This is not a phone number. Example: 0470 12 34 56"))


class NewIntegratorForm(FlaskForm):
    name = text_field(
        _l("Name, as the person writes it"),
        NAME_MAX_LENGTH,
        missing=_l("Please fill in the name."),
        dir="auto",
        autocomplete="off",
    )
    locale = SelectField(
        _l("Language of the letter and the platform"),
        choices=language_choices(),
        default=DEFAULT_LOCALE,
    )
    dutch_level = RadioField(
        _l("Dutch level"),
        choices=DUTCH_LEVEL_ABOUT_SOMEONE,
        coerce=int,
        validate_choice=False,
        validators=[
            InputRequired(_l("Please choose a Dutch level.")),
            AnyOf(DUTCH_LEVELS, message=_l("Please choose a Dutch level.")),
        ],
    )
    phone = StringField(
        _l("Phone number"),
        validators=[Optional(), Length(max=PHONE_MAX_LENGTH, message=TOO_LONG), _phone],
        render_kw={"dir": "ltr", "inputmode": "tel", "autocomplete": "off"},
    )
    email = StringField(
        _l("E-mail address"),
        validators=[Optional(), Length(max=EMAIL_MAX_LENGTH, message=TOO_LONG), check_email],
        render_kw={"dir": "ltr", "inputmode": "email", "autocomplete": "off"},
    )
    dossier_number = StringField(
        _l("Dossier number (KBI), optional"),
        validators=[Optional(), Length(max=DOSSIER_MAX_LENGTH, message=TOO_LONG)],
        render_kw={"dir": "ltr", "autocomplete": "off"},
    )

    def validate(self, extra_validators: dict[str, Sequence[Any]] | None = None) -> bool:
        """Phone or e-mail: at least one, because that is how the person signs in."""
        valid = super().validate(extra_validators)
        if not (self.phone.data or "").strip() and not (self.email.data or "").strip():
            self.phone.errors = [
                *self.phone.errors,
                _l("Fill in a phone number or an e-mail address (or both)."),
            ]
            valid = False
        return valid


class BookPeopleForm(FlaskForm):
    """Who of my caseload goes to one session; the view sets the choices to the caseload."""

    people = SelectMultipleField(
        _l("Who goes?"),
        coerce=int,
        validate_choice=False,
        validators=[DataRequired(_l("Choose at least one person."))],
    )

    def validate_people(self, field: Field) -> None:
        """A forged id (someone not on the caseload) refuses the whole form: nobody booked."""
        allowed = {value for value, _label in field.choices}
        if not set(field.data) <= allowed:
            raise ValidationError(_l("You can only book for people on your caseload."))


# The caseload dashboard and the KBI export ---------------------------------------------------

UNKNOWN_CHOICE = _l("We do not know this choice, so the list does not use it.")


class KnownChoiceField(SelectField):
    """A choice from a link or the address bar: an unknown value gets a message, not a 500."""

    def pre_validate(self, form: FlaskForm) -> None:
        if self.data not in {choice.value for choice in self.choices}:
            raise ValidationError(UNKNOWN_CHOICE)


class CaseloadFilterForm(FlaskForm):
    """Search, filter and order the caseload. Read from the query string, so a view of the
    dashboard is a link; a value that does not validate is left out of the query."""

    class Meta:
        csrf = False

    q = text_field(
        _l("Search: name, e-mail, phone or dossier number"),
        200,
        type="search",
        dir="auto",
        autocomplete="off",
    )
    flag = KnownChoiceField(
        _l("Needs attention"),
        choices=[
            SelectChoice("", _l("Everyone")),
            *(SelectChoice(flag.value, FLAG_NAMES[flag.value]) for flag in Flag),
        ],
        default="",
    )
    status = KnownChoiceField(
        _l("Status"),
        choices=[
            SelectChoice("", _l("Every status")),
            *(SelectChoice(code, name) for code, name in STATUS_NAMES.items()),
        ],
        default="",
    )
    sort = KnownChoiceField(
        _l("Order"),
        choices=[
            SelectChoice(Sort.NAME.value, _l("Name")),
            SelectChoice(Sort.HOURS.value, _l("Fewest hours first")),
            SelectChoice(Sort.LAST_ATTENDED.value, _l("Longest not attended first")),
            SelectChoice(Sort.DEADLINE.value, _l("Nearest deadline first")),
        ],
        default=Sort.NAME.value,
    )

    def query(self) -> CaseloadQuery:
        """What the dashboard asks `models.caseload.select_rows`, from the valid values only."""

        def valid(field: Field) -> str:
            return "" if field.errors else (field.data or "")

        return CaseloadQuery(
            q=valid(self.q),
            flag=Flag(valid(self.flag)) if valid(self.flag) else None,
            status=TrajectoryStatus(valid(self.status)) if valid(self.status) else None,
            sort=Sort(valid(self.sort) or Sort.NAME),
        )

    def filtered(self) -> bool:
        """Whether the list shows fewer people than the whole caseload."""
        query = self.query()
        return bool(query.q or query.flag or query.status)


class HoursExportForm(FlaskForm):
    """The days (both included) whose hours go into the KBI file; empty means no limit."""

    class Meta:
        csrf = False

    date_from = PlainDateField(RANGE_START, name="from", id="export-from", validators=[Optional()])
    date_to = PlainDateField(
        _l("Up to and with"), name="to", id="export-to", validators=[Optional()]
    )

    def validate_date_to(self, field: Field) -> None:
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError(_l("This date is before the first date."))


# Hours ---------------------------------------------------------------------------------------

NOT_NEGATIVE = _l("Type 0 or more.")


def _not_negative(form: FlaskForm, field: Field) -> None:
    if field.data is not None and field.data < 0:
        raise ValidationError(NOT_NEGATIVE)


def _typed(field: Field) -> bool:
    return bool(field.raw_data and str(field.raw_data[0]).strip())


class DurationFields:
    """Hours and minutes typed apart (easier than "150 minutes"); the total goes to the model,
    which says whether it is allowed."""

    hours = WholeNumberField(
        _l("Hours"),
        validators=[Optional(), _not_negative],
        render_kw={"min": 0, "inputmode": "numeric", "autocomplete": "off"},
    )
    minutes = WholeNumberField(
        _l("Minutes"),
        validators=[Optional(), _not_negative],
        render_kw={"min": 0, "inputmode": "numeric", "autocomplete": "off"},
    )

    def validate(self, extra_validators: dict[str, Sequence[Any]] | None = None) -> bool:
        """Hours, minutes or both, but not neither."""
        valid = super().validate(extra_validators)  # type: ignore[misc]
        if not _typed(self.hours) and not _typed(self.minutes):
            self.minutes.errors = [*self.minutes.errors, _l("Please fill in how long.")]
            valid = False
        return valid

    def total_minutes(self) -> int:
        return (self.hours.data or 0) * 60 + (self.minutes.data or 0)


class ExternalHoursForm(DurationFields, FlaskForm):
    """Hours proven on paper by an organisation outside the platform, with a scan of it."""

    activity = text_field(
        _l("Activity"),
        MAX_NAME_LENGTH,
        missing=_l("Please fill in the activity."),
        dir="auto",
        autocomplete="off",
    )
    organisation = text_field(
        _l("Organisation"),
        MAX_NAME_LENGTH,
        missing=_l("Please fill in the organisation."),
        dir="auto",
        autocomplete="off",
    )
    occurred_on = PlainDateField(
        _l("Date of the activity"),
        validators=[InputRequired(_l("Please fill in the date."))],
    )
    note = TextAreaField(
        _l("Note (optional)"),
        filters=[strip],
        validators=[Optional(), Length(max=MAX_REASON_LENGTH, message=TOO_LONG)],
        render_kw={"dir": "auto", "rows": 3},
    )
    proof = FileField(
        _l("Proof of participation (PDF, JPEG or PNG, at most 5 MB)"),
        validators=[FileRequired(_l("Please add the proof: a scan or a photo."))],
        render_kw={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"},
    )


ADD = "add"
TAKE_BACK = "take_back"


class CorrectionForm(DurationFields, FlaskForm):
    """Add or take back minutes, always with the reason why (it stays in the ledger)."""

    direction = RadioField(
        _l("What do you want to do?"),
        choices=[
            SelectChoice(ADD, _l("Add hours")),
            SelectChoice(TAKE_BACK, _l("Take hours back")),
        ],
        validators=[InputRequired(_l("Please choose add or take back."))],
    )
    reason = TextAreaField(
        _l("Reason"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please write why.")),
            Length(max=MAX_REASON_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "rows": 3},
    )

    def signed_minutes(self) -> int:
        """Negative to take back."""
        total = self.total_minutes()
        return -total if self.direction.data == TAKE_BACK else total
