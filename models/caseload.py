"""A counsellor's caseload: their integrators with the hours figures, in one query."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .hours import HoursEntry
from .reference import DEFAULT_TARGET_MINUTES, TrajectoryStatus
from .trajectories import Trajectory
from .users import IntegratorProfile, User


@dataclass(frozen=True)
class CaseloadRow:
    integrator: User
    dutch_level: int
    confirmed_minutes: int
    target_minutes: int
    status: TrajectoryStatus


def caseload(db: Session, counsellor_id: int) -> list[CaseloadRow]:
    """The integrators on this counsellor's caseload, by name."""
    totals = (
        select(HoursEntry.integrator_id, func.sum(HoursEntry.minutes).label("minutes"))
        .group_by(HoursEntry.integrator_id)
        .subquery()
    )
    rows = db.execute(
        select(User, IntegratorProfile.dutch_level, totals.c.minutes, Trajectory)
        .join(IntegratorProfile, IntegratorProfile.user_id == User.id)
        .outerjoin(totals, totals.c.integrator_id == User.id)
        .outerjoin(Trajectory, Trajectory.integrator_id == User.id)
        .where(IntegratorProfile.counsellor_id == counsellor_id)
        .order_by(User.name, User.id)
    ).all()
    return [
        CaseloadRow(
            integrator=user,
            dutch_level=level,
            confirmed_minutes=int(minutes or 0),
            target_minutes=trajectory.target_minutes if trajectory else DEFAULT_TARGET_MINUTES,
            status=trajectory.status if trajectory else TrajectoryStatus.OPEN,
        )
        for user, level, minutes, trajectory in rows
    ]


def is_on_caseload(db: Session, counsellor_id: int, integrator_id: int) -> bool:
    """Whether this integrator is on this counsellor's caseload."""
    return (
        db.scalar(
            select(IntegratorProfile.user_id).where(
                IntegratorProfile.user_id == integrator_id,
                IntegratorProfile.counsellor_id == counsellor_id,
            )
        )
        is not None
    )
