"""Erasing an integrator's personal data (the right to be forgotten)."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from models import User, proofs
from models.permissions import Action
from models.personal_data import erase
from models.reference import Role

from ..access import require, roles
from ..database import db
from . import bp
from .forms import EraseForm


@bp.route("/people/<id:user_id>/erase", methods=["GET", "POST"])
@roles(Role.ADMIN)
def erase_person(user_id: int) -> Response | tuple[str, int] | str:
    person = db().get(User, user_id)
    if person is None or person.role != Role.INTEGRATOR:
        abort(404)
    require(Action.ERASE_PERSON, person)
    form = EraseForm()
    if person.erased_at is None and form.validate_on_submit():
        scans = erase(db(), person, db().get(User, current_user.id), request.remote_addr)
        db().commit()
        for name in scans:
            proofs.discard(current_app.config["UPLOAD_DIR"], name)
        flash(_("The personal data are erased. The hours stay for the statistics."), "info")
        return redirect(url_for("accounts.home"))
    status = 422 if request.method == "POST" else 200
    return render_template("admin/erase.html", form=form, person=person), status
