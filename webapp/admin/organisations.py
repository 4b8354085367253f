"""The admin's approval queue: organisations that registered, approved or rejected.

Thin views over `models.onboarding`; every staff member of the organisation hears the
outcome by mail, in their own language.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from models import Organisation
from models.onboarding import (
    REASON_MAX_LENGTH,
    DetailRefused,
    approve_organisation,
    organisations_for_review,
    reject_organisation,
    staff_of,
)
from models.permissions import Action
from models.reference import OrganisationStatus, Role

from ..access import require, roles
from ..database import db
from ..fields import TOO_LONG, strip
from ..mail import send_mail
from . import bp

PAGE_SIZE = 50
MAX_PAGE = 10_000

ORGANISATION_STATUS_NAMES = {
    OrganisationStatus.PENDING: _l("Waiting for approval"),
    OrganisationStatus.APPROVED: _l("Approved"),
    OrganisationStatus.REJECTED: _l("Not approved"),
}


class ApproveForm(FlaskForm):
    """Only the CSRF token: approving is a POST, so no link can do it behind your back."""


class RejectForm(FlaskForm):
    reason = TextAreaField(
        _l("Why not? The organisation reads this in the mail."),
        filters=[strip],
        validators=[
            DataRequired(_l("Please write why.")),
            Length(max=REASON_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "rows": 5},
    )


def _status_filter() -> OrganisationStatus | None:
    """`?status=` of the list: one of the statuses, or nothing; anything else is a 400."""
    asked = request.args.get("status", "")
    if not asked:
        return None
    try:
        return OrganisationStatus(asked)
    except ValueError:
        abort(400)


def page_number() -> int:
    asked = request.args.get("page", "1")
    if not asked.isdigit() or not 1 <= int(asked) <= MAX_PAGE:
        abort(400)
    return int(asked)


def _list_url() -> str:
    """Back to the list the admin came from (same filter)."""
    status = request.args.get("status", "")
    if status in {s.value for s in OrganisationStatus}:
        return url_for("admin.organisations", status=status)
    return url_for("admin.organisations")


def organisation_or_404(organisation_id: int) -> Organisation:
    organisation = db().get(Organisation, organisation_id)
    if organisation is None:
        abort(404)
    return organisation


def tell_staff(organisation: Organisation, template: str, **context: object) -> None:
    """Every active staff member of the organisation, each in their own language."""
    for person in staff_of(db(), organisation):
        if person.is_active:
            send_mail(
                person,
                template,
                organisation=organisation,
                **context,
            )


@bp.get("/organisations")
@roles(Role.ADMIN)
def organisations() -> str:
    """Pending organisations first, oldest first: the queue to work through."""
    require(Action.APPROVE_ORGANISATIONS)
    status = _status_filter()
    page = page_number()
    review = organisations_for_review(db(), status, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    if page > 1 and not review.organisations:
        abort(404)
    more = page * PAGE_SIZE < review.total
    return render_template(
        "admin/organisations.html",
        review=review,
        status=status,
        statuses=list(OrganisationStatus),
        organisation_status_names=ORGANISATION_STATUS_NAMES,
        form=ApproveForm(),
        next_url=url_for(
            "admin.organisations", status=status.value if status else None, page=page + 1
        )
        if more
        else None,
    )


@bp.post("/organisations/<id:organisation_id>/approve")
@roles(Role.ADMIN)
def approve(organisation_id: int) -> Response:
    require(Action.APPROVE_ORGANISATIONS)
    organisation = organisation_or_404(organisation_id)
    if not ApproveForm().validate_on_submit():
        abort(400)
    if approve_organisation(db(), organisation, current_user, request.remote_addr):
        tell_staff(organisation, "organisation_approved")
        db().commit()
        message = _("Approved: %(name)s. Its activities are public now.", name=organisation.name)
        flash(message, "info")
    else:
        flash(_("Nothing changed: %(name)s was approved already.", name=organisation.name), "info")
    return redirect(_list_url())


@bp.route("/organisations/<id:organisation_id>/reject", methods=["GET", "POST"])
@roles(Role.ADMIN)
def reject(organisation_id: int) -> Response | tuple[str, int]:
    """Say no, with a reason the organisation's staff read in their mail."""
    require(Action.APPROVE_ORGANISATIONS)
    organisation = organisation_or_404(organisation_id)
    form = RejectForm()
    if form.validate_on_submit():
        try:
            changed = reject_organisation(
                db(), organisation, current_user, form.reason.data, request.remote_addr
            )
        except DetailRefused:
            db().rollback()
            form.reason.errors = [*form.reason.errors, _("Please write why.")]
        else:
            if changed:
                tell_staff(organisation, "organisation_rejected", reason=form.reason.data)
                db().commit()
                message = _("Not approved: %(name)s. We sent them a mail.", name=organisation.name)
                flash(message, "info")
            else:
                flash(
                    _(
                        "Nothing changed: %(name)s was not approved, for this same reason.",
                        name=organisation.name,
                    ),
                    "info",
                )
            return redirect(_list_url())
        return render_template("admin/reject.html", form=form, organisation=organisation), 422
    status = 422 if form.is_submitted() else 200
    return render_template("admin/reject.html", form=form, organisation=organisation), status
