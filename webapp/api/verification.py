"""`GET /api/v1/certificates/<code>/verification`: the public check of a certificate.

No token needed: the same facts as the `/verify/<code>` page (initials only, never the
name), under the same rate limit per address.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from models.certificates import find_by_code

from ..database import db
from ..errors import ApiError
from ..verify.public import public_facts, verify_limited
from . import bp
from .activities import iso


@bp.get("/certificates/<code>/verification")
@verify_limited
def certificate_verification(code: str) -> dict[str, Any]:
    certificate = find_by_code(db(), code)
    if certificate is None:
        raise ApiError(404, "not_found", _("There is no certificate with this code."))
    facts = public_facts(certificate)
    return {
        "valid": facts.valid,
        "kind": facts.kind.value,
        "issued_at": iso(facts.issued_at),
        "issuer": facts.issuer,
        "minutes": facts.minutes,
        "holder_initials": facts.holder_initials,
        "code": facts.code,
        "revoked_at": iso(facts.revoked_at) if facts.revoked_at is not None else None,
    }
