"""Certificate records: what was issued, to whom, by whom, and the exact PDF bytes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .columns import enum_type
from .reference import CertificateKind
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

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
