"""An organisation registers itself, and its staff invite colleagues. Thin views over
`models.onboarding`: read the form, call the rule, commit, answer."""

from __future__ import annotations

from functools import partial

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from models import Organisation
from models.home import organisations_of
from models.integrators import Field, Refused
from models.onboarding import (
    DetailRefused,
    OrganisationDetails,
    invite_staff,
    managers_of,
    register_organisation,
    staff_of,
)
from models.passwords import PasswordProblem
from models.permissions import Action
from models.reference import Role

from ..access import require, roles
from ..database import db
from ..fields import password_message
from ..i18n import locale_code
from ..invitations import send_invitation
from ..mail import send_mail
from ..security import TRIES_PER_ADDRESS, failed, limiter
from . import bp
from .forms import RegistrationForm, StaffInviteForm

#: The model names organisation details as the table does; the form says which name.
_DETAIL_FIELDS = {"name": "organisation_name"}


@bp.route("/organisations/register", methods=["GET", "POST"])
@limiter.limit(TRIES_PER_ADDRESS, methods=["POST"], deduct_when=failed)
def register() -> Response | tuple[str, int]:
    """An organisation signs up; it waits for an admin, its first staff member is in."""
    if current_user.is_authenticated:
        flash(_("You are signed in already. Sign out first to register an organisation."), "info")
        return redirect(url_for("accounts.home"))
    form = RegistrationForm()
    if form.validate_on_submit():
        details = OrganisationDetails(
            name=form.organisation_name.data,
            street=form.street.data,
            postcode=form.postcode.data,
            municipality=form.municipality.data,
            phone=form.phone.data,
            website=form.website.data,
            description=form.description.data,
        )
        try:
            organisation, user = register_organisation(
                db(),
                details,
                staff_name=form.name.data,
                email=form.email.data,
                password=form.password.data,
                locale=locale_code(),
                ip_address=request.remote_addr,
            )
            send_mail(
                user,
                "organisation_registered",
                organisation=organisation,
            )
            db().commit()
        except Refused as refused:
            db().rollback()
            _show_person_refusal(form, refused)
        except DetailRefused as refused:
            db().rollback()
            target = form[_DETAIL_FIELDS.get(refused.field, refused.field)]
            target.errors = [*target.errors, _("This is not right. Please check it.")]
        except IntegrityError:
            db().rollback()
            form.form_errors.append(_("This could not be saved. Please try again."))
        else:
            session.clear()  # a new session at sign-in: nothing carried over from before
            login_user(user)
            flash(
                _("Thank you! We check your organisation soon and send you a mail."),
                "info",
            )
            return redirect(url_for("accounts.home"))
        return render_template("organisation/register.html", form=form), 422
    status = 422 if form.is_submitted() else 200
    return render_template("organisation/register.html", form=form), status


def _show_person_refusal(form: RegistrationForm, refused: Refused) -> None:
    if refused.field == Field.PASSWORD:
        form.password.errors = [password_message(PasswordProblem(refused.reason))]
    elif refused.field == Field.EMAIL and refused.reason == "taken":
        form.email.errors = [
            *form.email.errors,
            _("There is already an account with this e-mail address. Please sign in."),
        ]
    elif refused.field.value in form:
        target = form[refused.field.value]
        target.errors = [*target.errors, _("This is not right. Please check it.")]
    else:
        form.form_errors.append(_("This is not right. Please check it."))


def my_organisation() -> Organisation:
    """The organisation the signed-in staff member acts for (the first, if several)."""
    found = organisations_of(db(), current_user)
    if not found:
        abort(403)
    require(Action.MANAGE_ORGANISATION, found[0])
    return found[0]


@bp.route("/organisation/staff", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def staff() -> Response | tuple[str, int]:
    """Who acts for my organisation, and inviting a colleague by e-mail."""
    organisation = my_organisation()
    form = StaffInviteForm()
    status = 200
    if form.validate_on_submit():
        create = partial(invite_staff, db(), organisation, current_user)
        if send_invitation(form, create, "staff_invitation", organisation=organisation):
            return redirect(url_for("organisation.staff"))
        status = 422
    elif form.is_submitted():
        status = 422
    page = render_template(
        "organisation/staff.html",
        form=form,
        organisation=organisation,
        staff=staff_of(db(), organisation),
        managers=managers_of(db(), organisation),
    )
    return page, status
