"""The public pages: the catalogue and an activity, in any language, safe with any text."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from models import Activity, ActivityTranslation, Organisation
from models.reference import ActivityStatus, OrganisationStatus

from .factories import make_activity, make_session


def _activity(db: Session, organisation: Organisation, title: str, **fields: object) -> Activity:
    """A cultural activity at level 2 with an address and one session of 8 places in 3 days."""
    activity = make_activity(
        db,
        organisation,
        title,
        category="culture",
        dutch_level=2,
        street="Kouter 1",
        postcode="9000",
        **fields,
    )
    make_session(db, activity, starts_in=timedelta(days=3), capacity=8)
    return activity


def test_the_catalogue_lists_only_public_activities(
    client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    _activity(db, organisation, "Zichtbaar koor")
    _activity(db, organisation, "Verborgen koor", status=ActivityStatus.HIDDEN)
    pending = Organisation(name="Nog niet", municipality="Gent", status=OrganisationStatus.PENDING)
    _activity(db, pending, "Koor van een wachtende organisatie")
    page = client.get("/activities").get_data(as_text=True)
    assert "Zichtbaar koor" in page
    assert "Verborgen koor" not in page
    assert "wachtende organisatie" not in page
    assert "8 places left" in client.get("/activities?lang=en").get_data(as_text=True)


def test_the_demo_catalogue_pages_through_every_activity(demo_client: FlaskClient) -> None:
    titles: list[str] = []
    url = "/activities?lang=en"
    while url:
        page = demo_client.get(url).get_data(as_text=True)
        titles += re.findall(r'class="card-title"><a href="/activities/(\d+)"', page)
        found = re.search(r'href="([^"]+)" rel="next"', page)
        url = found.group(1).replace("&amp;", "&") if found else None
    assert len(titles) == len(set(titles)) == 49


def test_an_activity_page_shows_its_sessions_and_the_way_there(
    client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    activity = _activity(db, organisation, "Theater kijken", wheelchair_accessible=True)
    page = client.get(f"/activities/{activity.id}?lang=en").get_data(as_text=True)
    assert "Theater kijken" in page
    assert "8 places left" in page
    assert "openstreetmap.org/search?query=Kouter" in page
    assert "Counts for 2 h" in page
    assert "You can come in with a wheelchair." in page


def test_untranslated_text_is_marked_as_shown_in_dutch(
    client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    activity = _activity(db, organisation, "Samen koken")
    activity.translations.append(
        ActivityTranslation(locale="ar", title="الطبخ معاً", description="نطبخ معاً.")
    )
    db.commit()
    arabic = client.get(f"/activities/{activity.id}?lang=ar").get_data(as_text=True)
    assert "الطبخ معاً" in arabic
    assert 'class="shown-in-dutch"' not in arabic
    english = client.get(f"/activities/{activity.id}?lang=en").get_data(as_text=True)
    assert "Samen koken" in english
    assert "Shown in Dutch" in english
    assert '<h1 lang="nl" dir="ltr">Samen koken</h1>' in english


def test_dutch_text_keeps_its_own_direction_on_a_right_to_left_page(
    client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    """Without its own dir, "Een schort." on an Arabic page ends with the full stop in front."""
    activity = _activity(db, organisation, "Samen koken", host_languages=["nl", "en", "fr"])
    activity.translations[0].what_to_bring = "Een schort."
    db.commit()
    arabic = client.get(f"/activities/{activity.id}?lang=ar").get_data(as_text=True)
    assert '<h1 lang="nl" dir="ltr">Samen koken</h1>' in arabic
    assert '<div class="description" lang="nl" dir="ltr">Samen.</div>' in arabic
    assert '<dd lang="nl" dir="ltr">Een schort.</dd>' in arabic
    assert '<bdi lang="en">English</bdi>, <bdi lang="fr">Français</bdi>' in arabic


def test_script_tags_in_any_text_are_shown_as_text(
    client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    activity = _activity(db, organisation, "<script>alert('x')</script>Koor")
    activity.translations[0].description = '<img src=x onerror="alert(1)">'
    db.commit()
    for path in ("/activities", f"/activities/{activity.id}"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("code", "direction"),
    [("nl", "ltr"), ("ar", "rtl"), ("fa", "rtl"), ("ps", "rtl"), ("ti", "ltr")],
)
def test_html_lang_and_dir_follow_the_asked_language(
    client: FlaskClient, code: str, direction: str
) -> None:
    for path in ("/activities", "/login", "/"):
        page = client.get(f"{path}?lang={code}").get_data(as_text=True)
        assert f'<html lang="{code}" dir="{direction}">' in page


def test_every_page_has_a_skip_link_and_a_language_switcher(client: FlaskClient) -> None:
    page = client.get("/activities").get_data(as_text=True)
    assert 'class="skip-link" href="#main"' in page
    for name in ("Nederlands", "العربية", "Українська", "ትግርኛ", "فارسی", "پښتو", "Soomaali"):
        assert name in page


def test_the_language_choice_is_remembered_in_a_cookie(client: FlaskClient) -> None:
    client.get("/activities?lang=uk")
    assert '<html lang="uk"' in client.get("/activities").get_data(as_text=True)


def test_a_garbage_cursor_on_the_page_is_a_400(client: FlaskClient) -> None:
    assert client.get("/activities?cursor=%%%").status_code == 400


@pytest.mark.parametrize("path", ["/activities/999999", "/activities/0", "/activities/x", "/nope"])
def test_unknown_pages_are_a_friendly_404(client: FlaskClient, path: str) -> None:
    response = client.get(path + "?lang=en")
    assert response.status_code == 404
    assert "We could not find this page." in response.get_data(as_text=True)


def test_security_headers_are_on_every_response(client: FlaskClient) -> None:
    for path in ("/activities", "/login", "/api/v1/activities", "/nope", "/api/v1/me"):
        headers = client.get(path).headers
        policy = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"]


def test_pages_carry_no_inline_script(demo_client: FlaskClient) -> None:
    for path in ("/", "/activities", "/activities/1", "/login"):
        page = demo_client.get(path).get_data(as_text=True)
        assert "<script" not in page
        assert " onclick=" not in page
        assert " onload=" not in page


def test_an_oversized_body_is_refused_with_413(client: FlaskClient) -> None:
    response = client.post("/login", data=b"x" * (7 * 1024 * 1024), content_type="text/plain")
    assert response.status_code == 413


def test_a_large_result_is_counted_up_to_a_cap_and_said_so(
    client: FlaskClient, db: Session, organisation: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No request counts the whole catalogue: past the cap the page says "more than"."""
    monkeypatch.setattr("models.catalogue.COUNT_CAP", 2)
    monkeypatch.setattr("webapp.catalogue.routes.COUNT_CAP", 2)
    for title in ("Koor", "Toneel", "Dans"):
        _activity(db, organisation, title)
    assert "Meer dan 2 activiteiten gevonden" in client.get("/activities").get_data(as_text=True)
    page = client.get("/activities?q=koor").get_data(as_text=True)
    assert "1 activiteit gevonden" in page
    assert "Meer dan" not in page
