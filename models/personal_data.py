"""Personal data rights: everything held about a person as JSON, and erasure.

Erasure anonymises the account but keeps what statistics and verification need: the hours
ledger (aggregate hours), bookings (attendance counts) and certificates (still verifiable
by code, but with no name).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from . import audit
from .activities import Activity
from .audit import AuditEvent
from .base import utcnow
from .bookings import Booking
from .certificates import Certificate
from .hours import HoursEntry
from .sessions import ActivitySession
from .tokens import ApiToken
from .trajectories import Trajectory
from .users import User, new_calendar_token

ERASED_NAME = "—"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _row(obj: object, *fields: str) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in fields}


def export(db: Session, person: User) -> dict[str, Any]:
    """All data the platform holds about `person`, in one JSON-ready dict."""
    profile = person.integrator
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == person.id))
    bookings = db.execute(
        select(Booking, ActivitySession, Activity)
        .join(ActivitySession, ActivitySession.id == Booking.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(Booking.integrator_id == person.id)
        .order_by(ActivitySession.starts_at)
    ).all()
    return {
        "exported_at": utcnow().isoformat(),
        "account": _row(
            person, "id", "name", "email", "phone", "role", "locale", "created_at", "last_login_at"
        ),
        "integrator_profile": None
        if profile is None
        else _row(profile, "dutch_level", "dossier_number", "counsellor_id", "voluntary"),
        "trajectory": None
        if trajectory is None
        else _row(trajectory, "started_on", "deadline", "target_minutes", "status"),
        "bookings": [
            _row(booking, "id", "status", "created_at", "cancelled_at", "attended_minutes")
            | {
                "session_id": session.id,
                "activity_id": activity.id,
                "activity": activity.text(person.locale).title,
                "start": session.starts_at.isoformat(),
            }
            for booking, session, activity in bookings
        ],
        "hours": [
            _row(
                entry,
                "id",
                "kind",
                "minutes",
                "occurred_on",
                "activity_id",
                "external_organisation",
                "external_activity",
                "reason",
                "created_at",
            )
            for entry in db.scalars(
                select(HoursEntry)
                .where(HoursEntry.integrator_id == person.id)
                .order_by(HoursEntry.id)
            )
        ],
        "certificates": [
            _row(c, "code", "kind", "issued_at", "issuer_name", "minutes", "revoked_at")
            for c in db.scalars(select(Certificate).where(Certificate.holder_id == person.id))
        ],
        "api_tokens": [
            _row(t, "name", "hint", "created_at", "last_used_at", "revoked_at")
            for t in db.scalars(select(ApiToken).where(ApiToken.user_id == person.id))
        ],
        "audit_log": [
            _row(e, "at", "action", "target_type", "target_id", "ip_address")
            for e in db.scalars(
                select(AuditEvent)
                .where(
                    or_(
                        AuditEvent.actor_id == person.id,
                        (AuditEvent.target_type == "users") & (AuditEvent.target_id == person.id),
                    )
                )
                .order_by(AuditEvent.id)
            )
        ],
    }


def erase(db: Session, person: User, by: User, ip_address: str | None = None) -> list[str]:
    """Anonymise `person`; hours, bookings and certificate records stay for statistics.

    The stored PDFs of the person's certificates are emptied (they carry the name); their
    hash stays, so a code on paper still verifies. Returns the names of the person's proof
    scans: the caller removes the files once the erasure is committed
    (`models.proofs.discard`), as the ledger rows themselves stay.
    """
    person.name = ERASED_NAME
    person.email = None
    person.phone = None
    person.password_hash = None
    person.is_active = False
    person.calendar_token = new_calendar_token()
    person.erased_at = utcnow()
    if person.integrator is not None:
        person.integrator.dossier_number = None
        person.integrator.birth_date = None
        person.integrator.notes = None
    for token in db.scalars(select(ApiToken).where(ApiToken.user_id == person.id)):
        token.revoked_at = token.revoked_at or utcnow()
    # The PDFs print the full name: their bytes go, the hash stays so the code still checks.
    for certificate in db.scalars(select(Certificate).where(Certificate.holder_id == person.id)):
        certificate.pdf = b""
    for event in db.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "login.failure", AuditEvent.target_id == person.id
        )
    ):
        event.details = {}
    audit.record(db, "person.erased", actor_id=by.id, target=person, ip_address=ip_address)
    return list(
        db.scalars(
            select(HoursEntry.proof_path).where(
                HoursEntry.integrator_id == person.id, HoursEntry.proof_path.is_not(None)
            )
        )
    )
