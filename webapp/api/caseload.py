"""`GET /api/v1/caseload`: a counsellor's integrators with their hours and who needs attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from models.caseload import CaseloadRow
from models.caseload import caseload as caseload_of
from models.reference import Role

from ..database import db
from . import bp
from .auth import api_user, require_token


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def caseload_item(row: CaseloadRow) -> dict[str, Any]:
    return {
        "id": row.integrator.id,
        "name": row.integrator.name,
        "dutch_level": row.dutch_level,
        "confirmed_minutes": row.confirmed_minutes,
        "target_minutes": row.target_minutes,
        "status": row.status.value,
        "deadline": _day(row.deadline),
        "last_attended_on": _day(row.last_attended_on),
        "upcoming_bookings": row.upcoming_bookings,
        "flags": [flag.value for flag in row.flags],
    }


@bp.get("/caseload")
@require_token(Role.COUNSELLOR)
def caseload() -> dict[str, Any]:
    return {"items": [caseload_item(row) for row in caseload_of(db(), api_user().id)]}
