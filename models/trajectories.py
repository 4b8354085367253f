"""Trajectories: an integrator's participation trajectory towards its target of minutes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, utcnow
from .columns import enum_type
from .hours import confirmed_minutes
from .reference import DEFAULT_TARGET_MINUTES, TrajectoryStatus
from .users import User


class Trajectory(Base):
    """One per integrator. Confirmed minutes are never stored here: the ledger holds them."""

    __tablename__ = "trajectories"

    id: Mapped[int] = mapped_column(primary_key=True)
    integrator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    started_on: Mapped[date]
    deadline: Mapped[date | None]
    #: 2,400 minutes (40 h) unless an admin lowered it for an exemption.
    target_minutes: Mapped[int] = mapped_column(default=DEFAULT_TARGET_MINUTES)
    status: Mapped[TrajectoryStatus] = mapped_column(
        enum_type(TrajectoryStatus), default=TrajectoryStatus.OPEN, index=True
    )
    #: Why an admin changed the target or exempted the integrator.
    status_reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    integrator: Mapped[User] = relationship()

    __table_args__ = (CheckConstraint("target_minutes >= 0", name="target_not_negative"),)


def refresh_status(db: Session, integrator_id: int) -> Trajectory | None:
    """Set `completed` when confirmed minutes reach the target, back to `open` below it.

    An exemption is an admin's decision and is left alone.
    """
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == integrator_id))
    if trajectory is None or trajectory.status == TrajectoryStatus.EXEMPT:
        return trajectory
    reached = confirmed_minutes(db, integrator_id) >= trajectory.target_minutes
    trajectory.status = TrajectoryStatus.COMPLETED if reached else TrajectoryStatus.OPEN
    return trajectory
