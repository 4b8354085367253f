"""New accounts: activating one from a letter or an invitation, and signing up on one's own."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from models.integrators import Field, Refused, sign_up_voluntary
from models.integrators import activate as activate_account
from models.links import (
    LinkExpired,
    LinkInvalid,
    Purpose,
    check_activation_code,
    make_link_token,
    read_link_token,
)
from models.passwords import PasswordProblem
from models.users import User, find_user_by_login

from ..database import db
from ..fields import NewPasswordForm, password_message
from ..i18n import locale_code
from ..mail import send_mail
from ..security import TRIES_PER_ACCOUNT, TRIES_PER_ADDRESS, account_key, failed, limiter
from . import bp
from .onboarding_forms import ActivationCodeForm, SignupForm


def _secret() -> str:
    return current_app.config["SECRET_KEY"]


def _sign_in(user: User) -> None:
    session.clear()  # a new session: nothing carried over from before
    login_user(user)


@bp.route("/activate/<token>", methods=["GET", "POST"])
def activate(token: str) -> Response | tuple[str, int]:
    """Choose the first password with the one-time link of a letter or an invitation."""
    try:
        user = read_link_token(db(), _secret(), Purpose.ACTIVATION, token)
    except LinkExpired:
        return render_template("accounts/activate.html", problem="expired"), 400
    except LinkInvalid:
        return render_template("accounts/activate.html", problem="invalid"), 400
    if not user.is_active:
        return render_template("accounts/activate.html", problem="invalid"), 400
    form = NewPasswordForm(name=user.name, email=user.email)
    if form.validate_on_submit():
        try:
            activate_account(db(), user, form.password.data, request.remote_addr)
        except Refused as refused:  # the form checks the same rule; kept for safety
            db().rollback()
            form.password.errors = [password_message(PasswordProblem(refused.reason))]
        else:
            db().commit()
            _sign_in(user)
            flash(_("Your account is ready. Welcome!"), "info")
            return redirect(url_for("accounts.home"))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/activate.html", form=form, user=user), status


@bp.route("/activate", methods=["GET", "POST"])
@limiter.limit(TRIES_PER_ADDRESS, methods=["POST"], deduct_when=failed)
@limiter.limit(TRIES_PER_ACCOUNT, key_func=account_key, methods=["POST"], deduct_when=failed)
def activate_with_code() -> Response | tuple[str, int]:
    """For those who type rather than scan: phone number or address, and the letter's code."""
    form = ActivationCodeForm()
    status = 200
    if form.validate_on_submit():
        user = find_user_by_login(db(), form.identifier.data)
        if (
            user is not None
            and user.is_active
            and check_activation_code(_secret(), user, form.code.data)
        ):
            token = make_link_token(_secret(), Purpose.ACTIVATION, user)
            return redirect(url_for("accounts.activate", token=token))
        # The same answer whether the account exists or not.
        form.form_errors.append(
            _("This code does not fit this phone number or e-mail address. Please check both.")
        )
        status = 400
    elif form.is_submitted():
        status = 422
    return render_template("accounts/activate_code.html", form=form), status


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(TRIES_PER_ADDRESS, methods=["POST"], deduct_when=failed)
def signup() -> Response | tuple[str, int]:
    """Join as a voluntary participant: an account of one's own, active at once."""
    if current_user.is_authenticated:
        return redirect(url_for("accounts.home"))
    form = SignupForm()
    if request.method == "GET":
        form.locale.data = locale_code()  # the language the visitor reads now
    if form.validate_on_submit():
        try:
            user = sign_up_voluntary(
                db(),
                name=form.name.data,
                email=form.email.data,
                password=form.password.data,
                locale=form.locale.data,
                dutch_level=form.dutch_level.data,
            )
            send_mail(user, "integrator_welcome")
            db().commit()
        except Refused as refused:
            db().rollback()
            _show_refusal(form, refused)
        except IntegrityError:  # the same address signed up a moment ago
            db().rollback()
            form.email.errors = [*form.email.errors, _already_there()]
        else:
            _sign_in(user)
            flash(_("Welcome! Your account is ready."), "info")
            return redirect(url_for("accounts.home"))
        return render_template("accounts/signup.html", form=form), 422
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/signup.html", form=form), status


def _already_there() -> str:
    return _("There is already an account with this e-mail address. Please sign in.")


def _show_refusal(form: SignupForm, refused: Refused) -> None:
    if refused.field == Field.PASSWORD:
        form.password.errors = [password_message(PasswordProblem(refused.reason))]
    elif refused.field == Field.EMAIL and refused.reason == "taken":
        form.email.errors = [*form.email.errors, _already_there()]
    else:
        target = form[refused.field.value]
        target.errors = [*target.errors, _("This is not right. Please check it.")]
