"""The audit log: who did what to which object, and from where."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, utcnow
from .columns import PortableJSON


class AuditEvent(Base):
    """One line of the audit log. Written by the rules, read by admins."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: Dotted name such as `login.success`, `organisation.approved`, `token.created`.
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None]
    ip_address: Mapped[str | None] = mapped_column(String(45))
    details: Mapped[dict[str, Any]] = mapped_column(PortableJSON, default=dict)

    __table_args__ = (Index("ix_audit_events_action_at", "action", "at"),)


def record(
    db: Session,
    action: str,
    *,
    actor_id: int | None = None,
    target: Base | None = None,
    ip_address: str | None = None,
    **details: Any,
) -> AuditEvent:
    """Add an audit line in the caller's transaction, so it commits (or not) with the change."""
    event = AuditEvent(
        action=action,
        actor_id=actor_id,
        target_type=target.__tablename__ if target is not None else None,
        target_id=getattr(target, "id", None),
        ip_address=ip_address,
        details=details,
    )
    db.add(event)
    return event


def search(
    db: Session,
    *,
    action: str | None = None,
    actor_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> list[AuditEvent]:
    """Audit lines, newest first, filtered; `before_id` pages back through older ones."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action.startswith(action, autoescape=True))
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return list(db.scalars(query))
