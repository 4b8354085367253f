"""Activities: what an organisation offers, with its text in several languages."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .categories import Category
from .columns import PortableJSON, enum_type
from .organisations import Organisation
from .reference import DEFAULT_LOCALE, ActivityStatus, Goal

#: The next-session columns of an activity without one: after every real date, so a plain
#: index sorts activities with a date first.
NO_NEXT_SESSION = datetime(9999, 12, 31, tzinfo=UTC)


class Activity(Base):
    """An offer of a host organisation. Title and description live in `translations`."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    #: Taaliconen: the Dutch level (1-4) the activity needs.
    dutch_level: Mapped[int] = mapped_column(index=True)
    #: Not indexed: nearly every activity is published, and an index on it led SQLite's
    #: planner away from the catalogue's next-session index (migration 0005).
    status: Mapped[ActivityStatus] = mapped_column(
        enum_type(ActivityStatus), default=ActivityStatus.PUBLISHED
    )
    #: Why an admin hid it, told to the organisation.
    hidden_reason: Mapped[str | None] = mapped_column(Text)
    is_online: Mapped[bool] = mapped_column(default=False)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    #: Where it happens; for online activities, the organisation's municipality.
    municipality: Mapped[str] = mapped_column(String(100), index=True)
    wheelchair_accessible: Mapped[bool] = mapped_column(default=False)
    #: Locale codes of the languages the hosts speak besides Dutch, e.g. ["nl", "en", "ar"].
    host_languages: Mapped[list[str]] = mapped_column(PortableJSON, default=list)
    buddy_offered: Mapped[bool] = mapped_column(default=False)
    guidance_offered: Mapped[bool] = mapped_column(default=False)
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: The next scheduled session (its id and start) and the next one with a free place,
    #: kept by `models.next_sessions` whenever a session or a booking changes and rolled
    #: forward as sessions begin, so the catalogue sorts and filters by an index instead of
    #: looking at every session. `NO_NEXT_SESSION` when there is none. Never set by hand.
    next_session_id: Mapped[int | None]
    next_session_start: Mapped[datetime] = mapped_column(default=NO_NEXT_SESSION)
    next_free_session_id: Mapped[int | None]
    next_free_session_start: Mapped[datetime] = mapped_column(default=NO_NEXT_SESSION)

    organisation: Mapped[Organisation] = relationship()
    category: Mapped[Category] = relationship()
    translations: Mapped[list[ActivityTranslation]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )
    goal_links: Mapped[list[ActivityGoal]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityGoal.goal"
    )

    __table_args__ = (
        CheckConstraint("dutch_level BETWEEN 1 AND 4", name="dutch_level_range"),
        CheckConstraint(
            "min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name="age_range"
        ),
        # The catalogue's filters on the place, each in the order of the next session, so a
        # page of one town (or of online activities) is read in order and stops at twenty;
        # municipalities are compared without regard to case.
        Index(
            "ix_activities_municipality_next",
            func.lower(municipality),
            "next_session_start",
            "id",
        ),
        Index("ix_activities_online_next", "is_online", "next_session_start", "id"),
        Index("ix_activities_next_session", "next_session_start", "id"),
        Index("ix_activities_next_free_session", "next_free_session_start", "id"),
    )

    @property
    def goals(self) -> list[Goal]:
        """Goals in the fixed ikdoemee order."""
        chosen = {link.goal for link in self.goal_links}
        return [goal for goal in Goal if goal in chosen]

    def text(self, locale: str) -> ActivityTranslation:
        """The text in `locale`, falling back to Dutch (always present)."""
        by_locale = {t.locale: t for t in self.translations}
        return by_locale.get(locale) or by_locale[DEFAULT_LOCALE]


class ActivityGoal(Base):
    """One of the six goals an activity serves."""

    __tablename__ = "activity_goals"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), primary_key=True)
    goal: Mapped[Goal] = mapped_column(enum_type(Goal), primary_key=True)

    activity: Mapped[Activity] = relationship(back_populates="goal_links")

    __table_args__ = (Index("ix_activity_goals_goal_activity", "goal", "activity_id"),)


class ActivityTranslation(Base):
    """Title, description and what to bring in one language. Dutch is required."""

    __tablename__ = "activity_translations"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))
    locale: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    what_to_bring: Mapped[str | None] = mapped_column(Text)

    activity: Mapped[Activity] = relationship(back_populates="translations")

    __table_args__ = (UniqueConstraint("activity_id", "locale"),)
