"""The catalogue as visitors see it is kept a few seconds per process; nobody else's is."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from models import Activity, Organisation, User
from models.reference import Role
from models.tokens import create_token

from . import factories
from .helpers import bearer, login

SECONDS = 5


class Clock:
    """Stands in for `time.monotonic` in the cache, so a test can let seconds pass."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Clock:
    app.config["VISITOR_CACHE_SECONDS"] = SECONDS
    fake = Clock()
    monkeypatch.setattr("webapp.visitor_cache.monotonic", fake)
    return fake


def _rename(db: Session, activity_id: int, title: str) -> None:
    activity = db.get(Activity, activity_id)
    activity.text("nl").title = title
    db.commit()


@pytest.mark.parametrize("path", ["/activities", "/api/v1/activities"])
def test_visitors_see_the_same_answer_for_a_few_seconds_then_a_fresh_one(
    client: FlaskClient, db: Session, organisation: Organisation, clock: Clock, path: str
) -> None:
    activity = factories.make_activity(db, organisation, "Wandelen")
    assert "Wandelen" in client.get(path).get_data(as_text=True)
    _rename(db, activity.id, "Fietsen")
    clock.now += SECONDS - 1
    assert "Wandelen" in client.get(path).get_data(as_text=True)
    clock.now += 1
    page = client.get(path).get_data(as_text=True)
    assert "Fietsen" in page
    assert "Wandelen" not in page


def test_each_address_and_language_is_kept_apart(
    client: FlaskClient, db: Session, organisation: Organisation, clock: Clock
) -> None:
    factories.make_activity(db, organisation, "Wandelen", titles={"en": "Walking"})
    assert 'lang="nl"' in client.get("/activities").get_data(as_text=True)
    english = client.get("/activities", headers={"Accept-Language": "en"})
    assert 'lang="en"' in english.get_data(as_text=True)
    assert "Walking" in english.get_data(as_text=True)
    arabic = client.get("/activities?lang=ar")
    assert 'lang="ar"' in arabic.get_data(as_text=True)
    assert arabic.headers.get("Set-Cookie", "").startswith("lang=ar")  # the choice is kept
    assert client.get("/activities?q=wandelen").status_code == 200


def test_signed_in_people_and_tokens_always_get_a_fresh_answer(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    clock: Clock,
    make_user,
    app: Flask,
) -> None:
    activity = factories.make_activity(db, organisation, "Wandelen")
    person: User = make_user(Role.INTEGRATOR, email="reader@example.test")
    token = create_token(db, person)
    db.commit()
    visitor = app.test_client()
    visitor.get("/activities")
    visitor.get("/api/v1/activities")
    _rename(db, activity.id, "Fietsen")
    login(client, "reader@example.test")
    assert "Fietsen" in client.get("/activities?dutch_level=").get_data(as_text=True)
    fresh = app.test_client().get("/api/v1/activities", headers=bearer(token))
    assert "Fietsen" in fresh.get_data(as_text=True)
    assert "Wandelen" in visitor.get("/activities").get_data(as_text=True)


def test_a_refused_search_is_not_kept(client: FlaskClient, clock: Clock) -> None:
    assert client.get("/api/v1/activities?limit=0").status_code == 400
    assert client.get("/api/v1/activities?limit=0").status_code == 400
    assert client.get("/activities?date_from=yesterday").status_code == 400
