"""Forms of the accounts area."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length


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


class LogoutForm(FlaskForm):
    """Only the CSRF token: signing out is a POST so no link can do it behind your back."""
