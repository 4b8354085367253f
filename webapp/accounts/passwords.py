"""Forgotten passwords: a signed, time-limited, single-use link by mail."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from models import audit
from models.links import LinkExpired, LinkInvalid, Purpose, make_link_token, read_link_token
from models.passwords import set_password
from models.users import find_user_by_email

from ..database import db
from ..fields import NewPasswordForm
from ..mail import send_mail
from ..security import account_key, limiter
from ..urls import external_url
from . import bp
from .forms import ForgotPasswordForm

#: Every request counts here (success looks the same as failure, on purpose).
RESETS_PER_ADDRESS = "20 per hour"
RESETS_PER_ACCOUNT = "5 per hour"


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(RESETS_PER_ADDRESS, methods=["POST"])
@limiter.limit(RESETS_PER_ACCOUNT, key_func=account_key, methods=["POST"])
def forgot_password() -> Response | tuple[str, int] | str:
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        user = find_user_by_email(db(), form.email.data)
        if user is not None and user.is_active:
            token = make_link_token(current_app.config["SECRET_KEY"], Purpose.PASSWORD_RESET, user)
            link = external_url("accounts.reset_password", token=token)
            send_mail(user, "password_reset", link=link)
            audit.record(db(), "password.reset_asked", target=user, ip_address=request.remote_addr)
            db().commit()
        # The same answer whether or not the address is known: nobody learns who has an account.
        flash(
            _("If this address has an account, we sent a mail with a link. It works for one hour."),
            "info",
        )
        return redirect(url_for("accounts.login"))
    status = 422 if request.method == "POST" else 200
    return render_template("accounts/forgot_password.html", form=form), status


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> Response | tuple[str, int] | str:
    try:
        user = read_link_token(
            db(), current_app.config["SECRET_KEY"], Purpose.PASSWORD_RESET, token
        )
    except LinkExpired:
        return render_template("accounts/link_problem.html", expired=True), 400
    except LinkInvalid:
        return render_template("accounts/link_problem.html", expired=False), 400
    form = NewPasswordForm(name=user.name, email=user.email)
    if form.validate_on_submit():
        set_password(user, form.password.data)
        audit.record(
            db(), "password.reset", actor_id=user.id, target=user, ip_address=request.remote_addr
        )
        db().commit()
        flash(_("Your new password is saved. You can sign in now."), "info")
        return redirect(url_for("accounts.login"))
    status = 422 if request.method == "POST" else 200
    return render_template("accounts/reset_password.html", form=form), status
