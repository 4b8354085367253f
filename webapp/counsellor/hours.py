"""One integrator seen by their counsellor: the hours ledger, bookings and certificates, and
the two ways a counsellor changes the hours (a proof from outside, a correction).

Every write goes through `models.ledger`, which checks the rules and keeps the trajectory's
status in step; these views parse the form, call it, commit, and put a refusal beside the
field it is about. A proof file is checked and stored by `models.proofs` (outside the web
root) and only served back through `proof`, after the same rights check as the page.
"""

from __future__ import annotations

from itertools import accumulate

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from models import User, proofs, utcnow
from models.bookings import bookings_of
from models.certificates import certificates_of
from models.home import trajectory_progress
from models.hours import HoursEntry, ledger
from models.integrators import today_in_brussels
from models.ledger import (
    MAX_ENTRY_MINUTES,
    ExternalProof,
    HoursRefused,
    record_correction,
    record_external_proof,
)
from models.permissions import Action
from models.reference import Role
from models.trajectories import trajectory_of

from ..access import allowed, require, roles
from ..database import db
from ..fields import TOO_LONG
from ..vocabulary import PARTICIPANT_STATUS_NAMES
from . import bp
from .forms import CorrectionForm, ExternalHoursForm
from .routes import integrator_or_404, readable_phone

#: The proof form may carry a 5 MB file plus the fields; the app-wide limit is lower. Up to
#: this size a too-large file gets a message in the form rather than a bare 413 page.
UPLOAD_BODY_LIMIT = 8 * 1024 * 1024


@bp.url_value_preprocessor
def _allow_proof_uploads(endpoint: str | None, values: dict | None) -> None:
    """Raise the body limit for the proof form. This runs before every `before_request`,
    so also before the CSRF check, which is the first to read the body."""
    if endpoint == "counsellor.record_external" and request.method == "POST":
        request.max_content_length = UPLOAD_BODY_LIMIT


def _person_with_hours(integrator_id: int) -> User:
    """The integrator, if I may see (and so keep) their hours: their counsellor or an admin."""
    person = integrator_or_404(integrator_id)
    require(Action.VIEW_HOURS, person)
    return person


@bp.get("/integrators/<id:integrator_id>")
@roles(Role.COUNSELLOR, Role.ADMIN)
def integrator(integrator_id: int) -> str:
    """Who the person is, where the trajectory stands, and every ledger entry behind it."""
    person = _person_with_hours(integrator_id)
    entries = ledger(db(), person.id)
    now = utcnow()
    bookings = bookings_of(db(), person.id)  # the newest session first
    certificates = certificates_of(db(), person.id)
    return render_template(
        "counsellor/integrator.html",
        person=person,
        phone=readable_phone(person.phone),
        profile=person.integrator,
        trajectory=trajectory_of(db(), person.id),
        progress=trajectory_progress(db(), person.id),
        entries=list(zip(entries, accumulate(entry.minutes for entry in entries), strict=True)),
        coming=[b for b in reversed(bookings) if b.session.starts_at > now],
        before=[b for b in bookings if b.session.starts_at <= now],
        certificates=list(certificates),
        participant_status_names=PARTICIPANT_STATUS_NAMES,
    )


def _hours_message(refused: HoursRefused) -> str:
    """A refusal of `models.ledger` in the reader's words."""
    messages = {
        "required": _("Please fill this in."),
        "too_long": str(TOO_LONG),
        "in_future": _("This date is in the future. Hours count once they are done."),
        "not_a_number": _("Please type a whole number. Example: 12"),
        "out_of_range": _(
            "Fill in at least 1 minute and at most %(hours)s hours.",
            hours=MAX_ENTRY_MINUTES // 60,
        ),
        "below_zero": _("You cannot take back more hours than the person has."),
    }
    return messages.get(refused.code, _("This is not right. Please check it."))


def _show_refusal(form: ExternalHoursForm | CorrectionForm, refused: HoursRefused) -> None:
    """Beside the field the model names (the forms use the model's names), else on top."""
    if refused.field and refused.field in form:
        field = form[refused.field]
        field.errors = [*field.errors, _hours_message(refused)]
    else:
        form.form_errors.append(_hours_message(refused))


def _proof_message(refused: proofs.ProofRefused) -> str:
    messages = {
        "empty": _("The file is empty."),
        "too_large": _("The file is larger than 5 MB."),
        "wrong_type": _("This file is not a PDF, JPEG or PNG."),
    }
    return messages[refused.code]


def _save_external(person: User, form: ExternalHoursForm) -> bool:
    """Store the proof, then credit the hours; a refused entry leaves no file behind."""
    upload_dir = current_app.config["UPLOAD_DIR"]
    try:
        # One byte more than allowed is enough to know the file is too large.
        name = proofs.store(upload_dir, form.proof.data.read(proofs.MAX_PROOF_BYTES + 1))
    except proofs.ProofRefused as refused:
        form.proof.errors = [*form.proof.errors, _proof_message(refused)]
        return False
    proof = ExternalProof(
        minutes=form.total_minutes(),
        activity=form.activity.data,
        organisation=form.organisation.data,
        occurred_on=form.occurred_on.data,
        proof_path=name,
        note=form.note.data or None,
    )
    try:
        record_external_proof(db(), person, proof, current_user, today=today_in_brussels())
        db().commit()
    except HoursRefused as refused:
        db().rollback()
        proofs.discard(upload_dir, name)
        _show_refusal(form, refused)
        return False
    except Exception:
        db().rollback()
        proofs.discard(upload_dir, name)
        raise
    return True


def _back_to(person: User) -> Response:
    return redirect(url_for("counsellor.integrator", integrator_id=person.id, _anchor="hours"))


@bp.route("/integrators/<id:integrator_id>/hours/external", methods=["GET", "POST"])
@roles(Role.COUNSELLOR, Role.ADMIN)
def record_external(integrator_id: int) -> Response | tuple[str, int]:
    """Hours proven outside the platform: what, where, when, how long, and the signed paper."""
    person = _person_with_hours(integrator_id)
    form = ExternalHoursForm()
    form.occurred_on.render_kw = {
        "max": today_in_brussels().isoformat()
    }  # a hint; the model checks
    if form.validate_on_submit() and _save_external(person, form):
        flash(_("The hours are added."), "success")
        return _back_to(person)
    status = 422 if form.is_submitted() else 200
    return render_template("counsellor/external_hours.html", person=person, form=form), status


@bp.route("/integrators/<id:integrator_id>/hours/correction", methods=["GET", "POST"])
@roles(Role.COUNSELLOR, Role.ADMIN)
def correct_hours(integrator_id: int) -> Response | tuple[str, int]:
    """Add or take back hours with the reason why; the ledger keeps both, the total follows."""
    person = _person_with_hours(integrator_id)
    form = CorrectionForm()
    if form.validate_on_submit():
        try:
            record_correction(
                db(),
                person,
                form.signed_minutes(),
                form.reason.data,
                current_user,
                today=today_in_brussels(),
            )
            db().commit()
        except HoursRefused as refused:
            db().rollback()
            _show_refusal(form, refused)
        else:
            flash(_("The hours are corrected."), "success")
            return _back_to(person)
    status = 422 if form.is_submitted() else 200
    return render_template(
        "counsellor/correct_hours.html",
        person=person,
        form=form,
        progress=trajectory_progress(db(), person.id),
    ), status


@bp.get("/hours/<id:entry_id>/proof")
@roles(Role.COUNSELLOR, Role.ADMIN)
def proof(entry_id: int) -> Response:
    """The scan of a proof, as a download. 404 for anyone but the person's counsellor and
    admins, the same as for an id that does not exist, so ids cannot be probed."""
    entry = db().get(HoursEntry, entry_id)
    if entry is None or not entry.proof_path or not allowed(Action.VIEW_HOURS, entry.integrator):
        abort(404)
    path = proofs.stored_path(current_app.config["UPLOAD_DIR"], entry.proof_path)
    if path is None:
        abort(404)
    response = send_file(
        path,
        mimetype=proofs.media_type(entry.proof_path),
        as_attachment=True,
        download_name=f"proof-{entry.id}{path.suffix}",
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response
