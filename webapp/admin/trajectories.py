"""An integrator's trajectory for the admin: the target, the status and why, and changing
them (a lower target, an exemption or its end), always with a reason.

Thin view over `models.trajectories`: the rules (never above 40 hours, a reason always,
the status following the ledger at once) live there.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from models import User
from models.hours import confirmed_minutes
from models.permissions import Action
from models.reference import Role, TrajectoryStatus
from models.trajectories import (
    Trajectory,
    TrajectoryRefused,
    change_target,
    end_exemption,
    exempt,
    trajectory_of,
)

from ..access import require, roles
from ..database import db
from ..fields import TOO_LONG
from . import bp
from .forms import END_EXEMPTION, EXEMPT, TARGET_RANGE, TrajectoryForm


def _apply(form: TrajectoryForm, trajectory: Trajectory, person: User) -> str:
    """Make the change the form asks for; the message that says what happened."""
    by = db().get(User, current_user.id)
    reason = form.reason.data
    if form.change.data == EXEMPT:
        exempt(db(), trajectory, reason, by)
        return _("%(name)s is exempt from the hours now.", name=person.name)
    if form.change.data == END_EXEMPTION:
        end_exemption(db(), trajectory, reason, by)
        return _("The exemption of %(name)s has ended. The hours count again.", name=person.name)
    change_target(db(), trajectory, form.hours.data * 60, reason, by)
    return _(
        "The target of %(name)s is %(hours)s hours now.", name=person.name, hours=form.hours.data
    )


def _show_refusal(form: TrajectoryForm, refused: TrajectoryRefused) -> None:
    field, message = {
        "reason_required": (form.reason, _("Please write why.")),
        "reason_too_long": (form.reason, str(TOO_LONG)),
        "target_out_of_range": (form.hours, str(TARGET_RANGE)),
    }.get(refused.code, (form.change, _("This change is not possible.")))
    field.errors = [*field.errors, message]


@bp.route("/people/<id:user_id>/trajectory", methods=["GET", "POST"])
@roles(Role.ADMIN)
def trajectory(user_id: int) -> Response | tuple[str, int]:
    person = db().get(User, user_id)
    if person is None or person.role != Role.INTEGRATOR:
        abort(404)
    require(Action.VIEW_HOURS, person)
    found = trajectory_of(db(), person.id)
    if found is None:
        abort(404)
    form = TrajectoryForm(exempt=found.status == TrajectoryStatus.EXEMPT)
    if form.validate_on_submit():
        try:
            message = _apply(form, found, person)
        except TrajectoryRefused as refused:
            db().rollback()
            _show_refusal(form, refused)
        else:
            db().commit()
            flash(message, "info")
            return redirect(url_for("admin.trajectory", user_id=person.id))
    page = render_template(
        "admin/trajectory.html",
        form=form,
        person=person,
        trajectory=found,
        confirmed=confirmed_minutes(db(), person.id),
    )
    return page, 422 if request.method == "POST" else 200
