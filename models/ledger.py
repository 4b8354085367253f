"""Writing to the hours ledger: every way minutes are credited or taken back.

Everything goes through `append`, which also keeps the trajectory's status in step, so a
total can never move without its entry, nor a status without its total. Attendance
(`models.attendance`) is one writer; the others live here: hours proven outside the
platform, and corrections by a counsellor or an admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from . import audit
from .base import utcnow
from .hours import HoursEntry, confirmed_minutes
from .reference import HoursKind
from .trajectories import lock_ledgers, refresh_status
from .users import User

#: Longer texts than these are refused, not cut.
MAX_NAME_LENGTH = 200
MAX_REASON_LENGTH = 2000
#: One external proof or correction credits at most this much: a whole trajectory.
MAX_ENTRY_MINUTES = 100 * 60


class HoursRefused(Exception):
    """Why minutes cannot be credited; `code` is for the API and the UI, `field` where."""

    def __init__(self, code: str, field: str | None = None) -> None:
        super().__init__(code if field is None else f"{code}: {field}")
        self.code = code
        self.field = field


def append(db: Session, *entries: HoursEntry) -> None:
    """Add entries and bring each integrator's trajectory status up to date, holding their
    ledgers' lock (`lock_ledgers`) so the status always follows the committed total."""
    people = list(dict.fromkeys(entry.integrator_id for entry in entries))
    if not people:
        return
    lock_ledgers(db, people)
    db.add_all(entries)
    db.flush()
    for integrator_id in people:
        refresh_status(db, integrator_id)


def _text(value: str | None, field: str, *, required: bool, limit: int) -> str | None:
    value = (value or "").strip()
    if not value:
        if required:
            raise HoursRefused("required", field)
        return None
    if len(value) > limit:
        raise HoursRefused("too_long", field)
    return value


def _occurred_on(value: date | None, today: date) -> date:
    if value is None:
        raise HoursRefused("required", "occurred_on")
    if value > today:
        raise HoursRefused("in_future", "occurred_on")
    return value


@dataclass(frozen=True)
class ExternalProof:
    """Hours proven outside the platform, as written on the paper the person brought."""

    minutes: int
    activity: str
    organisation: str
    occurred_on: date
    #: File name of the stored proof (`models.proofs.store`), or None without a scan.
    proof_path: str | None = None
    note: str | None = None


def record_external_proof(
    db: Session,
    integrator: User,
    proof: ExternalProof,
    by: User,
    *,
    today: date,
    now: datetime | None = None,
) -> HoursEntry:
    """Credit hours proven by another organisation's paper (a counsellor checked it)."""
    if isinstance(proof.minutes, bool) or not isinstance(proof.minutes, int):
        raise HoursRefused("not_a_number", "minutes")
    if not 1 <= proof.minutes <= MAX_ENTRY_MINUTES:
        raise HoursRefused("out_of_range", "minutes")
    entry = HoursEntry(
        integrator_id=integrator.id,
        kind=HoursKind.EXTERNAL_PROOF,
        minutes=proof.minutes,
        occurred_on=_occurred_on(proof.occurred_on, today),
        external_activity=_text(proof.activity, "activity", required=True, limit=MAX_NAME_LENGTH),
        external_organisation=_text(
            proof.organisation, "organisation", required=True, limit=MAX_NAME_LENGTH
        ),
        proof_path=proof.proof_path,
        reason=_text(proof.note, "note", required=False, limit=MAX_REASON_LENGTH),
        created_by_id=by.id,
        created_at=now or utcnow(),
    )
    append(db, entry)
    audit.record(db, "hours.external_proof", actor_id=by.id, target=entry, minutes=entry.minutes)
    return entry


def record_correction(
    db: Session,
    integrator: User,
    minutes: int,
    reason: str,
    by: User,
    *,
    today: date,
    now: datetime | None = None,
) -> HoursEntry:
    """Add or take back minutes with the reason why; the total never drops below zero."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise HoursRefused("not_a_number", "minutes")
    if minutes == 0 or abs(minutes) > MAX_ENTRY_MINUTES:
        raise HoursRefused("out_of_range", "minutes")
    reason_text = _text(reason, "reason", required=True, limit=MAX_REASON_LENGTH)
    lock_ledgers(db, [integrator.id])  # the check and the new entry are one step
    if confirmed_minutes(db, integrator.id) + minutes < 0:
        raise HoursRefused("below_zero", "minutes")
    entry = HoursEntry(
        integrator_id=integrator.id,
        kind=HoursKind.CORRECTION,
        minutes=minutes,
        occurred_on=today,
        reason=reason_text,
        created_by_id=by.id,
        created_at=now or utcnow(),
    )
    append(db, entry)
    audit.record(db, "hours.correction", actor_id=by.id, target=entry, minutes=minutes)
    return entry
