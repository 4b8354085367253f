"""A person in Debian's Chromium: sign in, open pages, on a desktop and on a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .browser_checks import page_width, serious_violations, shot

pytestmark = pytest.mark.browser


def test_an_integrator_signs_in_and_sees_their_hours(page, demo_live_server: str) -> None:
    page.goto(f"{demo_live_server}/login?lang=en")
    page.get_by_label("E-mail address or phone number").fill("integrator@demo.test")
    page.get_by_label("Password").fill("demo-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{demo_live_server}/")
    expect(page.get_by_role("heading", name="Hello, Grace Mensah")).to_be_visible()
    expect(page.get_by_text("of 40 hours")).to_be_visible()
    shot(page, "home-integrator-en")
    page.get_by_role("link", name="Activities").first.click()
    page.wait_for_url("**/activities")
    page.locator(".card-title a").first.click()
    expect(page.get_by_role("heading", name="Dates")).to_be_visible()


def test_the_counsellor_sees_the_caseload_after_signing_in(page, demo_live_server: str) -> None:
    page.goto(f"{demo_live_server}/login?lang=en")
    page.get_by_label("E-mail address or phone number").fill("counsellor@demo.test")
    page.get_by_label("Password").fill("demo-password")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_live_server}/")
    assert page.locator("table.caseload tbody tr").count() == 25


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_catalogue_works_on_a_phone(phone, demo_live_server: str, lang: str) -> None:
    phone.goto(f"{demo_live_server}/activities?lang={lang}")
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    width = page_width(phone)
    assert width <= 360, f"the page is {width}px wide on a 360px phone"
    shot(phone, f"catalogue-phone-{lang}")
    phone.locator(".card-title a").first.click()
    assert page_width(phone) <= 360
    shot(phone, f"activity-phone-{lang}")


def test_the_language_switcher_works_without_javascript(browser, demo_live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_live_server}/activities")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Українська").click()
    assert page.locator("html").get_attribute("lang") == "uk"
    context.close()


@pytest.mark.parametrize("path", ["/", "/activities", "/activities/1", "/login"])
def test_main_pages_have_no_serious_accessibility_violations(
    page,
    demo_live_server: str,
    path: str,
) -> None:
    page.goto(demo_live_server + path)
    assert serious_violations(page) == []
    page.goto(demo_live_server + path + ("&" if "?" in path else "?") + "lang=ar")
    assert serious_violations(page) == []


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_filter_by_dutch_level_and_open_an_activity_on_a_phone(
    phone,
    demo_live_server: str,
    lang: str,
) -> None:
    phone.goto(f"{demo_live_server}/activities?lang={lang}")
    phone.locator('input[name="dutch_level"][value="1"]').check()
    phone.locator(".catalogue-filters button[type=submit]").click()
    phone.wait_for_url("**dutch_level=1**")
    assert phone.locator("html").get_attribute("lang") == lang
    levels = phone.locator(".card .dutch-level img.on")
    cards = phone.locator(".card")
    assert cards.count() > 0
    assert levels.count() == cards.count()  # one filled bubble each: level 1 only
    assert page_width(phone) <= 360
    shot(phone, f"catalogue-level1-phone-{lang}")
    phone.locator(".card-title a").first.click()
    phone.wait_for_url("**/activities/*")
    assert phone.locator(".sessions, .empty").count() >= 1
    assert page_width(phone) <= 360
    assert serious_violations(phone) == []


def _beside(page, box: str, icon: str, text: str) -> list[str]:
    """Rows where the pictogram does not share a line with the first text beside it."""
    return page.evaluate(
        """([box, icon, text]) => [...document.querySelectorAll(box)].flatMap((row) => {
            const i = row.querySelector(icon), t = row.querySelector(text);
            if (!i || !t) return [];
            const a = i.getBoundingClientRect(), b = t.getBoundingClientRect();
            return a.bottom <= b.top || b.bottom <= a.top ? [row.textContent.trim()] : [];
        })""",
        [box, icon, text],
    )


@pytest.mark.parametrize("lang", ["ar", "ti", "uk"])
def test_catalogue_activity_and_home_read_well_on_a_phone(
    phone, demo_live_server: str, lang: str
) -> None:
    """The three pages an integrator uses most, in a right-to-left language and two other
    scripts, at 360 px: nothing sticks out, pictograms stay beside their text, signs stay
    in front of their numbers, and axe finds nothing serious."""
    direction = "rtl" if lang == "ar" else "ltr"
    phone.goto(f"{demo_live_server}/login?lang={lang}")
    phone.locator("input[name=identifier]").fill("integrator03@demo.test")
    phone.locator("input[name=password]").fill("demo-password")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{demo_live_server}/")
    # integrator03 prefers Turkish, so every page is asked for in `lang` explicitly.
    phone.goto(f"{demo_live_server}/activities?lang={lang}")
    activity = phone.locator(".card-title a").first.get_attribute("href")
    for name, path in [("catalogue", "/activities"), ("activity", activity), ("home", "/")]:
        phone.goto(f"{demo_live_server}{path}?lang={lang}")
        html = phone.locator("html")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == (lang, direction)
        assert page_width(phone) <= 360, name
        assert (
            _beside(phone, ".facts li, .session", ".pictogram", ":scope > :not(.pictogram)") == []
        ), name
        assert serious_violations(phone) == [], name
        shot(phone, f"{name}-phone-{lang}")
    sign_first = phone.evaluate(
        """() => [...document.querySelectorAll('.hours-minutes')].every((el) => {
            const text = el.firstChild, at = (i) => {
                const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                return r.getBoundingClientRect().left; };
            const sign = text.data.search(/[+\\-\\u2212]/), digit = text.data.search(/[0-9]/);
            return at(sign) < at(digit);
        })"""
    )
    assert sign_first, "a + or − sign trails its number"
