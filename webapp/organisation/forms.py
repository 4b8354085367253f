"""Forms of the organisation area: registering an organisation, inviting colleagues."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, PasswordField, TextAreaField
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

from ..fields import TOO_LONG, NewPasswordFields, check_email, strip, text_field
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

    organisation_name = text_field(
        _l("Name of the organisation"),
        NAME_MAX_LENGTH,
        missing=_l("Please fill in the name of the organisation."),
        dir="auto",
        autocomplete="organization",
    )
    street = text_field(
        _l("Street and number"),
        STREET_MAX_LENGTH,
        missing=_l("Please fill in the street and number."),
        dir="auto",
        autocomplete="street-address",
    )
    postcode = text_field(
        _l("Postcode"),
        10,
        Regexp(r"^[1-9][0-9]{3}$", message=_l("A postcode has 4 digits. Example: 2000")),
        missing=_l("Please fill in the postcode."),
        dir="ltr",
        inputmode="numeric",
        autocomplete="postal-code",
    )
    municipality = text_field(
        _l("Municipality"),
        MUNICIPALITY_MAX_LENGTH,
        missing=_l("Please fill in the municipality."),
        dir="auto",
        autocomplete="address-level2",
    )
    phone = text_field(
        _l("Phone number"),
        PHONE_MAX_LENGTH,
        _phone,
        missing=_l("Please fill in a phone number."),
        dir="ltr",
        inputmode="tel",
        autocomplete="tel",
    )
    website = text_field(
        _l("Website (optional)"),
        WEBSITE_MAX_LENGTH,
        _website,
        dir="ltr",
        inputmode="url",
        autocomplete="url",
    )
    description = TextAreaField(
        _l("What does your organisation do? (optional)"),
        filters=[strip],
        validators=[Optional(), Length(max=DESCRIPTION_MAX_LENGTH, message=TOO_LONG)],
        render_kw={"dir": "auto", "rows": 4},
    )
    name = text_field(
        _l("Your name"),
        NAME_MAX_LENGTH,
        missing=_l("Please fill in your name."),
        dir="auto",
        autocomplete="name",
    )
    email = text_field(
        _l("Your e-mail address"),
        EMAIL_MAX_LENGTH,
        check_email,
        missing=_l("Please fill in your e-mail address."),
        dir="ltr",
        inputmode="email",
        autocomplete="email",
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
