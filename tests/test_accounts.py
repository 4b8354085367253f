"""Signing in and out through the real form, and each role's home page."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEvent, User

from .helpers import csrf_token, login

DEMO_ROLES = {
    "admin@demo.test": "Administrator",
    "counsellor@demo.test": "Counsellor",
    "organisation@demo.test": "Organisation",
    "integrator@demo.test": "Participant",
    "integrator01@demo.test": "Participant",
}


@pytest.mark.parametrize(("email", "role_name"), DEMO_ROLES.items())
def test_demo_accounts_sign_in_through_the_form(
    demo_client: FlaskClient, email: str, role_name: str
) -> None:
    response = login(demo_client, email)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    home = demo_client.get("/?lang=en").get_data(as_text=True)
    assert "Hello," in home
    assert role_name in home


def test_the_integrator_home_says_how_many_hours(demo_client: FlaskClient) -> None:
    login(demo_client, "integrator01@demo.test")
    home = demo_client.get("/?lang=en").get_data(as_text=True)
    assert "of 40 hours" in home
    assert "You have reached your hours" in home


def test_the_counsellor_home_lists_the_caseload(demo_client: FlaskClient) -> None:
    login(demo_client, "counsellor@demo.test")
    home = demo_client.get("/?lang=en").get_data(as_text=True)
    assert "My caseload (25)" in home


@pytest.mark.parametrize(
    ("email", "password"),
    [("counsellor@demo.test", "wrong-password"), ("nobody@demo.test", "demo-password")],
)
def test_a_wrong_password_or_unknown_address_is_refused_alike(
    demo_client: FlaskClient, demo_db: Session, email: str, password: str
) -> None:
    response = login(demo_client, email, password)
    assert response.status_code == 401
    page = response.get_data(as_text=True)
    assert "klopt niet" in page  # in the reader's language
    assert email in page  # what was typed is kept
    assert demo_client.get("/?lang=en").get_data(as_text=True).count("Hello,") == 0
    assert demo_db.scalar(select(AuditEvent).where(AuditEvent.action == "login.failure"))


def test_empty_fields_get_a_message_beside_them(client: FlaskClient) -> None:
    token = csrf_token(client, "/login?lang=en")
    response = client.post(
        "/login?lang=en", data={"csrf_token": token, "identifier": "", "password": ""}
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Please fill in your e-mail address or phone number." in page
    assert 'aria-invalid="true"' in page


def test_a_form_without_csrf_token_is_refused(client: FlaskClient, integrator: User) -> None:
    response = client.post(
        "/login", data={"identifier": integrator.email, "password": "demo-password"}
    )
    assert response.status_code == 400
    assert "Hello," not in client.get("/?lang=en").get_data(as_text=True)


def test_script_in_the_address_is_shown_as_text(client: FlaskClient) -> None:
    response = login(client, "<script>alert(1)</script>@x.test", "whatever-password")
    page = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_sign_in_starts_a_new_session_and_sign_out_ends_it(
    client: FlaskClient, integrator: User
) -> None:
    client.get("/login")
    with client.session_transaction() as before:
        before["left-over"] = "from before sign-in"
    login(client, integrator.email)
    with client.session_transaction() as after:
        assert "left-over" not in after
    token = csrf_token(client, "/logout")
    response = client.post("/logout", data={"csrf_token": token})
    assert response.status_code == 302
    assert "Hello," not in client.get("/?lang=en").get_data(as_text=True)


def test_sign_in_only_sends_people_to_our_own_pages(client: FlaskClient, integrator: User) -> None:
    token = csrf_token(client, "/login")
    data = {"csrf_token": token, "identifier": integrator.email, "password": "demo-password"}
    response = client.post("/login?next=//evil.example/x", data=data)
    assert response.headers["Location"] == "/"
    client.get("/logout")
    token = csrf_token(client, "/login")
    data["csrf_token"] = token
    response = client.post("/login?next=/activities", data=data)
    assert response.headers["Location"] == "/activities"


def test_an_inactive_account_cannot_sign_in(client: FlaskClient, db: Session, integrator) -> None:
    integrator.is_active = False
    db.commit()
    assert login(client, integrator.email).status_code == 401
