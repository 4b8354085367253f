"""Sessions: the dated occurrences of an activity, each with its capacity and credited minutes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .activities import Activity
from .base import Base, utcnow
from .columns import enum_type
from .reference import TIMEZONE, SessionStatus


class ActivitySession(Base):
    """One occurrence of an activity (called a *session* in the UI and the API).

    Named `ActivitySession` in code so it is never confused with a database session.
    """

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    capacity: Mapped[int]
    #: Minutes credited to each person who attends the whole session.
    minutes: Mapped[int]
    status: Mapped[SessionStatus] = mapped_column(
        enum_type(SessionStatus), default=SessionStatus.SCHEDULED
    )
    cancelled_reason: Mapped[str | None] = mapped_column(Text)
    #: When staff registered attendance; None while it is still awaited.
    attendance_registered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Weekday (0 = Monday) and minute of the day of the start, in Brussels time. Derived
    #: from `starts_at` on every write (see `_local_start`), kept so the catalogue can filter
    #: on "Tuesday evenings" the same way on SQLite and PostgreSQL. Not indexed: the coming
    #: sessions are read in order of their start, and these only sort them out.
    local_weekday: Mapped[int] = mapped_column(SmallInteger)
    local_start_minute: Mapped[int] = mapped_column(SmallInteger)
    #: Bookings that hold a place (booked, attended, no-show). Kept by database triggers on
    #: `bookings` (migration 0003), never written by the app: compare it in queries
    #: (`capacity > places_taken`), do not read it from an object loaded before a booking.
    places_taken: Mapped[int] = mapped_column(server_default="0")

    activity: Mapped[Activity] = relationship()

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
        Index("ix_sessions_activity_starts", "activity_id", "starts_at"),
    )

    @property
    def length_minutes(self) -> int:
        """How long the session lasts; never less than the minutes it credits."""
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


BRUSSELS = ZoneInfo(TIMEZONE)


def local_start(starts_at: datetime) -> tuple[int, int]:
    """Weekday (0 = Monday) and minute of the day of a moment, in Brussels time."""
    local = starts_at.astimezone(BRUSSELS)
    return local.weekday(), local.hour * 60 + local.minute


@event.listens_for(ActivitySession, "before_insert")
@event.listens_for(ActivitySession, "before_update")
def _local_start(_mapper, _connection, session: ActivitySession) -> None:
    session.local_weekday, session.local_start_minute = local_start(session.starts_at)
