"""The integrator's home: "23 of 40 hours" with a bar, the next bookings, activities at
their Dutch level, and how the hours add up; plain words when there is nothing yet."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from playwright.sync_api import expect
from sqlalchemy.orm import Session

from models import ActivitySession, Organisation, User
from models.ledger import record_correction
from models.reference import BookingStatus, Role
from models.trajectories import exempt, trajectory_of

from .browser_checks import page_width, serious_violations, shot
from .factories import make_activity, make_booking, make_session
from .helpers import login


def _activity(
    db: Session, organisation: Organisation, title: str, *, level: int = 1, days: float = 3
) -> ActivitySession:
    """A published activity with one session `days` from now, titled in Dutch and English."""
    activity = make_activity(
        db, organisation, f"{title} (nl)", dutch_level=level, titles={"en": title}
    )
    return make_session(db, activity, starts_in=timedelta(days=days), capacity=5)


def _credit(db: Session, person: User, by: User, minutes: int, reason: str) -> None:
    record_correction(db, person, minutes, reason, by, today=date.today())
    db.commit()


def _home(client: FlaskClient, person: User) -> str:
    login(client, person.email)
    page = client.get("/?lang=en")
    assert page.status_code == 200
    return page.get_data(as_text=True)


def test_the_hours_are_large_and_clear(
    client: FlaskClient, db: Session, integrator: User, admin: User
) -> None:
    _credit(db, integrator, admin, 23 * 60 + 30, "Paper from the library")
    html = _home(client, integrator)
    assert re.search(r'class="big-number"[^>]*>\s*23 of 40 hours', html)
    assert '<progress max="2400" value="1410"' in html
    assert "Still to go: 16 h 30 min" in html


def test_the_history_shows_how_the_hours_add_up_newest_first(
    client: FlaskClient, db: Session, integrator: User, admin: User
) -> None:
    _credit(db, integrator, admin, 90, "First paper")
    _credit(db, integrator, admin, -30, "Counted twice")
    html = _home(client, integrator)
    assert "How your hours add up" in html
    assert html.index("Counted twice") < html.index("First paper")
    assert "-30 min" in html
    assert "+1 h 30 min" in html


def test_the_next_bookings_with_place_or_waiting_list(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    integrator: User,
) -> None:
    placed = _activity(db, organisation, "Walking together", days=2)
    waiting = _activity(db, organisation, "Cooking club", days=5)
    past = _activity(db, organisation, "Old news", days=-3)
    for session, status in [
        (placed, BookingStatus.BOOKED),
        (waiting, BookingStatus.WAITLISTED),
        (past, BookingStatus.BOOKED),
    ]:
        make_booking(db, session, integrator, status)
    html = _home(client, integrator)
    coming = html[html.index('id="coming-title"') : html.index('id="suggestions-title"')]
    assert coming.index("Walking together") < coming.index("Cooking club")
    assert "You have a place" in coming
    assert "On the waiting list" in coming
    assert "Old news" not in coming
    assert 'href="/my/bookings"' in coming
    assert f'href="/activities/{placed.activity_id}"' in coming


def test_suggestions_are_at_the_persons_dutch_level_not_above(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    make_user: Callable[..., User],
    counsellor: User,
) -> None:
    person = make_user(Role.INTEGRATOR, dutch_level=2, counsellor=counsellor)
    easy = _activity(db, organisation, "Easy walk", level=1)
    fitting = _activity(db, organisation, "Chess evening", level=2)
    _activity(db, organisation, "Debate club", level=3)
    _activity(db, organisation, "Philosophy", level=4)
    html = _home(client, person)
    suggested = html[html.index('id="suggestions-title"') :]
    assert "Easy walk" in suggested
    assert "Chess evening" in suggested
    assert "Debate club" not in suggested
    assert "Philosophy" not in suggested
    assert f'href="/activities/{fitting.activity_id}"' in suggested
    assert f'href="/activities/{easy.activity_id}"' in suggested
    assert "Dutch level 2 of 4" in suggested


def test_a_booked_activity_is_not_suggested_again(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User
) -> None:
    booked = _activity(db, organisation, "Walking together")
    make_booking(db, booked, integrator)
    html = _home(client, integrator)
    assert "Walking together" not in html[html.index('id="suggestions-title"') :]


def test_plain_words_when_there_is_nothing_yet(client: FlaskClient, integrator: User) -> None:
    html = _home(client, integrator)
    assert re.search(r'class="big-number"[^>]*>\s*0 of 40 hours', html)
    assert "No hours yet." in html
    assert "You have no bookings yet." in html
    assert "There are no activities with free places at your level right now." in html


def test_a_completed_trajectory_says_so(
    client: FlaskClient, db: Session, integrator: User, admin: User
) -> None:
    _credit(db, integrator, admin, 40 * 60, "All of it elsewhere")
    html = _home(client, integrator)
    assert "40 of 40 hours" in html
    assert "Well done! You have reached your hours." in html
    assert "Still to go" not in html


def test_an_exemption_says_so(
    client: FlaskClient, db: Session, integrator: User, admin: User
) -> None:
    exempt(db, trajectory_of(db, integrator.id), "Medical reasons", admin)
    db.commit()
    html = _home(client, integrator)
    assert "you are exempt" in html
    assert "Still to go" not in html


@pytest.mark.parametrize("lang", ["nl", "ar", "ti"])
def test_the_home_renders_in_other_languages(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User, lang: str
) -> None:
    session = _activity(db, organisation, "Walking together")
    make_booking(db, session, integrator)
    login(client, integrator.email)
    page = client.get(f"/?lang={lang}")
    assert page.status_code == 200
    assert "Walking together (nl)" in page.get_data(as_text=True)  # Dutch when untranslated


def test_other_roles_do_not_get_the_integrators_home(
    client: FlaskClient, counsellor: User, staff: User, admin: User
) -> None:
    for person in (counsellor, staff, admin):
        login(client, person.email)
        html = client.get("/?lang=en").get_data(as_text=True)
        assert "Your hours" not in html
        assert "Activities for you" not in html
        client.post("/logout")


def test_attendance_in_the_history_names_the_activity(
    client: FlaskClient, db: Session, organisation: Organisation, integrator: User, staff: User
) -> None:
    from models.attendance import AttendanceRecord, register_attendance

    session = _activity(db, organisation, "Walking together", days=-1)
    booking = make_booking(db, session, integrator)
    for minutes in (120, 90):
        register_attendance(db, session.id, [AttendanceRecord(booking.id, True, minutes)], staff)
        db.commit()
    html = _home(client, integrator)
    history = html[html.index("How your hours add up") : html.index('id="coming-title"')]
    assert "Correction: <span" in history
    assert history.count("Walking together") == 2
    assert "+2 h" in history
    assert "-30 min" in history
    assert "1 of 40 hours" in html


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_home_fits_a_phone_and_is_accessible(phone, demo_live_server: str, lang: str) -> None:

    phone.goto(f"{demo_live_server}/login?lang={lang}")
    phone.locator("input[name=identifier]").fill("integrator@demo.test")
    phone.locator("input[name=password]").fill("demo-password")
    phone.locator("form button[type=submit]").last.click()
    phone.wait_for_url(f"{demo_live_server}/")
    phone.goto(f"{demo_live_server}/?lang={lang}")
    expect(phone.locator(".big-number")).to_be_visible()
    phone.locator(".hours-history summary").click()  # opens without JavaScript too
    expect(phone.locator(".hours-history li").first).to_be_visible()
    width = page_width(phone)
    assert width <= 360, f"the page is {width}px wide on a 360px phone"
    assert serious_violations(phone) == []
    shot(phone, f"home-integrator-phone-{lang}")
