"""What a person's home page shows, per role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .activities import Activity
from .base import utcnow
from .bookings import Booking, calendar_bookings
from .catalogue import CatalogueItem, list_activities
from .hours import confirmed_minutes
from .organisations import Membership, Organisation
from .reference import (
    DEFAULT_TARGET_MINUTES,
    BookingStatus,
    OrganisationStatus,
    TrajectoryStatus,
)
from .search import Filters
from .trajectories import Trajectory
from .users import IntegratorProfile, User


@dataclass(frozen=True)
class Progress:
    confirmed_minutes: int
    target_minutes: int
    status: TrajectoryStatus

    @property
    def percent(self) -> int:
        if self.target_minutes <= 0:
            return 100
        return min(100, self.confirmed_minutes * 100 // self.target_minutes)


def trajectory_progress(db: Session, integrator_id: int) -> Progress:
    """Confirmed minutes (from the ledger) against the trajectory's target."""
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == integrator_id))
    return Progress(
        confirmed_minutes=confirmed_minutes(db, integrator_id),
        target_minutes=trajectory.target_minutes if trajectory else DEFAULT_TARGET_MINUTES,
        status=trajectory.status if trajectory else TrajectoryStatus.OPEN,
    )


def upcoming_bookings(
    db: Session, integrator_id: int, *, now: datetime | None = None, limit: int = 3
) -> list[Booking]:
    """The next sessions the person has a place for (or waits for), soonest first."""
    now = now or utcnow()
    coming = [
        booking
        for booking in calendar_bookings(db, integrator_id)
        if booking.session.starts_at > now
        and booking.status in (BookingStatus.BOOKED, BookingStatus.WAITLISTED)
    ]
    return coming[:limit]


def suggestions(
    db: Session, integrator: User, *, now: datetime | None = None, limit: int = 3
) -> list[CatalogueItem]:
    """Activities with free places at the person's Dutch level that they have not booked."""
    level = integrator.integrator.dutch_level if integrator.integrator else None
    booked = {
        b.session.activity_id for b in upcoming_bookings(db, integrator.id, now=now, limit=100)
    }
    page = list_activities(
        db,
        filters=Filters(dutch_level=level, available=True),
        limit=limit + len(booked),
        now=now,
    )
    return [item for item in page.items if item.activity.id not in booked][:limit]


def organisations_of(db: Session, user: User) -> list[Organisation]:
    """The organisations a staff member acts for."""
    return list(
        db.scalars(
            select(Organisation)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .where(Membership.user_id == user.id)
            .order_by(Organisation.name)
        )
    )


def activity_count(db: Session, organisation_id: int) -> int:
    return (
        db.scalar(
            select(func.count())
            .select_from(Activity)
            .where(Activity.organisation_id == organisation_id)
        )
        or 0
    )


@dataclass(frozen=True)
class PlatformFigures:
    integrators: int
    organisations: int
    pending_organisations: int
    activities: int


def platform_figures(db: Session) -> PlatformFigures:
    """A few counts for the admin's home page."""

    def count(query) -> int:
        return db.scalar(query) or 0

    return PlatformFigures(
        integrators=count(select(func.count()).select_from(IntegratorProfile)),
        organisations=count(select(func.count()).select_from(Organisation)),
        pending_organisations=count(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.status == OrganisationStatus.PENDING)
        ),
        activities=count(select(func.count()).select_from(Activity)),
    )
