"""Forms for signing up, and for activating an account from a letter or an invitation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectField, StringField
from wtforms.validators import (
    AnyOf,
    DataRequired,
    InputRequired,
    Length,
)

from models.integrators import EMAIL_MAX_LENGTH, NAME_MAX_LENGTH
from models.reference import DEFAULT_LOCALE, DUTCH_LEVELS

from ..fields import (
    DUTCH_LEVEL_FOR_ME,
    TOO_LONG,
    NewPasswordFields,
    check_email,
    language_choices,
    text_field,
)


class ActivationCodeForm(FlaskForm):
    """The code of the activation letter, with the phone number or address written on it."""

    # Named `identifier` like the sign-in form, so the rate limit per account finds it.
    identifier = text_field(
        _l("Your phone number or e-mail address"),
        EMAIL_MAX_LENGTH,
        missing=_l("Please fill in your phone number or e-mail address."),
        autocomplete="username",
        dir="ltr",
    )
    code = StringField(
        _l("Code from the letter"),
        validators=[
            DataRequired(_l("Please fill in the code from the letter.")),
            Length(max=20, message=TOO_LONG),
        ],
        render_kw={
            "autocomplete": "one-time-code",
            "autocapitalize": "characters",
            "spellcheck": "false",
            "dir": "ltr",
        },
    )


class SignupForm(NewPasswordFields, FlaskForm):
    """Someone joins on their own, as a voluntary participant."""

    name = text_field(
        _l("Your name"),
        NAME_MAX_LENGTH,
        missing=_l("Please fill in your name."),
        autocomplete="name",
        dir="auto",
    )
    email = text_field(
        _l("Your e-mail address"),
        EMAIL_MAX_LENGTH,
        check_email,
        missing=_l("Please fill in your e-mail address."),
        autocomplete="email",
        inputmode="email",
        dir="ltr",
    )
    locale = SelectField(
        _l("Your language"),
        choices=language_choices(),
        default=DEFAULT_LOCALE,
    )
    dutch_level = RadioField(
        _l("How much Dutch do you know?"),
        choices=DUTCH_LEVEL_FOR_ME,
        coerce=int,
        validate_choice=False,
        validators=[
            InputRequired(_l("Please choose your Dutch level.")),
            AnyOf(DUTCH_LEVELS, message=_l("Please choose your Dutch level.")),
        ],
    )

    def personal(self) -> tuple[str | None, ...]:
        return (self.name.data, self.email.data)
