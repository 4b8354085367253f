"""Fixed vocabularies of the domain: roles, statuses, goals, Dutch levels and languages.

Codes only; the words shown to people live in the translation catalogues of the web app.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    INTEGRATOR = "integrator"
    COUNSELLOR = "counsellor"
    ORGANISATION_STAFF = "organisation_staff"
    ADMIN = "admin"


class OrganisationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ActivityStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"
    HIDDEN = "hidden"  # hidden by an admin, with a reason


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class BookingStatus(StrEnum):
    BOOKED = "booked"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


#: Statuses that hold (or wait for) a place: at most one per integrator per session.
ACTIVE_BOOKING_STATUSES = (
    BookingStatus.BOOKED,
    BookingStatus.WAITLISTED,
    BookingStatus.ATTENDED,
    BookingStatus.NO_SHOW,
)


class TrajectoryStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    EXEMPT = "exempt"


class HoursKind(StrEnum):
    ATTENDANCE = "attendance"
    EXTERNAL_PROOF = "external_proof"
    CORRECTION = "correction"


class CertificateKind(StrEnum):
    ATTENDANCE = "attendance"
    COMPLETION = "completion"


class Goal(StrEnum):
    """The six ikdoemee goals, in the order they are shown."""

    LEARN_DUTCH = "learn_dutch"
    MEET_PEOPLE = "meet_people"
    MAKE_FRIENDS = "make_friends"
    LEARN_SOMETHING = "learn_something"
    VOLUNTEER = "volunteer"
    PREPARE_FOR_WORK = "prepare_for_work"


#: The taaliconen scale: 1 to 4 speech bubbles, with the rough CEFR match counsellors know.
DUTCH_LEVELS = (1, 2, 3, 4)
CEFR_BY_DUTCH_LEVEL = {1: "A0–A1", 2: "A1–A2", 3: "A2–B1", 4: "B1+"}

#: Languages of the interface, Dutch first (the default and the fallback of all content).
LOCALES = ("nl", "en", "fr", "ar", "uk", "ru", "tr", "fa", "ps", "ti", "so", "es")
DEFAULT_LOCALE = "nl"
RTL_LOCALES = frozenset({"ar", "fa", "ps"})

#: Default target of a trajectory: 40 hours.
DEFAULT_TARGET_MINUTES = 40 * 60

#: Where sessions happen; every time shown to people is in this zone.
TIMEZONE = "Europe/Brussels"
