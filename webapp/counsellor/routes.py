"""The counsellor's screens: the caseload, adding a person, and the activation letter."""

from __future__ import annotations

from datetime import timedelta

import segno
from flask import abort, current_app, redirect, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from models import User
from models.caseload import caseload as caseload_of
from models.integrators import Field, Refused, create_integrator, is_activated, today_in_brussels
from models.links import MAX_AGE, Purpose, activation_code
from models.permissions import Action
from models.reference import Role

from ..access import require, roles
from ..database import db
from ..i18n import text_direction
from ..urls import activation_link, external_url
from . import bp
from .forms import NewIntegratorForm

CODE_GROUP = 4


@bp.get("/")
@roles(Role.COUNSELLOR)
def caseload() -> str:
    """The people on my caseload; those who have not activated yet have a letter link."""
    return render_template("counsellor/caseload.html", rows=caseload_of(db(), current_user.id))


def _refusal_message(refused: Refused) -> str:
    if refused.reason == "taken" and refused.field == Field.PHONE:
        return _("There is already an account with this phone number.")
    if refused.reason == "taken":
        return _("There is already an account with this e-mail address.")
    if refused.field == Field.CONTACT:
        return _("Fill in a phone number or an e-mail address (or both).")
    return _("This is not right. Please check it.")


@bp.route("/integrators/new", methods=["GET", "POST"])
@roles(Role.COUNSELLOR)
def new_integrator() -> Response | tuple[str, int]:
    """Put a person on my caseload; next comes the letter with which they activate."""
    form = NewIntegratorForm()
    if form.validate_on_submit():
        try:
            user = create_integrator(
                db(),
                current_user,
                name=form.name.data,
                locale=form.locale.data,
                dutch_level=form.dutch_level.data,
                phone=form.phone.data,
                email=form.email.data,
                dossier_number=form.dossier_number.data,
            )
            db().commit()
        except Refused as refused:
            db().rollback()
            target = form.phone if refused.field == Field.CONTACT else form[refused.field.value]
            target.errors = [*target.errors, _refusal_message(refused)]
        except IntegrityError:  # the same phone or address saved a moment ago by someone else
            db().rollback()
            form.form_errors.append(_("This person could not be saved. Please try again."))
        else:
            return redirect(url_for("counsellor.letter", integrator_id=user.id))
        return render_template("counsellor/new_integrator.html", form=form), 422
    status = 422 if form.is_submitted() else 200
    return render_template("counsellor/new_integrator.html", form=form), status


def _grouped(code: str) -> str:
    """ "ABCDEFGH" as "ABCD-EFGH": easier to read from paper and to type."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def _readable_phone(phone: str | None) -> str | None:
    """A Belgian mobile number as people write it ("0470 12 34 56"); sign-in takes both."""
    if phone and phone.startswith("+324") and len(phone) == 12:
        local = "0" + phone[3:]
        return f"{local[:4]} {local[4:6]} {local[6:8]} {local[8:]}"
    return phone


@bp.get("/integrators/<id:integrator_id>/letter")
@roles(Role.COUNSELLOR, Role.ADMIN)
def letter(integrator_id: int) -> str:
    """A printable letter in the person's own language, with a one-time link, its QR code
    and a short code for those who would rather type."""
    integrator = db().get(User, integrator_id)
    if integrator is None or integrator.role != Role.INTEGRATOR or integrator.erased_at:
        abort(404)
    require(Action.VIEW_PERSON, integrator)
    context: dict = {
        "integrator": integrator,
        "counsellor": integrator.integrator.counsellor if integrator.integrator else None,
        "active": is_activated(integrator),
        "phone": _readable_phone(integrator.phone),
        "letter_lang": integrator.locale,
        "letter_dir": text_direction(integrator.locale),
    }
    if not context["active"]:
        secret = current_app.config["SECRET_KEY"]
        link = activation_link(integrator)
        context.update(
            link=link,
            qr_code=Markup(segno.make(link, error="m").svg_inline(scale=4)),  # noqa: S704 - our own SVG
            code=_grouped(activation_code(secret, integrator)),
            code_page=external_url("accounts.activate_with_code"),
            link_valid_until=today_in_brussels()
            + timedelta(seconds=MAX_AGE[Purpose.ACTIVATION] - 24 * 3600),
        )
    with force_locale(integrator.locale):
        body = render_template("counsellor/_letter.html", **context)
    # Markup: the body is a template we just rendered, with everything in it escaped.
    return render_template("counsellor/letter.html", letter_body=Markup(body), **context)  # noqa: S704
