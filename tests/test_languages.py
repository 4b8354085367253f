"""Every main page in each of the twelve languages, plural forms, durations, and the order in
which the language is chosen.

The pages are read as a person reads them (text and read-out attributes, no markup): an
English message id that the page's catalogue translates differently must not show up there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from gettext import c2py
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, ngettext

from models.reference import DEFAULT_LOCALE, LOCALES, RTL_LOCALES, Role
from models.users import User
from webapp.formatting import duration

from .helpers import login
from .test_unmarked_strings import ReadableText

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
HTML_LANG = re.compile(r'<html lang="([^"]*)" dir="([^"]*)">')
#: Shorter message ids ("Sign in", "Date") may be a name, a place or the same word in
#: another language; from this length on, English on the page means a missed translation.
LONG_ENOUGH = 12
ANONYMOUS_PAGES = ("/activities", "/login", "/signup", "/activate")
INTEGRATOR_PAGES = ("/", "/my/bookings")
PLURAL_ID = "%(num)s place left"


@cache
def catalogue(locale: str) -> Catalog:
    path = ROOT / "translations" / locale / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _pattern(message_id: str) -> re.Pattern[str] | None:
    """A message id as it reads on a page, its placeholders filled with anything short;
    None when its own words are too few to tell it apart from data."""
    words = [" ".join(part.split()) for part in PLACEHOLDER.split(message_id.replace("%%", "%"))]
    if sum(len(word) for word in words) < LONG_ENOUGH:
        return None
    return re.compile(r".{1,80}?".join(re.escape(word) for word in words))


@cache
def untranslated_patterns(locale: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The English ids that `locale` translates into something else, as patterns."""
    found = []
    for message in catalogue(locale):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for message_id in ids:
            pattern = _pattern(message_id)
            if pattern is not None and message_id not in strings:
                found.append((message_id, pattern))
    return tuple(found)


def visible_text(html: str) -> str:
    return " ".join(ReadableText.of(html))


def english_left_on(html: str, locale: str) -> list[str]:
    """The English ids (translated otherwise in `locale`'s catalogue) the page still shows."""
    if locale == "en":
        return []
    text = visible_text(html)
    return [
        message_id for message_id, pattern in untranslated_patterns(locale) if pattern.search(text)
    ]


def _check_page(client: FlaskClient, path: str, locale: str) -> list[str]:
    response = client.get(f"{path}{'&' if '?' in path else '?'}lang={locale}")
    html = response.get_data(as_text=True)
    problems = []
    if response.status_code != 200:
        problems.append(f"{path}: status {response.status_code}")
    found = HTML_LANG.search(html)
    direction = "rtl" if locale in RTL_LOCALES else "ltr"
    if found is None or found.groups() != (locale, direction):
        problems.append(f"{path}: html lang/dir {found and found.groups()}")
    problems += [f"{path}: English {found!r}" for found in english_left_on(html, locale)]
    return problems


@pytest.mark.parametrize("locale", LOCALES)
def test_the_main_pages_speak_each_language(demo_client: FlaskClient, locale: str) -> None:
    listing = demo_client.get("/activities?lang=en").get_data(as_text=True)
    activity = re.search(r'href="(/activities/\d+)"', listing)
    assert activity, "the demo catalogue shows no activity"
    problems = []
    for path in (*ANONYMOUS_PAGES, activity.group(1)):
        problems += _check_page(demo_client, path, locale)
    assert login(demo_client, "integrator01@demo.test").status_code == 302
    for path in INTEGRATOR_PAGES:
        problems += _check_page(demo_client, path, locale)
    assert problems == []


def test_the_check_for_english_finds_an_untranslated_string() -> None:
    html = "<html><body><p>Nieuw hier?</p><p>Skip to the content</p></body></html>"
    message_id = "Skip to the content"
    assert catalogue("nl")[message_id].string not in ("", message_id)
    assert message_id in english_left_on(html, "nl")
    assert english_left_on(html.replace(message_id, catalogue("nl")[message_id].string), "nl") == []


def test_the_check_for_english_fills_placeholders_and_ignores_scripts() -> None:
    assert english_left_on("<p>Saved: 3 people were there.</p>", "ru")
    assert english_left_on("<script>Saved: 3 people were there.</script>", "ru") == []
    assert english_left_on('<a title="Saved: 3 people were there." href="#">x</a>', "ru")


# Plural forms -----------------------------------------------------------------------------

PLURAL_FORMS = {
    "ar": {0: 0, 1: 1, 2: 2, 5: 3, 11: 5, 100: 4},
    "ru": {0: 2, 1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 100: 2},
}


@pytest.mark.parametrize(
    ("locale", "count", "form"),
    [(loc, n, form) for loc, forms in PLURAL_FORMS.items() for n, form in forms.items()],
)
def test_plural_forms_follow_the_language(app: Flask, locale: str, count: int, form: int) -> None:
    strings = catalogue(locale)[PLURAL_ID].string
    assert len(set(strings)) == len(strings) == catalogue(locale).num_plurals
    assert c2py(catalogue(locale).plural_expr)(count) == form  # the header's own formula
    with app.test_request_context(), force_locale(locale):
        text = ngettext(PLURAL_ID, "%(num)s places left", count)
    assert text == strings[form] % {"num": count}
    if "%(num)s" in strings[form]:
        assert str(count) in text


# One English word, two meanings -------------------------------------------------------------


def test_a_word_with_two_meanings_is_translated_per_meaning(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    """ "From" heads a date range on the catalogue and the network address in the audit log;
    Dutch says "Van" for one and "IP-adres" for the other, so each needs its own entry."""
    dutch = catalogue("nl")
    assert dutch.get("From", context="first day of a date range").string == "Van"
    assert dutch.get("From", context="the network address a request came from").string == (
        "IP-adres"
    )
    filters = visible_text(client.get("/activities?lang=nl").get_data(as_text=True))
    assert "Van" in filters.split()
    assert "IP-adres" not in filters
    login(client, make_user(Role.ADMIN, locale="nl").email)
    audit = visible_text(client.get("/admin/audit?lang=nl").get_data(as_text=True))
    assert "IP-adres" in audit
    for locale in LOCALES:
        for context in ("give up a booked place", "leave a form without saving"):
            assert catalogue(locale).get("Cancel", context=context).string


# Durations --------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_an_hour_and_a_half_reads_in_each_language(app: Flask, locale: str) -> None:
    message_id = "%(hours)s h %(minutes)s min"
    expected = catalogue(locale)[message_id].string % {"hours": 1, "minutes": 30}
    with app.test_request_context(), force_locale(locale):
        text = duration(90)
    assert text == expected
    assert "1" in text
    assert "30" in text
    if catalogue(locale)[message_id].string != message_id:
        assert text != "1 h 30 min"


# Choosing the language ---------------------------------------------------------------------


def _page_language(client: FlaskClient, query: str = "", **headers: str) -> str:
    html = client.get(f"/activities{query}", headers=headers).get_data(as_text=True)
    found = HTML_LANG.search(html)
    assert found
    return found.group(1)


@pytest.fixture
def signed_in(client: FlaskClient, make_user: Callable[..., User]) -> FlaskClient:
    """A client signed in as someone who prefers Ukrainian, with a Turkish cookie."""
    person = make_user(Role.INTEGRATOR, locale="uk")
    login(client, person.email)
    client.set_cookie("lang", "tr")
    return client


def test_the_asked_language_beats_the_preference_the_cookie_and_the_browser(
    signed_in: FlaskClient,
) -> None:
    assert _page_language(signed_in, "?lang=fr", **{"Accept-Language": "es"}) == "fr"


def test_the_preference_beats_the_cookie_and_the_browser(signed_in: FlaskClient) -> None:
    assert _page_language(signed_in, **{"Accept-Language": "es"}) == "uk"


def test_the_cookie_beats_the_browser(client: FlaskClient) -> None:
    client.set_cookie("lang", "tr")
    assert _page_language(client, **{"Accept-Language": "es"}) == "tr"


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("es", "es"),
        ("ar,en;q=0.8", "ar"),
        ("de;q=1.0, ti;q=0.9, en;q=0.5", "ti"),
        ("fr-BE", "fr"),
        ("de, ja", DEFAULT_LOCALE),
    ],
)
def test_the_browser_beats_dutch_when_it_asks_for_one_of_ours(
    client: FlaskClient, header: str, locale: str
) -> None:
    assert _page_language(client, **{"Accept-Language": header}) == locale


def test_with_nothing_to_go_by_the_page_is_dutch(client: FlaskClient) -> None:
    assert _page_language(client) == DEFAULT_LOCALE == "nl"


def test_an_unknown_asked_language_falls_through_each_step(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    assert _page_language(client, "?lang=xx") == "nl"
    assert _page_language(client, "?lang=de", **{"Accept-Language": "so"}) == "so"
    client.set_cookie("lang", "ps")
    assert _page_language(client, "?lang=", **{"Accept-Language": "so"}) == "ps"
    login(client, make_user(Role.INTEGRATOR, locale="ru").email)
    assert _page_language(client, "?lang=EN", **{"Accept-Language": "so"}) == "ru"


def test_an_unknown_cookie_is_ignored_too(client: FlaskClient) -> None:
    client.set_cookie("lang", "klingon")
    assert _page_language(client, **{"Accept-Language": "uk"}) == "uk"
    assert client.get_cookie("lang").value == "klingon"  # not replaced without a choice
