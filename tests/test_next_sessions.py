"""Each activity's stored next session stays what the sessions themselves say, whatever
changes them: bookings, cancellations, new capacities, moved or cancelled sessions, time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, ActivitySession, Organisation, User, utcnow
from models.activities import NO_NEXT_SESSION
from models.bookings import book, cancel
from models.catalogue import list_activities
from models.next_sessions import roll_forward
from models.reference import Role, SessionStatus
from models.search import Filters

from .factories import make_activity, make_session
from .helpers import reread


def _expected(db: Session, activity_id: int, now: datetime) -> tuple:
    """The four columns worked out from the sessions, the slow way."""
    upcoming = sorted(
        (s.starts_at, s.id, s.capacity > s.places_taken)
        for s in db.scalars(
            select(ActivitySession).where(
                ActivitySession.activity_id == activity_id,
                ActivitySession.status == SessionStatus.SCHEDULED,
            )
        )
        if s.starts_at > now
    )
    free = [row for row in upcoming if row[2]]
    first = upcoming[0] if upcoming else (NO_NEXT_SESSION, None)
    first_free = free[0] if free else (NO_NEXT_SESSION, None)
    return first[1], first[0], first_free[1], first_free[0]


def _stored(db: Session, activity_id: int) -> tuple:
    activity = db.get(Activity, activity_id)
    return (
        activity.next_session_id,
        activity.next_session_start,
        activity.next_free_session_id,
        activity.next_free_session_start,
    )


def test_the_stored_next_session_follows_every_change(
    db: Session,
    organisation: Organisation,
    make_user: Callable[..., User],
    counsellor: User,
) -> None:
    activity = make_activity(db, organisation, "Praattafel")
    soon = make_session(db, activity, starts_in=timedelta(days=2), capacity=1)
    later = make_session(db, activity, starts_in=timedelta(days=8), capacity=2)

    def check(now: datetime | None = None) -> None:
        reread(db)
        assert _stored(db, activity.id) == _expected(db, activity.id, now or utcnow())

    check()
    first, second, third = (make_user(Role.INTEGRATOR, counsellor=counsellor) for _ in "abc")
    booked = book(db, soon.id, first, first).booking  # the first session is now full
    db.commit()
    check()
    assert _stored(db, activity.id)[2] == later.id
    book(db, soon.id, second, second)  # waiting list: nothing changes
    db.commit()
    check()
    cancel(db, booked.id, first)  # the second person moves up: still full
    db.commit()
    check()
    book(db, later.id, third, third)
    book(db, later.id, first, first)  # both sessions full now
    db.commit()
    check()
    assert _stored(db, activity.id)[2:] == (None, NO_NEXT_SESSION)

    session = db.get(ActivitySession, soon.id)
    session.capacity = 3  # a new capacity frees places
    db.commit()
    check()
    session.status = SessionStatus.CANCELLED
    db.commit()
    check()
    assert _stored(db, activity.id)[0] == later.id
    moved = db.get(ActivitySession, later.id)
    moved.starts_at, moved.ends_at = (
        moved.starts_at + timedelta(days=30),
        moved.ends_at + timedelta(days=30),
    )
    db.commit()
    check()
    newer = make_session(db, activity, starts_in=timedelta(days=3))
    check()
    assert _stored(db, activity.id)[0] == newer.id

    # Time passes: once the session has begun, the next one is the one after it.
    begun = utcnow() + timedelta(days=4)
    roll_forward(db, now=begun)
    db.commit()
    check(begun)
    assert _stored(db, activity.id)[0] == later.id


def test_the_catalogue_never_shows_a_session_that_has_begun_as_next(
    db: Session, organisation: Organisation
) -> None:
    activity = make_activity(db, organisation, "Koor")
    make_session(db, activity, starts_in=timedelta(hours=1))
    after = make_session(db, activity, starts_in=timedelta(days=7))
    in_two_hours = utcnow() + timedelta(hours=2)
    page = list_activities(db, filters=Filters(), now=in_two_hours)
    assert [item.next_session.session.id for item in page.items] == [after.id]
    page = list_activities(db, filters=Filters(available=True), now=in_two_hours)
    assert [item.next_session.session.id for item in page.items] == [after.id]
