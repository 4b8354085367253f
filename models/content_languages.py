"""Which activities of an organisation lack a text in which language, with the languages
ordered by how many of the organisation's participants read them.

Staff have little time for translating: the overview puts first the languages their own
participants use most, so the translation that helps most people is the first one they see.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .activities import Activity
from .bookings import Booking
from .publishing import ActivityRow, organisation_activities
from .reference import DEFAULT_LOCALE, LOCALES
from .sessions import ActivitySession
from .users import User

#: The languages an activity can be translated into: all but Dutch, which is required.
TRANSLATION_LOCALES = tuple(code for code in LOCALES if code != DEFAULT_LOCALE)


@dataclass(frozen=True)
class LanguageColumn:
    """One language of the overview and how many participants read the platform in it."""

    locale: str
    readers: int


@dataclass(frozen=True)
class TranslationOverview:
    """The organisation's activities (newest first) against the non-Dutch languages."""

    languages: list[LanguageColumn]
    rows: list[ActivityRow]

    @property
    def missing_count(self) -> int:
        """How many activity × language cells still lack a text."""
        wanted = {column.locale for column in self.languages}
        return sum(len(wanted.intersection(row.missing_locales)) for row in self.rows)


def readers_per_locale(db: Session, organisation_id: int) -> dict[str, int]:
    """Per interface language: distinct integrators who ever booked (in any status, a
    cancelled booking too: they read the activity) a session of this organisation."""
    rows = db.execute(
        select(User.locale, func.count(func.distinct(Booking.integrator_id)))
        .select_from(Booking)
        .join(ActivitySession, ActivitySession.id == Booking.session_id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .join(User, User.id == Booking.integrator_id)
        .where(Activity.organisation_id == organisation_id)
        .group_by(User.locale)
    ).all()
    return {locale: count for locale, count in rows if locale in LOCALES}


def ordered_languages(readers: dict[str, int]) -> list[LanguageColumn]:
    """The non-Dutch languages, most readers first; ties and unread ones in LOCALES order."""
    columns = [LanguageColumn(code, readers.get(code, 0)) for code in TRANSLATION_LOCALES]
    # sorted() is stable, so equal counts keep the LOCALES order.
    return sorted(columns, key=lambda column: -column.readers)


def translation_overview(db: Session, organisation_id: int) -> TranslationOverview:
    """The table of the staff's content page: every activity of the organisation (any
    status) and the languages it has no text in, languages ordered by readers."""
    return TranslationOverview(
        languages=ordered_languages(readers_per_locale(db, organisation_id)),
        rows=organisation_activities(db, organisation_id),
    )
