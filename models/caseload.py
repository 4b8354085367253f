"""A counsellor's caseload: their integrators with the hours figures and who needs attention.

One query gathers every figure the dashboard and the API show (confirmed minutes, last
attendance, upcoming bookings, deadline); the flags are derived from those figures in
plain Python, so the rule for "needs attention" is written once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload

from .activities import Activity
from .base import utcnow
from .bookings import Booking
from .hours import HoursEntry
from .reference import DEFAULT_TARGET_MINUTES, BookingStatus, HoursKind, TrajectoryStatus
from .sessions import BRUSSELS, ActivitySession
from .trajectories import Trajectory
from .users import IntegratorProfile, User, normalise_phone

#: Nothing attended for this long is a reason to call the person.
QUIET_DAYS = 30
#: A deadline this close, with the pace below still needed, is a reason too.
DEADLINE_WEEKS = 8
#: More than this many minutes a week still needed to make the deadline is "far from it".
PACE_MINUTES_PER_WEEK = 3 * 60


class Flag(StrEnum):
    """Why a person needs the counsellor's attention."""

    NOTHING_BOOKED = "nothing_booked"
    QUIET = "quiet"
    DEADLINE = "deadline"


class Sort(StrEnum):
    NAME = "name"
    HOURS = "hours"
    LAST_ATTENDED = "last_attended"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class CaseloadRow:
    integrator: User
    dutch_level: int
    dossier_number: str | None
    confirmed_minutes: int
    target_minutes: int
    status: TrajectoryStatus
    deadline: date | None
    last_attended_on: date | None
    upcoming_bookings: int
    next_session_at: datetime | None
    flags: tuple[Flag, ...]

    @property
    def percent(self) -> int:
        if self.target_minutes <= 0:
            return 100
        return min(100, self.confirmed_minutes * 100 // self.target_minutes)


def flags_for(
    *,
    status: TrajectoryStatus,
    confirmed_minutes: int,
    target_minutes: int,
    deadline: date | None,
    last_attended_on: date | None,
    started_on: date | None,
    upcoming_bookings: int,
    today: date,
) -> tuple[Flag, ...]:
    """The reasons to look at this person now; none once the trajectory is done."""
    if status != TrajectoryStatus.OPEN:
        return ()
    flags = []
    if upcoming_bookings == 0:
        flags.append(Flag.NOTHING_BOOKED)
    quiet_since = today - timedelta(days=QUIET_DAYS)
    if (last_attended_on or started_on or today) < quiet_since:
        flags.append(Flag.QUIET)
    if deadline is not None and deadline <= today + timedelta(weeks=DEADLINE_WEEKS):
        weeks_left = max((deadline - today).days, 0) / 7
        still_needed = max(target_minutes - confirmed_minutes, 0)
        if still_needed > PACE_MINUTES_PER_WEEK * weeks_left:
            flags.append(Flag.DEADLINE)
    return tuple(flags)


def _figures(now: datetime, people: Select):
    """Hours and upcoming bookings per integrator, for `people` (a select of their ids) only:
    summed over everyone, they would read the whole ledger for one counsellor's page."""
    totals = (
        select(
            HoursEntry.integrator_id,
            func.sum(HoursEntry.minutes).label("minutes"),
            func.max(HoursEntry.occurred_on)
            .filter(HoursEntry.kind != HoursKind.CORRECTION, HoursEntry.minutes > 0)
            .label("last_on"),
        )
        .where(HoursEntry.integrator_id.in_(people))
        .group_by(HoursEntry.integrator_id)
        .subquery()
    )
    upcoming = (
        select(
            Booking.integrator_id,
            func.count().label("count"),
            func.min(ActivitySession.starts_at).label("next_at"),
        )
        .join(ActivitySession, ActivitySession.id == Booking.session_id)
        .where(
            Booking.integrator_id.in_(people),
            Booking.status.in_((BookingStatus.BOOKED, BookingStatus.WAITLISTED)),
            ActivitySession.starts_at > now,
        )
        .group_by(Booking.integrator_id)
        .subquery()
    )
    return totals, upcoming


def caseload(
    db: Session,
    counsellor_id: int,
    *,
    now: datetime | None = None,
) -> list[CaseloadRow]:
    """The integrators on this counsellor's caseload, by name, with every figure."""
    now = now or utcnow()
    today = now.astimezone(BRUSSELS).date()
    totals, upcoming = _figures(
        now,
        select(IntegratorProfile.user_id).where(IntegratorProfile.counsellor_id == counsellor_id),
    )
    rows = db.execute(
        select(
            User,
            IntegratorProfile,
            totals.c.minutes,
            totals.c.last_on,
            upcoming.c.count,
            upcoming.c.next_at,
            Trajectory,
        )
        .join(IntegratorProfile, IntegratorProfile.user_id == User.id)
        .outerjoin(totals, totals.c.integrator_id == User.id)
        .outerjoin(upcoming, upcoming.c.integrator_id == User.id)
        .outerjoin(Trajectory, Trajectory.integrator_id == User.id)
        .where(IntegratorProfile.counsellor_id == counsellor_id)
        .order_by(User.name, User.id)
    ).all()
    result = []
    for user, profile, minutes, last_on, count, next_at, trajectory in rows:
        figures = {
            "confirmed_minutes": int(minutes or 0),
            "target_minutes": trajectory.target_minutes if trajectory else DEFAULT_TARGET_MINUTES,
            "status": trajectory.status if trajectory else TrajectoryStatus.OPEN,
            "deadline": trajectory.deadline if trajectory else None,
            "last_attended_on": last_on,
            "upcoming_bookings": int(count or 0),
        }
        flags = flags_for(
            **figures, started_on=trajectory.started_on if trajectory else None, today=today
        )
        result.append(
            CaseloadRow(
                integrator=user,
                dutch_level=profile.dutch_level,
                dossier_number=profile.dossier_number,
                next_session_at=next_at,
                flags=flags,
                **figures,
            )
        )
    return result


@dataclass(frozen=True)
class CaseloadQuery:
    """What the dashboard asks: search words, a flag or status to keep, the order."""

    q: str = ""
    flag: Flag | None = None
    status: TrajectoryStatus | None = None
    sort: Sort = Sort.NAME


def _matches(row: CaseloadRow, words: list[str], phone: str | None) -> bool:
    person = row.integrator
    if phone and person.phone and phone in person.phone:
        return True
    haystack = " ".join(
        filter(None, (person.name, person.email, person.phone, row.dossier_number))
    ).casefold()
    return all(word in haystack for word in words)


def _as_phone(query: str) -> str | None:
    """ "0470 12 34 56" as stored (+32470123456), so a number finds its person however
    it is written; None when the query is not a phone number."""
    digits = re.sub(r"[\s./()-]", "", query)
    if not re.fullmatch(r"\+?\d{6,15}", digits):
        return None
    return normalise_phone(digits) if digits.startswith(("0", "+")) else digits


_FAR_FUTURE = date.max


def _sort_key(sort: Sort):
    if sort == Sort.HOURS:
        return lambda row: (row.confirmed_minutes, row.integrator.name.casefold())
    if sort == Sort.LAST_ATTENDED:
        return lambda row: (row.last_attended_on or date.min, row.integrator.name.casefold())
    if sort == Sort.DEADLINE:
        return lambda row: (row.deadline or _FAR_FUTURE, row.integrator.name.casefold())
    return lambda row: (row.integrator.name.casefold(), row.integrator.id)


def select_rows(rows: list[CaseloadRow], query: CaseloadQuery) -> list[CaseloadRow]:
    """The rows the dashboard shows: searched, filtered and sorted (least hours first etc.)."""
    words = query.q.casefold().split()
    phone = _as_phone(query.q)
    kept = [
        row
        for row in rows
        if (not words or _matches(row, words, phone))
        and (query.flag is None or query.flag in row.flags)
        and (query.status is None or row.status == query.status)
    ]
    return sorted(kept, key=_sort_key(query.sort))


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


def caseload_entries(
    db: Session, counsellor_id: int, *, since: date | None = None, until: date | None = None
) -> list[HoursEntry]:
    """Ledger entries of everyone on the caseload, by person then day (the KBI export).

    `since`/`until` bound the day the hours were earned, both included.
    """
    query = (
        select(HoursEntry)
        .join(IntegratorProfile, IntegratorProfile.user_id == HoursEntry.integrator_id)
        .join(User, User.id == HoursEntry.integrator_id)
        .where(IntegratorProfile.counsellor_id == counsellor_id)
        .options(
            joinedload(HoursEntry.integrator).joinedload(User.integrator),
            joinedload(HoursEntry.created_by),
            joinedload(HoursEntry.activity).joinedload(Activity.organisation),
            joinedload(HoursEntry.activity).selectinload(Activity.translations),
        )
        .order_by(User.name, User.id, HoursEntry.occurred_on, HoursEntry.id)
    )
    if since is not None:
        query = query.where(HoursEntry.occurred_on >= since)
    if until is not None:
        query = query.where(HoursEntry.occurred_on <= until)
    return list(db.scalars(query))
