"""`GET /api/v1/me`: who the token belongs to."""

from __future__ import annotations

from ..urls import external_url
from . import bp
from .auth import api_user, require_token


@bp.get("/me")
@require_token()
def me() -> dict:
    user = api_user()
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "role": user.role.value,
        "locale": user.locale,
        "calendar_url": external_url("bookings.calendar_feed", token=user.calendar_token),
    }
