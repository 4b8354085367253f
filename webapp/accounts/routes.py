"""Sign in, sign out, and the home page of each role."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response

from models import Activity, User
from models.caseload import caseload
from models.certificates import certificates_of
from models.home import (
    organisations_of,
    platform_figures,
    suggestions,
    trajectory_progress,
    upcoming_bookings,
)
from models.hours import ledger
from models.reference import Role
from models.signin import authenticate

from ..database import db
from ..security import TRIES_PER_ACCOUNT, TRIES_PER_ADDRESS, account_key, failed, limiter
from ..urls import same_site_path
from . import bp
from .forms import ConfirmForm, LoginForm


def _safe_next(target: str | None) -> str:
    """Only same-site paths: a sign-in link must not send people to another site."""
    return same_site_path(target) or url_for("accounts.home")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(TRIES_PER_ADDRESS, methods=["POST"], deduct_when=failed)
@limiter.limit(TRIES_PER_ACCOUNT, key_func=account_key, methods=["POST"], deduct_when=failed)
def login() -> Response | tuple[str, int] | str:
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        user = authenticate(db(), form.identifier.data, form.password.data, request.remote_addr)
        db().commit()
        if user is not None:
            session.clear()  # a new session at sign-in: nothing carried over from before
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        form.form_errors.append(_("The e-mail address, phone number or password is not right."))
        status = 401
    elif request.method == "POST":
        status = 422
    return render_template("accounts/login.html", form=form), status


@bp.route("/logout", methods=["GET", "POST"])
def logout() -> Response | str:
    form = ConfirmForm()
    if form.validate_on_submit():
        logout_user()
        session.clear()
        flash(_("You are signed out."), "info")
        return redirect(url_for("catalogue.list_activities"))
    return render_template("accounts/logout.html", form=form)


@bp.get("/")
def home() -> str:
    if not current_user.is_authenticated:
        return render_template("accounts/welcome.html")
    return _home_of(current_user)


#: How many ledger entries the integrator's home shows, newest first.
HISTORY_LENGTH = 10


def _integrator_home(user: User) -> dict:
    """The hours and how they add up, what is coming, what to book next, and the
    certificates to download."""
    entries = ledger(db(), user.id)
    return {
        "progress": trajectory_progress(db(), user.id),
        "upcoming": upcoming_bookings(db(), user.id),
        "suggestions": suggestions(db(), user),
        "history": entries[::-1][:HISTORY_LENGTH],
        "history_total": len(entries),
        "certificates": [
            (certificate, certificate.activity_id and db().get(Activity, certificate.activity_id))
            for certificate in certificates_of(db(), user.id)
        ],
    }


def _home_of(user: User) -> str:
    context: dict = {"user": user}
    if user.role == Role.INTEGRATOR:
        context.update(_integrator_home(user))
    elif user.role == Role.COUNSELLOR:
        context["caseload"] = caseload(db(), user.id)
    elif user.role == Role.ORGANISATION_STAFF:
        context["organisations"] = organisations_of(db(), user)
    elif user.role == Role.ADMIN:
        context["figures"] = platform_figures(db())
    return render_template("accounts/home.html", **context)
