"""One's own profile: name, language, Dutch level, password, API tokens, one's data."""

from __future__ import annotations

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from models import ApiToken, User, audit, utcnow
from models.db import begin_write
from models.passwords import check_password, set_password
from models.permissions import Action
from models.personal_data import export
from models.reference import Role
from models.tokens import create_token
from models.users import new_calendar_token

from ..access import require
from ..database import db
from . import bp
from .forms import ChangePasswordForm, ConfirmForm, ProfileForm, TokenForm


def _me() -> User:
    return db().get(User, current_user.id)


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile() -> Response | tuple[str, int] | str:
    user = _me()
    form = ProfileForm(
        obj=user, dutch_level=user.integrator.dutch_level if user.integrator else None
    )
    if user.role != Role.INTEGRATOR:
        del form.dutch_level
    if form.validate_on_submit():
        user.name = form.name.data.strip()
        user.locale = form.locale.data
        if user.integrator is not None:
            user.integrator.dutch_level = form.dutch_level.data
        db().commit()
        flash(_("Saved."), "info")
        return redirect(url_for("accounts.profile"))
    status = 422 if request.method == "POST" else 200
    return render_template("accounts/profile.html", form=form, user=user), status


@bp.route("/profile/password", methods=["GET", "POST"])
@login_required
def change_password() -> Response | tuple[str, int] | str:
    user = _me()
    form = ChangePasswordForm(name=user.name, email=user.email)
    if form.validate_on_submit():
        if not check_password(user, form.current.data):
            form.current.errors = [_("This is not your password now.")]
        else:
            set_password(user, form.password.data)
            audit.record(db(), "password.changed", actor_id=user.id, target=user)
            db().commit()
            flash(_("Your new password is saved."), "info")
            return redirect(url_for("accounts.profile"))
    status = 422 if request.method == "POST" else 200
    return render_template("accounts/change_password.html", form=form), status


def _tokens(user: User) -> list[ApiToken]:
    return list(
        db().scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
        )
    )


@bp.route("/profile/tokens", methods=["GET", "POST"])
@login_required
def tokens() -> tuple[str, int] | str:
    user = _me()
    form = TokenForm()
    new_token = None
    status = 200
    if form.validate_on_submit():
        new_token = create_token(db(), user, form.name.data.strip())
        db().commit()
        form = TokenForm(formdata=None)
        status = 201
    elif request.method == "POST":
        status = 422
    return render_template(
        "accounts/tokens.html",
        form=form,
        tokens=_tokens(user),
        new_token=new_token,
        revoke_form=ConfirmForm(),
    ), status


@bp.post("/profile/tokens/<id:token_id>/revoke")
@login_required
def revoke_token(token_id: int) -> Response:
    if not ConfirmForm().validate_on_submit():
        abort(400)
    token = db().get(ApiToken, token_id)
    if token is None or token.user_id != current_user.id:
        abort(404)
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record(db(), "token.revoked", actor_id=current_user.id, target=_me(), name=token.name)
        db().commit()
    flash(_("The token no longer works."), "info")
    return redirect(url_for("accounts.tokens"))


@bp.post("/profile/calendar/renew")
@login_required
def renew_calendar() -> Response:
    """A new private calendar address; the old one stops working at once."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    _me().calendar_token = new_calendar_token()
    db().commit()
    flash(_("Your calendar has a new address. The old address no longer works."), "info")
    return redirect(url_for("accounts.profile"))


@bp.get("/people/<id:user_id>/data.json")
@login_required
def personal_data(user_id: int) -> Response:
    """All data about a person: for themselves, their counsellor and admins."""
    person = db().get(User, user_id)
    if person is None:
        abort(404)
    if person.id != current_user.id:
        require(Action.EXPORT_PERSON_DATA, person)
    begin_write(db())  # a GET that writes: the audit line, in a short write transaction
    audit.record(db(), "person.exported", actor_id=current_user.id, target=person)
    db().commit()
    response = jsonify(export(db(), person))
    response.headers["Content-Disposition"] = f"attachment; filename=my-data-{person.id}.json"
    return response
