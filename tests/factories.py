"""Activities, sessions and bookings made straight in the database, for tests to start from.

Many test modules need "an activity with one session" or "a booking" before the part they
test; these functions make them one way, so that no module carries its own copy. They add
rows as they are, without the rules of `models.bookings` or `models.publishing`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivitySession,
    ActivityTranslation,
    Booking,
    Category,
    Organisation,
    User,
    utcnow,
)
from models.reference import BookingStatus, SessionStatus

#: A name in Arabic script, for lists and forms that must keep its direction.
ARABIC = "فاطمة الزهراء"

#: The moment `make_booking(..., minute=n)` counts from.
FIRST_BOOKING = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def make_activity(
    db: Session,
    organisation: Organisation,
    title: str = "Wandelen",
    *,
    category: str = "sport",
    dutch_level: int = 1,
    municipality: str = "Gent",
    titles: dict[str, str] | None = None,
    **fields: object,
) -> Activity:
    """An activity with a Dutch `title` and, in `titles`, titles in more languages by locale;
    `fields` are further columns of `Activity`. Committed."""
    activity = Activity(
        organisation=organisation,
        category=db.scalar(select(Category).where(Category.code == category)),
        dutch_level=dutch_level,
        municipality=municipality,
        **fields,
    )
    activity.translations = [
        ActivityTranslation(locale=locale, title=text, description="Samen.")
        for locale, text in {"nl": title, **(titles or {})}.items()
    ]
    db.add(activity)
    db.commit()
    return activity


def make_session(
    db: Session,
    owner: Activity | Organisation,
    *,
    starts_in: timedelta | None = None,
    starts_at: datetime | None = None,
    minutes: int = 120,
    length: timedelta | None = None,
    capacity: int = 10,
    status: SessionStatus = SessionStatus.SCHEDULED,
    title: str = "Wandelen",
) -> ActivitySession:
    """A session of `owner`, or of a new activity titled `title` when `owner` is an
    organisation. It starts `starts_in` from now (negative: in the past) or at `starts_at`,
    credits `minutes` and lasts `length`, by default as long as it credits. Committed."""
    if (starts_in is None) == (starts_at is None):
        raise TypeError("make_session needs one of starts_in and starts_at")
    if isinstance(owner, Organisation):
        owner = make_activity(db, owner, title)
    start = starts_at or utcnow() + starts_in
    session = ActivitySession(
        activity=owner,
        starts_at=start,
        ends_at=start + (length or timedelta(minutes=minutes)),
        capacity=capacity,
        minutes=minutes,
        status=status,
    )
    db.add(session)
    db.commit()
    return session


def walking_together(
    db: Session,
    organisation: Organisation,
    *,
    starts_in: timedelta = timedelta(days=10),
    starts_at: datetime | None = None,
    capacity: int = 6,
    status: SessionStatus = SessionStatus.SCHEDULED,
) -> ActivitySession:
    """A session of a new activity "Samen lopen", "Walking together" in English, for screens
    that show a title in the reader's language. It starts at `starts_at`, or `starts_in`
    from now on the whole minute, as a form without seconds sends it back."""
    activity = make_activity(db, organisation, "Samen lopen", titles={"en": "Walking together"})
    start = starts_at or (utcnow() + starts_in).replace(second=0, microsecond=0)
    return make_session(db, activity, starts_at=start, capacity=capacity, status=status)


def make_booking(
    db: Session,
    session: ActivitySession,
    person: User,
    status: BookingStatus = BookingStatus.BOOKED,
    *,
    minute: int | None = None,
) -> Booking:
    """A booking of `person`, made now or, for lists in the order of booking, `minute`
    minutes after `FIRST_BOOKING`. Committed."""
    booking = Booking(session=session, integrator=person, status=status)
    if minute is not None:
        booking.created_at = FIRST_BOOKING + timedelta(minutes=minute)
    db.add(booking)
    db.commit()
    return booking
