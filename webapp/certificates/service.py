"""The glue between the records (`models.certificates`) and the PDF package (`certificates`):
gather the facts, translate the labels, render, store.

The rules (what a certificate states, one valid certificate at a time, the hash) live in
`models`; drawing lives in `certificates`. This module only fills one from the other, so
the staff's screen, the bulk job, the counsellor's button and the API all issue alike.
Writers do not commit: the caller commits, or rolls back on a refusal.
"""

from __future__ import annotations

from pathlib import Path

from flask import current_app
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import Session

from certificates import (
    DUTCH,
    LABEL_KEYS,
    AttendanceCertificate,
    CompletionCertificate,
    render_attendance,
    render_completion,
)
from models import Activity, Certificate, User, utcnow
from models import certificates as records
from models.certificates import CertificateRefused
from models.db import end_transaction
from models.home import trajectory_progress
from models.reference import DEFAULT_LOCALE, CertificateKind, TrajectoryStatus

#: Printed under a completion certificate unless `AGENCY_NAME` says otherwise.
DEFAULT_AGENCY_NAME = "Agentschap Integratie en Inburgering"

#: The words on a certificate, marked for translation. Their message ids are the English
#: meanings of `certificates.LABEL_KEYS` (a test keeps the two equal).
LABELS = {
    "attendance_title": _l("Proof of participation"),
    "attendance_statement": _l(
        "The organisation confirms that the participant attended the sessions below."
    ),
    "completion_title": _l("Proof of completion of the participation trajectory"),
    "completion_statement": _l(
        "The agency confirms that the participant completed the participation trajectory "
        "with the activities below."
    ),
    "holder": _l("Participant"),
    "dossier_number": _l("File number"),
    "organisation": _l("Organisation"),
    "activity": _l("Activity"),
    "activities": _l("Activities"),
    "sessions": _l("Sessions attended"),
    "date": _l("Date"),
    "minutes": _l("Minutes"),
    "total": _l("Total"),
    "target": _l("Required"),
    "issued_by": _l("Issued by"),
    "issued_at": _l("Issued on"),
    "agency": _l("Agency"),
    "verification_code": _l("Verification code"),
    "verify_hint": _l("Check this certificate at"),
}


def _translated(locale: str) -> dict[str, str | None]:
    """Each label in `locale`, or None where the catalogue has no translation yet."""
    with force_locale(locale):
        texts = {key: str(text) for key, text in LABELS.items()}
    return {
        key: text if locale == "en" or text != LABEL_KEYS[key] else None
        for key, text in texts.items()
    }


def labels_for(locale: str) -> dict[str, tuple[str, str | None]]:
    """key -> (Dutch, the holder's language or None): Dutch is the official wording, the
    holder's language stands beside it unless the holder reads Dutch."""
    dutch = _translated(DEFAULT_LOCALE)
    other = _translated(locale) if locale != DEFAULT_LOCALE else dict.fromkeys(LABELS)
    return {key: (dutch[key] or DUTCH[key], other[key]) for key in LABELS}


def verify_url(code: str) -> str:
    """Printed and put in the QR code: where anyone checks the certificate."""
    return current_app.config["BASE_URL"] + "/verify/" + code


def agency_name() -> str:
    return current_app.config.get("AGENCY_NAME") or DEFAULT_AGENCY_NAME


def _logo(activity: Activity) -> bytes | None:
    """The organisation's logo file from UPLOAD_DIR, if it has one that is really there."""
    name = activity.organisation.logo_path
    if not name:
        return None
    folder = Path(current_app.config["UPLOAD_DIR"]).resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    return path.read_bytes()


def _dossier_number(holder: User) -> str | None:
    return holder.integrator.dossier_number if holder.integrator else None


def _holder_locale(holder: User) -> str:
    return holder.locale or DEFAULT_LOCALE


# Issuing --------------------------------------------------------------------------------------


def prepare_attendance(
    db: Session, staff: User, holder: User, activity: Activity
) -> tuple[AttendanceCertificate, Certificate]:
    """What a proof of participation will say, and its record, neither drawn nor stored yet:
    the bulk job draws many of these in other processes. Refused without attended minutes."""
    sessions = records.attended_sessions(db, holder.id, activity.id)
    if not sessions:
        raise CertificateRefused("nothing_attended")
    code = records.new_code()
    now = utcnow()
    total = sum(session.minutes for session in sessions)
    organisation = activity.organisation
    document = AttendanceCertificate(
        code=code,
        verify_url=verify_url(code),
        issued_at=now,
        issuer_name=staff.name,
        organisation_name=organisation.name,
        holder_name=holder.name,
        activity_title=activity.text(DEFAULT_LOCALE).title,
        sessions=[(session.starts_at, session.minutes) for session in sessions],
        total_minutes=total,
        holder_locale=_holder_locale(holder),
        labels=labels_for(_holder_locale(holder)),
        dossier_number=_dossier_number(holder),
        organisation_logo=_logo(activity),
    )
    record = Certificate(
        code=code,
        kind=CertificateKind.ATTENDANCE,
        holder_id=holder.id,
        activity_id=activity.id,
        organisation_id=organisation.id,
        issued_at=now,
        issuer_name=organisation.name,
        minutes=total,
        locale=_holder_locale(holder),
    )
    return document, record


def issue_attendance(db: Session, staff: User, holder: User, activity: Activity) -> Certificate:
    """Proof of participation for one person and one activity, issued by a staff member of
    its organisation (the caller checked that). Refused without attended minutes."""
    document, record = prepare_attendance(db, staff, holder, activity)
    end_transaction(db)  # drawing takes a while: hold no lock meanwhile
    return records.issue(db, record, render_attendance(document), staff)


def issue_completion(db: Session, issuer: User, holder: User) -> Certificate:
    """The trajectory's completion certificate, by the counsellor or an admin (the caller
    checked that). Refused until the trajectory's status is `completed`."""
    progress = trajectory_progress(db, holder.id)
    if progress.status != TrajectoryStatus.COMPLETED:
        raise CertificateRefused("target_not_reached")
    lines = records.activity_minutes(db, holder.id)
    total = sum(line.minutes for line in lines)
    if not lines or total < progress.target_minutes:
        raise CertificateRefused("target_not_reached")
    code = records.new_code()
    now = utcnow()
    end_transaction(db)  # drawing takes a while: hold no lock meanwhile
    pdf = render_completion(
        CompletionCertificate(
            code=code,
            verify_url=verify_url(code),
            issued_at=now,
            issuer_name=issuer.name,
            agency_name=agency_name(),
            holder_name=holder.name,
            activities=[(line.title, line.organisation, line.minutes) for line in lines],
            total_minutes=total,
            target_minutes=progress.target_minutes,
            holder_locale=_holder_locale(holder),
            labels=labels_for(_holder_locale(holder)),
            dossier_number=_dossier_number(holder),
        )
    )
    record = Certificate(
        code=code,
        kind=CertificateKind.COMPLETION,
        holder_id=holder.id,
        issued_at=now,
        issuer_name=agency_name(),
        minutes=total,
        locale=_holder_locale(holder),
    )
    return records.issue(db, record, pdf, issuer)


# Who attended an activity ---------------------------------------------------------------------
