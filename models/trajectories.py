"""Trajectories: an integrator's participation trajectory towards its target of minutes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from . import audit
from .base import Base, utcnow
from .columns import enum_type
from .db import begin_write
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


def lock_ledgers(db: Session, integrator_ids: Iterable[int]) -> None:
    """Hold the write lock on these people's ledgers until the transaction ends.

    One writer at a time per person: a rule that checks the total ("never below zero") and
    the status that follows it must see every entry committed before it. The trajectory row
    stands for the ledger: PostgreSQL locks it (FOR UPDATE, in id order so two writers never
    wait for each other); SQLite already holds the database's write lock (`begin_write`).
    Objects already loaded are read again.
    """
    begin_write(db)
    db.scalars(
        select(Trajectory)
        .where(Trajectory.integrator_id.in_(sorted(set(integrator_ids))))
        .order_by(Trajectory.integrator_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()


def refresh_status(db: Session, integrator_id: int) -> Trajectory | None:
    """Set `completed` when confirmed minutes reach the target, back to `open` below it.

    An exemption is an admin's decision and is left alone.
    """
    trajectory = trajectory_of(db, integrator_id)
    if trajectory is None or trajectory.status == TrajectoryStatus.EXEMPT:
        return trajectory
    reached = confirmed_minutes(db, integrator_id) >= trajectory.target_minutes
    trajectory.status = TrajectoryStatus.COMPLETED if reached else TrajectoryStatus.OPEN
    return trajectory


class TrajectoryRefused(Exception):
    """Why an admin's change to a trajectory is refused; `code` for the UI and the API."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _reason(db: Session, trajectory: Trajectory, reason: str | None) -> str:
    """Every change an admin makes to a trajectory says why; checked first, then the
    person's ledger is locked so an entry saved at the same moment cannot leave the status
    behind."""
    reason = (reason or "").strip()
    if not reason:
        raise TrajectoryRefused("reason_required")
    if len(reason) > 2000:
        raise TrajectoryRefused("reason_too_long")
    lock_ledgers(db, [trajectory.integrator_id])
    return reason


def change_target(
    db: Session, trajectory: Trajectory, target_minutes: int, reason: str, by: User
) -> Trajectory:
    """Lower the target (an exemption for part of the hours), with the reason why.

    Never above the default 40 hours; the status follows the ledger at once.
    """
    reason = _reason(db, trajectory, reason)
    if not 0 <= target_minutes <= DEFAULT_TARGET_MINUTES:
        raise TrajectoryRefused("target_out_of_range")
    before = trajectory.target_minutes
    trajectory.target_minutes = target_minutes
    trajectory.status_reason = reason
    if trajectory.status == TrajectoryStatus.EXEMPT:
        trajectory.status = TrajectoryStatus.OPEN
    refresh_status(db, trajectory.integrator_id)
    audit.record(
        db,
        "trajectory.target",
        actor_id=by.id,
        target=trajectory,
        before=before,
        after=target_minutes,
        reason=reason,
    )
    return trajectory


def exempt(db: Session, trajectory: Trajectory, reason: str, by: User) -> Trajectory:
    """Exempt the integrator from the trajectory altogether, with the reason why."""
    reason = _reason(db, trajectory, reason)
    trajectory.status = TrajectoryStatus.EXEMPT
    trajectory.status_reason = reason
    audit.record(db, "trajectory.exempt", actor_id=by.id, target=trajectory, reason=reason)
    return trajectory


def end_exemption(db: Session, trajectory: Trajectory, reason: str, by: User) -> Trajectory:
    """Undo an exemption: the status follows the ledger again."""
    reason = _reason(db, trajectory, reason)
    trajectory.status = TrajectoryStatus.OPEN
    trajectory.status_reason = reason
    refresh_status(db, trajectory.integrator_id)
    audit.record(db, "trajectory.exemption_ended", actor_id=by.id, target=trajectory)
    return trajectory


def trajectory_of(db: Session, integrator_id: int) -> Trajectory | None:
    return db.scalar(select(Trajectory).where(Trajectory.integrator_id == integrator_id))
