"""The mail outbox: every message is stored first, then sent (or only logged) by a worker."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, utcnow


class OutboxMail(Base):
    """A message to one recipient, already written in the recipient's language."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: A short name of the message type (`booking.confirmed`, `password.reset`, ...).
    kind: Mapped[str] = mapped_column(String(60))
    to_address: Mapped[str] = mapped_column(String(254))
    locale: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_outbox_unsent", "sent_at", "created_at"),)


def queue_mail(
    db: Session, *, kind: str, to_address: str, locale: str, subject: str, body_text: str
) -> OutboxMail:
    """Store a message in the caller's transaction: it goes out only if the change commits."""
    mail = OutboxMail(
        kind=kind, to_address=to_address, locale=locale, subject=subject, body_text=body_text
    )
    db.add(mail)
    return mail


def unsent(db: Session, limit: int = 100) -> list[OutboxMail]:
    """Messages still to deliver, oldest first; ones that failed often wait for a person."""
    return list(
        db.scalars(
            select(OutboxMail)
            .where(OutboxMail.sent_at.is_(None), OutboxMail.attempts < 5)
            .order_by(OutboxMail.created_at, OutboxMail.id)
            .limit(limit)
        )
    )
