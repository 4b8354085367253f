"""What anyone may learn about a certificate, and how often they may ask.

The page, the file check and the API all show the same facts: valid or revoked (with the
date, never the reason), kind, issue date, issuer, minutes and the holder's initials only.
They share one rate limit per address, so codes cannot be tried in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from flask_babel import lazy_gettext as _l

from models.certificates import Certificate, grouped, initials
from models.reference import CertificateKind

from ..security import limiter

#: Requests per address to the page, the file check and the API together.
VERIFY_LIMIT = "60 per minute"

#: The two kinds as people read them (the same words as on the counsellor's page).
KIND_NAMES = {
    CertificateKind.ATTENDANCE.value: _l("Proof of participation"),
    CertificateKind.COMPLETION.value: _l("Trajectory completed"),
}


def verify_limit() -> str:
    """`VERIFY_RATE_LIMIT` from the settings (tests lower it), else `VERIFY_LIMIT`."""
    return current_app.config.get("VERIFY_RATE_LIMIT") or VERIFY_LIMIT


#: One budget shared by every public verification route.
verify_limited = limiter.shared_limit(verify_limit, scope="verify")


@dataclass(frozen=True)
class PublicFacts:
    code: str
    kind: CertificateKind
    issued_at: datetime
    revoked_at: datetime | None
    issuer: str
    minutes: int
    #: None for a holder whose personal data was erased (or a name without letters).
    holder_initials: str | None

    @property
    def valid(self) -> bool:
        return self.revoked_at is None


def public_facts(certificate: Certificate) -> PublicFacts:
    """The facts of `certificate` that may be shown to anyone holding its code or file."""
    holder = certificate.holder
    shown = None if holder.erased_at is not None else (initials(holder.name) or None)
    return PublicFacts(
        code=grouped(certificate.code),
        kind=certificate.kind,
        issued_at=certificate.issued_at,
        revoked_at=certificate.revoked_at,
        issuer=certificate.issuer_name,
        minutes=certificate.minutes,
        holder_initials=shown,
    )
