"""Moderation by the agency's admins: hiding an activity with a reason, and trusting an
organisation. Activities of approved organisations go live at once; this is the brake."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from . import audit
from .activities import Activity
from .organisations import Organisation
from .reference import ActivityStatus, Role
from .users import User

#: Longest reason for hiding, told to the organisation by mail.
REASON_MAX_LENGTH = 2000


class ModerationRefused(ValueError):
    """The reason is missing or too long (`reason` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _check_admin(admin: User) -> None:
    if admin.role != Role.ADMIN:
        raise PermissionError("only admins moderate")


@dataclass(frozen=True)
class ModerationPage:
    activities: list[Activity]
    total: int


def activities_for_moderation(
    db: Session, status: ActivityStatus | None, *, offset: int, limit: int
) -> ModerationPage:
    """Every activity (or those with `status`), newest first."""
    query = select(Activity)
    if status is not None:
        query = query.where(Activity.status == status)
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    activities = db.scalars(
        query.options(joinedload(Activity.organisation), selectinload(Activity.translations))
        .order_by(Activity.created_at.desc(), Activity.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return ModerationPage(list(activities), total)


def hide_activity(
    db: Session, activity: Activity, admin: User, reason: str, ip_address: str | None = None
) -> bool:
    """Take an activity out of the catalogue; staff cannot publish it again. True when it
    changed (hiding again with the same reason changes nothing)."""
    _check_admin(admin)
    reason = (reason or "").strip()
    if not reason:
        raise ModerationRefused("required")
    if len(reason) > REASON_MAX_LENGTH:
        raise ModerationRefused("too_long")
    if activity.status == ActivityStatus.HIDDEN and activity.hidden_reason == reason:
        return False
    activity.status = ActivityStatus.HIDDEN
    activity.hidden_reason = reason
    audit.record(
        db,
        "activity.hidden",
        actor_id=admin.id,
        target=activity,
        ip_address=ip_address,
        reason=reason,
    )
    return True


def unhide_activity(
    db: Session, activity: Activity, admin: User, ip_address: str | None = None
) -> bool:
    """Give a hidden activity back to its organisation, published as before."""
    _check_admin(admin)
    if activity.status != ActivityStatus.HIDDEN:
        return False
    activity.status = ActivityStatus.PUBLISHED
    activity.hidden_reason = None
    audit.record(db, "activity.unhidden", actor_id=admin.id, target=activity, ip_address=ip_address)
    return True


def set_trusted(
    db: Session,
    organisation: Organisation,
    admin: User,
    trusted: bool,
    ip_address: str | None = None,
) -> bool:
    """Mark an organisation as (not) trusted; True when the flag changed."""
    _check_admin(admin)
    if organisation.trusted == trusted:
        return False
    organisation.trusted = trusted
    audit.record(
        db,
        "organisation.trusted" if trusted else "organisation.distrusted",
        actor_id=admin.id,
        target=organisation,
        ip_address=ip_address,
    )
    return True
