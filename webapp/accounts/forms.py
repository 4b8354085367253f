"""Forms of the accounts area."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from ..i18n import LANGUAGE_NAMES
from ..validators import password_error


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


class NewPasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(_l("Please choose a password.")), Length(max=500)],
        render_kw={"autocomplete": "new-password"},
    )
    repeat = PasswordField(
        _l("Type the new password again"),
        validators=[
            DataRequired(_l("Please type the password again.")),
            EqualTo("password", _l("The two passwords are not the same.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )

    def check_strength(self, *personal: str | None) -> bool:
        """Add the reason a password is too weak beside the field; True when it is fine."""
        error = password_error(self.password.data or "", *personal)
        if error:
            self.password.errors = [*self.password.errors, error]
        return error is None


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
    locale = SelectField(_l("Language of the website"), choices=list(LANGUAGE_NAMES.items()))
    dutch_level = RadioField(
        _l("How much Dutch do you speak?"),
        choices=[
            (1, _l("1: I do not yet understand or speak much Dutch.")),
            (2, _l("2: I understand a little, but I do not speak it well yet.")),
            (3, _l("3: I understand quite a lot and can say something.")),
            (4, _l("4: I understand a lot and speak it well.")),
        ],
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
