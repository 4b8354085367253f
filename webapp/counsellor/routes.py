"""The counsellor's screens: adding a person, the activation letter, booking for people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import segno
from flask import abort, current_app, redirect, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response

from models import ActivitySession, User
from models.bookings import BookingRefused
from models.caseload import CaseloadRow
from models.caseload import caseload as caseload_of
from models.catalogue import get_public_activity, places_left
from models.integrators import Field, Refused, create_integrator, is_activated, today_in_brussels
from models.links import MAX_AGE, Purpose, activation_code
from models.participants import session_participants
from models.permissions import Action
from models.reference import BookingStatus, Role

from ..access import require, roles
from ..bookings.service import HOLDING, book_and_tell, refusal_message
from ..database import db
from ..i18n import locale_code, text_direction
from ..urls import activation_link, external_url
from . import bp
from .forms import BookPeopleForm, NewIntegratorForm

CODE_GROUP = 4


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


def integrator_or_404(integrator_id: int) -> User:
    """The integrator with this id; 404 for anyone else and for an erased person."""
    integrator = db().get(User, integrator_id)
    if integrator is None or integrator.role != Role.INTEGRATOR or integrator.erased_at:
        abort(404)
    return integrator


def _grouped(code: str) -> str:
    """ "ABCDEFGH" as "ABCD-EFGH": easier to read from paper and to type."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def readable_phone(phone: str | None) -> str | None:
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
    integrator = integrator_or_404(integrator_id)
    require(Action.VIEW_PERSON, integrator)
    context: dict = {
        "integrator": integrator,
        "counsellor": integrator.integrator.counsellor if integrator.integrator else None,
        "active": is_activated(integrator),
        "phone": readable_phone(integrator.phone),
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


@dataclass(frozen=True)
class Outcome:
    """What a group booking did for one person: a status, or the reason it was refused."""

    person: User
    status: BookingStatus | None = None
    refusal: str | None = None
    overlaps: bool = False


def _book_one(session_id: int, person: User) -> Outcome:
    try:
        result = book_and_tell(session_id, person, current_user._get_current_object())
    except BookingRefused as refused:
        return Outcome(person, refusal=refusal_message(refused.code))
    return Outcome(person, status=result.booking.status, overlaps=bool(result.overlaps))


def _book_page(
    session: ActivitySession, rows: list[CaseloadRow], form: BookPeopleForm, **context: object
) -> str:
    activity = session.activity
    holding = {
        b.integrator_id: b.status
        for b in session_participants(db(), session.id)
        if b.status in HOLDING
    }
    return render_template(
        "counsellor/book_session.html",
        session=session,
        activity=activity,
        text=activity.text(locale_code()),
        places_left=places_left(db(), [session])[session.id],
        rows=rows,
        holding=holding,
        form=form,
        **context,
    )


@bp.route("/sessions/<id:session_id>/book", methods=["GET", "POST"])
@roles(Role.COUNSELLOR)
def book_for_people(session_id: int) -> tuple[str, int]:
    """Book several people of my caseload for one session at once, often with them beside
    me: one booking (and one transaction, one mail) per person, then a summary."""
    session = db().get(ActivitySession, session_id)
    if session is None or get_public_activity(db(), session.activity_id) is None:
        abort(404)
    rows = caseload_of(db(), current_user.id)
    form = BookPeopleForm()
    form.people.choices = [(row.integrator.id, row.integrator.name) for row in rows]
    if form.validate_on_submit():
        people = {row.integrator.id: row.integrator for row in rows}
        chosen = dict.fromkeys(form.people.data)  # each person once, in the order sent
        outcomes = [_book_one(session_id, people[person_id]) for person_id in chosen]
        return _book_page(session, rows, BookPeopleForm(formdata=None), outcomes=outcomes), 200
    return _book_page(session, rows, form), 422 if form.is_submitted() else 200
