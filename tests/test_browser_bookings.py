"""Booking in Debian's Chromium: one tap on a phone, and a counsellor booking two people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy.orm import Session

from models import ActivitySession, Organisation, User
from models.reference import Role

from .browser_checks import page_width, serious_violations, shot
from .factories import make_session

pytestmark = pytest.mark.browser


@pytest.fixture
def place(db: Session, organisation: Organisation) -> ActivitySession:
    return make_session(db, organisation, starts_in=timedelta(days=3), capacity=6, title="Lopen")


def _sign_in(page, live_server: str, email: str) -> None:
    page.goto(f"{live_server}/login")
    page.locator('input[name="identifier"]').fill(email)
    page.locator('input[name="password"]').fill("demo-password")
    page.locator('main form button[type="submit"]').click()
    page.wait_for_url(f"{live_server}/")


def test_an_integrator_books_with_one_tap_on_a_phone(
    phone,
    live_server: str,
    place: ActivitySession,
    counsellor: User,
    make_user: Callable[..., User],
) -> None:
    person = make_user(Role.INTEGRATOR, counsellor=counsellor, locale="en")
    _sign_in(phone, live_server, person.email)
    phone.goto(f"{live_server}/activities/{place.activity_id}")
    phone.get_by_role("button", name="Book").click()
    expect(phone.get_by_text("You have a place. See you there!")).to_be_visible()
    expect(phone.get_by_role("button", name="Cancel")).to_be_visible()
    assert page_width(phone) <= 360

    phone.get_by_role("link", name="My bookings").first.click()
    phone.wait_for_url("**/my/bookings")
    booking = phone.locator(".booking-booked")
    assert booking.count() == 1
    expect(booking.get_by_role("link", name="Lopen", exact=True)).to_be_visible()
    expect(booking.get_by_role("link", name="Add to calendar")).to_be_visible()
    assert page_width(phone) <= 360
    shot(phone, "my-bookings-phone-en")
    assert serious_violations(phone) == []


def test_the_counsellor_books_two_people_at_once(
    page,
    live_server: str,
    place: ActivitySession,
    make_user: Callable[..., User],
) -> None:
    counsellor = make_user(Role.COUNSELLOR, locale="en")
    first = make_user(Role.INTEGRATOR, counsellor=counsellor, name="Amina Haddad")
    second = make_user(Role.INTEGRATOR, counsellor=counsellor, name="Тарас Шевченко")
    make_user(Role.INTEGRATOR, counsellor=counsellor, name="Not Chosen")
    _sign_in(page, live_server, counsellor.email)
    page.goto(f"{live_server}/activities/{place.activity_id}")
    page.get_by_role("link", name="Book for my people").click()
    page.wait_for_url(f"**/counsellor/sessions/{place.id}/book")
    assert serious_violations(page) == []
    page.get_by_label(first.name).check()
    page.get_by_label(second.name).check()
    page.get_by_role("button", name="Book the people I chose").click()

    summary = page.locator(".book-summary")
    expect(summary.get_by_text(first.name)).to_be_visible()
    expect(summary.get_by_text(second.name)).to_be_visible()
    assert summary.locator(".outcome-booked").count() == 2
    assert page.locator(".book-person.is-booked").count() == 2
    expect(page.get_by_text("4 places left")).to_be_visible()
    shot(page, "counsellor-book-two-en")
    assert serious_violations(page) == []
