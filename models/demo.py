"""The demo data of DESIGN.md, built from the hand-written content in `demo_content`.

Everything is placed relative to the moment of loading (sessions in the past weeks and the
coming weeks), with a fixed random seed so two loads on the same day look alike. Loading is
all-or-nothing in the caller's transaction; `is_loaded` makes a second run change nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import demo_content as content
from .activities import Activity, ActivityGoal, ActivityTranslation
from .base import utcnow
from .bookings import Booking
from .categories import Category
from .hours import HoursEntry
from .organisations import Membership, Organisation
from .passwords import hash_password
from .reference import (
    TIMEZONE,
    BookingStatus,
    Goal,
    HoursKind,
    OrganisationStatus,
    Role,
)
from .sessions import ActivitySession
from .trajectories import Trajectory, refresh_status
from .users import IntegratorProfile, User, normalise_phone

PASSWORD = "demo-password"  # noqa: S105 - the documented password of the demo accounts
ADMIN_EMAIL = "admin@demo.test"
COUNSELLOR_EMAIL = "counsellor@demo.test"
STAFF_EMAIL = "organisation@demo.test"
BRUSSELS = ZoneInfo(TIMEZONE)


@dataclass(frozen=True)
class Summary:
    users: int
    organisations: int
    activities: int
    sessions: int
    bookings: int

    def __str__(self) -> str:
        return (
            f"{self.users} accounts, {self.organisations} organisations, "
            f"{self.activities} activities, {self.sessions} sessions, {self.bookings} bookings"
        )


def is_loaded(db: Session) -> bool:
    """The demo is there when its admin account is."""
    return db.scalar(select(User.id).where(User.email == ADMIN_EMAIL)) is not None


def load(db: Session, now: datetime | None = None) -> Summary:
    """Add the whole demo to `db` (the caller commits)."""
    return _Loader(db, now or utcnow()).run()


class _Loader:
    def __init__(self, db: Session, now: datetime) -> None:
        self.db = db
        self.now = now
        self.today = now.astimezone(BRUSSELS).date()
        self.random = random.Random(2026)
        self.password_hash = hash_password(PASSWORD)  # one slow hash, shared by every account
        self.sessions: list[ActivitySession] = []
        self.bookings: list[Booking] = []

    def run(self) -> Summary:
        admin = self._user(ADMIN_EMAIL, content.ADMIN["name"], Role.ADMIN)
        self.db.flush()
        self.counsellor = self._user(COUNSELLOR_EMAIL, content.COUNSELLOR["name"], Role.COUNSELLOR)
        staff = self._user(STAFF_EMAIL, content.STAFF["name"], Role.ORGANISATION_STAFF)
        organisations = self._organisations(admin, staff)
        integrators = self._integrators()
        categories = {c.code: c for c in self.db.scalars(select(Category))}
        activities = [
            self._activity(spec, organisations[spec["org"]], categories[spec["category"]], staff)
            for spec in content.ACTIVITIES
        ]
        self.db.flush()
        self._book_past_sessions(integrators, staff)
        self._book_upcoming_sessions(integrators)
        self._trajectory_statuses(integrators)
        self.db.flush()
        return Summary(
            users=3 + len(integrators),
            organisations=len(organisations),
            activities=len(activities),
            sessions=len(self.sessions),
            bookings=len(self.bookings),
        )

    def _user(
        self, email: str, name: str, role: Role, locale: str = "nl", phone: str | None = None
    ) -> User:
        user = User(
            email=email,
            name=name,
            role=role,
            locale=locale,
            phone=normalise_phone(phone) if phone else None,
            password_hash=self.password_hash,
        )
        self.db.add(user)
        return user

    def _organisations(self, admin: User, staff: User) -> dict[str, Organisation]:
        found = {}
        for spec in content.ORGANISATIONS:
            approved = spec["status"] == "approved"
            organisation = Organisation(
                name=spec["name"],
                status=OrganisationStatus(spec["status"]),
                trusted=spec["trusted"],
                description=spec["description"],
                street=spec["street"],
                postcode=spec["postcode"],
                municipality=spec["municipality"],
                contact_name=spec["contact_name"],
                contact_email=spec["contact_email"],
                contact_phone=spec["contact_phone"],
                website=spec["website"],
                approved_at=self.now - timedelta(days=120) if approved else None,
                approved_by_id=admin.id if approved else None,
            )
            self.db.add(organisation)
            if spec["demo_staff"]:
                self.db.add(Membership(organisation=organisation, user=staff, is_manager=True))
            found[spec["key"]] = organisation
        return found

    def _integrators(self) -> list[User]:
        people = []
        for number, spec in enumerate(content.INTEGRATORS):
            user = self._user(
                spec["email"], spec["name"], Role.INTEGRATOR, spec["locale"], spec["phone"]
            )
            user.integrator = IntegratorProfile(
                dutch_level=spec["dutch_level"],
                dossier_number=spec["dossier_number"],
                counsellor=self.counsellor,
            )
            started = self.today - timedelta(days=60 + 9 * number)
            deadline = started + timedelta(days=365)
            if number % 8 == 7:  # a few whose deadline is near: the dashboard flags them
                deadline = self.today + timedelta(weeks=3 + number // 8)
            self.db.add(Trajectory(integrator=user, started_on=started, deadline=deadline))
            people.append(user)
        self.db.flush()
        return people

    def _activity(
        self, spec: dict, organisation: Organisation, category: Category, staff: User
    ) -> Activity:
        activity = Activity(
            organisation=organisation,
            category=category,
            dutch_level=spec["dutch_level"],
            is_online=spec["online"],
            street=spec["street"],
            postcode=spec["postcode"],
            municipality=spec["municipality"],
            wheelchair_accessible=spec["wheelchair_accessible"],
            host_languages=spec["host_languages"],
            buddy_offered=spec["buddy_offered"],
            guidance_offered=spec["guidance_offered"],
            min_age=spec["min_age"],
            max_age=spec["max_age"],
            contact_name=spec["contact_name"],
            contact_email=spec["contact_email"],
            contact_phone=spec["contact_phone"],
            created_at=self.now - timedelta(days=100),
        )
        activity.goal_links = [ActivityGoal(goal=Goal(code)) for code in spec["goals"]]
        activity.translations = [
            ActivityTranslation(
                locale=locale,
                title=text["title"],
                description=text["description"],
                what_to_bring=text.get("what_to_bring"),
            )
            for locale, text in spec["translations"].items()
        ]
        self.db.add(activity)
        self._weekly_sessions(activity, spec["schedule"])
        return activity

    def _weekly_sessions(self, activity: Activity, schedule: dict) -> None:
        hour, minute = (int(part) for part in schedule["time"].split(":"))
        days_ahead = (schedule["weekday"] - self.today.weekday()) % 7 or 7
        first_upcoming = self.today + timedelta(days=days_ahead)
        for week in range(-schedule["weeks_past"], schedule["weeks_ahead"]):
            day: date = first_upcoming + timedelta(weeks=week)
            start = datetime.combine(day, time(hour, minute), BRUSSELS)
            end = start + timedelta(minutes=schedule["duration_minutes"])
            session = ActivitySession(
                activity=activity,
                starts_at=start,
                ends_at=end,
                capacity=schedule["capacity"],
                minutes=schedule["duration_minutes"],
            )
            self.db.add(session)
            self.sessions.append(session)

    def _book(self, session: ActivitySession, person: User, status: BookingStatus) -> Booking:
        booking = Booking(
            session=session,
            integrator=person,
            status=status,
            booked_by_id=person.id,
            created_at=min(self.now, session.starts_at)
            - timedelta(days=self.random.randint(2, 12)),
        )
        self.db.add(booking)
        self.bookings.append(booking)
        return booking

    def _book_past_sessions(self, integrators: list[User], staff: User) -> None:
        """Attended sessions that add up to each person's minutes in the content, and for the
        demo organisation, its latest past sessions still awaiting attendance."""
        past = sorted(
            (s for s in self.sessions if s.ends_at <= self.now), key=lambda s: s.starts_at
        )
        demo_org_latest = self._latest_past_per_activity(past, staff)
        registrable = [s for s in past if s.id not in demo_org_latest]
        taken: dict[int, int] = {}
        for person, spec in zip(integrators, content.INTEGRATORS, strict=True):
            remaining = spec["confirmed_minutes"]
            for session in self.random.sample(registrable, len(registrable)):
                if remaining < session.minutes:
                    continue
                if taken.get(session.id, 0) >= session.capacity:
                    continue
                taken[session.id] = taken.get(session.id, 0) + 1
                booking = self._book(session, person, BookingStatus.ATTENDED)
                booking.attended_minutes = session.minutes
                session.attendance_registered_at = session.ends_at + timedelta(hours=20)
                self.db.flush()
                self._credit(person, session.minutes, session, booking, staff)
                remaining -= session.minutes
            if remaining:
                self._external_proof(person, remaining)
        for session_id in demo_org_latest:
            session = self.db.get(ActivitySession, session_id)
            for person in self.random.sample(integrators, min(session.capacity - 1, 5)):
                self._book(session, person, BookingStatus.BOOKED)

    def _latest_past_per_activity(self, past: list[ActivitySession], staff: User) -> set[int]:
        organisation_ids = {
            m.organisation_id
            for m in self.db.scalars(select(Membership).where(Membership.user_id == staff.id))
        }
        latest: dict[int, ActivitySession] = {}
        for session in past:
            if session.activity.organisation_id in organisation_ids:
                latest[session.activity_id] = session
        return {s.id for s in latest.values()}

    def _credit(
        self,
        person: User,
        minutes: int,
        session: ActivitySession,
        booking: Booking,
        staff: User,
    ) -> None:
        self.db.add(
            HoursEntry(
                integrator_id=person.id,
                kind=HoursKind.ATTENDANCE,
                minutes=minutes,
                occurred_on=session.starts_at.astimezone(BRUSSELS).date(),
                booking_id=booking.id,
                activity_id=session.activity_id,
                reason="Aanwezigheid geregistreerd",
                created_by_id=staff.id,
                created_at=session.attendance_registered_at,
            )
        )

    def _external_proof(self, person: User, minutes: int) -> None:
        self.db.add(
            HoursEntry(
                integrator_id=person.id,
                kind=HoursKind.EXTERNAL_PROOF,
                minutes=minutes,
                occurred_on=self.today - timedelta(days=self.random.randint(20, 90)),
                external_organisation="Buurtwerk De Brug",
                external_activity="Vrijwilligerswerk in het buurthuis",
                reason="Bewijs van deelname op papier, gecontroleerd",
                created_by_id=self.counsellor.id,
            )
        )

    def _book_upcoming_sessions(self, integrators: list[User]) -> None:
        """Bookings in the coming weeks; every fifth upcoming session is nearly full."""
        upcoming = sorted(
            (s for s in self.sessions if s.starts_at > self.now), key=lambda s: s.starts_at
        )
        for index, session in enumerate(upcoming):
            if index % 5 == 0:
                count = session.capacity - 1
            elif index % 3 == 0:
                count = self.random.randint(1, max(1, session.capacity // 2))
            else:
                continue
            for person in self.random.sample(integrators, min(count, len(integrators))):
                self._book(session, person, BookingStatus.BOOKED)

    def _trajectory_statuses(self, integrators: list[User]) -> None:
        self.db.flush()
        for person in integrators:
            refresh_status(self.db, person.id)
