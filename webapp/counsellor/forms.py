"""Forms of the counsellor's screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Optional, ValidationError

from models.integrators import (
    DOSSIER_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    looks_like_phone,
)
from models.reference import DEFAULT_LOCALE, DUTCH_LEVELS

from ..fields import DUTCH_LEVEL_ABOUT_SOMEONE, TOO_LONG, check_email, language_choices


def _phone(form: FlaskForm, field: Field) -> None:
    if field.data and not looks_like_phone(field.data):
        raise ValidationError(_l("This is not a phone number. Example: 0470 12 34 56"))


class NewIntegratorForm(FlaskForm):
    name = StringField(
        _l("Name, as the person writes it"),
        validators=[
            DataRequired(_l("Please fill in the name.")),
            Length(max=NAME_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "autocomplete": "off"},
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
