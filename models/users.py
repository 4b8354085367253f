"""People: accounts with a role, the integrator profile and the counsellor's caseload."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, utcnow
from .columns import enum_type
from .reference import DEFAULT_LOCALE, Role


def new_calendar_token() -> str:
    """An unguessable token for the private calendar feed URL."""
    return secrets.token_urlsafe(24)


class User(Base):
    """An account. One id per person everywhere: bookings, caseloads and `/me` share it.

    Implements the attributes Flask-Login reads (duck-typed, so the domain needs no Flask).
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Lower-cased; optional because many integrators have no e-mail address.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    #: Normalised (`normalise_phone`); signs in people without an e-mail address.
    phone: Mapped[str | None] = mapped_column(String(32), unique=True)
    #: The name as the person writes it, in any script.
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role), index=True)
    #: Preferred interface language (one of `reference.LOCALES`).
    locale: Mapped[str] = mapped_column(String(8), default=DEFAULT_LOCALE)
    #: None until the account is activated (integrators created by a counsellor).
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(default=True)
    #: Secret part of the private iCalendar feed URL; replaced to revoke the old URL.
    calendar_token: Mapped[str] = mapped_column(String(64), unique=True, default=new_calendar_token)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    #: Set when an admin erased the person's data; the row stays for aggregate hours.
    erased_at: Mapped[datetime | None]

    integrator: Mapped[IntegratorProfile | None] = relationship(
        back_populates="user", foreign_keys="IntegratorProfile.user_id", uselist=False
    )

    __table_args__ = (
        CheckConstraint("email IS NULL OR email = lower(email)", name="email_lower_case"),
    )

    # Flask-Login protocol
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"


class IntegratorProfile(Base):
    """What the platform knows of an integrator beyond the account."""

    __tablename__ = "integrator_profiles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    dutch_level: Mapped[int] = mapped_column(default=1)
    #: The agency's case number (KBI), when known.
    dossier_number: Mapped[str | None] = mapped_column(String(40))
    #: The counsellor whose caseload this integrator is on.
    counsellor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: Signed up on their own, not sent by the agency.
    voluntary: Mapped[bool] = mapped_column(default=False)
    birth_date: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(back_populates="integrator", foreign_keys=[user_id])
    counsellor: Mapped[User | None] = relationship(foreign_keys=[counsellor_id])

    __table_args__ = (CheckConstraint("dutch_level BETWEEN 1 AND 4", name="dutch_level_range"),)


def normalise_email(email: str) -> str:
    """E-mail addresses are stored trimmed and lower-cased."""
    return email.strip().lower()


def normalise_phone(phone: str) -> str:
    """Belgian numbers in one form: "0470 12 34 56" and "+32 470/12.34.56" both become
    "+32470123456"; other international numbers keep their country code."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+32" + digits[1:]
    return "+" + digits


def find_user_by_login(db: Session, identifier: str) -> User | None:
    """The account signed in with an e-mail address or, for people without one, a phone."""
    if "@" in identifier:
        return find_user_by_email(db, identifier)
    if sum(ch.isdigit() for ch in identifier) < 6:
        return None
    return db.scalar(select(User).where(User.phone == normalise_phone(identifier)))


def find_user_by_email(db: Session, email: str) -> User | None:
    """The account with this e-mail address, compared without regard to case or spaces."""
    return db.scalar(select(User).where(User.email == normalise_email(email)))


def find_user_by_calendar_token(db: Session, token: str) -> User | None:
    """The active account whose private calendar feed this token opens."""
    return db.scalar(select(User).where(User.calendar_token == token, User.is_active.is_(True)))
