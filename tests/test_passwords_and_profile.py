"""Password reset by mail, the profile, password change, API tokens, one's own data."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ApiToken, AuditEvent, OutboxMail, User
from models.links import MAX_AGE, Purpose, make_link_token
from models.passwords import check_password

from .helpers import bearer, csrf_token, login, reread

LINK = re.compile(r"http://127\.0\.0\.1:5000(/password/reset/\S+)")


def _ask_reset(client: FlaskClient, email: str):
    token = csrf_token(client, "/password/forgot?lang=en")
    return client.post("/password/forgot?lang=en", data={"csrf_token": token, "email": email})


def _reset_link(db: Session, user: User) -> str:
    mail = db.scalar(
        select(OutboxMail).where(OutboxMail.to_address == user.email).order_by(OutboxMail.id.desc())
    )
    assert mail.kind == "password_reset"
    return LINK.search(mail.body_text).group(1)


def _set_new(client: FlaskClient, path: str, password: str, repeat: str | None = None):
    token = csrf_token(client, path)
    return client.post(
        path, data={"csrf_token": token, "password": password, "repeat": repeat or password}
    )


def test_a_reset_link_sets_a_new_password_once(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    integrator.locale = "ar"
    db.commit()
    response = _ask_reset(client, integrator.email.upper())
    assert response.status_code == 302
    reread(db)
    mail = db.scalar(select(OutboxMail).where(OutboxMail.to_address == integrator.email))
    assert mail.locale == "ar"  # in the recipient's language
    path = _reset_link(db, integrator)
    assert _set_new(client, path, "een-nieuw-sterk-wachtwoord").status_code == 302
    reread(db)
    assert check_password(db.get(User, integrator.id), "een-nieuw-sterk-wachtwoord")
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "password.reset"))
    assert client.get(path).status_code == 400  # single use
    assert login(client, integrator.email, "een-nieuw-sterk-wachtwoord").status_code == 302


def test_an_unknown_address_gets_the_same_answer_and_no_mail(
    client: FlaskClient, db: Session
) -> None:
    response = _ask_reset(client, "nobody@example.test")
    assert response.status_code == 302
    assert "If this address has an account" in client.get("/login?lang=en").get_data(as_text=True)
    assert db.scalar(select(OutboxMail)) is None


@pytest.mark.parametrize(
    "token",
    ["garbage", "eyJ1IjoxLCJmIjoiYWJjIn0.ZzZzZw.forged-signature", "a" * 500],
)
def test_a_forged_reset_link_is_refused(client: FlaskClient, token: str) -> None:
    response = client.get(f"/password/reset/{token}?lang=en")
    assert response.status_code == 400
    assert "This link does not work" in response.get_data(as_text=True)


def test_an_expired_reset_link_is_refused(
    app: Flask, client: FlaskClient, integrator: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = make_link_token(app.config["SECRET_KEY"], Purpose.PASSWORD_RESET, integrator)
    monkeypatch.setitem(MAX_AGE, Purpose.PASSWORD_RESET, -1)
    response = client.get(f"/password/reset/{token}?lang=en")
    assert response.status_code == 400
    assert "too old" in response.get_data(as_text=True)


def test_a_link_for_activation_does_not_reset_a_password(
    app: Flask, client: FlaskClient, integrator: User
) -> None:
    token = make_link_token(app.config["SECRET_KEY"], Purpose.ACTIVATION, integrator)
    assert client.get(f"/password/reset/{token}").status_code == 400


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("", "", "Please choose a password."),
        ("short", "short", "Use at least 10 characters."),
        ("password123", "password123", "too easy to guess"),
        ("een-sterk-wachtwoord", "een-ander-wachtwoord", "not the same"),
        ("x" * 300, "x" * 300, "Use at most 200 characters."),
    ],
)
def test_weak_or_mismatched_passwords_are_refused(
    app: Flask,
    client: FlaskClient,
    db: Session,
    integrator: User,
    password: str,
    repeat: str,
    message: str,
) -> None:
    token = make_link_token(app.config["SECRET_KEY"], Purpose.PASSWORD_RESET, integrator)
    response = _set_new(client, f"/password/reset/{token}?lang=en", password, repeat)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    reread(db)
    assert check_password(db.get(User, integrator.id), "demo-password")  # nothing changed


def test_the_password_that_is_the_persons_name_is_refused(
    app: Flask, client: FlaskClient, make_user
) -> None:
    from models.reference import Role

    person = make_user(Role.INTEGRATOR, name="Annelies Vandenbroucke")
    token = make_link_token(app.config["SECRET_KEY"], Purpose.PASSWORD_RESET, person)
    response = _set_new(client, f"/password/reset/{token}?lang=en", "AnneliesVandenbroucke")
    assert response.status_code == 422


def test_the_profile_changes_name_language_and_level(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile")
    data = {"csrf_token": token, "name": "ሰላም ተስፋይ", "locale": "ti", "dutch_level": "3"}
    assert client.post("/profile", data=data).status_code == 302
    reread(db)
    person = db.get(User, integrator.id)
    assert (person.name, person.locale, person.integrator.dutch_level) == ("ሰላም ተስፋይ", "ti", 3)
    assert '<html lang="ti"' in client.get("/").get_data(as_text=True)  # the preference counts


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"name": "", "locale": "nl", "dutch_level": "2"}, 422),
        ({"name": "x" * 201, "locale": "nl", "dutch_level": "2"}, 422),
        ({"name": "Ok", "locale": "xx", "dutch_level": "2"}, 422),
        ({"name": "Ok", "locale": "nl", "dutch_level": "7"}, 422),
        ({"name": "Ok", "locale": "nl", "dutch_level": "two"}, 422),
    ],
)
def test_bad_profile_input_is_refused_and_nothing_changes(
    client: FlaskClient, db: Session, integrator: User, data: dict, status: int
) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile")
    assert client.post("/profile", data={"csrf_token": token, **data}).status_code == status
    reread(db)
    assert db.get(User, integrator.id).name == integrator.name


def test_script_tags_in_a_name_are_shown_as_text(client: FlaskClient, integrator: User) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile")
    data = {
        "csrf_token": token,
        "name": "<script>alert(1)</script>",
        "locale": "en",
        "dutch_level": "2",
    }
    client.post("/profile", data=data)
    page = client.get("/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_staff_have_no_dutch_level_on_their_profile(client: FlaskClient, staff: User) -> None:
    login(client, staff.email)
    token = csrf_token(client, "/profile")
    data = {"csrf_token": token, "name": "Sofie", "locale": "fr"}
    assert client.post("/profile", data=data).status_code == 302


def test_changing_the_password_needs_the_current_one(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile/password")
    data = {
        "csrf_token": token,
        "current": "wrong",
        "password": "nieuw-en-sterk-1",
        "repeat": "nieuw-en-sterk-1",
    }
    assert client.post("/profile/password?lang=en", data=data).status_code == 422
    data["current"] = "demo-password"
    assert client.post("/profile/password", data=data).status_code == 302
    reread(db)
    assert check_password(db.get(User, integrator.id), "nieuw-en-sterk-1")


def test_tokens_are_made_shown_once_listed_and_revoked(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    login(client, integrator.email)
    token = csrf_token(client, "/profile/tokens")
    response = client.post("/profile/tokens", data={"csrf_token": token, "name": "My phone"})
    assert response.status_code == 201
    secret = re.search(r"<code>(ppt_[^<]+)</code>", response.get_data(as_text=True)).group(1)
    assert client.get("/api/v1/me", headers=bearer(secret)).status_code == 200
    listing = client.get("/profile/tokens").get_data(as_text=True)
    assert secret not in listing
    assert "My phone" in listing
    stored = db.scalar(select(ApiToken).where(ApiToken.user_id == integrator.id))
    token = csrf_token(client, "/profile/tokens")
    client.post(f"/profile/tokens/{stored.id}/revoke", data={"csrf_token": token})
    assert client.get("/api/v1/me", headers=bearer(secret)).status_code == 401


def test_nobody_revokes_someone_elses_token(
    client: FlaskClient, db: Session, integrator: User, counsellor: User
) -> None:
    from models.tokens import create_token

    create_token(db, counsellor)
    db.commit()
    other = db.scalar(select(ApiToken).where(ApiToken.user_id == counsellor.id))
    login(client, integrator.email)
    token = csrf_token(client, "/profile/tokens")
    assert (
        client.post(f"/profile/tokens/{other.id}/revoke", data={"csrf_token": token}).status_code
        == 404
    )
    reread(db)
    assert db.get(ApiToken, other.id).revoked_at is None


def test_renewing_the_calendar_address_stops_the_old_one(
    client: FlaskClient, integrator: User
) -> None:
    old = integrator.calendar_token
    login(client, integrator.email)
    assert client.get(f"/calendar/{old}.ics").status_code == 200
    token = csrf_token(client, "/profile")
    client.post("/profile/calendar/renew", data={"csrf_token": token})
    assert client.get(f"/calendar/{old}.ics").status_code == 404


def test_a_person_downloads_all_their_data(demo_client: FlaskClient, demo_db: Session) -> None:
    from models.users import find_user_by_email

    person = find_user_by_email(demo_db, "integrator01@demo.test")
    login(demo_client, person.email)
    response = demo_client.get(f"/people/{person.id}/data.json")
    assert response.status_code == 200
    data = response.json
    assert data["account"]["name"] == person.name
    assert sum(e["minutes"] for e in data["hours"]) > 2400
    assert data["bookings"]
    assert any(e["action"] == "login.success" for e in data["audit_log"])


def test_the_counsellor_downloads_for_their_caseload_only(
    client: FlaskClient, make_user, integrator: User, counsellor: User
) -> None:
    from models.reference import Role

    stranger = make_user(Role.INTEGRATOR)
    login(client, counsellor.email)
    assert client.get(f"/people/{integrator.id}/data.json").status_code == 200
    assert client.get(f"/people/{stranger.id}/data.json").status_code == 403
    assert client.get("/people/999999/data.json").status_code == 404


def test_repeated_failed_sign_ins_are_answered_with_429(
    client: FlaskClient, integrator: User
) -> None:
    statuses = [login(client, integrator.email, "wrong-password").status_code for _ in range(10)]
    assert statuses[:8] == [401] * 8
    assert 429 in statuses
    assert login(client, integrator.email).status_code == 429  # even with the right password
    page = client.get("/login?lang=en")
    assert page.status_code == 200  # looking at the form is not a try


def test_many_accounts_tried_from_one_address_are_answered_with_429(client: FlaskClient) -> None:
    statuses = [
        login(client, f"person{n}@example.test", "wrong-password").status_code for n in range(35)
    ]
    assert statuses[-1] == 429
    assert statuses.index(429) <= 30
    assert login(client, "someone-new@example.test", "x" * 12).status_code == 429
