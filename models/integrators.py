"""New integrators: created by their counsellor (activated later from a paper letter), or
signed up on their own as voluntary participants.

Both ways give the same three things in one transaction: the account, the integrator
profile and an open trajectory, plus a line in the audit log. The caller commits.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .base import utcnow
from .passwords import password_problem, set_password
from .reference import DUTCH_LEVELS, LOCALES, TIMEZONE, Role
from .trajectories import Trajectory
from .users import IntegratorProfile, User, normalise_email, normalise_phone

NAME_MAX_LENGTH = 200
EMAIL_MAX_LENGTH = 254
PHONE_MAX_LENGTH = 32
DOSSIER_MAX_LENGTH = 40
#: E.164 allows at most 15 digits; fewer than 8 is no real phone number (and sign-in by
#: phone needs at least 6 digits to tell a phone from a typo).
PHONE_DIGITS = (8, 15)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ./()\-]+")


class Field(StrEnum):
    """The fields a refusal can point at, so a form shows the message beside the right one."""

    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    CONTACT = "contact"  # neither phone nor e-mail
    LOCALE = "locale"
    DUTCH_LEVEL = "dutch_level"
    DOSSIER_NUMBER = "dossier_number"
    PASSWORD = "password"  # noqa: S105 - a field name, not a secret


class Refused(ValueError):
    """The account cannot be made as asked; `field` says where, `reason` says why."""

    def __init__(self, field: Field, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def today_in_brussels() -> date:
    """Trajectories start on the local date, not the UTC one."""
    return datetime.now(ZoneInfo(TIMEZONE)).date()


def looks_like_email(text: str) -> bool:
    """A light check (something@something.tld): the real test is whether mail arrives."""
    return len(text) <= EMAIL_MAX_LENGTH and _EMAIL.fullmatch(text.strip()) is not None


def looks_like_phone(text: str) -> bool:
    """Digits with the usual separators ("0470 12 34 56", "+32 470/12.34.56")."""
    text = text.strip()
    if len(text) > PHONE_MAX_LENGTH or _PHONE.fullmatch(text) is None:
        return False
    digits = sum(ch.isdigit() for ch in text)
    return PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]


def email_taken(db: Session, email: str) -> bool:
    """Whether an account signs in with this address already (compared as stored)."""
    return db.scalar(select(User.id).where(User.email == normalise_email(email))) is not None


def phone_taken(db: Session, phone: str) -> bool:
    """Whether an account signs in with this number already, however it was written."""
    return db.scalar(select(User.id).where(User.phone == normalise_phone(phone))) is not None


def _check_common(name: str, locale: str, dutch_level: int) -> str:
    name = name.strip()
    if not name:
        raise Refused(Field.NAME, "missing")
    if len(name) > NAME_MAX_LENGTH:
        raise Refused(Field.NAME, "too_long")
    if locale not in LOCALES:
        raise Refused(Field.LOCALE, "unknown")
    if dutch_level not in DUTCH_LEVELS:
        raise Refused(Field.DUTCH_LEVEL, "out_of_range")
    return name


def _check_email(db: Session, email: str) -> str:
    if not looks_like_email(email):
        raise Refused(Field.EMAIL, "invalid")
    if email_taken(db, email):
        raise Refused(Field.EMAIL, "taken")
    return normalise_email(email)


def _new_integrator(
    db: Session,
    *,
    name: str,
    email: str | None,
    phone: str | None,
    locale: str,
    dutch_level: int,
    profile: IntegratorProfile,
    started_on: date,
) -> User:
    user = User(
        name=name,
        email=email,
        phone=phone,
        role=Role.INTEGRATOR,
        locale=locale,
        password_hash=None,
    )
    user.integrator = profile
    profile.dutch_level = dutch_level
    db.add(user)
    db.add(Trajectory(integrator=user, started_on=started_on))
    db.flush()  # the id, for the audit line and the letter
    return user


def create_integrator(
    db: Session,
    counsellor: User,
    *,
    name: str,
    locale: str,
    dutch_level: int,
    phone: str | None,
    email: str | None,
    dossier_number: str | None,
    today: date | None = None,
) -> User:
    """A counsellor puts a person on their caseload. There is no password yet: the person
    chooses one with the link or code of the activation letter.

    Phone or e-mail (at least one) is how the person will sign in, so each is unique.
    Raises `Refused` naming the field at fault.
    """
    if counsellor.role != Role.COUNSELLOR:
        raise PermissionError("only counsellors keep a caseload")
    name = _check_common(name, locale, dutch_level)
    phone = (phone or "").strip() or None
    email = (email or "").strip() or None
    if phone is None and email is None:
        raise Refused(Field.CONTACT, "missing")
    if phone is not None:
        if not looks_like_phone(phone):
            raise Refused(Field.PHONE, "invalid")
        if phone_taken(db, phone):
            raise Refused(Field.PHONE, "taken")
        phone = normalise_phone(phone)
    if email is not None:
        email = _check_email(db, email)
    dossier_number = (dossier_number or "").strip() or None
    if dossier_number is not None and len(dossier_number) > DOSSIER_MAX_LENGTH:
        raise Refused(Field.DOSSIER_NUMBER, "too_long")
    user = _new_integrator(
        db,
        name=name,
        email=email,
        phone=phone,
        locale=locale,
        dutch_level=dutch_level,
        profile=IntegratorProfile(counsellor_id=counsellor.id, dossier_number=dossier_number),
        started_on=today or today_in_brussels(),
    )
    audit.record(db, "caseload.added", actor_id=counsellor.id, target=user)
    return user


def sign_up_voluntary(
    db: Session,
    *,
    name: str,
    email: str,
    password: str,
    locale: str,
    dutch_level: int,
    today: date | None = None,
) -> User:
    """Someone who is not obliged (or not yet sent by the agency) joins on their own.

    No counsellor: the profile is marked voluntary. The account is active at once, so an
    e-mail address is required here (it is how they sign in and get mail).
    Raises `Refused` naming the field at fault.
    """
    name = _check_common(name, locale, dutch_level)
    email = _check_email(db, email)
    problem = password_problem(password, name, email)
    if problem is not None:
        raise Refused(Field.PASSWORD, problem.value)
    user = _new_integrator(
        db,
        name=name,
        email=email,
        phone=None,
        locale=locale,
        dutch_level=dutch_level,
        profile=IntegratorProfile(voluntary=True),
        started_on=today or today_in_brussels(),
    )
    set_password(user, password)
    user.last_login_at = utcnow()  # signed in right away
    audit.record(db, "account.signed_up", actor_id=user.id, target=user)
    return user


def activate(db: Session, user: User, password: str, ip_address: str | None = None) -> None:
    """The first password, chosen from the activation letter (or an invitation).

    Setting it changes the password hash, so the letter's link and code stop working.
    Raises `Refused` when the password is too weak. The caller commits.
    """
    problem = password_problem(password, user.name, user.email)
    if problem is not None:
        raise Refused(Field.PASSWORD, problem.value)
    set_password(user, password)
    user.last_login_at = utcnow()  # signed in right away
    audit.record(db, "account.activated", actor_id=user.id, target=user, ip_address=ip_address)


def is_activated(user: User) -> bool:
    """Whether the person has chosen a password (and so the letter is used up)."""
    return user.password_hash is not None
