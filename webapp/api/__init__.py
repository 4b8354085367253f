"""The JSON API under /api/v1: bearer tokens, `{"items": [...]}` lists, errors as
`{"error": {"code", "message"}}`. Only tokens authenticate here, never the session cookie,
so the API needs no CSRF protection.
"""

from flask import Blueprint

from ..security import csrf

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)

from . import (  # noqa: E402, F401  (routes register on bp)
    activities,
    attendance,
    bookings,
    caseload,
    certificates,
    hours,
    me,
    openapi,
    publishing,
    reference,
    verification,
)
