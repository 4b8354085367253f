"""Inviting people who have no password yet (staff colleagues, counsellors): the form that
names them, the activation link of their mail, and the messages when it cannot be done."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.validators import AnyOf

from models import User
from models.integrators import EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, Refused
from models.reference import DEFAULT_LOCALE, LOCALES

from .database import db
from .fields import check_email, language_choices, text_field
from .mail import send_mail
from .urls import activation_link


class InviteForm(FlaskForm):
    """A person who gets an account and an invitation mail to choose a password."""

    name = text_field(
        _l("Name"),
        NAME_MAX_LENGTH,
        missing=_l("Please fill in the name."),
        dir="auto",
        autocomplete="off",
    )
    email = text_field(
        _l("E-mail address"),
        EMAIL_MAX_LENGTH,
        check_email,
        missing=_l("Please fill in the e-mail address."),
        dir="ltr",
        inputmode="email",
        autocomplete="off",
    )
    locale = SelectField(
        _l("Language of the mail and the platform"),
        choices=language_choices(),
        default=DEFAULT_LOCALE,
        validate_choice=False,  # AnyOf says it in plain words
        validators=[AnyOf(LOCALES, message=_l("Please choose a language."))],
    )


def show_refusal(form: InviteForm, refused: Refused) -> None:
    """Put the model's refusal beside the field it is about (the form checks most of it
    already; this catches what only the database knows, such as a taken address)."""
    target = form.email
    if refused.field.value in form:
        target = form[refused.field.value]
    if refused.reason == "taken":
        message = _("There is already an account with this e-mail address.")
    else:
        message = _("This is not right. Please check it.")
    target.errors = [*target.errors, message]


def send_invitation(
    form: InviteForm, create: Callable[..., User], template: str, **mail_context: object
) -> User | None:
    """Make the invited account with `create(name=, email=, locale=, ip_address=)`, queue
    the invitation mail with its activation link, and commit. On a refusal (a taken address)
    the message goes beside the field, nothing is saved, and None comes back."""
    try:
        person = create(
            name=form.name.data,
            email=form.email.data,
            locale=form.locale.data,
            ip_address=request.remote_addr,
        )
        send_mail(
            person, template, link=activation_link(person), inviter=current_user, **mail_context
        )
        db().commit()
    except Refused as refused:
        db().rollback()
        show_refusal(form, refused)
        return None
    flash(_("We sent an invitation to %(name)s.", name=person.name), "info")
    return person
