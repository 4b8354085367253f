"""Certificate records: what was issued, to whom, by whom, and the exact PDF bytes.

The rules of issuing live here (what an attendance or completion certificate states, the
code, the hash, revocation); drawing the PDF is the `certificates` package's job, and the
web app joins the two.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, func, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from . import audit
from .activities import Activity
from .base import Base, utcnow
from .bookings import Booking
from .columns import enum_type
from .db import begin_write
from .hours import HoursEntry
from .links import CODE_ALPHABET, normalise_code
from .reference import DEFAULT_LOCALE, BookingStatus, CertificateKind
from .sessions import ActivitySession
from .users import User


class Certificate(Base):
    """Never edited: a re-issue is a new row, and the old one gets `revoked_at`."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Public verification code: unguessable, short, without look-alike characters.
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_type(CertificateKind))
    holder_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    #: Attendance certificates: the activity and the organisation that issued it.
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Name of the issuer as printed (organisation or agency), kept for verification.
    issuer_name: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int]
    #: The holder's language printed beside the Dutch.
    locale: Mapped[str] = mapped_column(String(8))
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))

    holder: Mapped[User] = relationship(foreign_keys=[holder_id])

    __table_args__ = (
        # One certificate in force per person and activity (attendance) and per person
        # (completion): the last line of defence behind the lock in `issue`.
        Index(
            "uq_certificates_valid_attendance",
            "holder_id",
            "activity_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL AND kind = 'attendance'"),
            postgresql_where=text("revoked_at IS NULL AND kind = 'attendance'"),
        ),
        Index(
            "uq_certificates_valid_completion",
            "holder_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL AND kind = 'completion'"),
            postgresql_where=text("revoked_at IS NULL AND kind = 'completion'"),
        ),
    )

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


#: 12 characters of 31: about 59 bits, unguessable, and typed from paper in three groups.
CODE_LENGTH = 12


def new_code() -> str:
    """A fresh verification code (the unique index catches the one-in-a-quadrillion twin)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def grouped(code: str) -> str:
    """ "ABCDEFGHJKMN" as "ABCD-EFGH-JKMN", as printed and shown."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def clean_code(typed: str) -> str | None:
    """The code as stored, from what someone typed (any case, dashes, spaces); None when
    it cannot be one of ours (other characters, wrong length)."""
    code = normalise_code(typed)
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


class CertificateRefused(Exception):
    """Why a certificate cannot be issued; `code` for the UI and the API."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class AttendedSession:
    starts_at: datetime
    minutes: int


@dataclass(frozen=True)
class ActivityMinutes:
    """One line of a completion certificate."""

    title: str
    organisation: str
    minutes: int


def attended_sessions(db: Session, holder_id: int, activity_id: int) -> list[AttendedSession]:
    """The sessions of the activity the person attended, with the minutes credited."""
    rows = db.execute(
        select(ActivitySession.starts_at, Booking.attended_minutes)
        .join(Booking, Booking.session_id == ActivitySession.id)
        .where(
            ActivitySession.activity_id == activity_id,
            Booking.integrator_id == holder_id,
            Booking.status == BookingStatus.ATTENDED,
            Booking.attended_minutes > 0,
        )
        .order_by(ActivitySession.starts_at)
    ).all()
    return [AttendedSession(starts_at, minutes) for starts_at, minutes in rows]


def activity_minutes(db: Session, holder_id: int) -> list[ActivityMinutes]:
    """Every activity that counts towards the trajectory, with its confirmed minutes:
    attendance on the platform per activity, hours proven outside it per proof. Corrections
    without an activity are one line of their own, so the lines add up to the total."""
    rows = db.execute(
        select(
            HoursEntry.activity_id,
            HoursEntry.external_activity,
            HoursEntry.external_organisation,
            func.sum(HoursEntry.minutes),
        )
        .where(HoursEntry.integrator_id == holder_id)
        .group_by(
            HoursEntry.activity_id,
            HoursEntry.external_activity,
            HoursEntry.external_organisation,
        )
        .order_by(func.min(HoursEntry.occurred_on))
    ).all()
    lines = []
    for activity_id, external_activity, external_organisation, minutes in rows:
        if not minutes:
            continue
        if activity_id is not None:
            activity = db.get(Activity, activity_id)
            title, organisation = activity.text(DEFAULT_LOCALE).title, activity.organisation.name
        else:
            title, organisation = external_activity or "", external_organisation or ""
        lines.append(ActivityMinutes(title, organisation, int(minutes)))
    return lines


def valid_certificate(
    db: Session, kind: CertificateKind, holder_id: int, activity_id: int | None = None
) -> Certificate | None:
    """The certificate of this kind (and activity) that is in force, if any."""
    return db.scalar(
        select(Certificate).where(
            Certificate.kind == kind,
            Certificate.holder_id == holder_id,
            Certificate.activity_id.is_(None)
            if activity_id is None
            else Certificate.activity_id == activity_id,
            Certificate.revoked_at.is_(None),
        )
    )


def issue(db: Session, certificate: Certificate, pdf: bytes, by: User) -> Certificate:
    """Store a freshly rendered certificate with the hash of its exact bytes.

    An earlier certificate of the same kind, holder (and activity) is revoked: a
    certificate is never edited, a re-issue replaces it. The holder's row is locked first,
    so of two issues at the same moment the second replaces the first. Draw the PDF before
    calling this: the write transaction starts here and should stay short.
    """
    begin_write(db)
    db.execute(select(User.id).where(User.id == certificate.holder_id).with_for_update())
    earlier = valid_certificate(
        db, certificate.kind, certificate.holder_id, certificate.activity_id
    )
    certificate.pdf = pdf
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.issued_by_id = by.id
    if earlier is not None:
        certificate.replaces_id = earlier.id
        revoke(db, earlier, "replaced", by, now=certificate.issued_at)
    db.add(certificate)
    db.flush()
    audit.record(db, f"certificate.{certificate.kind.value}", actor_id=by.id, target=certificate)
    return certificate


def revoke(
    db: Session, certificate: Certificate, reason: str, by: User, *, now: datetime | None = None
) -> Certificate:
    """Withdraw a certificate with the reason; the verify page says so from then on."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused("reason_required")
    if certificate.revoked_at is None:
        certificate.revoked_at = now or utcnow()
        certificate.revoked_reason = reason[:2000]
        certificate.revoked_by_id = by.id
        audit.record(db, "certificate.revoked", actor_id=by.id, target=certificate)
    return certificate


def find_by_code(db: Session, typed: str) -> Certificate | None:
    code = clean_code(typed)
    if code is None:
        return None
    return db.scalar(select(Certificate).where(Certificate.code == code))


def find_by_pdf(db: Session, pdf: bytes) -> Certificate | None:
    """The certificate whose stored PDF is exactly these bytes (a changed byte: none)."""
    digest = hashlib.sha256(pdf).hexdigest()
    return db.scalar(select(Certificate).where(Certificate.pdf_sha256 == digest))


def certificates_of(db: Session, holder_id: int) -> list[Certificate]:
    """A person's certificates, the newest first, revoked ones included (marked as such)."""
    return list(
        db.scalars(
            select(Certificate)
            .where(Certificate.holder_id == holder_id)
            .order_by(Certificate.issued_at.desc(), Certificate.id.desc())
        )
    )


def initials(name: str | None) -> str:
    """ "Sara El Hassan" -> "S. E. H.": what the public verification shows of a holder."""
    if not name:
        return ""
    return " ".join(f"{word[0]}." for word in name.split() if word[0].isalpha())


@dataclass(frozen=True)
class Attendee:
    """A line of the staff's certificates screen: a person, their minutes, their certificate."""

    person: User
    minutes: int
    certificate: Certificate | None


def attendees(db: Session, activity_id: int) -> list[Attendee]:
    """Everyone with attended minutes for the activity (erased people left out), by name,
    with their attendance certificate in force, if any: two queries for the whole list."""
    rows = db.execute(
        select(User, func.sum(Booking.attended_minutes))
        .join(Booking, Booking.integrator_id == User.id)
        .join(ActivitySession, ActivitySession.id == Booking.session_id)
        .where(
            ActivitySession.activity_id == activity_id,
            Booking.status == BookingStatus.ATTENDED,
            Booking.attended_minutes > 0,
            User.erased_at.is_(None),
        )
        .group_by(User.id)
        .order_by(User.name, User.id)
    ).all()
    in_force = {
        certificate.holder_id: certificate
        for certificate in db.scalars(
            select(Certificate).where(
                Certificate.kind == CertificateKind.ATTENDANCE,
                Certificate.activity_id == activity_id,
                Certificate.holder_id.in_([person.id for person, _minutes in rows]),
                Certificate.revoked_at.is_(None),
            )
        )
    }
    return [Attendee(person, int(minutes), in_force.get(person.id)) for person, minutes in rows]
