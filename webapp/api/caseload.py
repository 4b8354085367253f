"""`GET /api/v1/caseload`: a counsellor's integrators with their hours."""

from __future__ import annotations

from models.caseload import caseload as caseload_of
from models.reference import Role

from ..database import db
from . import bp
from .auth import api_user, require_token


@bp.get("/caseload")
@require_token(Role.COUNSELLOR)
def caseload() -> dict:
    return {
        "items": [
            {
                "id": row.integrator.id,
                "name": row.integrator.name,
                "dutch_level": row.dutch_level,
                "confirmed_minutes": row.confirmed_minutes,
                "target_minutes": row.target_minutes,
                "status": row.status.value,
            }
            for row in caseload_of(db(), api_user().id)
        ]
    }
