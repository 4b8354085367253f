"""The JSON API of DESIGN.md: token auth, exact shapes, errors as 4xx with the error shape."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from models import User
from models.tokens import create_token
from models.users import find_user_by_email

from .helpers import bearer

ITEM_KEYS = {
    "id",
    "title",
    "description",
    "language",
    "dutch_level",
    "goals",
    "category",
    "municipality",
    "online",
    "organisation",
    "next_session",
}


def _token(db: Session, email: str) -> str:
    token = create_token(db, find_user_by_email(db, email))
    db.commit()
    return token


def _assert_error(response, status: int) -> None:
    assert response.status_code == status
    assert set(response.json) == {"error"}
    assert set(response.json["error"]) == {"code", "message"}
    assert response.json["error"]["message"]


@pytest.mark.parametrize(
    ("email", "role"),
    [
        ("admin@demo.test", "admin"),
        ("counsellor@demo.test", "counsellor"),
        ("organisation@demo.test", "organisation_staff"),
        ("integrator@demo.test", "integrator"),
    ],
)
def test_me_answers_for_each_role(
    demo_client: FlaskClient, demo_db: Session, email: str, role: str
) -> None:
    response = demo_client.get("/api/v1/me", headers=bearer(_token(demo_db, email)))
    assert response.status_code == 200
    body = response.json
    assert set(body) == {"id", "name", "email", "role", "locale", "calendar_url"}
    assert body["email"] == email
    assert body["role"] == role
    assert body["id"] == find_user_by_email(demo_db, email).id
    assert body["calendar_url"].startswith("http://127.0.0.1:5000/calendar/")


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer ", "Bearer ppt_not-a-real-token", "Basic dXNlcjpwYXNz", "ppt_x"],
)
def test_without_a_valid_token_the_api_answers_401(client: FlaskClient, header) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = client.get("/api/v1/me", headers=headers)
    _assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_session_cookie_does_not_open_the_api(client: FlaskClient, integrator: User) -> None:
    from .helpers import login

    login(client, integrator.email)
    _assert_error(client.get("/api/v1/me"), 401)


def test_a_revoked_token_is_refused(client: FlaskClient, db: Session, integrator: User) -> None:
    from models import ApiToken, utcnow

    token = create_token(db, integrator)
    db.commit()
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 200
    for stored in db.query(ApiToken):
        stored.revoked_at = utcnow()
    db.commit()
    _assert_error(client.get("/api/v1/me", headers=bearer(token)), 401)


def test_the_caseload_lists_the_25_demo_integrators(
    demo_client: FlaskClient, demo_db: Session
) -> None:
    token = _token(demo_db, "counsellor@demo.test")
    response = demo_client.get("/api/v1/caseload", headers=bearer(token))
    assert response.status_code == 200
    items = response.json["items"]
    assert len(items) == 25
    for item in items:
        assert set(item) == {
            "id",
            "name",
            "dutch_level",
            "confirmed_minutes",
            "target_minutes",
            "status",
            "deadline",
            "last_attended_on",
            "upcoming_bookings",
            "flags",
        }
        assert isinstance(item["confirmed_minutes"], int)
        assert item["target_minutes"] == 2400
    first = next(
        i for i in items if i["id"] == find_user_by_email(demo_db, "integrator01@demo.test").id
    )
    assert first["confirmed_minutes"] > 2400
    assert first["status"] == "completed"


@pytest.mark.parametrize(
    "email", ["integrator@demo.test", "organisation@demo.test", "admin@demo.test"]
)
def test_only_counsellors_have_a_caseload(
    demo_client: FlaskClient, demo_db: Session, email: str
) -> None:
    response = demo_client.get("/api/v1/caseload", headers=bearer(_token(demo_db, email)))
    _assert_error(response, 403)


def test_the_activity_list_has_the_shape_of_the_design(demo_client: FlaskClient) -> None:
    response = demo_client.get("/api/v1/activities")
    assert response.status_code == 200
    body = response.json
    assert set(body) == {"items", "next_cursor"}
    assert len(body["items"]) == 20
    for item in body["items"]:
        assert set(item) == ITEM_KEYS
        assert item["language"] == "nl"
        assert 1 <= item["dutch_level"] <= 4
        assert set(item["organisation"]) == {"id", "name"}
        if item["next_session"] is not None:
            assert set(item["next_session"]) == {"id", "start", "end", "places_left"}
            assert item["next_session"]["start"].endswith(("+01:00", "+02:00"))


def test_paging_walks_every_public_activity_once_in_order(demo_client: FlaskClient) -> None:
    seen: list[dict] = []
    url = "/api/v1/activities?limit=7"
    while url:
        body = demo_client.get(url).json
        seen.extend(body["items"])
        url = (
            f"/api/v1/activities?limit=7&cursor={body['next_cursor']}"
            if body["next_cursor"]
            else None
        )
    ids = [item["id"] for item in seen]
    assert len(ids) == len(set(ids)) == 49  # every activity of the approved organisations
    starts = [i["next_session"]["start"] for i in seen if i["next_session"]]
    assert starts == sorted(starts, key=lambda s: __import__("datetime").datetime.fromisoformat(s))
    with_session = [i["next_session"] is not None for i in seen]
    assert with_session == sorted(with_session, reverse=True)  # undated ones last


def test_texts_come_in_the_asked_language_with_dutch_fallback(demo_client: FlaskClient) -> None:
    items = demo_client.get("/api/v1/activities?limit=100&lang=ar").json["items"]
    languages = {item["language"] for item in items}
    assert languages == {"ar", "nl"}


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=101",
        "limit=-1",
        "limit=ten",
        "limit=",
        "cursor=garbage",
        "cursor=WyJ4IiwxXQ",
        "lang=xx",
        "lang=" + "a" * 20_000,
    ],
)
def test_bad_parameters_are_a_400_with_the_error_shape(client: FlaskClient, query: str) -> None:
    _assert_error(client.get(f"/api/v1/activities?{query}"), 400)


def test_one_activity_has_its_upcoming_sessions(demo_client: FlaskClient) -> None:
    first = demo_client.get("/api/v1/activities?limit=1").json["items"][0]
    detail = demo_client.get(f"/api/v1/activities/{first['id']}").json
    assert set(detail) == ITEM_KEYS | {"sessions"}
    assert detail["sessions"]
    for session in detail["sessions"]:
        assert set(session) == {"id", "start", "end", "capacity", "minutes", "places_left"}
        assert 0 <= session["places_left"] <= session["capacity"]
    assert detail["next_session"]["id"] == detail["sessions"][0]["id"]


@pytest.mark.parametrize("path", ["/api/v1/activities/999999", "/api/v1/nothing-here"])
def test_unknown_ids_and_paths_are_a_404_with_the_error_shape(
    client: FlaskClient, path: str
) -> None:
    _assert_error(client.get(path), 404)


def test_a_malformed_id_is_a_404_not_a_500(client: FlaskClient) -> None:
    _assert_error(client.get("/api/v1/activities/abc"), 404)
    _assert_error(client.get("/api/v1/activities/99999999999999999999999"), 404)


def test_the_openapi_document_describes_the_endpoints(app: Flask, client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").json
    assert document["openapi"].startswith("3.")
    api_rules = {
        re.sub(r"<(\w+)>", r"{\1}", re.sub(r"<id:\w+>", "{id}", rule.rule.removeprefix("/api/v1")))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1") and rule.endpoint != "api.openapi"
    }
    assert api_rules <= set(document["paths"])
