"""New integrators: a counsellor adds one and prints the activation letter; the person
activates with the letter's link or code; others sign up on their own."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from playwright.sync_api import expect
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEvent, IntegratorProfile, OutboxMail, Trajectory, User
from models import links as links_module
from models.integrators import Refused, create_integrator, sign_up_voluntary, today_in_brussels
from models.links import Purpose, activation_code, make_link_token
from models.reference import Role

from .browser_checks import page_width, serious_violations, shot
from .helpers import csrf_token, login

SECRET = "test-secret-key"  # the app fixture's SECRET_KEY
BASE_URL = "http://127.0.0.1:5000"
NEW_PASSWORD = "seven green bicycles"
NEW = "/counsellor/integrators/new?lang=en"
CODE_SHAPE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def _form(client: FlaskClient, path: str = NEW, **fields: str) -> dict[str, str]:
    """A filled-in new-integrator form, CSRF token included; `fields` override."""
    data = {
        "csrf_token": csrf_token(client, path),
        "name": "Amina Haddad",
        "locale": "ar",
        "dutch_level": "2",
        "phone": "",
        "email": "",
        "dossier_number": "",
    }
    data.update(fields)
    return data


def _add(client: FlaskClient, **fields: str):
    return client.post(NEW, data=_form(client, **fields))


def _user(db: Session, **where: str) -> User | None:
    db.expire_all()
    column, value = next(iter(where.items()))
    return db.scalar(select(User).where(getattr(User, column) == value))


def _audit(db: Session, action: str) -> list[AuditEvent]:
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _new_integrator(db: Session, counsellor: User, **fields) -> User:
    """An integrator made by the rule itself, committed, without a password yet."""
    values = {
        "name": "Yonas Tesfay",
        "locale": "ti",
        "dutch_level": 1,
        "phone": "0470 12 34 56",
        "email": None,
        "dossier_number": None,
    }
    values.update(fields)
    user = create_integrator(db, counsellor, **values)
    db.commit()
    return user


def _page(response) -> str:
    return response.get_data(as_text=True)


# The counsellor adds a person ---------------------------------------------------------------


def test_a_counsellor_adds_a_person_with_only_a_phone(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    login(client, counsellor.email)
    response = _add(client, phone="0470 12 34 56", dossier_number="KBI-2026-0042")
    created = _user(db, phone="+32470123456")
    assert created is not None
    assert response.status_code == 302
    assert response.headers["Location"] == f"/counsellor/integrators/{created.id}/letter"
    assert created.role == Role.INTEGRATOR
    assert created.password_hash is None
    assert created.email is None
    assert created.locale == "ar"
    assert created.integrator.counsellor_id == counsellor.id
    assert created.integrator.dutch_level == 2
    assert created.integrator.dossier_number == "KBI-2026-0042"
    assert created.integrator.voluntary is False
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == created.id))
    assert trajectory.started_on == today_in_brussels()
    assert trajectory.target_minutes == 2400
    [event] = _audit(db, "caseload.added")
    assert (event.actor_id, event.target_id) == (counsellor.id, created.id)


def test_a_counsellor_adds_a_person_with_only_an_email_address(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    login(client, counsellor.email)
    response = _add(client, email="  Amina.Haddad@Example.COM ")
    assert response.status_code == 302
    created = _user(db, email="amina.haddad@example.com")
    assert created is not None
    assert created.phone is None
    letter = _page(client.get(response.headers["Location"] + "?lang=en"))
    assert "amina.haddad@example.com" in letter


def test_neither_phone_nor_email_is_refused_beside_the_field(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    login(client, counsellor.email)
    response = _add(client, name="Nobody Reachable")
    assert response.status_code == 422
    page = _page(response)
    assert "Fill in a phone number or an e-mail address (or both)." in page
    assert 'id="phone-error"' in page
    assert 'value="Nobody Reachable"' in page  # what was typed is kept
    assert _user(db, name="Nobody Reachable") is None


@pytest.mark.parametrize(
    "name",
    ["أمينة الحداد", "Олександра Коваленко", "ዮናስ ተስፋይ", "Şükrü Çelik-Nguyễn"],
    ids=["arabic", "cyrillic", "geez", "latin-diacritics"],
)
def test_names_in_any_script_are_kept_exactly(
    client: FlaskClient, db: Session, counsellor: User, name: str
) -> None:
    login(client, counsellor.email)
    response = _add(client, name=name, email="someone@example.com")
    assert response.status_code == 302
    created = _user(db, email="someone@example.com")
    assert created.name == name
    assert name in _page(client.get(response.headers["Location"]))
    assert name in _page(client.get("/counsellor/?lang=en"))


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [("phone", "+32 470/12.34.56", "+32470123456"), ("email", "TAKEN@example.com", None)],
)
def test_a_phone_or_address_already_in_use_is_refused_beside_the_field(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    make_user: Callable[..., User],
    field: str,
    typed: str,
    stored: str | None,
) -> None:
    existing = make_user(Role.INTEGRATOR, email="taken@example.com")
    existing.phone = "+32470123456"
    db.commit()
    login(client, counsellor.email)
    response = _add(client, name="Second Person", **{field: typed})
    assert response.status_code == 422
    page = _page(response)
    assert f'id="{field}-error"' in page
    assert "There is already an account with this" in page
    assert _user(db, name="Second Person") is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "", "phone": "0470123456"}, "Please fill in the name."),
        ({"name": "x" * 201, "phone": "0470123456"}, "This is too long."),
        ({"phone": "call me maybe"}, "This is not a phone number."),
        ({"phone": "12345"}, "This is not a phone number."),
        ({"email": "not-an-address"}, "This is not an e-mail address."),
        ({"phone": "0470123456", "dossier_number": "K" * 41}, "This is too long."),
        ({"phone": "0470123456", "dutch_level": ""}, "Please choose a Dutch level."),
        ({"phone": "0470123456", "dutch_level": "7"}, "Please choose a Dutch level."),
        ({"phone": "0470123456", "locale": "xx"}, "Not a valid choice"),
    ],
)
def test_bad_input_gets_a_message_and_keeps_what_was_typed(
    client: FlaskClient, db: Session, counsellor: User, fields: dict, message: str
) -> None:
    login(client, counsellor.email)
    response = _add(client, **fields)
    assert response.status_code == 422
    assert message in _page(response)
    assert db.scalar(select(IntegratorProfile).where(IntegratorProfile.counsellor_id > 0)) is None


def test_script_tags_in_a_name_are_shown_escaped(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    login(client, counsellor.email)
    evil = "<script>alert(1)</script>"
    refused = _add(client, name=evil)  # no phone, no address: shown again
    assert refused.status_code == 422
    assert evil not in _page(refused)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _page(refused)
    saved = _add(client, name=evil, phone="0470 99 88 77")
    assert saved.status_code == 302
    letter = _page(client.get(saved.headers["Location"]))
    assert evil not in letter
    assert "&lt;script&gt;" in letter


def test_the_rule_refuses_a_person_without_phone_or_email(db: Session, counsellor: User) -> None:
    with pytest.raises(Refused) as refused:
        create_integrator(
            db,
            counsellor,
            name="Nobody",
            locale="nl",
            dutch_level=1,
            phone=" ",
            email=None,
            dossier_number=None,
        )
    assert refused.value.field == "contact"


def test_the_new_person_form_offers_every_language_and_level(
    client: FlaskClient, counsellor: User
) -> None:
    login(client, counsellor.email)
    page = _page(client.get(NEW))
    for name in ("العربية", "ትግርኛ", "Українська", "Nederlands"):
        assert name in page
    assert page.count('type="radio"') == 4
    assert "Does not yet understand or speak much Dutch" in page
    assert "A0–A1" in page
    assert "B1+" in page


# Who may see what ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/counsellor/", "/counsellor/integrators/new"])
def test_a_visitor_is_sent_to_sign_in(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_a_visitor_cannot_open_a_letter(client: FlaskClient, integrator: User) -> None:
    response = client.get(f"/counsellor/integrators/{integrator.id}/letter")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


@pytest.mark.parametrize("who", ["integrator", "staff", "admin"])
@pytest.mark.parametrize("path", ["/counsellor/", "/counsellor/integrators/new"])
def test_only_counsellors_use_the_counsellor_pages(
    client: FlaskClient, request: pytest.FixtureRequest, who: str, path: str
) -> None:
    person = request.getfixturevalue(who)
    login(client, person.email)
    assert client.get(path).status_code == 403
    if path.endswith("/new"):
        assert client.post(path, data=_form(client, NEW, phone="0470123456")).status_code == 403


def test_another_counsellors_integrator_is_out_of_reach(
    client: FlaskClient, db: Session, make_user: Callable[..., User], integrator: User
) -> None:
    other = make_user(Role.COUNSELLOR)
    login(client, other.email)
    assert client.get(f"/counsellor/integrators/{integrator.id}/letter").status_code == 403


@pytest.mark.parametrize("who", ["integrator", "staff"])
def test_integrators_and_staff_cannot_open_another_persons_letter(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    request: pytest.FixtureRequest,
    who: str,
) -> None:
    target = _new_integrator(db, counsellor)
    login(client, request.getfixturevalue(who).email)
    assert client.get(f"/counsellor/integrators/{target.id}/letter").status_code == 403


def test_an_integrator_cannot_open_even_their_own_letter(
    client: FlaskClient, integrator: User
) -> None:
    login(client, integrator.email)
    assert client.get(f"/counsellor/integrators/{integrator.id}/letter").status_code == 403


def test_an_admin_may_open_the_letter(client: FlaskClient, db: Session, counsellor, admin) -> None:
    target = _new_integrator(db, counsellor)
    login(client, admin.email)
    response = client.get(f"/counsellor/integrators/{target.id}/letter")
    assert response.status_code == 200
    assert CODE_SHAPE.search(_page(response))


@pytest.mark.parametrize("integrator_id", ["999999", "0", "abc", "99999999999"])
def test_an_unknown_letter_is_not_found(
    client: FlaskClient, counsellor: User, integrator_id: str
) -> None:
    login(client, counsellor.email)
    assert client.get(f"/counsellor/integrators/{integrator_id}/letter").status_code == 404


def test_a_counsellor_has_no_letter_for_another_counsellor(
    client: FlaskClient, counsellor: User, make_user: Callable[..., User]
) -> None:
    other = make_user(Role.COUNSELLOR)
    login(client, counsellor.email)
    assert client.get(f"/counsellor/integrators/{other.id}/letter").status_code == 404


# The caseload -------------------------------------------------------------------------------


def test_the_caseload_lists_my_people_with_a_letter_for_those_not_active(
    client: FlaskClient, db: Session, counsellor: User, integrator: User, make_user
) -> None:
    waiting = _new_integrator(db, counsellor, name="Waiting Person")
    someone_elses = make_user(
        Role.INTEGRATOR, name="Not Mine", counsellor=make_user(Role.COUNSELLOR)
    )
    login(client, counsellor.email)
    page = _page(client.get("/counsellor/?lang=en"))
    assert "My caseload (2)" in page
    assert 'href="/counsellor/integrators/new"' in page
    assert "Add a person" in page
    assert integrator.name in page
    assert "Waiting Person" in page
    assert someone_elses.name not in page
    assert f'href="/counsellor/integrators/{waiting.id}/letter"' in page
    assert f'href="/counsellor/integrators/{integrator.id}/letter"' not in page  # active


# The letter ---------------------------------------------------------------------------------


def test_the_letter_holds_the_link_its_qr_code_and_the_code(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor, locale="en")
    login(client, counsellor.email)
    response = client.get(f"/counsellor/integrators/{target.id}/letter?lang=en")
    assert response.status_code == 200
    page = _page(response)
    assert "Hello, " in page
    assert "Yonas Tesfay" in page
    link = re.search(r'href="(http://127\.0\.0\.1:5000/activate/[^"]+)"', page)
    assert link, "no activation link in the letter"
    assert page.count(link.group(1)) == 2  # as a link and written out
    assert "<svg" in page
    assert 'class="segno"' in page
    code = activation_code(SECRET, target)
    assert f"{code[:4]}-{code[4:]}" in page
    assert f"{BASE_URL}/activate<" in page  # the page to type the code on
    assert "0470 12 34 56" in page  # the phone number to type with it, as people write it
    assert "<script" not in page  # a printable page, no script


def test_the_letters_link_opens_the_activation_page(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    login(client, counsellor.email)
    page = _page(client.get(f"/counsellor/integrators/{target.id}/letter"))
    link = re.search(r'href="http://127\.0\.0\.1:5000(/activate/[^"]+)"', page).group(1)
    client.post("/logout", data={"csrf_token": csrf_token(client, "/logout")})
    assert client.get(link + "?lang=en").status_code == 200


@pytest.mark.parametrize(("locale", "direction"), [("ar", "rtl"), ("ti", "ltr"), ("fa", "rtl")])
def test_the_letter_speaks_the_integrators_language_inside_the_counsellors_page(
    client: FlaskClient, db: Session, counsellor: User, locale: str, direction: str
) -> None:
    target = _new_integrator(db, counsellor, locale=locale)
    login(client, counsellor.email)
    page = _page(client.get(f"/counsellor/integrators/{target.id}/letter?lang=en"))
    assert '<html lang="en" dir="ltr">' in page
    assert re.search(rf'<article class="letter" lang="{locale}" dir="{direction}"', page)
    assert "Print this letter" in page  # the counsellor's own words stay in English


def test_after_activation_the_letter_only_says_the_account_is_active(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    integrator.locale = "en"  # the letter speaks the integrator's language
    db.commit()
    login(client, counsellor.email)
    page = _page(client.get(f"/counsellor/integrators/{integrator.id}/letter?lang=en"))
    assert "already active" in page
    assert "/activate/" not in page
    assert "<svg" not in page
    assert not CODE_SHAPE.search(page)


# Activation by link -------------------------------------------------------------------------


def _set_password(client: FlaskClient, path: str, password: str = NEW_PASSWORD, repeat=None):
    token = csrf_token(client, path)
    return client.post(
        path,
        data={"csrf_token": token, "password": password, "repeat": repeat or password},
    )


def test_activation_by_link_sets_the_password_and_signs_in(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor, locale="en")
    path = "/activate/" + make_link_token(SECRET, Purpose.ACTIVATION, target)
    form = client.get(path + "?lang=en")
    assert form.status_code == 200
    assert "Choose your password" in _page(form)
    response = _set_password(client, path)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    home = _page(client.get("/?lang=en"))
    assert "Hello, Yonas Tesfay" in home
    db.expire_all()
    assert db.get(User, target.id).password_hash is not None
    [event] = _audit(db, "account.activated")
    assert event.target_id == target.id


def test_the_same_link_works_only_once(client: FlaskClient, db: Session, counsellor) -> None:
    target = _new_integrator(db, counsellor)
    path = "/activate/" + make_link_token(SECRET, Purpose.ACTIVATION, target)
    assert _set_password(client, path).status_code == 302
    again = client.get(path + "?lang=en")
    assert again.status_code == 400
    assert "This link does not work" in _page(again)
    posted = client.post(path, data={"password": "another one entirely", "repeat": "x"})
    assert posted.status_code == 400


@pytest.mark.parametrize(
    "token",
    ["not-a-token", "eyJ1IjoxfQ.aaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb", "x" * 600],
)
def test_a_forged_or_mangled_link_is_refused(client: FlaskClient, token: str) -> None:
    response = client.get(f"/activate/{token}?lang=en")
    assert response.status_code == 400
    assert "This link does not work" in _page(response)


def test_a_link_signed_with_another_secret_is_refused(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    token = make_link_token("some-other-secret", Purpose.ACTIVATION, target)
    assert client.get(f"/activate/{token}").status_code == 400


def test_a_password_reset_link_does_not_activate(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    token = make_link_token(SECRET, Purpose.PASSWORD_RESET, target)
    assert client.get(f"/activate/{token}").status_code == 400


def test_an_expired_link_says_to_ask_for_a_new_letter(
    client: FlaskClient, db: Session, counsellor: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _new_integrator(db, counsellor)

    class LongAgo(TimestampSigner):
        def get_timestamp(self) -> int:
            return super().get_timestamp() - 31 * 24 * 3600  # signed 31 days ago

    payload = make_link_token(SECRET, Purpose.ACTIVATION, target)
    data = URLSafeTimedSerializer(SECRET, salt=Purpose.ACTIVATION.value).loads(payload)
    old = URLSafeTimedSerializer(SECRET, salt=Purpose.ACTIVATION.value, signer=LongAgo).dumps(data)
    response = client.get(f"/activate/{old}?lang=en")
    assert response.status_code == 400
    page = _page(response)
    assert "too old" in page
    assert "ask your counsellor or organisation for a new letter" in page
    # The same with a shorter lifetime for links, for a token made just now.
    monkeypatch.setitem(links_module.MAX_AGE, Purpose.ACTIVATION, -1)
    assert client.get(f"/activate/{payload}").status_code == 400


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("tiny7", None, "Use at least 10 characters."),
        ("x" * 201, None, "Use at most 200 characters."),
        ("password123", None, "too easy to guess"),
        ("yonastesfay", None, "too easy to guess"),  # the person's own name
        (NEW_PASSWORD, "something else", "The two passwords are not the same."),
        ("", "", "Please choose a password."),
    ],
)
def test_a_weak_password_is_refused_beside_the_field(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    password: str,
    repeat: str | None,
    message: str,
) -> None:
    target = _new_integrator(db, counsellor)
    path = "/activate/" + make_link_token(SECRET, Purpose.ACTIVATION, target) + "?lang=en"
    response = _set_password(client, path, password, repeat)
    assert response.status_code == 422
    page = _page(response)
    assert message in page
    assert 'id="password-error"' in page or 'id="repeat-error"' in page
    assert password not in page or password == ""  # a password is never shown again
    db.expire_all()
    assert db.get(User, target.id).password_hash is None


def test_a_form_without_csrf_token_does_not_activate(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    path = "/activate/" + make_link_token(SECRET, Purpose.ACTIVATION, target)
    response = client.post(path, data={"password": NEW_PASSWORD, "repeat": NEW_PASSWORD})
    assert response.status_code == 400
    db.expire_all()
    assert db.get(User, target.id).password_hash is None


# Activation by code -------------------------------------------------------------------------


def _type_code(client: FlaskClient, identifier: str, code: str):
    token = csrf_token(client, "/activate?lang=en")
    return client.post(
        "/activate?lang=en", data={"csrf_token": token, "identifier": identifier, "code": code}
    )


def test_activation_by_phone_and_code_then_sign_in_by_phone(
    app: Flask, client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    code = activation_code(SECRET, target)
    typed = f"{code[:4]}-{code[4:]}".lower()
    response = _type_code(client, "0470 12 34 56", typed)
    assert response.status_code == 302
    path = response.headers["Location"]
    assert path.startswith("/activate/")
    assert _set_password(client, path).status_code == 302
    # A new browser: sign in with the phone number, written another way.
    other = app.test_client()
    signed_in = login(other, "+32 470 12 34 56", NEW_PASSWORD)
    assert signed_in.status_code == 302
    assert "Hello, Yonas Tesfay" in _page(other.get("/?lang=en"))
    # The code is used up with the first password.
    assert _type_code(client, "0470 12 34 56", code).status_code == 400


def test_activation_by_email_and_code(client: FlaskClient, db: Session, counsellor) -> None:
    target = _new_integrator(db, counsellor, phone=None, email="yonas@example.com")
    code = activation_code(SECRET, target)
    response = _type_code(client, " Yonas@Example.com ", f"{code[:4]} {code[4:]}")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/activate/")


@pytest.mark.parametrize("identifier", ["0470 12 34 56", "0499 00 00 00", "nobody@example.com"])
def test_a_wrong_code_or_unknown_account_gets_the_same_answer(
    client: FlaskClient, db: Session, counsellor: User, identifier: str
) -> None:
    _new_integrator(db, counsellor)
    response = _type_code(client, identifier, "ABCD-EFGH")
    assert response.status_code == 400
    page = _page(response)
    assert "This code does not fit this phone number or e-mail address." in page
    assert identifier in page  # what was typed is kept


def test_the_code_of_an_active_account_does_not_work(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    code = activation_code(SECRET, integrator)
    assert _type_code(client, integrator.email, code).status_code == 400


def test_empty_code_fields_get_a_message(client: FlaskClient) -> None:
    response = _type_code(client, "", "")
    assert response.status_code == 422
    page = _page(response)
    assert "Please fill in your phone number or e-mail address." in page
    assert "Please fill in the code from the letter." in page


def test_repeated_wrong_codes_are_slowed_down(
    client: FlaskClient, db: Session, counsellor: User
) -> None:
    target = _new_integrator(db, counsellor)
    statuses = [_type_code(client, "0470 12 34 56", "ABCD-EFGH").status_code for _ in range(9)]
    assert statuses[:8] == [400] * 8
    assert statuses[8] == 429
    # Even the right code waits now: the limit is per account, whatever was typed.
    assert _type_code(client, "0470 12 34 56", activation_code(SECRET, target)).status_code == 429


# Voluntary sign-up --------------------------------------------------------------------------


def _signup(client: FlaskClient, **fields: str):
    data = {
        "csrf_token": csrf_token(client, "/signup?lang=en"),
        "name": "Olena Kovalenko",
        "email": "olena@example.com",
        "locale": "uk",
        "dutch_level": "3",
        "password": NEW_PASSWORD,
        "repeat": NEW_PASSWORD,
    }
    data.update(fields)
    return client.post("/signup?lang=en", data=data)


def test_a_visitor_signs_up_as_a_voluntary_participant(client: FlaskClient, db: Session) -> None:
    page = _page(client.get("/signup?lang=en"))
    assert "Make an account" in page
    assert 'type="radio"' in page
    response = _signup(client, email=" Olena@Example.com")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert "Hello, Olena Kovalenko" in _page(client.get("/?lang=en"))
    user = _user(db, email="olena@example.com")
    assert user.role == Role.INTEGRATOR
    assert user.locale == "uk"
    assert user.integrator.voluntary is True
    assert user.integrator.counsellor_id is None
    assert user.integrator.dutch_level == 3
    assert db.scalar(select(Trajectory).where(Trajectory.integrator_id == user.id))
    assert [e.target_id for e in _audit(db, "account.signed_up")] == [user.id]
    [mail] = db.scalars(select(OutboxMail).where(OutboxMail.kind == "integrator_welcome"))
    assert mail.to_address == "olena@example.com"
    assert mail.locale == "uk"
    assert "Olena Kovalenko" in mail.body_text
    assert f"{BASE_URL}/activities" in mail.body_text
    # and the account signs in again later
    other = client.application.test_client()
    assert login(other, "olena@example.com", NEW_PASSWORD).status_code == 302


def test_signing_up_with_an_address_in_use_is_refused(
    client: FlaskClient, db: Session, integrator: User
) -> None:
    response = _signup(client, email=integrator.email.upper())
    assert response.status_code == 422
    page = _page(response)
    assert "There is already an account with this e-mail address." in page
    assert 'id="email-error"' in page
    assert "Olena Kovalenko" in page  # kept
    assert _user(db, name="Olena Kovalenko") is None
    assert db.scalar(select(OutboxMail)) is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "Please fill in your name."),
        ({"email": ""}, "Please fill in your e-mail address."),
        ({"email": "olena"}, "This is not an e-mail address."),
        ({"email": "o" * 250 + "@example.com"}, "This is too long."),
        ({"name": "O" * 201}, "This is too long."),
        ({"dutch_level": ""}, "Please choose your Dutch level."),
        ({"locale": "klingon"}, "Not a valid choice"),
        ({"password": "short", "repeat": "short"}, "Use at least 10 characters."),
        ({"password": "olena@example.com", "repeat": "olena@example.com"}, "too easy to guess"),
        ({"repeat": "not the same at all"}, "The two passwords are not the same."),
    ],
)
def test_bad_sign_up_input_gets_a_message(
    client: FlaskClient, db: Session, fields: dict, message: str
) -> None:
    response = _signup(client, **fields)
    assert response.status_code == 422
    assert message in _page(response)
    assert db.scalar(select(User)) is None


def test_an_empty_sign_up_form_gets_a_message_beside_every_field(client: FlaskClient) -> None:
    response = client.post(
        "/signup?lang=en", data={"csrf_token": csrf_token(client, "/signup?lang=en")}
    )
    assert response.status_code == 422
    page = _page(response)
    for field in ("name", "email", "dutch_level", "password", "repeat"):
        assert f'id="{field}-error"' in page


def test_script_tags_at_sign_up_are_shown_escaped(client: FlaskClient, db: Session) -> None:
    evil = '"><script>alert(1)</script>'
    response = _signup(client, name=evil, email="bad")
    assert response.status_code == 422
    page = _page(response)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    saved = _signup(client, name=evil)
    assert saved.status_code == 302
    home = _page(client.get("/?lang=en"))
    assert "<script>alert(1)" not in home
    assert _user(db, email="olena@example.com").name == evil


def test_sign_up_without_csrf_token_is_refused(client: FlaskClient, db: Session) -> None:
    response = client.post(
        "/signup",
        data={
            "name": "Olena",
            "email": "olena@example.com",
            "locale": "uk",
            "dutch_level": "3",
            "password": NEW_PASSWORD,
            "repeat": NEW_PASSWORD,
        },
    )
    assert response.status_code == 400
    assert db.scalar(select(User)) is None


def test_a_signed_in_person_is_sent_home_from_sign_up(
    client: FlaskClient, integrator: User
) -> None:
    login(client, integrator.email)
    assert client.get("/signup").headers["Location"] == "/"


def test_the_sign_up_rule_checks_the_password_too(db: Session) -> None:
    with pytest.raises(Refused) as refused:
        sign_up_voluntary(
            db,
            name="Olena",
            email="olena@example.com",
            password="short",
            locale="uk",
            dutch_level=3,
            today=date(2026, 3, 1),
        )
    assert (refused.value.field, refused.value.reason) == ("password", "too_short")


# In a real browser: the letter in Arabic and Tigrinya ---------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize(
    ("locale", "name"), [("ar", "أمينة الحداد"), ("ti", "ዮናስ ተስፋይ")], ids=["ar", "ti"]
)
def test_the_letter_in_a_browser_on_screen_and_on_paper(
    page, phone, live_server: str, counsellor: User, locale: str, name: str
) -> None:

    page.goto(f"{live_server}/login?lang=en")
    page.get_by_label("E-mail address or phone number").fill(counsellor.email)
    page.get_by_label("Password").fill("demo-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/")
    page.goto(f"{live_server}/counsellor/integrators/new?lang=en")
    page.get_by_label("Name, as the person writes it").fill(name)
    page.get_by_label("Language of the letter and the platform").select_option(locale)
    page.get_by_label("Dutch level 1 of 4").check()
    page.get_by_label("Phone number").fill("0470 12 34 56")
    shot(page, f"new-integrator-{locale}")
    page.get_by_role("button", name="Save and make the letter").click()
    page.wait_for_url("**/letter")
    letter = page.locator("article.letter")
    assert letter.get_attribute("lang") == locale
    assert letter.get_attribute("dir") == ("rtl" if locale == "ar" else "ltr")
    assert letter.locator("svg").bounding_box()["width"] >= 100
    assert serious_violations(page) == []
    shot(page, f"letter-{locale}")
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".letter-tools").is_hidden()
    expect(letter).to_be_visible()
    shot(page, f"letter-{locale}-print")
    # On a phone, nothing sticks out sideways.
    phone.context.add_cookies(page.context.cookies())
    phone.goto(page.url)
    width = page_width(phone)
    assert width <= 360, f"the letter is {width}px wide on a 360px phone"
    shot(phone, f"letter-{locale}-phone")


@pytest.mark.browser
def test_sign_up_and_the_code_page_on_a_phone_in_arabic(phone, live_server: str) -> None:

    for path in ("/activate?lang=ar", "/signup?lang=ar"):
        phone.goto(live_server + path)
        assert phone.locator("html").get_attribute("dir") == "rtl"
        assert page_width(phone) <= 360
        assert serious_violations(phone) == [], path
    phone.locator("#name").fill("أمينة الحداد")
    phone.locator("#email").fill("amina@example.com")
    phone.locator("#dutch_level-1").check()
    phone.locator("#password").fill(NEW_PASSWORD)
    phone.locator("#repeat").fill("not the same")
    phone.locator("button[type=submit]").click()
    expect(phone.locator("#repeat-error")).to_be_visible()
    assert phone.locator("#name").input_value() == "أمينة الحداد"  # kept
    shot(phone, "signup-phone-ar")
    phone.locator("#password").fill(NEW_PASSWORD)
    phone.locator("#repeat").fill(NEW_PASSWORD)
    phone.locator("button[type=submit]").click()
    phone.wait_for_url(f"{live_server}/")
    assert phone.locator("html").get_attribute("lang") == "ar"  # her own language from now on
