"""Forms of the organisation area: registering an organisation, inviting colleagues."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, PasswordField, StringField, TextAreaField
from wtforms.validators import (
    DataRequired,
    EqualTo,
    Length,
    Optional,
    Regexp,
    ValidationError,
)

from models.integrators import EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, looks_like_phone
from models.onboarding import (
    DESCRIPTION_MAX_LENGTH,
    MUNICIPALITY_MAX_LENGTH,
    STREET_MAX_LENGTH,
    WEBSITE_MAX_LENGTH,
    DetailRefused,
    normalise_website,
)

from ..fields import TOO_LONG, NewPasswordFields, check_email, strip
from ..invitations import InviteForm

PHONE_MAX_LENGTH = 32


def _phone(form: FlaskForm, field: Field) -> None:
    if field.data and not looks_like_phone(field.data):
        raise ValidationError(_l("This is not a phone number. Example: 0470 12 34 56"))


def _website(form: FlaskForm, field: Field) -> None:
    if field.data:
        try:
            normalise_website(field.data)
        except DetailRefused as exc:
            if exc.reason == "too_long":
                return  # Length says so already
            raise ValidationError(_l("This is not a web address. Example: www.example.be")) from exc


class RegistrationForm(NewPasswordFields, FlaskForm):
    """An organisation signs up, with the account of the person who fills in the form."""

    organisation_name = StringField(
        _l("Name of the organisation"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in the name of the organisation.")),
            Length(max=NAME_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "autocomplete": "organization"},
    )
    street = StringField(
        _l("Street and number"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in the street and number.")),
            Length(max=STREET_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "autocomplete": "street-address"},
    )
    postcode = StringField(
        _l("Postcode"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in the postcode.")),
            Length(max=10, message=TOO_LONG),
            Regexp(r"^[1-9][0-9]{3}$", message=_l("A postcode has 4 digits. Example: 2000")),
        ],
        render_kw={"dir": "ltr", "inputmode": "numeric", "autocomplete": "postal-code"},
    )
    municipality = StringField(
        _l("Municipality"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in the municipality.")),
            Length(max=MUNICIPALITY_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "autocomplete": "address-level2"},
    )
    phone = StringField(
        _l("Phone number"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in a phone number.")),
            Length(max=PHONE_MAX_LENGTH, message=TOO_LONG),
            _phone,
        ],
        render_kw={"dir": "ltr", "inputmode": "tel", "autocomplete": "tel"},
    )
    website = StringField(
        _l("Website (optional)"),
        filters=[strip],
        validators=[Optional(), Length(max=WEBSITE_MAX_LENGTH, message=TOO_LONG), _website],
        render_kw={"dir": "ltr", "inputmode": "url", "autocomplete": "url"},
    )
    description = TextAreaField(
        _l("What does your organisation do? (optional)"),
        filters=[strip],
        validators=[Optional(), Length(max=DESCRIPTION_MAX_LENGTH, message=TOO_LONG)],
        render_kw={"dir": "auto", "rows": 4},
    )
    name = StringField(
        _l("Your name"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in your name.")),
            Length(max=NAME_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "autocomplete": "name"},
    )
    email = StringField(
        _l("Your e-mail address"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please fill in your e-mail address.")),
            Length(max=EMAIL_MAX_LENGTH, message=TOO_LONG),
            check_email,
        ],
        render_kw={"dir": "ltr", "inputmode": "email", "autocomplete": "email"},
    )
    password = PasswordField(
        _l("Password"),
        # The length limits come from models.passwords, through validate_password.
        validators=[DataRequired(_l("Please choose a password."))],
        render_kw={"autocomplete": "new-password", "dir": "ltr"},
    )
    repeat = PasswordField(
        _l("Password again"),
        validators=[
            DataRequired(_l("Please type the password again.")),
            EqualTo("password", message=_l("The two passwords are not the same.")),
        ],
        render_kw={"autocomplete": "new-password", "dir": "ltr"},
    )

    def personal(self) -> tuple[str | None, ...]:
        """A password that is just your name or address is refused."""
        return (self.name.data, self.email.data)


class StaffInviteForm(InviteForm):
    """A colleague who will act for the same organisation."""
