"""Forms for signing up, and for activating an account from a letter or an invitation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, PasswordField, RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import (
    AnyOf,
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    ValidationError,
)

from models.integrators import EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, looks_like_email
from models.passwords import MAX_LENGTH, MIN_LENGTH, PasswordProblem, password_problem
from models.reference import DEFAULT_LOCALE, DUTCH_LEVELS

from ..counsellor.forms import language_choices

TOO_LONG = _l("This is too long.")

#: The taaliconen as DESIGN.md words them, told to the person themselves.
#: (The same words as the profile form, so they are translated once.)
DUTCH_LEVEL_CHOICES = [
    SelectChoice(1, _l("1: I do not yet understand or speak much Dutch.")),
    SelectChoice(2, _l("2: I understand a little, but I do not speak it well yet.")),
    SelectChoice(3, _l("3: I understand quite a lot and can say something.")),
    SelectChoice(4, _l("4: I understand a lot and speak it well.")),
]


def password_message(problem: PasswordProblem) -> str:
    """Why a password is refused, in the reader's language."""
    messages = {
        PasswordProblem.TOO_SHORT: _l("Use at least %(number)s characters.", number=MIN_LENGTH),
        PasswordProblem.TOO_LONG: _l("Use at most %(number)s characters.", number=MAX_LENGTH),
        PasswordProblem.TOO_COMMON: _l(
            "This password is too easy to guess. Do not use your name or e-mail address."
        ),
    }
    return str(messages[problem])


class NewPasswordFields:
    """A new password, typed twice. Subclasses say whose name and address it must not be."""

    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(_l("Please choose a password."))],
        render_kw={"autocomplete": "new-password", "dir": "ltr"},
    )
    repeat = PasswordField(
        _l("New password again"),
        validators=[
            DataRequired(_l("Please type the password again.")),
            EqualTo("password", message=_l("The two passwords are not the same.")),
        ],
        render_kw={"autocomplete": "new-password", "dir": "ltr"},
    )

    def personal(self) -> tuple[str | None, ...]:
        return ()

    def validate_password(self, field: Field) -> None:
        """Length and guessability (models.passwords), so the limit is the same everywhere."""
        problem = password_problem(field.data or "", *self.personal())
        if problem is not None:
            raise ValidationError(password_message(problem))


class ActivationForm(NewPasswordFields, FlaskForm):
    """The first password of an account that a counsellor or an admin created."""

    def __init__(self, *args: object, name: str = "", email: str | None = None, **kwargs: object):
        super().__init__(*args, **kwargs)
        self._personal = (name, email)

    def personal(self) -> tuple[str | None, ...]:
        return self._personal


class ActivationCodeForm(FlaskForm):
    """The code of the activation letter, with the phone number or address written on it."""

    # Named `identifier` like the sign-in form, so the rate limit per account finds it.
    identifier = StringField(
        _l("Your phone number or e-mail address"),
        validators=[
            DataRequired(_l("Please fill in your phone number or e-mail address.")),
            Length(max=EMAIL_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"autocomplete": "username", "dir": "ltr"},
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


def _email(form: FlaskForm, field: Field) -> None:
    if field.data and not looks_like_email(field.data):
        raise ValidationError(_l("This is not an e-mail address. Example: name@example.com"))


class SignupForm(NewPasswordFields, FlaskForm):
    """Someone joins on their own, as a voluntary participant."""

    name = StringField(
        _l("Your name"),
        validators=[
            DataRequired(_l("Please fill in your name.")),
            Length(max=NAME_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"autocomplete": "name", "dir": "auto"},
    )
    email = StringField(
        _l("Your e-mail address"),
        validators=[
            DataRequired(_l("Please fill in your e-mail address.")),
            Length(max=EMAIL_MAX_LENGTH, message=TOO_LONG),
            _email,
        ],
        render_kw={"autocomplete": "email", "inputmode": "email", "dir": "ltr"},
    )
    locale = SelectField(
        _l("Your language"),
        choices=language_choices(),
        default=DEFAULT_LOCALE,
    )
    dutch_level = RadioField(
        _l("How much Dutch do you know?"),
        choices=DUTCH_LEVEL_CHOICES,
        coerce=int,
        validate_choice=False,
        validators=[
            InputRequired(_l("Please choose your Dutch level.")),
            AnyOf(DUTCH_LEVELS, message=_l("Please choose your Dutch level.")),
        ],
    )

    def personal(self) -> tuple[str | None, ...]:
        return (self.name.data, self.email.data)
