"""Counsellors of the agency, created by an admin: they choose a password from their mail."""

from __future__ import annotations

from functools import partial

from flask import redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from models.onboarding import counsellors_overview, create_counsellor
from models.permissions import Action
from models.reference import Role

from ..access import require, roles
from ..database import db
from ..invitations import InviteForm, send_invitation
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
        create = partial(create_counsellor, db(), current_user)
        if send_invitation(form, create, "counsellor_invitation"):
            return redirect(url_for("admin.counsellors"))
        status = 422
    elif form.is_submitted():
        status = 422
    page = render_template("admin/counsellors.html", form=form, rows=counsellors_overview(db()))
    return page, status
