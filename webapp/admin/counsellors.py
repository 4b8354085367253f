"""Counsellors of the agency, created by an admin: they choose a password from their mail."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from models.integrators import Refused
from models.onboarding import counsellors_overview, create_counsellor
from models.permissions import Action
from models.reference import Role

from ..access import require, roles
from ..database import db
from ..invitations import InviteForm, activation_link, show_refusal
from ..mail import send_mail
from . import bp


class CounsellorForm(InviteForm):
    """A counsellor of the agency: name, work address, language."""


@bp.route("/counsellors", methods=["GET", "POST"])
@roles(Role.ADMIN)
def counsellors() -> Response | tuple[str, int]:
    """Every counsellor with the size of their caseload, and adding one."""
    require(Action.MANAGE_COUNSELLORS)
    form = CounsellorForm()
    status = 200
    if form.validate_on_submit():
        try:
            counsellor = create_counsellor(
                db(),
                current_user,
                name=form.name.data,
                email=form.email.data,
                locale=form.locale.data,
                ip_address=request.remote_addr,
            )
            send_mail(
                counsellor,
                "counsellor_invitation",
                link=activation_link(counsellor),
                inviter=current_user,
            )
            db().commit()
        except Refused as refused:
            db().rollback()
            show_refusal(form, refused)
        else:
            flash(_("We sent an invitation to %(name)s.", name=counsellor.name), "info")
            return redirect(url_for("admin.counsellors"))
        status = 422
    elif form.is_submitted():
        status = 422
    page = render_template("admin/counsellors.html", form=form, rows=counsellors_overview(db()))
    return page, status
