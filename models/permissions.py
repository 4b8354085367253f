"""Who may do what: the one place that answers "may this user do this (to that)?".

Every page and API endpoint asks `can()` instead of checking roles itself, so a rule such
as "counsellors see only their caseload" is written once and tested once.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from .caseload import is_on_caseload
from .certificates import Certificate
from .organisations import Membership, Organisation
from .reference import Role
from .users import User


class Action(StrEnum):
    # about a person (target: the User)
    VIEW_PERSON = "view_person"
    EXPORT_PERSON_DATA = "export_person_data"
    ERASE_PERSON = "erase_person"
    VIEW_HOURS = "view_hours"
    BOOK_FOR = "book_for"
    ISSUE_COMPLETION = "issue_completion"
    # about an organisation (target: the Organisation)
    MANAGE_ORGANISATION = "manage_organisation"
    # about a certificate (target: the Certificate)
    DOWNLOAD_CERTIFICATE = "download_certificate"
    REVOKE_CERTIFICATE = "revoke_certificate"
    # no target
    CREATE_INTEGRATOR = "create_integrator"
    APPROVE_ORGANISATIONS = "approve_organisations"
    MANAGE_COUNSELLORS = "manage_counsellors"
    READ_AUDIT_LOG = "read_audit_log"


_PERSON_ACTIONS = {
    Action.VIEW_PERSON,
    Action.EXPORT_PERSON_DATA,
    Action.VIEW_HOURS,
    Action.BOOK_FOR,
}
_CERTIFICATE_ACTIONS = {Action.DOWNLOAD_CERTIFICATE, Action.REVOKE_CERTIFICATE}
_ADMIN_ONLY = {
    Action.ERASE_PERSON,
    Action.APPROVE_ORGANISATIONS,
    Action.MANAGE_COUNSELLORS,
    Action.READ_AUDIT_LOG,
}


def is_member(db: Session, user: User, organisation_id: int) -> bool:
    """Whether `user` acts for the organisation."""
    return (
        db.scalar(
            select(Membership.id).where(
                Membership.user_id == user.id, Membership.organisation_id == organisation_id
            )
        )
        is not None
    )


def _certificate_right(db: Session, user: User, action: Action, certificate: Certificate) -> bool:
    """Downloading: the holder, their counsellor, staff of the issuing organisation.
    Revoking: the issuer's side only (the organisation's staff for attendance, the holder's
    counsellor for completion); admins may do both, which `can` settles before."""
    if action == Action.DOWNLOAD_CERTIFICATE and user.id == certificate.holder_id:
        return user.role == Role.INTEGRATOR
    if user.role == Role.COUNSELLOR and (
        action == Action.DOWNLOAD_CERTIFICATE or certificate.organisation_id is None
    ):
        return is_on_caseload(db, user.id, certificate.holder_id)
    if user.role == Role.ORGANISATION_STAFF and certificate.organisation_id is not None:
        return is_member(db, user, certificate.organisation_id)
    return False


def can(
    db: Session,
    user: User | None,
    action: Action,
    target: User | Organisation | Certificate | None = None,
) -> bool:
    """True when `user` may do `action` to `target`. Anonymous visitors may do none of these."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.role == Role.ADMIN:
        return True
    if action in _ADMIN_ONLY:
        return False
    if action == Action.CREATE_INTEGRATOR:
        return user.role == Role.COUNSELLOR
    if action == Action.ISSUE_COMPLETION and isinstance(target, User):
        return (
            user.role == Role.COUNSELLOR
            and target.role == Role.INTEGRATOR
            and is_on_caseload(db, user.id, target.id)
        )
    if action in _CERTIFICATE_ACTIONS and isinstance(target, Certificate):
        return _certificate_right(db, user, action, target)
    if action in _PERSON_ACTIONS and isinstance(target, User):
        if target.role != Role.INTEGRATOR:
            return False
        if user.role == Role.INTEGRATOR:
            return user.id == target.id
        if user.role == Role.COUNSELLOR:
            return is_on_caseload(db, user.id, target.id)
        return False
    if action == Action.MANAGE_ORGANISATION and isinstance(target, Organisation):
        return user.role == Role.ORGANISATION_STAFF and is_member(db, user, target.id)
    return False
