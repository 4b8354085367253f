"""Pieces every form shares: limits and their message, the e-mail check, the language and
Dutch-level choices, and the new password typed twice (checked by `models.passwords`)."""

from __future__ import annotations

from collections.abc import Callable

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    Field,
    IntegerField,
    PasswordField,
    SelectChoice,
    StringField,
    TimeField,
)
from wtforms.validators import DataRequired, EqualTo, Length, Optional, ValidationError

from models.integrators import looks_like_email
from models.passwords import MAX_LENGTH, MIN_LENGTH, PasswordProblem, password_problem
from models.reference import LOCALES

from .i18n import LANGUAGE_NAMES

TOO_LONG = _l("This is too long.")

#: "From" as the first day of a date range; the audit log's "From" (an address) is another word.
RANGE_START = lazy_pgettext("first day of a date range", "From")

#: The taaliconen as DESIGN.md words them, told to the person themselves.
DUTCH_LEVEL_FOR_ME = [
    SelectChoice(1, _l("1: I do not yet understand or speak much Dutch.")),
    SelectChoice(2, _l("2: I understand a little, but I do not speak it well yet.")),
    SelectChoice(3, _l("3: I understand quite a lot and can say something.")),
    SelectChoice(4, _l("4: I understand a lot and speak it well.")),
]
#: The same scale told about someone else (the counsellor's forms; CEFR shown beside).
DUTCH_LEVEL_ABOUT_SOMEONE = [
    SelectChoice(1, _l("Does not yet understand or speak much Dutch")),
    SelectChoice(2, _l("Understands a little Dutch, but does not speak it well yet")),
    SelectChoice(3, _l("Understands quite a lot of Dutch and can say something")),
    SelectChoice(4, _l("Understands a lot of Dutch and speaks it well")),
]


def strip(value: object) -> object:
    """Spaces around what people type are never meant."""
    return value.strip() if isinstance(value, str) else value


def text_field(
    label: str,
    max_length: int,
    *checks: Callable[[FlaskForm, Field], None],
    missing: str | None = None,
    **render_kw: str,
) -> StringField:
    """One line of text, stripped, at most `max_length` long. With `missing` it must be
    filled in and says so in those words; without, it is optional. `checks` come after the
    length, `render_kw` are the input's attributes (dir, autocomplete, inputmode)."""
    first = DataRequired(missing) if missing is not None else Optional()
    return StringField(
        label,
        filters=[strip],
        validators=[first, Length(max=max_length, message=TOO_LONG), *checks],
        render_kw=render_kw,
    )


def check_email(form: FlaskForm, field: Field) -> None:
    if field.data and not looks_like_email(field.data):
        raise ValidationError(_l("This is not an e-mail address. Example: name@example.com"))


def language_choices() -> list[SelectChoice]:
    """Each language in its own script, so the person can point at theirs."""
    return [SelectChoice(code, LANGUAGE_NAMES[code]) for code in LOCALES]


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


class NewPasswordForm(NewPasswordFields, FlaskForm):
    """A new password for a known person (activation, reset): not their own name or address."""

    def __init__(self, *args: object, name: str = "", email: str | None = None, **kwargs: object):
        super().__init__(*args, **kwargs)
        self._personal = (name, email)

    def personal(self) -> tuple[str | None, ...]:
        return self._personal


# Numbers, dates and times typed by people, refused in plain words ------------------------

NOT_A_NUMBER = _l("Please type a whole number. Example: 12")
NOT_A_DATE = _l("This is not a date. Example: 2026-05-31")
NOT_A_TIME = _l("This is not a time. Example: 14:30")


class WholeNumberField(IntegerField):
    """An integer whose complaint is in plain words in the reader's language."""

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            self.data = int(valuelist[0].strip())
        except ValueError as exc:
            self.data = None
            raise ValueError(str(NOT_A_NUMBER)) from exc


class PlainDateField(DateField):
    """A date typed as 2026-05-31 (what `<input type=date>` sends)."""

    def process_formdata(self, valuelist: list[str]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as exc:
            raise ValueError(str(NOT_A_DATE)) from exc


class PlainTimeField(TimeField):
    def process_formdata(self, valuelist: list[str]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as exc:
            raise ValueError(str(NOT_A_TIME)) from exc
