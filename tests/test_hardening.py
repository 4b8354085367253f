"""The security baseline: cookies, throttling of password resets, proxies, token names."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ApiToken, AuditEvent, User
from webapp import create_app

from .helpers import csrf_token, login


def test_the_session_cookie_is_httponly_lax_and_secure_behind_https(
    database_url: str, integrator: User
) -> None:
    app = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": "s", "BASE_URL": "https://deelname.example"}
    )
    client = app.test_client()
    response = login(client, integrator.email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" in cookie
    app.extensions["db_engine"].dispose()


def test_without_https_the_cookie_is_not_marked_secure(client: FlaskClient, integrator) -> None:
    assert "Secure" not in login(client, integrator.email).headers["Set-Cookie"]


def test_password_resets_for_one_account_are_throttled(
    client: FlaskClient, integrator: User
) -> None:
    statuses = []
    for _ in range(7):
        token = csrf_token(client, "/password/forgot")
        statuses.append(
            client.post(
                "/password/forgot", data={"csrf_token": token, "email": integrator.email}
            ).status_code
        )
    assert statuses[:5] == [302] * 5
    assert statuses[-1] == 429


def test_a_friendly_429_page_in_the_readers_language(client: FlaskClient, integrator) -> None:
    for _ in range(9):
        response = login(client, integrator.email, "wrong-password")
    token = csrf_token(client, "/login?lang=en")
    response = client.post(
        "/login?lang=en",
        data={"csrf_token": token, "identifier": integrator.email, "password": "x"},
    )
    assert response.status_code == 429
    assert "Too many tries. Please wait a moment and try again." in response.get_data(as_text=True)


def test_behind_a_trusted_proxy_the_visitors_address_is_audited(
    database_url: str, db: Session, integrator: User
) -> None:
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "s", "PROXY_COUNT": 1})
    client = app.test_client()
    client.environ_base["HTTP_X_FORWARDED_FOR"] = "203.0.113.7"
    login(client, integrator.email)
    db.rollback()
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "login.success"))
    assert event.ip_address == "203.0.113.7"
    app.extensions["db_engine"].dispose()


def test_without_a_proxy_setting_forwarded_headers_are_ignored(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    client.environ_base["HTTP_X_FORWARDED_FOR"] = "203.0.113.7"
    login(client, integrator.email)
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "login.success"))
    assert event.ip_address != "203.0.113.7"


@pytest.mark.parametrize(
    ("name", "status"),
    [("", 422), ("x" * 101, 422), ("<script>alert(1)</script>", 201), ("Телефон", 201)],
)
def test_token_names_are_checked_and_shown_as_text(
    client: FlaskClient, db: Session, integrator: User, name: str, status: int
) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile/tokens")
    response = client.post("/profile/tokens", data={"csrf_token": token, "name": name})
    assert response.status_code == status
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)
    stored = db.scalars(select(ApiToken.name).where(ApiToken.user_id == integrator.id)).all()
    assert stored == ([name] if status == 201 else [])


def test_every_form_on_the_app_has_a_csrf_token(app: Flask, demo_client: FlaskClient) -> None:
    login(demo_client, "admin@demo.test")
    for path in ("/profile", "/profile/password", "/profile/tokens", "/admin/counsellors"):
        page = demo_client.get(path).get_data(as_text=True)
        assert page.count('<form method="post"') <= page.count('name="csrf_token"'), path
