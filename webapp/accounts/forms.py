"""Forms of the accounts area."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..fields import DUTCH_LEVEL_FOR_ME, NewPasswordForm, language_choices


class LoginForm(FlaskForm):
    identifier = StringField(
        _l("E-mail address or phone number"),
        validators=[
            DataRequired(_l("Please fill in your e-mail address or phone number.")),
            Length(max=254, message=_l("This is too long.")),
        ],
        render_kw={"autocomplete": "username", "dir": "ltr"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[
            DataRequired(_l("Please fill in your password.")),
            Length(max=500, message=_l("This is too long.")),
        ],
        render_kw={"autocomplete": "current-password"},
    )


class ConfirmForm(FlaskForm):
    """Only the CSRF token: for buttons that change something (sign out, revoke), so no link
    on another site can press them for you."""


class ForgotPasswordForm(FlaskForm):
    email = StringField(
        _l("E-mail address"),
        validators=[
            DataRequired(_l("Please fill in your e-mail address.")),
            Length(max=254, message=_l("This is too long.")),
        ],
        render_kw={"autocomplete": "email", "dir": "ltr"},
    )


class ChangePasswordForm(NewPasswordForm):
    current = PasswordField(
        _l("Your password now"),
        validators=[DataRequired(_l("Please fill in your password.")), Length(max=500)],
        render_kw={"autocomplete": "current-password"},
    )


class ProfileForm(FlaskForm):
    name = StringField(
        _l("Your name"),
        validators=[
            DataRequired(_l("Please fill in your name.")),
            Length(max=200, message=_l("This is too long.")),
        ],
    )
    locale = SelectField(_l("Language of the website"), choices=language_choices())
    dutch_level = RadioField(
        _l("How much Dutch do you speak?"),
        choices=DUTCH_LEVEL_FOR_ME,
        coerce=int,
        validate_choice=True,
    )


class TokenForm(FlaskForm):
    name = StringField(
        _l("Name of the token"),
        validators=[
            DataRequired(_l("Please give the token a name.")),
            Length(max=100, message=_l("This is too long.")),
        ],
    )
