"""Staff see who booked a session (page and CSV); a raised capacity moves the waiting list
up; the day-before reminder goes out once, for tomorrow in Brussels."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ActivitySession, Booking, Organisation, User, utcnow
from models.outbox import OutboxMail
from models.publishing import SessionChange, SessionDraft, change_session
from models.reference import BookingStatus, OrganisationStatus, Role, SessionStatus
from models.reminders import due_reminders
from models.sessions import BRUSSELS

from .factories import ARABIC, make_booking, walking_together
from .helpers import csrf_token, login, reread

CYRILLIC = "Олена Коваленко"
GEEZ = "ሰላም ተስፋይ"
FORMULA = '=HYPERLINK("http://evil.test","x")'


# The participant list -----------------------------------------------------------------------


@pytest.fixture
def listed(
    db: Session, organisation: Organisation, make_user: Callable[..., User]
) -> ActivitySession:
    """Two places, both taken; two people waiting; one cancelled (the earliest of all)."""
    session = walking_together(db, organisation, capacity=2)
    people = {
        name: make_user(Role.INTEGRATOR, name=name)
        for name in (ARABIC, CYRILLIC, GEEZ, FORMULA, "Jan Peeters")
    }
    phone_only = people[CYRILLIC]
    phone_only.email, phone_only.phone = None, "+32470123456"
    db.commit()
    make_booking(db, session, people["Jan Peeters"], BookingStatus.CANCELLED, minute=0)
    make_booking(db, session, people[ARABIC], BookingStatus.BOOKED, minute=1)
    make_booking(db, session, people[FORMULA], BookingStatus.WAITLISTED, minute=2)
    make_booking(db, session, people[CYRILLIC], BookingStatus.BOOKED, minute=3)
    make_booking(db, session, people[GEEZ], BookingStatus.WAITLISTED, minute=4)
    return session


def test_staff_see_everyone_booked_then_waiting_then_cancelled(
    client: FlaskClient, staff: User, listed: ActivitySession
) -> None:
    login(client, staff.email)
    response = client.get(f"/organisation/sessions/{listed.id}/participants?lang=en")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    names = [ARABIC, CYRILLIC, "=HYPERLINK(&#34;http", GEEZ, "Jan Peeters"]
    found = [page.index(f'<td dir="auto">{name}') for name in names]
    assert found == sorted(found)  # as written, in list order, each marked dir="auto"
    assert FORMULA not in page  # its quotes are escaped like any text
    assert "Samen lopen" in page
    assert "0 places left" in page
    assert "On the waiting list" in page
    assert "Cancelled" in page
    assert 'href="tel:+32470123456"' in page
    assert "mailto:None" not in page
    assert "tel:None" not in page
    assert f"/organisation/sessions/{listed.id}/participants.csv" in page


def test_the_csv_has_the_same_rows_for_excel_and_no_formulas(
    client: FlaskClient, staff: User, listed: ActivitySession
) -> None:
    login(client, staff.email)
    response = client.get(f"/organisation/sessions/{listed.id}/participants.csv?lang=en")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename=participants-{listed.id}.csv"
    )
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "Status", "Booked on", "Phone", "E-mail address"]
    assert [row[0] for row in rows[1:]] == [
        ARABIC,
        CYRILLIC,
        "'" + FORMULA,
        GEEZ,
        "Jan Peeters",
    ]
    assert [row[1] for row in rows[1:]] == [
        "Booked",
        "Booked",
        "On the waiting list",
        "On the waiting list",
        "Cancelled",
    ]
    arabic, cyrillic = rows[1], rows[2]
    assert arabic[2] == "2026-01-10 10:01"  # Brussels time
    assert arabic[3] == ""
    assert arabic[4].endswith("@example.test")
    assert cyrillic[3] == "'+32470123456"
    assert cyrillic[4] == ""


@pytest.mark.parametrize("suffix", ["", ".csv"])
def test_only_the_sessions_own_staff_see_the_list(
    client: FlaskClient,
    db: Session,
    make_user: Callable[..., User],
    listed: ActivitySession,
    integrator: User,
    counsellor: User,
    admin: User,
    suffix: str,
) -> None:
    path = f"/organisation/sessions/{listed.id}/participants{suffix}?lang=en"
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    stranger = make_user(Role.ORGANISATION_STAFF, organisation=other)
    for person, status in ((integrator, 403), (counsellor, 403), (admin, 403), (stranger, 404)):
        client.get("/logout")
        login(client, person.email)
        assert client.get(path).status_code == status, person
    assert client.get(f"/organisation/sessions/999999/participants{suffix}").status_code == 404


def test_each_session_on_the_edit_page_links_to_its_list(
    client: FlaskClient, db: Session, staff: User, organisation: Organisation
) -> None:
    session = walking_together(db, organisation)
    later = ActivitySession(
        activity=session.activity,
        starts_at=session.starts_at + timedelta(days=7),
        ends_at=session.ends_at + timedelta(days=7),
        capacity=4,
        minutes=120,
    )
    db.add(later)
    db.commit()
    login(client, staff.email)
    page = client.get(f"/organisation/activities/{session.activity_id}/edit?lang=en").get_data(
        as_text=True
    )
    for one in (session, later):
        assert page.count(f'href="/organisation/sessions/{one.id}/participants"') == 1


# A raised capacity moves the waiting list up ---------------------------------------------------


def _form_of(session: ActivitySession, capacity: int) -> dict[str, str]:
    start, end = session.starts_at.astimezone(BRUSSELS), session.ends_at.astimezone(BRUSSELS)
    return {
        "date": start.date().isoformat(),
        "start_time": start.strftime("%H:%M"),
        "end_time": end.strftime("%H:%M"),
        "capacity": str(capacity),
        "minutes": str(session.minutes),
    }


def test_raising_the_capacity_moves_the_first_waiting_up_and_tells_them(
    client: FlaskClient,
    db: Session,
    staff: User,
    organisation: Organisation,
    make_user: Callable[..., User],
) -> None:
    # at a fixed Brussels hour: the form edits one day, so a session crossing midnight
    # (as one that starts now + 10 days after 22:00 would) cannot come back through it
    ten_days = (utcnow() + timedelta(days=10)).astimezone(BRUSSELS).date()
    start = datetime.combine(ten_days, time(10, 0), tzinfo=BRUSSELS)
    session = walking_together(db, organisation, starts_at=start, capacity=1)
    make_booking(db, session, make_user(Role.INTEGRATOR), BookingStatus.BOOKED, minute=0)
    waiting = [make_user(Role.INTEGRATOR, locale=code) for code in ("ar", "uk", "en")]
    for minute, person in enumerate(waiting, start=1):
        make_booking(db, session, person, BookingStatus.WAITLISTED, minute=minute)
    login(client, staff.email)
    path = f"/organisation/sessions/{session.id}/edit?lang=en"
    token = csrf_token(client, path)
    response = client.post(path, data={"csrf_token": token, **_form_of(session, 3)})
    assert response.status_code == 302
    reread(db)
    statuses = {
        b.integrator_id: b.status
        for b in db.scalars(select(Booking).where(Booking.session_id == session.id))
    }
    assert [statuses[p.id] for p in waiting] == [
        BookingStatus.BOOKED,
        BookingStatus.BOOKED,
        BookingStatus.WAITLISTED,
    ]
    mails = db.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()
    assert [(m.kind, m.to_address, m.locale) for m in mails] == [
        ("booking_moved_up", waiting[0].email, "ar"),
        ("booking_moved_up", waiting[1].email, "uk"),
    ]


def test_change_session_says_who_moved_up(
    db: Session, staff: User, organisation: Organisation, make_user: Callable[..., User]
) -> None:
    session = walking_together(db, organisation, capacity=1)
    make_booking(db, session, make_user(Role.INTEGRATOR), BookingStatus.BOOKED, minute=0)
    first = make_booking(
        db, session, make_user(Role.INTEGRATOR), BookingStatus.WAITLISTED, minute=1
    )
    draft = SessionDraft(session.starts_at, session.ends_at, 1, 120)
    assert change_session(db, session, staff, draft) == SessionChange(False, [])
    draft = SessionDraft(session.starts_at + timedelta(hours=1), session.ends_at, 2, 60)
    change = change_session(db, session, staff, draft)
    assert change.moved is True
    assert [b.id for b in change.promoted] == [first.id]
    assert first.status == BookingStatus.BOOKED


# The reminder the day before ---------------------------------------------------------------------


def _local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BRUSSELS)


@pytest.fixture
def tomorrows(
    db: Session, organisation: Organisation, make_user: Callable[..., User]
) -> dict[str, Booking]:
    """Around Saturday 28 March 2026 18:00 in Brussels; clocks go forward that night, so
    Sunday the 29th lasts only 23 hours."""
    person = make_user  # one person per booking: the index allows one per session anyway
    early = walking_together(db, organisation, starts_at=_local(2026, 3, 29, 0, 30))
    late = walking_together(db, organisation, starts_at=_local(2026, 3, 29, 23, 30))
    after = walking_together(db, organisation, starts_at=_local(2026, 3, 30, 0, 30))
    today = walking_together(db, organisation, starts_at=_local(2026, 3, 28, 20, 0))
    called_off = walking_together(
        db, organisation, starts_at=_local(2026, 3, 29, 10, 0), status=SessionStatus.CANCELLED
    )
    return {
        "early": make_booking(db, early, person(Role.INTEGRATOR, locale="ar")),
        "late": make_booking(db, late, person(Role.INTEGRATOR, locale="uk")),
        "waiting": make_booking(db, early, person(Role.INTEGRATOR), BookingStatus.WAITLISTED),
        "cancelled": make_booking(db, early, person(Role.INTEGRATOR), BookingStatus.CANCELLED),
        "after": make_booking(db, after, person(Role.INTEGRATOR)),
        "today": make_booking(db, today, person(Role.INTEGRATOR)),
        "called_off": make_booking(db, called_off, person(Role.INTEGRATOR)),
    }


def test_only_tomorrows_places_are_due_across_the_clock_change(
    db: Session, tomorrows: dict[str, Booking]
) -> None:
    due = due_reminders(db, _local(2026, 3, 28, 18, 0))
    assert [b.id for b in due] == [tomorrows["early"].id, tomorrows["late"].id]
    # Just after midnight it is a new day: Monday's session is due, Sunday's no longer.
    due = due_reminders(db, _local(2026, 3, 29, 0, 5))
    assert [b.id for b in due] == [tomorrows["after"].id]


def test_autumn_day_of_25_hours_counts_to_its_last_minute(
    db: Session, organisation: Organisation, make_user: Callable[..., User]
) -> None:
    session = walking_together(db, organisation, starts_at=_local(2026, 10, 25, 23, 59))
    booking = make_booking(db, session, make_user(Role.INTEGRATOR), BookingStatus.BOOKED)
    assert due_reminders(db, _local(2026, 10, 24, 9, 0)) == [booking]
    assert due_reminders(db, _local(2026, 10, 23, 23, 59)) == []


def test_send_reminders_once_each_in_the_recipients_language(
    app: Flask, db: Session, tomorrows: dict[str, Booking]
) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["send-reminders", "--now", "2026-03-28T18:00:00"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "2 reminders sent."
    reread(db)
    mails = db.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()
    assert [(m.kind, m.to_address, m.locale) for m in mails] == [
        ("booking_reminder", tomorrows["early"].integrator.email, "ar"),
        ("booking_reminder", tomorrows["late"].integrator.email, "uk"),
    ]
    sent = {b.id: b.reminder_sent_at for b in db.scalars(select(Booking))}
    assert sent[tomorrows["early"].id] is not None
    assert sent[tomorrows["waiting"].id] is None
    again = runner.invoke(args=["send-reminders", "--now", "2026-03-28T17:30:00+00:00"])
    assert again.exit_code == 0, again.output
    assert again.stderr.strip() == "0 reminders sent."
    reread(db)
    assert len(db.scalars(select(OutboxMail)).all()) == 2


def test_send_reminders_refuses_a_malformed_now(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["send-reminders", "--now", "tomorrow"])
    assert result.exit_code != 0
    assert "--now" in result.output
