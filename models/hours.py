"""The hours ledger: every change to an integrator's credited minutes, append-only.

Totals are always the sum of the entries; nothing else stores them. The database itself
refuses UPDATE and DELETE on the table (triggers created by the migration), so history
cannot be rewritten: a correction is a new entry that explains the difference.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, joinedload, mapped_column, relationship

from .activities import Activity
from .base import Base, utcnow
from .columns import enum_type
from .reference import HoursKind
from .users import User


class HoursEntry(Base):
    """A signed number of minutes credited to (or taken from) an integrator, with why."""

    __tablename__ = "hours_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    integrator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[HoursKind] = mapped_column(enum_type(HoursKind))
    #: Positive to credit, negative to take back (corrections).
    minutes: Mapped[int]
    #: The day the hours were earned.
    occurred_on: Mapped[date]
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    #: For external proofs: the organisation and activity as written on the proof.
    external_organisation: Mapped[str | None] = mapped_column(String(200))
    external_activity: Mapped[str | None] = mapped_column(String(200))
    #: File name of the uploaded proof inside UPLOAD_DIR.
    proof_path: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    integrator: Mapped[User] = relationship(foreign_keys=[integrator_id])
    activity: Mapped[Activity | None] = relationship()
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])

    __table_args__ = (Index("ix_hours_entries_integrator_created", "integrator_id", "created_at"),)


def confirmed_minutes(db: Session, integrator_id: int) -> int:
    """The integrator's confirmed minutes: the sum of their ledger."""
    total = db.scalar(
        select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
            HoursEntry.integrator_id == integrator_id
        )
    )
    return int(total or 0)


def ledger(db: Session, integrator_id: int) -> list[HoursEntry]:
    """Every entry of the integrator, oldest first: the history that explains the total."""
    return list(
        db.scalars(
            select(HoursEntry)
            .where(HoursEntry.integrator_id == integrator_id)
            .options(
                joinedload(HoursEntry.created_by),
                joinedload(HoursEntry.activity).selectinload(Activity.translations),
            )
            .order_by(HoursEntry.created_at, HoursEntry.id)
        )
    )
