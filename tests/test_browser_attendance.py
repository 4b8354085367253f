"""Attendance in Debian's Chromium: staff register a session on a 360 px phone, and the
counsellor sees the changed hours on the caseload."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy.orm import Session

from models import ActivitySession, Organisation, User
from models.reference import BookingStatus, Role

from .browser_checks import page_width, serious_violations, shot
from .factories import ARABIC, make_booking, walking_together
from .test_browser_bookings import _sign_in

pytestmark = pytest.mark.browser
JAN = "Jan Peeters"


@pytest.fixture
def counsellor_en(make_user: Callable[..., User]) -> User:
    return make_user(Role.COUNSELLOR, locale="en")


@pytest.fixture
def past(
    db: Session,
    organisation: Organisation,
    make_user: Callable[..., User],
    counsellor_en: User,
) -> ActivitySession:
    """Two days ago, 120 minutes, two people of the counsellor's caseload booked."""
    session = walking_together(db, organisation, starts_in=timedelta(days=-2))
    for minute, name in enumerate((ARABIC, JAN)):
        person = make_user(Role.INTEGRATOR, name=name, counsellor=counsellor_en)
        make_booking(db, session, person, BookingStatus.BOOKED, minute=minute)
    return session


def _person(page, name: str):
    """The part of the attendance form about one person (a fieldset named by them)."""
    return page.locator("fieldset.attendance-person").filter(
        has=page.locator("legend", has_text=name)
    )


def test_staff_register_attendance_on_a_phone_and_the_counsellor_sees_it(
    phone,
    browser,
    live_server: str,
    organisation: Organisation,
    make_user: Callable[..., User],
    counsellor_en: User,
    past: ActivitySession,
) -> None:
    staff = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="en")
    _sign_in(phone, live_server, staff.email)
    phone.goto(f"{live_server}/organisation/attendance")
    expect(phone.get_by_text("2 people booked")).to_be_visible()
    assert page_width(phone) <= 360
    phone.get_by_role("link", name=re.compile("^Register attendance")).first.click()
    phone.wait_for_url(f"**/organisation/sessions/{past.id}/attendance")

    _person(phone, JAN).get_by_label("Did not come").check()
    minutes = _person(phone, ARABIC).get_by_role("spinbutton")
    assert minutes.input_value() == "120"
    minutes.fill("90")
    assert page_width(phone) <= 360
    shot(phone, "attendance-phone")
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Save attendance").click()
    phone.wait_for_url(f"{live_server}/organisation/attendance")
    expect(phone.get_by_text("Saved: 1 person was there. 1 person did not come.")).to_be_visible()
    expect(phone.get_by_text("1 of 2 were there.")).to_be_visible()
    assert page_width(phone) <= 360
    shot(phone, "attendance-list-phone")
    phone.goto(f"{live_server}/organisation/sessions/{past.id}/attendance?lang=ar")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert page_width(phone) <= 360
    shot(phone, "attendance-phone-ar")

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        _sign_in(page, live_server, counsellor_en.email)
        page.goto(f"{live_server}/counsellor/")
        row = page.locator("tr").filter(has_text=ARABIC)
        assert row.count() == 1
        assert "1 h 30 min" in row.inner_text()
        jan = page.locator("tr").filter(has_text=JAN).inner_text()
        assert "1 h 30 min" not in jan  # absent: nothing credited
    finally:
        context.close()
