"""Staff publish an activity with a weekly series on a small phone, in Chromium."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from models import Organisation
from models.reference import Role

from .browser_checks import page_width, serious_violations, shot

pytestmark = pytest.mark.browser


def _narrow_enough(page) -> None:
    width = page_width(page)
    assert width <= 360, f"the page is {width}px wide on a 360px phone"


def test_staff_publish_a_weekly_activity_on_a_phone(
    phone, page, live_server: str, make_user, organisation: Organisation
) -> None:
    staff = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="en")
    phone.goto(f"{live_server}/login?lang=en")
    phone.get_by_label("E-mail address or phone number").fill(staff.email)
    phone.get_by_label("Password").fill("demo-password")
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(f"{live_server}/")
    phone.get_by_role("link", name="My activities").click()
    phone.get_by_role("link", name="New activity").click()
    _narrow_enough(phone)
    assert serious_violations(phone) == []
    shot(phone, "publishing-form-phone-en")

    phone.get_by_label("Title").first.fill("Wandelen in het park")
    phone.get_by_label("Description").first.fill("We wandelen samen. Iedereen is welkom.")
    phone.locator('input[name="category"][value="sport"]').check()
    phone.locator('input[name="goals"][value="meet_people"]').check()
    phone.locator('input[name="dutch_level"][value="1"]').check()
    phone.get_by_label("Street and number").fill("Parklaan 3")
    phone.get_by_label("Postcode").fill("9000")
    phone.get_by_label("Municipality").fill("Gent")
    phone.locator('input[name="host_languages"][value="en"]').check()
    phone.get_by_label("Every week", exact=True).check()
    first = date.today() + timedelta(days=3)
    phone.get_by_label("Date", exact=True).fill(first.isoformat())
    phone.get_by_label("Starts at").fill("10:00")
    phone.get_by_label("Ends at").fill("11:30")
    phone.get_by_label("Places").fill("12")
    phone.get_by_label("Every week until (last date)").fill(
        (first + timedelta(weeks=4)).isoformat()
    )
    phone.get_by_label("Except on these dates (comma between them)").fill(
        (first + timedelta(weeks=2)).isoformat()
    )
    phone.get_by_role("button", name="Save and put online").click()
    phone.wait_for_url("**/edit")
    assert phone.locator(".my-sessions .session").count() == 4
    _narrow_enough(phone)

    phone.goto(f"{live_server}/organisation/activities?lang=en")
    expect(phone.get_by_role("heading", name="Wandelen in het park")).to_be_visible()
    _narrow_enough(phone)
    assert serious_violations(phone) == []
    shot(phone, "publishing-list-phone-en")

    phone.goto(f"{live_server}/activities?lang=en")
    expect(phone.get_by_role("link", name="Wandelen in het park")).to_be_visible()

    # The same screens at desktop size, for the screenshots.
    cookies = phone.context.cookies()
    page.context.add_cookies(cookies)
    page.goto(f"{live_server}/organisation/activities/new?lang=en")
    shot(page, "publishing-form-desktop-en")
    page.goto(f"{live_server}/organisation/activities?lang=en")
    shot(page, "publishing-list-desktop-en")
    assert serious_violations(page) == []
