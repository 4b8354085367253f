"""Getting organisations and agency staff on board.

An organisation registers itself (pending, with its first staff member signed in at once),
an admin approves or rejects it, its staff invite colleagues, and an admin creates the
counsellors. Accounts made for someone else have no password: the person chooses one with
the activation link of their invitation mail.

Every function works in the caller's transaction and leaves a line in the audit log; the
caller commits (and queues the mail, which is the web app's business).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from . import audit
from .base import utcnow
from .integrators import (
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    Field,
    Refused,
    email_taken,
    looks_like_email,
    looks_like_phone,
)
from .organisations import Membership, Organisation
from .passwords import password_problem, set_password
from .permissions import is_member
from .reference import LOCALES, OrganisationStatus, Role
from .users import IntegratorProfile, User, normalise_email

STREET_MAX_LENGTH = 200
MUNICIPALITY_MAX_LENGTH = 100
WEBSITE_MAX_LENGTH = 300
DESCRIPTION_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 1000

#: Belgian postcodes: four digits, 1000 to 9999.
_POSTCODE = re.compile(r"[1-9][0-9]{3}")


class DetailRefused(ValueError):
    """An organisation detail (or a rejection reason) is not right.

    `field` is the name of the detail (`name`, `postcode`, `website`, `reason`, ...),
    `reason` says why (`missing`, `too_long`, `invalid`), so a form can show the message
    beside the right field.
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class OrganisationDetails:
    """What an organisation tells about itself when it registers."""

    name: str
    street: str
    postcode: str
    municipality: str
    phone: str
    website: str | None = None
    description: str | None = None


# Checks ------------------------------------------------------------------------------------


def normalise_website(text: str) -> str:
    """A web address people can click: `www.example.be` becomes `https://www.example.be`.

    Only http and https: anything else (`javascript:`, `mailto:`) is refused, because the
    address is shown as a link to admins.
    """
    text = text.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as exc:
        raise DetailRefused("website", "invalid") from exc
    host = parts.hostname or ""
    if (
        parts.scheme.lower() not in {"http", "https"}
        or parts.username is not None  # "mailto:a@b.be" would pass for a host otherwise
        or "." not in host.strip(".")
        or not all(ch.isalnum() or ch in "-." for ch in host)
        or any(ch.isspace() for ch in text)
    ):
        raise DetailRefused("website", "invalid")
    if len(text) > WEBSITE_MAX_LENGTH:
        raise DetailRefused("website", "too_long")
    return text


def _required(field: str, text: str | None, max_length: int) -> str:
    text = (text or "").strip()
    if not text:
        raise DetailRefused(field, "missing")
    if len(text) > max_length:
        raise DetailRefused(field, "too_long")
    return text


def _optional(field: str, text: str | None, max_length: int) -> str | None:
    text = (text or "").strip()
    if len(text) > max_length:
        raise DetailRefused(field, "too_long")
    return text or None


def _checked_details(details: OrganisationDetails) -> OrganisationDetails:
    postcode = (details.postcode or "").strip()
    if not postcode:
        raise DetailRefused("postcode", "missing")
    if not _POSTCODE.fullmatch(postcode):
        raise DetailRefused("postcode", "invalid")
    phone = (details.phone or "").strip()
    if not phone:
        raise DetailRefused("phone", "missing")
    if not looks_like_phone(phone):
        raise DetailRefused("phone", "invalid")
    website = (details.website or "").strip()
    return OrganisationDetails(
        name=_required("name", details.name, NAME_MAX_LENGTH),
        street=_required("street", details.street, STREET_MAX_LENGTH),
        postcode=postcode,
        municipality=_required("municipality", details.municipality, MUNICIPALITY_MAX_LENGTH),
        phone=phone,
        website=normalise_website(website) if website else None,
        description=_optional("description", details.description, DESCRIPTION_MAX_LENGTH),
    )


def _checked_person(db: Session, name: str, email: str, locale: str) -> tuple[str, str]:
    """Name and address of a new staff member or counsellor, ready to store."""
    name = (name or "").strip()
    if not name:
        raise Refused(Field.NAME, "missing")
    if len(name) > NAME_MAX_LENGTH:
        raise Refused(Field.NAME, "too_long")
    email = (email or "").strip()
    if not email:
        raise Refused(Field.EMAIL, "missing")
    if len(email) > EMAIL_MAX_LENGTH or not looks_like_email(email):
        raise Refused(Field.EMAIL, "invalid")
    if email_taken(db, email):
        raise Refused(Field.EMAIL, "taken")
    if locale not in LOCALES:
        raise Refused(Field.LOCALE, "unknown")
    return name, normalise_email(email)


def _add_account(db: Session, user: User) -> None:
    """Insert the account; an address taken a moment ago by another request is `taken`.

    A savepoint keeps the caller's transaction usable after the unique index said no.
    """
    try:
        with db.begin_nested():
            db.add(user)
            db.flush()
    except IntegrityError as exc:
        raise Refused(Field.EMAIL, "taken") from exc


def _require_admin(user: User) -> None:
    if user.role != Role.ADMIN:
        raise PermissionError("only admins do this")


# Registering and reviewing -----------------------------------------------------------------


def register_organisation(
    db: Session,
    details: OrganisationDetails,
    *,
    staff_name: str,
    email: str,
    password: str,
    locale: str,
    ip_address: str | None = None,
) -> tuple[Organisation, User]:
    """An organisation signs up on its own: it waits for an admin, but its first staff
    member has an account at once (a manager, who may invite colleagues).

    Raises `DetailRefused` for an organisation detail, `Refused` for the person.
    """
    details = _checked_details(details)
    staff_name, email = _checked_person(db, staff_name, email, locale)
    problem = password_problem(password, staff_name, email)
    if problem is not None:
        raise Refused(Field.PASSWORD, problem.value)
    user = User(
        name=staff_name,
        email=email,
        role=Role.ORGANISATION_STAFF,
        locale=locale,
        last_login_at=utcnow(),  # signed in right away
    )
    set_password(user, password)
    _add_account(db, user)
    organisation = Organisation(
        name=details.name,
        status=OrganisationStatus.PENDING,
        street=details.street,
        postcode=details.postcode,
        municipality=details.municipality,
        contact_name=staff_name,
        contact_email=email,
        contact_phone=details.phone,
        website=details.website,
        description=details.description,
    )
    db.add(organisation)
    db.add(Membership(organisation=organisation, user=user, is_manager=True))
    db.flush()
    audit.record(
        db,
        "organisation.registered",
        actor_id=user.id,
        target=organisation,
        ip_address=ip_address,
        staff_id=user.id,
    )
    return organisation, user


def approve_organisation(
    db: Session, organisation: Organisation, admin: User, ip_address: str | None = None
) -> bool:
    """Make the organisation's activities public. True when this changed something: an
    organisation already approved stays as it was (and nobody is told twice)."""
    _require_admin(admin)
    if organisation.status == OrganisationStatus.APPROVED:
        return False
    previous = organisation.status
    organisation.status = OrganisationStatus.APPROVED
    organisation.approved_at = utcnow()
    organisation.approved_by_id = admin.id
    organisation.rejection_reason = None
    audit.record(
        db,
        "organisation.approved",
        actor_id=admin.id,
        target=organisation,
        ip_address=ip_address,
        previous_status=previous.value,
    )
    return True


def reject_organisation(
    db: Session,
    organisation: Organisation,
    admin: User,
    reason: str,
    ip_address: str | None = None,
) -> bool:
    """Refuse the registration (or withdraw an approval), with a reason the organisation is
    told. True when this changed something: the same rejection twice changes nothing."""
    _require_admin(admin)
    reason = _required("reason", reason, REASON_MAX_LENGTH)
    if (
        organisation.status == OrganisationStatus.REJECTED
        and organisation.rejection_reason == reason
    ):
        return False
    previous = organisation.status
    organisation.status = OrganisationStatus.REJECTED
    organisation.rejection_reason = reason
    organisation.approved_at = None
    organisation.approved_by_id = None
    audit.record(
        db,
        "organisation.rejected",
        actor_id=admin.id,
        target=organisation,
        ip_address=ip_address,
        previous_status=previous.value,
        reason=reason,
    )
    return True


@dataclass(frozen=True)
class ReviewPage:
    """One page of the admin's list of organisations, and how many there are per status."""

    organisations: list[Organisation]
    total: int
    counts: dict[OrganisationStatus, int]


def organisations_for_review(
    db: Session,
    status: OrganisationStatus | None = None,
    *,
    offset: int = 0,
    limit: int = 50,
) -> ReviewPage:
    """Organisations for the admin: pending ones first (oldest first, a fair queue), then
    approved, then rejected; `status` keeps only one kind."""
    rank = case(
        (Organisation.status == OrganisationStatus.PENDING, 0),
        (Organisation.status == OrganisationStatus.APPROVED, 1),
        else_=2,
    )
    query = select(Organisation)
    if status is not None:
        query = query.where(Organisation.status == status)
    found = list(
        db.scalars(
            query.order_by(rank, Organisation.created_at, Organisation.id)
            .offset(offset)
            .limit(limit)
        )
    )
    counts = dict.fromkeys(OrganisationStatus, 0)
    for each, number in db.execute(
        select(Organisation.status, func.count()).group_by(Organisation.status)
    ):
        counts[each] = number
    total = counts[status] if status is not None else sum(counts.values())
    return ReviewPage(organisations=found, total=total, counts=counts)


# Staff and counsellors ---------------------------------------------------------------------


def staff_of(db: Session, organisation: Organisation) -> list[User]:
    """Everyone acting for the organisation, by name: who must hear about its approval."""
    return list(
        db.scalars(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.organisation_id == organisation.id)
            .order_by(User.name, User.id)
        )
    )


def managers_of(db: Session, organisation: Organisation) -> set[int]:
    """Ids of the staff members who manage the organisation (the one who registered it)."""
    return set(
        db.scalars(
            select(Membership.user_id).where(
                Membership.organisation_id == organisation.id, Membership.is_manager.is_(True)
            )
        )
    )


def invite_staff(
    db: Session,
    organisation: Organisation,
    inviter: User,
    *,
    name: str,
    email: str,
    locale: str,
    ip_address: str | None = None,
) -> User:
    """A staff member adds a colleague. The colleague has no password yet: they choose one
    with the link of the invitation mail. Raises `Refused` naming the field at fault."""
    if inviter.role != Role.ORGANISATION_STAFF or not is_member(db, inviter, organisation.id):
        raise PermissionError("only staff of this organisation invite its staff")
    name, email = _checked_person(db, name, email, locale)
    user = User(
        name=name, email=email, role=Role.ORGANISATION_STAFF, locale=locale, password_hash=None
    )
    _add_account(db, user)
    db.add(Membership(organisation_id=organisation.id, user_id=user.id, is_manager=False))
    audit.record(
        db,
        "staff.invited",
        actor_id=inviter.id,
        target=user,
        ip_address=ip_address,
        organisation_id=organisation.id,
    )
    return user


def create_counsellor(
    db: Session,
    admin: User,
    *,
    name: str,
    email: str,
    locale: str,
    ip_address: str | None = None,
) -> User:
    """An admin adds a counsellor of the agency, who chooses a password from the invitation
    mail. Raises `Refused` naming the field at fault."""
    _require_admin(admin)
    name, email = _checked_person(db, name, email, locale)
    user = User(name=name, email=email, role=Role.COUNSELLOR, locale=locale, password_hash=None)
    _add_account(db, user)
    audit.record(db, "counsellor.created", actor_id=admin.id, target=user, ip_address=ip_address)
    return user


@dataclass(frozen=True)
class CounsellorRow:
    counsellor: User
    integrators: int


def counsellors_overview(db: Session) -> list[CounsellorRow]:
    """Every counsellor with the size of their caseload, in one query, by name."""
    profile = aliased(IntegratorProfile)
    rows = db.execute(
        select(User, func.count(profile.user_id))
        .outerjoin(profile, profile.counsellor_id == User.id)
        .where(User.role == Role.COUNSELLOR, User.erased_at.is_(None))
        .group_by(User.id)
        .order_by(User.name, User.id)
    ).all()
    return [CounsellorRow(counsellor=user, integrators=number) for user, number in rows]
