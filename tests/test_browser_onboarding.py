"""In Chromium: an organisation signs up, an admin approves it, its staff member sees it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from models import User
from models.reference import Role

from .browser_checks import page_width, serious_violations, shot

pytestmark = pytest.mark.browser
PASSWORD = "blue-kettle-on-the-roof"


def _sign_in(page, server: str, email: str, password: str) -> None:
    page.goto(f"{server}/login?lang=en")
    page.get_by_label("E-mail address or phone number").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server}/")


def test_an_organisation_signs_up_and_is_approved(
    page, browser, live_server: str, make_user: Callable[..., User]
) -> None:
    admin = make_user(Role.ADMIN, locale="en")

    # The organisation registers, and is signed in at once.
    page.goto(f"{live_server}/organisations/register?lang=en")
    page.get_by_label("Name of the organisation").fill("Praatcafé De Brug")
    page.get_by_label("Street and number").fill("Brugstraat 3")
    page.get_by_label("Postcode").fill("2800")
    page.get_by_label("Municipality").fill("Mechelen")
    page.get_by_label("Phone number").fill("015 12 34 56")
    page.get_by_label("Website (optional)").fill("www.debrug.test")
    page.get_by_label("Your name").fill("Jonas Wouters")
    page.get_by_label("Your e-mail address").fill("jonas@debrug.test")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(f"{live_server}/")
    expect(page.get_by_role("heading", name="Hello, Jonas Wouters")).to_be_visible()
    expect(page.get_by_text("Waiting for approval")).to_be_visible()

    # An admin, in a browser of their own, approves it from the queue.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        admin_page = context.new_page()
        admin_page.set_default_timeout(15_000)
        _sign_in(admin_page, live_server, admin.email, "demo-password")
        admin_page.goto(f"{live_server}/admin/organisations?lang=en")
        card = admin_page.locator("article.org-card", has_text="Praatcafé De Brug")
        expect(card.get_by_text("Waiting for approval")).to_be_visible()
        assert serious_violations(admin_page) == []
        shot(admin_page, "admin-organisations-en")
        card.get_by_role("link", name="Do not approve").click()  # the page with the reason
        expect(admin_page.get_by_label("Why not?")).to_be_visible()
        assert serious_violations(admin_page) == []
        admin_page.get_by_role("link", name="Cancel").click()
        admin_page.wait_for_url(f"{live_server}/admin/organisations")
        card.get_by_role("button", name="Approve").click()
        admin_page.wait_for_url(f"{live_server}/admin/organisations")
        expect(admin_page.get_by_text("Approved: Praatcafé De Brug")).to_be_visible()
    finally:
        context.close()

    # The staff member signs in again: no longer waiting.
    page.get_by_role("button", name="Sign out").click()
    _sign_in(page, live_server, "jonas@debrug.test", PASSWORD)
    expect(page.get_by_text("Praatcafé De Brug")).to_be_visible()
    assert page.get_by_text("Waiting for approval").count() == 0
    page.goto(f"{live_server}/organisation/staff?lang=en")
    expect(page.get_by_role("heading", name="Invite a colleague")).to_be_visible()
    expect(page.get_by_role("cell", name="Jonas Wouters")).to_be_visible()
    assert serious_violations(page) == []


def test_the_counsellors_page_is_accessible(
    page, live_server: str, make_user: Callable[..., User], counsellor: User
) -> None:
    admin = make_user(Role.ADMIN, locale="en")
    _sign_in(page, live_server, admin.email, "demo-password")
    page.goto(f"{live_server}/admin/counsellors?lang=en")
    expect(page.get_by_role("cell", name=counsellor.name)).to_be_visible()
    assert serious_violations(page) == []
    shot(page, "admin-counsellors-en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_registration_form_works_on_a_phone(phone, live_server: str, lang: str) -> None:
    phone.goto(f"{live_server}/organisations/register?lang={lang}")
    assert page_width(phone) <= 360
    assert serious_violations(phone) == []
    shot(phone, f"register-phone-{lang}")
    phone.locator("button[type=submit].button").click()  # everything empty
    assert phone.locator(".field-error").count() >= 8
    assert page_width(phone) <= 360
    shot(phone, f"register-phone-errors-{lang}")


def test_the_admin_queue_works_on_a_phone(
    phone, live_server: str, make_user: Callable[..., User], organisation
) -> None:
    admin = make_user(Role.ADMIN, locale="en")
    _sign_in(phone, live_server, admin.email, "demo-password")
    phone.goto(f"{live_server}/admin/organisations?lang=en")
    assert phone.locator("article.org-card").count() == 1
    assert page_width(phone) <= 360
    shot(phone, "admin-organisations-phone-en")
