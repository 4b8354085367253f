"""`GET /api/v1/integrators/<id>/hours`: the total, the target and the ledger behind them.

Only the integrator, their counsellor and admins read it (`Action.VIEW_HOURS`).
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from models import HoursEntry, User
from models.home import trajectory_progress
from models.hours import ledger
from models.permissions import Action, can
from models.reference import Role

from ..database import db
from ..errors import ApiError
from . import bp
from .activities import iso
from .auth import api_user, require_token


def entry_item(entry: HoursEntry) -> dict[str, Any]:
    """One ledger line; the uploaded proof itself is not part of the API."""
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "minutes": entry.minutes,
        "occurred_on": entry.occurred_on.isoformat(),
        "created_at": iso(entry.created_at),
        "created_by": entry.created_by.name if entry.created_by else None,
        "reason": entry.reason,
        "booking_id": entry.booking_id,
        "activity_id": entry.activity_id,
        "external_activity": entry.external_activity,
        "external_organisation": entry.external_organisation,
    }


@bp.get("/integrators/<id:integrator_id>/hours")
@require_token()
def integrator_hours(integrator_id: int) -> dict[str, Any]:
    person = db().get(User, integrator_id)
    if person is None or person.role != Role.INTEGRATOR:
        raise ApiError(404, "not_found", _("There is no participant with this id."))
    if not can(db(), api_user(), Action.VIEW_HOURS, person):
        raise ApiError(403, "forbidden", _("You are not allowed to do this."))
    progress = trajectory_progress(db(), person.id)
    return {
        "confirmed_minutes": progress.confirmed_minutes,
        "target_minutes": progress.target_minutes,
        "status": progress.status.value,
        "entries": [entry_item(entry) for entry in ledger(db(), person.id)],
    }
