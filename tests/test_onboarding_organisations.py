"""Organisations register themselves, admins approve or reject them, staff invite
colleagues, admins create counsellors: through the real forms, per role, with bad input."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    AuditEvent,
    Membership,
    Organisation,
    OutboxMail,
    User,
)
from models.integrators import Refused
from models.onboarding import (
    DetailRefused,
    OrganisationDetails,
    normalise_website,
    register_organisation,
)
from models.passwords import check_password
from models.reference import ActivityStatus, OrganisationStatus, Role

from .factories import make_activity
from .helpers import csrf_token, login

REGISTER = "/organisations/register?lang=en"
STAFF_PAGE = "/organisation/staff?lang=en"
QUEUE = "/admin/organisations?lang=en"
COUNSELLORS = "/admin/counsellors?lang=en"
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
STRONG_PASSWORD = "blue-kettle-on-the-roof"


def _registration(**changes: str) -> dict[str, str]:
    data = {
        "organisation_name": "Buurthuis De Linde",
        "street": "Lindestraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "phone": "09 123 45 67",
        "website": "www.delinde.be",
        "description": "Koffie en babbel op dinsdag.",
        "name": "Anna Peeters",
        "email": "anna@delinde.test",
        "password": STRONG_PASSWORD,
        "repeat": STRONG_PASSWORD,
    }
    data.update(changes)
    return data


def _register(client: FlaskClient, **changes: str):
    token = csrf_token(client, REGISTER)
    return client.post(REGISTER, data={"csrf_token": token, **_registration(**changes)})


def _fresh(db: Session) -> None:
    """See what the requests committed: end this session's snapshot and forget what it read."""
    db.rollback()
    db.expire_all()


def _count(db: Session, model) -> int:
    _fresh(db)
    return db.scalar(select(func.count()).select_from(model)) or 0


def _mails(db: Session, kind: str) -> list[OutboxMail]:
    _fresh(db)
    return list(db.scalars(select(OutboxMail).where(OutboxMail.kind == kind)))


def _audit(db: Session, action: str) -> list[AuditEvent]:
    _fresh(db)
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _post(client: FlaskClient, form_page: str, target: str, **data: str):
    return client.post(target, data={"csrf_token": csrf_token(client, form_page), **data})


# Registering -------------------------------------------------------------------------------


def test_the_registration_form_is_public(client: FlaskClient) -> None:
    page = client.get(REGISTER)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Register your organisation" in text
    for label in ("Name of the organisation", "Postcode", "Your e-mail address", "Password"):
        assert label in text


def test_an_organisation_registers_and_its_staff_member_is_signed_in(
    client: FlaskClient, db: Session
) -> None:
    response = _register(client, email="  Anna@DeLinde.TEST ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"

    organisation = db.scalar(select(Organisation).where(Organisation.name == "Buurthuis De Linde"))
    assert organisation is not None
    assert organisation.status == OrganisationStatus.PENDING
    assert (organisation.postcode, organisation.municipality) == ("9000", "Gent")
    assert organisation.website == "https://www.delinde.be"
    assert organisation.contact_email == "anna@delinde.test"
    assert organisation.contact_phone == "09 123 45 67"

    user = db.scalar(select(User).where(User.email == "anna@delinde.test"))
    assert user is not None  # stored lower-cased and trimmed
    assert user.role == Role.ORGANISATION_STAFF
    assert user.locale == "en"  # the language the form was filled in
    assert check_password(user, STRONG_PASSWORD)
    membership = db.scalar(select(Membership).where(Membership.user_id == user.id))
    assert membership is not None
    assert membership.organisation_id == organisation.id
    assert membership.is_manager

    [event] = _audit(db, "organisation.registered")
    assert (event.actor_id, event.target_type, event.target_id) == (
        user.id,
        "organisations",
        organisation.id,
    )
    [mail] = _mails(db, "organisation_registered")
    assert mail.to_address == "anna@delinde.test"
    assert mail.locale == "en"
    assert "Buurthuis De Linde" in mail.subject

    home = client.get("/?lang=en").get_data(as_text=True)
    assert "Hello, Anna Peeters" in home
    assert "Waiting for approval" in home


def test_a_signed_in_person_is_not_asked_to_register(client: FlaskClient, staff: User) -> None:
    login(client, staff.email)
    response = client.get(REGISTER)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_activities_of_a_pending_organisation_are_public_only_after_approval(
    client: FlaskClient, db: Session, admin: User
) -> None:
    _register(client)
    organisation = db.scalar(select(Organisation).where(Organisation.name == "Buurthuis De Linde"))
    activity = make_activity(
        db, organisation, "Praatcafé De Linde", status=ActivityStatus.PUBLISHED
    )
    assert client.get(f"/activities/{activity.id}").status_code == 404
    assert "Praatcafé De Linde" not in client.get("/activities").get_data(as_text=True)

    visitor = client.application.test_client()
    login(visitor, admin.email)
    approved = _post(visitor, QUEUE, f"/admin/organisations/{organisation.id}/approve")
    assert approved.status_code == 302
    assert client.get(f"/activities/{activity.id}").status_code == 200


def test_an_e_mail_address_in_use_is_refused_beside_the_field(
    client: FlaskClient, db: Session, staff: User
) -> None:
    response = _register(client, email=staff.email.upper())
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "There is already an account with this e-mail address." in page
    assert 'id="email-error"' in page
    assert "Buurthuis De Linde" in page  # what was typed is kept
    assert _count(db, Organisation) == 1  # only the fixture's
    assert _mails(db, "organisation_registered") == []


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password123", "This password is too easy to guess."),
        ("short", "Use at least 10 characters."),
        ("x" * 201, "Use at most 200 characters."),
        ("Anna Peeters", "This password is too easy to guess."),  # the person's own name
        ("anna@delinde.test", "This password is too easy to guess."),
    ],
)
def test_a_weak_password_is_refused_with_a_clear_message(
    client: FlaskClient, db: Session, password: str, message: str
) -> None:
    response = _register(client, password=password, repeat=password)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page
    assert 'id="password-error"' in page
    assert password not in page.split('id="password"')[1].split(">")[0]  # never echoed
    assert _count(db, User) == 0


def test_the_two_passwords_must_be_the_same(client: FlaskClient) -> None:
    response = _register(client, repeat=STRONG_PASSWORD + "!")
    assert response.status_code == 422
    assert "The two passwords are not the same." in response.get_data(as_text=True)


def test_empty_fields_get_a_message_beside_each(client: FlaskClient, db: Session) -> None:
    empty = dict.fromkeys(_registration(), "")
    response = _register(client, **empty)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    for message in (
        "Please fill in the name of the organisation.",
        "Please fill in the street and number.",
        "Please fill in the postcode.",
        "Please fill in the municipality.",
        "Please fill in a phone number.",
        "Please fill in your name.",
        "Please fill in your e-mail address.",
        "Please choose a password.",
    ):
        assert message in page
    assert "website-error" not in page  # optional
    assert "description-error" not in page
    assert _count(db, Organisation) == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("organisation_name", "x" * 300, "This is too long."),
        ("street", "x" * 300, "This is too long."),
        ("municipality", "x" * 300, "This is too long."),
        ("name", "x" * 300, "This is too long."),
        ("email", "a" * 300 + "@example.test", "This is too long."),
        ("description", "x" * 3000, "This is too long."),
        ("website", "https://example.be/" + "x" * 300, "This is too long."),
        ("postcode", "12a4", "A postcode has 4 digits."),
        ("postcode", "0999", "A postcode has 4 digits."),
        ("postcode", "12345", "A postcode has 4 digits."),
        ("phone", "call me", "This is not a phone number."),
        ("email", "anna-at-delinde", "This is not an e-mail address."),
        ("website", "javascript:alert(1)", "This is not a web address."),
        ("website", "not a site", "This is not a web address."),
    ],
)
def test_bad_input_is_refused_and_what_was_typed_is_kept(
    client: FlaskClient, db: Session, field: str, value: str, message: str
) -> None:
    response = _register(client, **{field: value})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page
    assert f'id="{field}-error"' in page
    assert "Lindestraat 12" in page or field == "street"
    assert _count(db, Organisation) == 0


def test_script_tags_are_shown_as_text_never_run(
    client: FlaskClient, db: Session, admin: User
) -> None:
    refused = _register(client, organisation_name=SCRIPT, postcode="bad")
    assert refused.status_code == 422
    assert SCRIPT not in refused.get_data(as_text=True)
    assert ESCAPED_SCRIPT in refused.get_data(as_text=True)

    assert _register(client, organisation_name=SCRIPT, name=SCRIPT).status_code == 302
    home = client.get("/?lang=en").get_data(as_text=True)
    assert SCRIPT not in home
    assert ESCAPED_SCRIPT in home

    login(client, admin.email)  # a new session: the admin now
    queue = client.get(QUEUE).get_data(as_text=True)
    assert SCRIPT not in queue
    assert ESCAPED_SCRIPT in queue


def test_names_in_other_scripts_are_accepted_and_shown(
    client: FlaskClient, db: Session, admin: User
) -> None:
    response = _register(
        client,
        organisation_name="جمعية الجيران",
        name="Олена Коваленко",
        municipality="Brussel",
        description="Ми говоримо нідерландською.",
    )
    assert response.status_code == 302
    home = client.get("/?lang=en").get_data(as_text=True)
    assert "Олена Коваленко" in home
    assert "جمعية الجيران" in home
    login(client, admin.email)
    queue = client.get(QUEUE).get_data(as_text=True)
    assert "جمعية الجيران" in queue
    assert "Олена Коваленко" in queue


@pytest.mark.parametrize(
    "path",
    [
        "/organisations/register",
        "/organisation/staff",
        "/admin/counsellors",
        "/admin/organisations/1/approve",
        "/admin/organisations/1/reject",
    ],
)
def test_a_form_without_csrf_token_is_refused(client: FlaskClient, db: Session, path: str) -> None:
    response = client.post(path, data=_registration(reason="no"))
    assert response.status_code == 400
    assert _count(db, Organisation) == 0
    assert _count(db, User) == 0


# The rules themselves ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.example.be", "https://www.example.be"),
        ("http://example.be/over-ons", "http://example.be/over-ons"),
        ("HTTPS://Example.be", "HTTPS://Example.be"),
    ],
)
def test_web_addresses_become_links(typed: str, stored: str) -> None:
    assert normalise_website(typed) == stored


@pytest.mark.parametrize(
    "typed", ["javascript:alert(1)", "mailto:a@b.be", "localhost", "ftp://example.be", "a b.be"]
)
def test_only_web_addresses_are_links(typed: str) -> None:
    with pytest.raises(DetailRefused):
        normalise_website(typed)


def test_the_rule_refuses_what_a_form_might_let_through(db: Session, staff: User) -> None:
    details = OrganisationDetails(
        name="De Linde", street="Lindestraat 1", postcode="9000", municipality="Gent", phone=""
    )
    with pytest.raises(DetailRefused) as missing:
        register_organisation(
            db, details, staff_name="A", email="a@b.test", password=STRONG_PASSWORD, locale="nl"
        )
    assert missing.value.field == "phone"
    details = OrganisationDetails(
        name="De Linde",
        street="Lindestraat 1",
        postcode="9000",
        municipality="Gent",
        phone="0470 12 34 56",
    )
    with pytest.raises(Refused) as taken:
        register_organisation(
            db, details, staff_name="A", email=staff.email, password=STRONG_PASSWORD, locale="nl"
        )
    assert taken.value.reason == "taken"
    with pytest.raises(Refused) as weak:
        register_organisation(
            db, details, staff_name="A", email="new@b.test", password="password123", locale="nl"
        )
    assert weak.value.field.value == "password"


# The admin's queue -------------------------------------------------------------------------


def _org(db: Session, name: str, status: OrganisationStatus) -> Organisation:
    found = Organisation(name=name, municipality="Mechelen", status=status)
    db.add(found)
    db.commit()
    return found


def test_the_queue_shows_pending_organisations_first_and_filters(
    client: FlaskClient, db: Session, admin: User
) -> None:
    _org(db, "Approved Club", OrganisationStatus.APPROVED)
    _org(db, "Rejected Club", OrganisationStatus.REJECTED)
    _org(db, "Pending Club", OrganisationStatus.PENDING)
    login(client, admin.email)
    page = client.get(QUEUE).get_data(as_text=True)
    assert page.index("Pending Club") < page.index("Approved Club") < page.index("Rejected Club")
    assert "Waiting for approval (1)" in page

    only_pending = client.get(QUEUE + "&status=pending").get_data(as_text=True)
    assert "Pending Club" in only_pending
    assert "Approved Club" not in only_pending
    only_rejected = client.get(QUEUE + "&status=rejected").get_data(as_text=True)
    assert "Rejected Club" in only_rejected
    assert "Pending Club" not in only_rejected


@pytest.mark.parametrize("query", ["status=bogus", "page=0", "page=abc", "page=99999999999"])
def test_a_malformed_filter_is_a_400(client: FlaskClient, admin: User, query: str) -> None:
    login(client, admin.email)
    assert client.get(f"{QUEUE}&{query}").status_code == 400


def test_approving_tells_every_staff_member_in_their_own_language(
    client: FlaskClient, db: Session, admin: User, make_user: Callable[..., User]
) -> None:
    organisation = _org(db, "Pending Club", OrganisationStatus.PENDING)
    dutch = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="nl")
    arabic = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="ar")
    login(client, admin.email)

    response = _post(client, QUEUE, f"/admin/organisations/{organisation.id}/approve?lang=en")
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/organisations"
    _fresh(db)
    assert organisation.status == OrganisationStatus.APPROVED
    assert organisation.approved_by_id == admin.id
    assert organisation.approved_at is not None
    mails = {mail.to_address: mail for mail in _mails(db, "organisation_approved")}
    assert set(mails) == {dutch.email, arabic.email}
    assert mails[dutch.email].locale == "nl"
    assert mails[arabic.email].locale == "ar"
    assert [e.target_id for e in _audit(db, "organisation.approved")] == [organisation.id]
    assert "Approved: Pending Club" in client.get(QUEUE).get_data(as_text=True)

    again = _post(client, QUEUE, f"/admin/organisations/{organisation.id}/approve")
    assert again.status_code == 302
    assert len(_mails(db, "organisation_approved")) == 2  # no second mail
    assert len(_audit(db, "organisation.approved")) == 1


def test_rejecting_needs_a_reason_and_tells_the_staff_why(
    client: FlaskClient, db: Session, admin: User, make_user: Callable[..., User]
) -> None:
    organisation = _org(db, "Pending Club", OrganisationStatus.PENDING)
    staff_member = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="en")
    login(client, admin.email)
    form_page = f"/admin/organisations/{organisation.id}/reject?lang=en"
    page = client.get(form_page)
    assert page.status_code == 200
    assert "Pending Club" in page.get_data(as_text=True)

    for reason in ("", "   "):
        refused = _post(client, form_page, form_page, reason=reason)
        assert refused.status_code == 422
        assert "Please write why." in refused.get_data(as_text=True)
    too_long = _post(client, form_page, form_page, reason="x" * 1001)
    assert too_long.status_code == 422
    assert "This is too long." in too_long.get_data(as_text=True)
    _fresh(db)
    assert organisation.status == OrganisationStatus.PENDING
    assert _mails(db, "organisation_rejected") == []

    reason = "We could not reach you by phone. Мы не смогли."
    response = _post(client, form_page, form_page + "&status=pending", reason=reason)
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/organisations?status=pending"
    _fresh(db)
    assert organisation.status == OrganisationStatus.REJECTED
    assert organisation.rejection_reason == reason
    [mail] = _mails(db, "organisation_rejected")
    assert mail.to_address == staff_member.email
    assert mail.locale == "en"
    assert reason in mail.body_text
    [event] = _audit(db, "organisation.rejected")
    assert event.details["reason"] == reason
    assert reason in client.get(QUEUE + "&status=rejected").get_data(as_text=True)


def test_a_reason_with_a_script_is_shown_as_text(
    client: FlaskClient, db: Session, admin: User
) -> None:
    organisation = _org(db, "Pending Club", OrganisationStatus.PENDING)
    login(client, admin.email)
    form_page = f"/admin/organisations/{organisation.id}/reject?lang=en"
    refused = _post(client, form_page, form_page, reason=SCRIPT + "x" * 1000)
    assert refused.status_code == 422
    assert SCRIPT not in refused.get_data(as_text=True)
    assert _post(client, form_page, form_page, reason=SCRIPT).status_code == 302
    queue = client.get(QUEUE).get_data(as_text=True)
    assert SCRIPT not in queue
    assert ESCAPED_SCRIPT in queue


def test_an_unknown_organisation_is_a_404(client: FlaskClient, admin: User) -> None:
    login(client, admin.email)
    assert _post(client, QUEUE, "/admin/organisations/999/approve").status_code == 404
    assert client.get("/admin/organisations/999/reject").status_code == 404


ADMIN_PAGES = [
    ("get", "/admin/organisations"),
    ("get", "/admin/organisations/{id}/reject"),
    ("post", "/admin/organisations/{id}/approve"),
    ("post", "/admin/organisations/{id}/reject"),
    ("get", "/admin/counsellors"),
    ("post", "/admin/counsellors"),
]


@pytest.mark.parametrize("who", ["integrator", "counsellor", "staff"])
@pytest.mark.parametrize(("method", "path"), ADMIN_PAGES)
def test_only_admins_reach_the_admin_pages(
    request: pytest.FixtureRequest,
    client: FlaskClient,
    db: Session,
    who: str,
    method: str,
    path: str,
) -> None:
    person: User = request.getfixturevalue(who)
    organisation = _org(db, "Pending Club", OrganisationStatus.PENDING)
    login(client, person.email)
    token = csrf_token(client, "/login")  # a valid token, so only the role decides
    url = path.format(id=organisation.id)
    data = {"csrf_token": token, "reason": "no", "name": "X", "email": "x@y.test", "locale": "nl"}
    response = client.get(url) if method == "get" else client.post(url, data=data)
    assert response.status_code == 403
    _fresh(db)
    assert organisation.status == OrganisationStatus.PENDING
    assert _mails(db, "counsellor_invitation") == []


@pytest.mark.parametrize(("method", "path"), ADMIN_PAGES)
def test_visitors_are_sent_to_sign_in(
    client: FlaskClient, db: Session, method: str, path: str
) -> None:
    organisation = _org(db, "Pending Club", OrganisationStatus.PENDING)
    url = path.format(id=organisation.id)
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, data={"csrf_token": csrf_token(client, "/login")})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


# Staff invite colleagues -------------------------------------------------------------------


def _invite(client: FlaskClient, **data: str):
    fields = {"name": "Karim Haddad", "email": "karim@example.test", "locale": "fr"}
    fields.update(data)
    return _post(client, STAFF_PAGE, STAFF_PAGE, **fields)


def test_staff_invite_a_colleague_who_gets_an_activation_link(
    client: FlaskClient, db: Session, staff: User, organisation: Organisation
) -> None:
    login(client, staff.email)
    page = client.get(STAFF_PAGE)
    assert page.status_code == 200
    assert staff.name in page.get_data(as_text=True)

    response = _invite(client, email=" Karim@Example.TEST ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/organisation/staff"
    colleague = db.scalar(select(User).where(User.email == "karim@example.test"))
    assert colleague is not None
    assert colleague.role == Role.ORGANISATION_STAFF
    assert colleague.password_hash is None
    assert colleague.locale == "fr"
    membership = db.scalar(select(Membership).where(Membership.user_id == colleague.id))
    assert membership.organisation_id == organisation.id
    assert not membership.is_manager
    [event] = _audit(db, "staff.invited")
    assert (event.actor_id, event.target_id) == (staff.id, colleague.id)
    [mail] = _mails(db, "staff_invitation")
    assert mail.to_address == "karim@example.test"
    assert mail.locale == "fr"
    link = next(line for line in mail.body_text.splitlines() if "/activate/" in line)
    assert link.startswith("http://127.0.0.1:5000/activate/")

    listed = client.get(STAFF_PAGE).get_data(as_text=True)
    assert "We sent an invitation to Karim Haddad." in listed
    assert "Invited, no password yet" in listed

    colleague_browser = client.application.test_client()
    assert colleague_browser.get(link.removeprefix("http://127.0.0.1:5000")).status_code == 200


def test_an_address_in_use_cannot_be_invited(
    client: FlaskClient, db: Session, staff: User, integrator: User
) -> None:
    login(client, staff.email)
    response = _invite(client, email=integrator.email.upper())
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "There is already an account with this e-mail address." in page
    assert 'id="email-error"' in page
    assert "Karim Haddad" in page  # kept
    assert _mails(db, "staff_invitation") == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Please fill in the name."),
        ("email", "", "Please fill in the e-mail address."),
        ("name", "x" * 300, "This is too long."),
        ("email", "k" * 300 + "@example.test", "This is too long."),
        ("email", "karim", "This is not an e-mail address."),
        ("locale", "xx", "Please choose a language."),
    ],
)
def test_bad_invitations_are_refused(
    client: FlaskClient, db: Session, staff: User, field: str, value: str, message: str
) -> None:
    login(client, staff.email)
    response = _invite(client, **{field: value})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert _count(db, User) == 1


def test_invited_names_in_any_script_are_shown_escaped(
    client: FlaskClient, db: Session, staff: User
) -> None:
    login(client, staff.email)
    assert _invite(client, name="فاطمة الزهراء", email="f@example.test").status_code == 302
    assert _invite(client, name="Дмитро " + SCRIPT, email="d@example.test").status_code == 302
    page = client.get(STAFF_PAGE).get_data(as_text=True)
    assert "فاطمة الزهراء" in page
    assert "Дмитро " + ESCAPED_SCRIPT in page
    assert SCRIPT not in page


def test_staff_see_and_invite_only_for_their_own_organisation(
    client: FlaskClient,
    db: Session,
    staff: User,
    organisation: Organisation,
    make_user: Callable[..., User],
) -> None:
    other = _org(db, "Other Club", OrganisationStatus.APPROVED)
    outsider = make_user(Role.ORGANISATION_STAFF, organisation=other, name="Olaf Outsider")
    login(client, outsider.email)
    page = client.get(STAFF_PAGE).get_data(as_text=True)
    assert "Other Club" in page
    assert staff.name not in page
    assert organisation.name not in page
    assert _invite(client).status_code == 302
    colleague = db.scalar(select(User).where(User.email == "karim@example.test"))
    membership = db.scalar(select(Membership).where(Membership.user_id == colleague.id))
    assert membership.organisation_id == other.id


@pytest.mark.parametrize("who", ["integrator", "counsellor", "admin"])
def test_only_staff_reach_the_staff_page(
    request: pytest.FixtureRequest, client: FlaskClient, db: Session, who: str
) -> None:
    person: User = request.getfixturevalue(who)
    login(client, person.email)
    assert client.get(STAFF_PAGE).status_code == 403
    token = csrf_token(client, "/login")
    data = {"csrf_token": token, "name": "X", "email": "x@example.test", "locale": "nl"}
    assert client.post(STAFF_PAGE, data=data).status_code == 403
    assert _mails(db, "staff_invitation") == []


def test_staff_without_an_organisation_get_a_403(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    loner = make_user(Role.ORGANISATION_STAFF)
    login(client, loner.email)
    assert client.get(STAFF_PAGE).status_code == 403


def test_visitors_are_sent_to_sign_in_for_the_staff_page(client: FlaskClient) -> None:
    response = client.get(STAFF_PAGE)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


# Admins create counsellors -----------------------------------------------------------------


def _new_counsellor(client: FlaskClient, **data: str):
    fields = {"name": "Sofie Janssens", "email": "sofie@agency.test", "locale": "nl"}
    fields.update(data)
    return _post(client, COUNSELLORS, COUNSELLORS, **fields)


def test_the_admin_sees_counsellors_with_their_caseload_size(
    client: FlaskClient, admin: User, counsellor: User, integrator: User
) -> None:
    login(client, admin.email)
    page = client.get(COUNSELLORS).get_data(as_text=True)
    row = page.split(counsellor.name)[1].split("</tr>")[0]
    assert "<td>1</td>" in row


def test_an_admin_creates_a_counsellor_who_gets_an_activation_link(
    client: FlaskClient, db: Session, admin: User
) -> None:
    login(client, admin.email)
    response = _new_counsellor(client, name="Олена Шевченко", locale="uk")
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/counsellors"
    created = db.scalar(select(User).where(User.email == "sofie@agency.test"))
    assert created.role == Role.COUNSELLOR
    assert created.password_hash is None
    assert created.name == "Олена Шевченко"
    [event] = _audit(db, "counsellor.created")
    assert (event.actor_id, event.target_id) == (admin.id, created.id)
    [mail] = _mails(db, "counsellor_invitation")
    assert mail.locale == "uk"
    assert "http://127.0.0.1:5000/activate/" in mail.body_text
    page = client.get(COUNSELLORS).get_data(as_text=True)
    assert "Олена Шевченко" in page
    assert "Invited, no password yet" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": ""}, "Please fill in the name."),
        ({"email": ""}, "Please fill in the e-mail address."),
        ({"name": "x" * 300}, "This is too long."),
        ({"email": "s" * 300 + "@agency.test"}, "This is too long."),
        ({"email": "sofie"}, "This is not an e-mail address."),
        ({"locale": "klingon"}, "Please choose a language."),
        ({"email": "THE ADMIN"}, "There is already an account with this e-mail address."),
    ],
)
def test_bad_counsellors_are_refused(
    client: FlaskClient, db: Session, admin: User, data: dict[str, str], message: str
) -> None:
    login(client, admin.email)
    if data.get("email") == "THE ADMIN":
        data = {"email": admin.email.upper()}
    response = _new_counsellor(client, **data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert _count(db, User) == 1
    assert _mails(db, "counsellor_invitation") == []


def test_a_counsellor_name_with_a_script_is_shown_as_text(client: FlaskClient, admin: User) -> None:
    login(client, admin.email)
    refused = _new_counsellor(client, name=SCRIPT, email="bad")
    assert refused.status_code == 422
    assert SCRIPT not in refused.get_data(as_text=True)
    assert ESCAPED_SCRIPT in refused.get_data(as_text=True)
    assert _new_counsellor(client, name=SCRIPT).status_code == 302
    page = client.get(COUNSELLORS).get_data(as_text=True)
    assert SCRIPT not in page
    assert ESCAPED_SCRIPT in page


def test_the_demo_admin_finds_the_waiting_demo_organisation_first(
    demo_client: FlaskClient, demo_db: Session
) -> None:
    waiting = demo_db.scalar(
        select(Organisation).where(Organisation.status == OrganisationStatus.PENDING)
    )
    login(demo_client, "admin@demo.test")
    page = demo_client.get(QUEUE).get_data(as_text=True)
    first = page.split('class="org-card"')[1]
    assert waiting.name in first.split("</h2>")[0]
