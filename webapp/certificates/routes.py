"""Certificate pages: the staff's screen per activity (one by one, or all as a zip), the
progress of a zip, the counsellor's completion button, downloading and revoking.

Thin views over `service` (issuing) and `models.certificates` (the records); who may do
what is asked of `models.permissions`.
"""

from __future__ import annotations

from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from models import Certificate, User
from models.certificates import CertificateRefused, attendees, find_by_code, grouped, revoke
from models.db import end_transaction
from models.permissions import Action, can, is_member
from models.reference import Role

from ..access import require, roles
from ..api.auth import token_user
from ..counsellor.routes import integrator_or_404
from ..database import db
from ..organisation.activities import _my_activity
from ..security import login_manager
from . import bp, jobs
from .forms import ButtonForm, RevokeForm
from .service import issue_attendance, issue_completion


def refusal_message(refused: CertificateRefused) -> str:
    """Why no certificate was made, in the reader's words (pages and the API alike)."""
    messages = {
        "nothing_attended": _("This person has no attended hours for this activity yet."),
        "target_not_reached": _(
            "The trajectory is not completed yet. The certificate comes when the hours reach "
            "the target."
        ),
        "reason_required": _("Please write why."),
    }
    return messages.get(refused.code, _("No certificate was made."))


def pdf_response(certificate: Certificate) -> Response:
    """Exactly the stored bytes, as a download."""
    response = Response(certificate.pdf, mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}.pdf"'
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


# The staff's screen per activity -------------------------------------------------------------


@bp.get("/organisation/activities/<id:activity_id>/certificates")
@roles(Role.ORGANISATION_STAFF)
def issue_for_activity(activity_id: int) -> str:
    """Everyone who attended, with their certificate, and the buttons to issue."""
    activity = _my_activity(activity_id)
    return render_template(
        "certificates/activity.html",
        activity=activity,
        rows=attendees(db(), activity.id),
        form=ButtonForm(),
        grouped=grouped,
    )


@bp.post("/organisation/activities/<id:activity_id>/certificates/<id:integrator_id>")
@roles(Role.ORGANISATION_STAFF)
def issue_one(activity_id: int, integrator_id: int) -> Response:
    activity = _my_activity(activity_id)
    holder = db().get(User, integrator_id)
    if holder is None or holder.role != Role.INTEGRATOR or holder.erased_at:
        abort(404)
    if ButtonForm().validate_on_submit():
        try:
            certificate = issue_attendance(db(), current_user, holder, activity)
        except CertificateRefused as refused:
            db().rollback()
            flash(refusal_message(refused), "error")
        else:
            db().commit()
            flash(
                _(
                    "The certificate for %(name)s is made. Code: %(code)s",
                    name=holder.name,
                    code=grouped(certificate.code),
                ),
                "success",
            )
    return redirect(url_for("certificates.issue_for_activity", activity_id=activity.id))


@bp.post("/organisation/activities/<id:activity_id>/certificates/all")
@roles(Role.ORGANISATION_STAFF)
def issue_all(activity_id: int) -> Response:
    """Start the zip of everyone's certificates; the progress page follows it."""
    activity = _my_activity(activity_id)
    back = redirect(url_for("certificates.issue_for_activity", activity_id=activity.id))
    if not ButtonForm().validate_on_submit():
        return back
    if not attendees(db(), activity.id):
        flash(_("Nobody attended this activity yet."), "error")
        return back
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    end_transaction(db())  # the job writes in transactions of its own: hold no lock for it
    job_id = jobs.start(app, current_user, activity, activity.organisation_id)
    return redirect(url_for("certificates.job", job_id=job_id))


def _my_job(job_id: str) -> dict:
    """A job of my organisation; any other id is a 404."""
    state = jobs.read_job(current_app.config["UPLOAD_DIR"], job_id)
    if state is None or not is_member(db(), current_user, state["organisation_id"]):
        abort(404)
    return state


@bp.get("/organisation/certificates/jobs/<job_id>")
@roles(Role.ORGANISATION_STAFF)
def job(job_id: str) -> str:
    """How far the zip is; the page reloads itself every two seconds until it is done."""
    state = _my_job(job_id)
    return render_template("certificates/job.html", job_id=job_id, state=state)


@bp.get("/organisation/certificates/jobs/<job_id>/certificates.zip")
@roles(Role.ORGANISATION_STAFF)
def job_zip(job_id: str) -> Response:
    state = _my_job(job_id)
    paths = jobs.job_paths(current_app.config["UPLOAD_DIR"], job_id)
    if not state["finished"] or paths is None or not paths[1].is_file():
        abort(404)
    return send_file(
        paths[1],
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"certificates-activity-{state['activity_id']}.zip",
        max_age=0,
    )


# The counsellor's completion certificate ------------------------------------------------------


@bp.post("/counsellor/integrators/<id:integrator_id>/certificates/completion")
@roles(Role.COUNSELLOR, Role.ADMIN)
def issue_completion_certificate(integrator_id: int) -> Response:
    holder = integrator_or_404(integrator_id)
    require(Action.ISSUE_COMPLETION, holder)
    if ButtonForm().validate_on_submit():
        try:
            certificate = issue_completion(db(), current_user, holder)
        except CertificateRefused as refused:
            db().rollback()
            flash(refusal_message(refused), "error")
        else:
            db().commit()
            flash(
                _(
                    "The completion certificate is made. Code: %(code)s",
                    code=grouped(certificate.code),
                ),
                "success",
            )
    return redirect(url_for("counsellor.integrator", integrator_id=holder.id) + "#certificates")


# Downloading and revoking ---------------------------------------------------------------------


def _reader() -> User | None:
    """Who asks: the bearer token's user when the request carries one (an invalid one is a
    401), else the signed-in person."""
    if "Authorization" in request.headers:
        user = token_user()
        if user is None:
            abort(401)
        return user
    return current_user if current_user.is_authenticated else None


def _certificate_for(action: Action, user: User, code: str) -> Certificate:
    """The certificate if `user` may do `action` to it; unknown and forbidden look alike."""
    certificate = find_by_code(db(), code)
    if certificate is None or not can(db(), user, action, certificate):
        abort(404)
    return certificate


@bp.get("/certificates/<code>.pdf")
def download(code: str) -> Response | tuple[str, int]:
    """The PDF as issued, byte for byte; revoked ones too (the verify page says revoked)."""
    user = _reader()
    if user is None:
        return login_manager.unauthorized()
    certificate = _certificate_for(Action.DOWNLOAD_CERTIFICATE, user, code)
    if not certificate.pdf:
        message = _("This certificate's file was removed when the person's data was erased.")
        return render_template("errors/error.html", status=410, message=message), 410
    return pdf_response(certificate)


@bp.route("/certificates/<code>/revoke", methods=["GET", "POST"])
@roles(Role.INTEGRATOR, Role.COUNSELLOR, Role.ORGANISATION_STAFF, Role.ADMIN)
def revoke_certificate(code: str) -> Response | tuple[str, int]:
    """Withdraw a certificate with the reason; the record stays, marked withdrawn."""
    certificate = _certificate_for(Action.REVOKE_CERTIFICATE, current_user, code)
    if certificate.activity_id is not None and current_user.role == Role.ORGANISATION_STAFF:
        back = url_for("certificates.issue_for_activity", activity_id=certificate.activity_id)
    else:
        back = url_for("counsellor.integrator", integrator_id=certificate.holder_id)
    form = RevokeForm()
    if certificate.revoked_at is None and form.validate_on_submit():
        revoke(db(), certificate, form.reason.data, current_user)
        db().commit()
        flash(
            _("The certificate %(code)s is withdrawn.", code=grouped(certificate.code)), "success"
        )
        return redirect(back)
    status = 422 if form.errors else 200
    page = render_template(
        "certificates/revoke.html", certificate=certificate, form=form, back=back, grouped=grouped
    )
    return page, status
