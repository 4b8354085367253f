"""Moderation: every activity at a glance, hiding one with a reason (its organisation's
staff are told), and marking organisations as trusted. Thin views over `models.moderation`."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from models import Activity, Organisation
from models.moderation import (
    REASON_MAX_LENGTH,
    ModerationRefused,
    activities_for_moderation,
    hide_activity,
    set_trusted,
    unhide_activity,
)
from models.reference import ActivityStatus, Role

from ..access import roles
from ..database import db
from ..fields import TOO_LONG, strip
from . import bp
from .organisations import PAGE_SIZE, ApproveForm, organisation_or_404, page_number, tell_staff


class HideForm(FlaskForm):
    reason = TextAreaField(
        _l("Why? The staff of the organisation read this in their mail."),
        filters=[strip],
        validators=[
            DataRequired(_l("Please write why.")),
            Length(max=REASON_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "rows": 5},
    )


def _status_filter() -> ActivityStatus | None:
    asked = request.args.get("status", "")
    if not asked:
        return None
    try:
        return ActivityStatus(asked)
    except ValueError:
        abort(400)


def _activity(activity_id: int) -> Activity:
    activity = db().get(Activity, activity_id)
    if activity is None:
        abort(404)
    return activity


def _back() -> str:
    """To the list, with the status filter the admin came from."""
    status = request.args.get("status", "")
    if status in {s.value for s in ActivityStatus}:
        return url_for("admin.activities", status=status)
    return url_for("admin.activities")


@bp.get("/activities")
@roles(Role.ADMIN)
def activities() -> str:
    """Every activity, newest first, 50 per page."""
    status = _status_filter()
    page = page_number()
    found = activities_for_moderation(db(), status, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    if page > 1 and not found.activities:
        abort(404)
    more = page * PAGE_SIZE < found.total
    return render_template(
        "admin/activities.html",
        found=found,
        status=status,
        statuses=list(ActivityStatus),
        form=ApproveForm(),
        next_url=url_for("admin.activities", status=status.value if status else None, page=page + 1)
        if more
        else None,
    )


@bp.route("/activities/<id:activity_id>/hide", methods=["GET", "POST"])
@roles(Role.ADMIN)
def hide(activity_id: int) -> Response | tuple[str, int]:
    """Hide with a reason the organisation's staff read, each in their own language."""
    activity = _activity(activity_id)
    form = HideForm()
    if form.validate_on_submit():
        try:
            changed = hide_activity(
                db(), activity, current_user, form.reason.data, request.remote_addr
            )
        except ModerationRefused:
            db().rollback()
            form.reason.errors = [_("Please write why.")]
        else:
            if changed:
                tell_staff(
                    activity.organisation,
                    "activity_hidden",
                    activity=activity,
                    reason=activity.hidden_reason,
                )
            db().commit()
            flash(_("Hidden. We sent a mail to the organisation."), "info")
            return redirect(_back())
    status = 422 if form.is_submitted() else 200
    return render_template("admin/hide.html", form=form, activity=activity), status


def _checked() -> None:
    if not ApproveForm().validate_on_submit():
        abort(400)


@bp.post("/activities/<id:activity_id>/unhide")
@roles(Role.ADMIN)
def unhide(activity_id: int) -> Response:
    activity = _activity(activity_id)
    _checked()
    if unhide_activity(db(), activity, current_user, request.remote_addr):
        db().commit()
        flash(_("It is visible again."), "info")
    return redirect(_back())


def _trust(organisation: Organisation, trusted: bool) -> Response:
    _checked()
    if set_trusted(db(), organisation, current_user, trusted, request.remote_addr):
        db().commit()
    if trusted:
        flash(_("Trusted: %(name)s.", name=organisation.name), "info")
    else:
        flash(_("Not trusted any more: %(name)s.", name=organisation.name), "info")
    return redirect(request.referrer if _same_site(request.referrer) else _back())


def _same_site(url: str | None) -> bool:
    return bool(url) and url.startswith(request.host_url)


@bp.post("/organisations/<id:organisation_id>/trust")
@roles(Role.ADMIN)
def trust(organisation_id: int) -> Response:
    return _trust(organisation_or_404(organisation_id), True)


@bp.post("/organisations/<id:organisation_id>/distrust")
@roles(Role.ADMIN)
def distrust(organisation_id: int) -> Response:
    return _trust(organisation_or_404(organisation_id), False)
