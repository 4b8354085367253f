"""Publishing an activity: the rules its text, place and sessions must meet, and the one
function that stores it.

The web form, the JSON API and the command line all build an `ActivityDraft` and call
`publish`, so a rule such as "Dutch is required" or "capacity 1 to 500" lives here once.
Drafts often come straight from JSON, so `validate` also checks the type of every value and
reports each problem as a machine code instead of raising: callers answer 422, never 500.
Text is stored as typed (only stripped of surrounding spaces); escaping is the templates' job.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from . import audit
from .activities import Activity, ActivityGoal, ActivityTranslation
from .base import utcnow
from .bookings import Booking, booked_count, lock_session, promote_waiting
from .categories import Category, all_categories
from .organisations import Organisation
from .permissions import Action, can
from .reference import (
    DEFAULT_LOCALE,
    DUTCH_LEVELS,
    LOCALES,
    ActivityStatus,
    BookingStatus,
    Goal,
    SessionStatus,
)
from .sessions import BRUSSELS, ActivitySession
from .users import User

#: Most sessions one publication (or one weekly series) may create.
MAX_SESSIONS = 200
CAPACITY_RANGE = (1, 500)
#: Longest reason for cancelling a session.
REASON_MAX_LENGTH = 2000
AGE_RANGE = (0, 120)
#: A session longer than this is a typing mistake (and would overflow the minutes column).
MAX_SESSION_LENGTH = timedelta(days=7)
#: Longest text per field, in characters after stripping; matches the columns.
MAX_LENGTH = {
    "title": 200,
    "description": 5000,
    "what_to_bring": 2000,
    "municipality": 100,
    "street": 200,
    "postcode": 10,
    "contact_name": 200,
    "contact_email": 254,
    "contact_phone": 32,
}
TEXT_FIELDS = ("title", "description", "what_to_bring")
PLACE_FIELDS = ("street", "postcode")
CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")
FLAG_FIELDS = ("is_online", "wheelchair_accessible", "buddy_offered", "guidance_offered")
#: Control characters other than tab and line breaks: PostgreSQL refuses NUL in text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Code(StrEnum):
    """Machine codes of problems; callers translate them into words."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    UNKNOWN = "unknown"
    OUT_OF_RANGE = "out_of_range"
    WRONG_TYPE = "wrong_type"
    DUPLICATE = "duplicate"
    TOO_MANY = "too_many"
    INVALID_CHARACTER = "invalid_character"
    INVALID_EMAIL = "invalid_email"
    INVALID_TIME = "invalid_time"
    END_BEFORE_START = "end_before_start"
    MINUTES_OVER_LENGTH = "minutes_over_length"
    IN_THE_PAST = "in_the_past"
    DUTCH_REQUIRED = "dutch_required"
    MAX_BELOW_MIN = "max_below_min"
    BELOW_BOOKED = "below_booked"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Problem:
    """What is wrong where: `field` is a path such as `sessions[2].end`."""

    field: str
    code: str


class PublishRefused(ValueError):
    """The draft breaks at least one rule; `problems` says which."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass
class SessionDraft:
    """One occurrence to create. A naive time means Brussels wall-clock time."""

    start: datetime | None = None
    end: datetime | None = None
    capacity: int | None = None
    minutes: int | None = None


@dataclass
class ActivityDraft:
    """An activity as a person typed it, not yet checked."""

    category: str | None = None
    goals: list[str] = field(default_factory=list)
    dutch_level: int | None = None
    municipality: str | None = None
    is_online: bool = False
    street: str | None = None
    postcode: str | None = None
    wheelchair_accessible: bool = False
    host_languages: list[str] = field(default_factory=list)
    buddy_offered: bool = False
    guidance_offered: bool = False
    min_age: int | None = None
    max_age: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    #: {locale: {"title", "description", "what_to_bring"}}; Dutch is required.
    translations: dict[str, dict[str, str | None]] = field(default_factory=dict)
    sessions: list[SessionDraft] = field(default_factory=list)


# Tidying --------------------------------------------------------------------------------------


def _strip(value: Any) -> Any:
    """Surrounding spaces go; a blank text is no text. Anything not a string stays as it is."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def tidy(draft: ActivityDraft) -> ActivityDraft:
    """The same draft with every text stripped, so rules and storage see the same values."""
    translations = draft.translations
    if isinstance(translations, Mapping):
        translations = {
            locale: {key: _strip(value) for key, value in text.items()}
            if isinstance(text, Mapping)
            else text
            for locale, text in translations.items()
        }
    texts = {name: _strip(getattr(draft, name)) for name in (*PLACE_FIELDS, *CONTACT_FIELDS)}
    return replace(
        draft,
        category=_strip(draft.category),
        municipality=_strip(draft.municipality),
        translations=translations,
        **texts,
    )


def to_utc(moment: datetime) -> datetime:
    """An aware UTC moment; a naive one is read as Brussels wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    return moment.astimezone(UTC)


# Checking one value ---------------------------------------------------------------------------


def _text(where: str, value: Any, *, required: bool, max_length: int) -> list[Problem]:
    if value is None:
        return [Problem(where, Code.REQUIRED)] if required else []
    if not isinstance(value, str):
        return [Problem(where, Code.WRONG_TYPE)]
    if len(value) > max_length:
        return [Problem(where, Code.TOO_LONG)]
    if CONTROL_CHARACTERS.search(value):
        return [Problem(where, Code.INVALID_CHARACTER)]
    return []


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(where: str, value: Any, low: int, high: int, *, required: bool) -> list[Problem]:
    if value is None:
        return [Problem(where, Code.REQUIRED)] if required else []
    if not _is_int(value):
        return [Problem(where, Code.WRONG_TYPE)]
    if not low <= value <= high:
        return [Problem(where, Code.OUT_OF_RANGE)]
    return []


def _flag(where: str, value: Any) -> list[Problem]:
    return [] if isinstance(value, bool) else [Problem(where, Code.WRONG_TYPE)]


def _codes(where: str, values: Any, allowed: Collection[str], *, required: bool) -> list[Problem]:
    """A list of distinct codes, each one of `allowed`."""
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        return [Problem(where, Code.WRONG_TYPE)]
    if not values:
        return [Problem(where, Code.REQUIRED)] if required else []
    if any(value not in allowed for value in values):
        return [Problem(where, Code.UNKNOWN)]
    if len(set(values)) < len(values):
        return [Problem(where, Code.DUPLICATE)]
    return []


# Checking the parts of a draft ----------------------------------------------------------------


def _check_translations(translations: Any) -> list[Problem]:
    if not isinstance(translations, Mapping):
        return [Problem("translations", Code.WRONG_TYPE)]
    problems = []
    if DEFAULT_LOCALE not in translations:
        problems.append(Problem(f"translations.{DEFAULT_LOCALE}", Code.DUTCH_REQUIRED))
    for locale, text in translations.items():
        where = f"translations.{str(locale)[:20]}"
        if locale not in LOCALES:
            problems.append(Problem(where, Code.UNKNOWN))
        elif not isinstance(text, Mapping):
            problems.append(Problem(where, Code.WRONG_TYPE))
        else:
            for name in TEXT_FIELDS:
                problems += _text(
                    f"{where}.{name}",
                    text.get(name),
                    required=name != "what_to_bring",
                    max_length=MAX_LENGTH[name],
                )
    return problems


def _check_category(category: Any, known: Collection[str] | None) -> list[Problem]:
    problems = _text("category", category, required=True, max_length=40)
    if not problems and known is not None and category not in known:
        problems.append(Problem("category", Code.UNKNOWN))
    return problems


def _check_place(draft: ActivityDraft) -> list[Problem]:
    """Online activities may leave the municipality out: the organisation's is used."""
    problems = _text(
        "municipality",
        draft.municipality,
        required=draft.is_online is not True,
        max_length=MAX_LENGTH["municipality"],
    )
    for name in PLACE_FIELDS:
        problems += _text(name, getattr(draft, name), required=False, max_length=MAX_LENGTH[name])
    return problems


def _check_contact(draft: ActivityDraft) -> list[Problem]:
    problems = []
    for name in CONTACT_FIELDS:
        problems += _text(name, getattr(draft, name), required=False, max_length=MAX_LENGTH[name])
    email = draft.contact_email
    valid_so_far = not any(p.field == "contact_email" for p in problems)
    if isinstance(email, str) and valid_so_far and not EMAIL.fullmatch(email):
        problems.append(Problem("contact_email", Code.INVALID_EMAIL))
    return problems


def _check_ages(draft: ActivityDraft) -> list[Problem]:
    problems = _number("min_age", draft.min_age, *AGE_RANGE, required=False)
    problems += _number("max_age", draft.max_age, *AGE_RANGE, required=False)
    both = not problems and draft.min_age is not None and draft.max_age is not None
    if both and draft.min_age > draft.max_age:
        problems.append(Problem("max_age", Code.MAX_BELOW_MIN))
    return problems


def _moment(where: str, value: Any) -> tuple[datetime | None, list[Problem]]:
    """The value as aware UTC, or the problem with it."""
    if value is None:
        return None, [Problem(where, Code.REQUIRED)]
    if not isinstance(value, datetime):
        return None, [Problem(where, Code.WRONG_TYPE)]
    try:
        return to_utc(value), []
    except OverflowError:  # year 1 or 9999 moved across a time zone
        return None, [Problem(where, Code.OUT_OF_RANGE)]


def _check_session(where: str, session: Any, now: datetime) -> list[Problem]:
    if not isinstance(session, SessionDraft):
        return [Problem(where, Code.WRONG_TYPE)]
    start, problems = _moment(f"{where}.start", session.start)
    end, end_problems = _moment(f"{where}.end", session.end)
    problems += end_problems
    problems += _number(f"{where}.capacity", session.capacity, *CAPACITY_RANGE, required=True)
    minute_problems = _number(f"{where}.minutes", session.minutes, 0, 2**31 - 1, required=True)
    if start is not None and start < now:
        problems.append(Problem(f"{where}.start", Code.IN_THE_PAST))
    if start is not None and end is not None:
        length = end - start
        if length <= timedelta(0):
            problems.append(Problem(f"{where}.end", Code.END_BEFORE_START))
        elif length > MAX_SESSION_LENGTH:
            problems.append(Problem(f"{where}.end", Code.TOO_LONG))
        elif not minute_problems and session.minutes > length // timedelta(minutes=1):
            minute_problems.append(Problem(f"{where}.minutes", Code.MINUTES_OVER_LENGTH))
    return problems + minute_problems


def _check_sessions(sessions: Any, now: datetime) -> list[Problem]:
    if not isinstance(sessions, list | tuple):
        return [Problem("sessions", Code.WRONG_TYPE)]
    if len(sessions) > MAX_SESSIONS:
        return [Problem("sessions", Code.TOO_MANY)]
    problems = []
    for index, session in enumerate(sessions):
        problems += _check_session(f"sessions[{index}]", session, now)
    return problems


def validate(
    draft: ActivityDraft,
    *,
    categories: Collection[str] | None = None,
    now: datetime | None = None,
) -> list[Problem]:
    """Every problem of the draft, in field order; an empty list means it may be published.

    `categories` are the known category codes; without them only the presence of a category
    is checked (`publish` always passes them).
    """
    draft = tidy(draft)
    now = now or utcnow()
    problems = [
        *_check_translations(draft.translations),
        *_check_category(draft.category, categories),
        *_codes("goals", draft.goals, [goal.value for goal in Goal], required=True),
        *_number(
            "dutch_level", draft.dutch_level, min(DUTCH_LEVELS), max(DUTCH_LEVELS), required=True
        ),
    ]
    for name in FLAG_FIELDS:
        problems += _flag(name, getattr(draft, name))
    return [
        *problems,
        *_check_place(draft),
        *_check_ages(draft),
        *_check_contact(draft),
        *_codes("host_languages", draft.host_languages, LOCALES, required=False),
        *_check_sessions(draft.sessions, now),
    ]


# Storing --------------------------------------------------------------------------------------


def _activity(
    organisation: Organisation, author: User, category: Category, draft: ActivityDraft
) -> Activity:
    """The new activity with its texts, goals and sessions; `draft` is tidy and valid."""
    fields = {
        name: getattr(draft, name)
        for name in (*FLAG_FIELDS, *PLACE_FIELDS, *CONTACT_FIELDS, "min_age", "max_age")
    }
    activity = Activity(
        organisation=organisation,
        category=category,
        dutch_level=draft.dutch_level,
        municipality=draft.municipality or organisation.municipality,
        host_languages=list(draft.host_languages),
        status=ActivityStatus.PUBLISHED if organisation.is_approved else ActivityStatus.DRAFT,
        created_by_id=author.id,
        **fields,
    )
    activity.translations = [
        ActivityTranslation(locale=locale, **{name: text.get(name) for name in TEXT_FIELDS})
        for locale, text in draft.translations.items()
    ]
    activity.goal_links = [ActivityGoal(goal=Goal(goal)) for goal in draft.goals]
    return activity


def _sessions(activity: Activity, drafts: Iterable[SessionDraft]) -> list[ActivitySession]:
    return [
        ActivitySession(
            activity=activity,
            starts_at=to_utc(draft.start),
            ends_at=to_utc(draft.end),
            capacity=draft.capacity,
            minutes=draft.minutes,
        )
        for draft in drafts
    ]


def publish(
    db: Session,
    organisation: Organisation,
    author: User,
    draft: ActivityDraft,
    *,
    now: datetime | None = None,
) -> Activity:
    """Store the draft as a new activity of `organisation`, in the caller's transaction.

    Public at once for an approved organisation; a `draft` until then, so a pending
    organisation can prepare its offer. Raises PermissionError for anyone who does not act
    for the organisation and PublishRefused when a rule is broken (nothing is stored then).
    """
    if not can(db, author, Action.MANAGE_ORGANISATION, organisation):
        raise PermissionError("only staff of the organisation may publish its activities")
    categories = {category.code: category for category in all_categories(db)}
    draft = tidy(draft)
    problems = validate(draft, categories=categories, now=now)
    if problems:
        raise PublishRefused(problems)
    activity = _activity(organisation, author, categories[draft.category], draft)
    db.add(activity)
    db.add_all(_sessions(activity, draft.sessions))
    db.flush()
    audit.record(
        db,
        "activity.created",
        actor_id=author.id,
        target=activity,
        status=activity.status.value,
        sessions=len(draft.sessions),
    )
    return activity


# Weekly series --------------------------------------------------------------------------------


def weekly_series(
    first_start_local: datetime, duration_minutes: int, until: date, exceptions: set[date]
) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC, every week at the same Brussels wall-clock time, up to and
    including `until`, leaving out the exception dates.

    Stepping the wall-clock time (not the UTC time) keeps a 19:00 class at 19:00 across
    daylight-saving changes, while its UTC offset moves. Raises ValueError for a zoned start,
    a duration that is not positive, or more than MAX_SESSIONS sessions.
    """
    if first_start_local.tzinfo is not None:
        raise ValueError("give the first start as naive Brussels wall-clock time")
    if duration_minutes <= 0:
        raise ValueError("a session lasts at least one minute")
    series = []
    local = first_start_local
    while local.date() <= until:
        if local.date() not in exceptions:
            start = to_utc(local)
            series.append((start, start + timedelta(minutes=duration_minutes)))
            if len(series) > MAX_SESSIONS:
                raise ValueError(f"a series has at most {MAX_SESSIONS} sessions")
        local += timedelta(weeks=1)
    return series


# Clear Dutch ----------------------------------------------------------------------------------

#: Readers are at A1-A2: sentences longer than this many words are hard to follow ...
CLEAR_SENTENCE_WORDS = 12
#: ... and so are words longer than this many letters (Dutch glues nouns together).
CLEAR_WORD_LETTERS = 14
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


class HintKind(StrEnum):
    LONG_SENTENCE = "long_sentence"
    LONG_WORD = "long_word"


@dataclass(frozen=True)
class Hint:
    """A piece of Dutch that may be hard for a reader at A1-A2: a hint, never an error."""

    kind: HintKind
    #: The sentence or the word, as written.
    text: str
    #: Words in the sentence, or letters in the word.
    size: int


def clear_dutch_hints(text: str | None) -> list[Hint]:
    """Long sentences first, then long words, each once, in the order they appear."""
    if not text:
        return []
    hints: list[Hint] = []
    long_words: dict[str, Hint] = {}
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        if len(words) > CLEAR_SENTENCE_WORDS:
            hints.append(Hint(HintKind.LONG_SENTENCE, sentence.strip(), len(words)))
        for word in words:
            letters = sum(ch.isalpha() for ch in word)
            if letters > CLEAR_WORD_LETTERS and word.lower() not in long_words:
                long_words[word.lower()] = Hint(HintKind.LONG_WORD, word, letters)
    return hints + list(long_words.values())


# Changing what is published --------------------------------------------------------------------


class StatusRefused(ValueError):
    """The activity cannot go public now: `reason` is `not_approved` or `hidden`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _check_staff(db: Session, author: User, organisation: Organisation) -> None:
    if not can(db, author, Action.MANAGE_ORGANISATION, organisation):
        raise PermissionError("only staff of the organisation may change its activities")


def _fill(activity: Activity, category: Category, draft: ActivityDraft) -> None:
    """Copy every field, text and goal of a tidy, valid draft onto the activity."""
    for name in (*FLAG_FIELDS, *PLACE_FIELDS, *CONTACT_FIELDS, "min_age", "max_age"):
        setattr(activity, name, getattr(draft, name))
    activity.category = category
    activity.dutch_level = draft.dutch_level
    activity.municipality = draft.municipality or activity.organisation.municipality
    activity.host_languages = list(draft.host_languages)
    by_locale = {t.locale: t for t in activity.translations}
    kept = []
    for locale, text in draft.translations.items():
        translation = by_locale.get(locale) or ActivityTranslation(locale=locale)
        for name in TEXT_FIELDS:
            setattr(translation, name, text.get(name))
        kept.append(translation)
    activity.translations = kept
    chosen = {Goal(goal) for goal in draft.goals}
    activity.goal_links = [link for link in activity.goal_links if link.goal in chosen] + [
        ActivityGoal(goal=goal) for goal in chosen - {link.goal for link in activity.goal_links}
    ]


def update_activity(
    db: Session, activity: Activity, author: User, draft: ActivityDraft
) -> Activity:
    """Replace the fields, texts and goals of an activity; its sessions stay as they are.

    Raises PermissionError and PublishRefused as `publish` does (the draft's sessions are
    ignored: sessions are changed one by one).
    """
    _check_staff(db, author, activity.organisation)
    categories = {category.code: category for category in all_categories(db)}
    draft = replace(tidy(draft), sessions=[])
    problems = validate(draft, categories=categories)
    if problems:
        raise PublishRefused(problems)
    _fill(activity, categories[draft.category], draft)
    db.flush()
    audit.record(db, "activity.updated", actor_id=author.id, target=activity)
    return activity


def draft_of(activity: Activity) -> ActivityDraft:
    """The activity as a draft (without sessions): what an edit form starts from."""
    fields = {
        name: getattr(activity, name)
        for name in (*FLAG_FIELDS, *PLACE_FIELDS, *CONTACT_FIELDS, "min_age", "max_age")
    }
    return ActivityDraft(
        category=activity.category.code,
        goals=[goal.value for goal in activity.goals],
        dutch_level=activity.dutch_level,
        municipality=activity.municipality,
        host_languages=list(activity.host_languages or []),
        translations={
            t.locale: {name: getattr(t, name) for name in TEXT_FIELDS}
            for t in activity.translations
        },
        **fields,
    )


def duplicate_activity(db: Session, activity: Activity, author: User) -> Activity:
    """A draft copy (fields, texts, goals; no sessions) to change into a new activity."""
    _check_staff(db, author, activity.organisation)
    copy = Activity(
        organisation=activity.organisation,
        status=ActivityStatus.DRAFT,
        created_by_id=author.id,
    )
    _fill(copy, activity.category, draft_of(activity))
    db.add(copy)
    db.flush()
    audit.record(db, "activity.duplicated", actor_id=author.id, target=copy, source=activity.id)
    return copy


def set_published(db: Session, activity: Activity, author: User, published: bool) -> bool:
    """Put the activity online or take it offline; True when the status changed.

    Going online needs an approved organisation and an activity an admin has not hidden
    (StatusRefused otherwise); taking it offline keeps a hidden activity hidden.
    """
    _check_staff(db, author, activity.organisation)
    if activity.status == ActivityStatus.HIDDEN:
        raise StatusRefused("hidden")
    wanted = ActivityStatus.PUBLISHED if published else ActivityStatus.UNPUBLISHED
    if published and not activity.organisation.is_approved:
        raise StatusRefused("not_approved")
    if activity.status == wanted:
        return False
    activity.status = wanted
    audit.record(
        db,
        "activity.published" if published else "activity.unpublished",
        actor_id=author.id,
        target=activity,
    )
    return True


@dataclass(frozen=True)
class ActivityRow:
    """One line of an organisation's own list."""

    activity: Activity
    next_start: datetime | None
    missing_locales: list[str]


def organisation_activities(
    db: Session, organisation_id: int, now: datetime | None = None
) -> list[ActivityRow]:
    """Every activity of the organisation (any status), newest first, with its next
    session and the languages it has no text in yet; three queries whatever the count."""
    now = now or utcnow()
    activities = list(
        db.scalars(
            select(Activity)
            .where(Activity.organisation_id == organisation_id)
            .options(selectinload(Activity.translations))
            .order_by(Activity.created_at.desc(), Activity.id.desc())
        )
    )
    next_starts = dict(
        db.execute(
            select(ActivitySession.activity_id, func.min(ActivitySession.starts_at))
            .where(
                ActivitySession.activity_id.in_([a.id for a in activities]),
                ActivitySession.starts_at >= now,
                ActivitySession.status == SessionStatus.SCHEDULED,
            )
            .group_by(ActivitySession.activity_id)
        ).all()
    )
    return [
        ActivityRow(
            activity,
            next_starts.get(activity.id),
            [
                locale
                for locale in LOCALES
                if locale not in {t.locale for t in activity.translations}
            ],
        )
        for activity in activities
    ]


# Sessions of a published activity --------------------------------------------------------------


def add_sessions(
    db: Session,
    activity: Activity,
    author: User,
    drafts: list[SessionDraft],
    *,
    now: datetime | None = None,
) -> list[ActivitySession]:
    """New sessions for an existing activity, under the same rules as at publication."""
    _check_staff(db, author, activity.organisation)
    problems = _check_sessions(drafts, now or utcnow())
    if problems:
        raise PublishRefused(problems)
    sessions = _sessions(activity, drafts)
    db.add_all(sessions)
    db.flush()
    audit.record(db, "session.added", actor_id=author.id, target=activity, sessions=len(sessions))
    return sessions


def people_waiting_for(db: Session, session: ActivitySession) -> list[User]:
    """Who holds a place or waits for one: the people to tell when the session changes."""
    return list(
        db.scalars(
            select(User)
            .join(Booking, Booking.integrator_id == User.id)
            .where(
                Booking.session_id == session.id,
                Booking.status.in_([BookingStatus.BOOKED, BookingStatus.WAITLISTED]),
            )
            .order_by(Booking.created_at, Booking.id)
        )
    )


@dataclass(frozen=True)
class SessionChange:
    """What a session change means for the people: the time `moved` (tell everyone booked
    or waiting) and the waiting-list bookings `promoted` into the places a raised capacity
    freed (tell them they have a place)."""

    moved: bool
    promoted: list[Booking]


def change_session(
    db: Session,
    session: ActivitySession,
    author: User,
    draft: SessionDraft,
    *,
    now: datetime | None = None,
) -> SessionChange:
    """New start, end, capacity and minutes for one session.

    The capacity may not drop below the places booked; when it rises, the first people of
    the waiting list move up at once. Both are decided with the session row locked, so a
    booking made at the same moment can neither overbook nor jump the queue.
    """
    lock_session(db, session.id)
    _check_staff(db, author, session.activity.organisation)
    if session.status == SessionStatus.CANCELLED:
        raise PublishRefused([Problem("status", Code.CANCELLED)])
    problems = _check_session("session", draft, now or utcnow())
    booked = booked_count(db, session.id)
    if _is_int(draft.capacity) and draft.capacity < booked:
        problems.append(Problem("session.capacity", Code.BELOW_BOOKED))
    if problems:
        raise PublishRefused(problems)
    start, end = to_utc(draft.start), to_utc(draft.end)
    moved = (start, end) != (to_utc(session.starts_at), to_utc(session.ends_at))
    session.starts_at, session.ends_at = start, end
    session.capacity, session.minutes = draft.capacity, draft.minutes
    audit.record(db, "session.updated", actor_id=author.id, target=session, moved=moved)
    return SessionChange(moved, promote_waiting(db, session))


def cancel_session(db: Session, session: ActivitySession, author: User, reason: str) -> list[User]:
    """Cancel one session with a reason; returns the people to tell (booked or waiting)."""
    _check_staff(db, author, session.activity.organisation)
    reason = reason.strip()
    problems = _text("reason", reason or None, required=True, max_length=REASON_MAX_LENGTH)
    if problems:
        raise PublishRefused(problems)
    if session.status == SessionStatus.CANCELLED:
        return []
    session.status = SessionStatus.CANCELLED
    session.cancelled_reason = reason
    audit.record(db, "session.cancelled", actor_id=author.id, target=session)
    return people_waiting_for(db, session)
