"""The admin's moderation: hide an activity with a reason (its staff are told), show it
again, and (dis)trust organisations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, Organisation, User
from models.audit import AuditEvent
from models.outbox import OutboxMail
from models.reference import ActivityStatus, Role

from .factories import make_activity
from .helpers import csrf_token, login, reread


@pytest.fixture
def activity(db: Session, organisation: Organisation) -> Activity:
    return make_activity(db, organisation, "Zwemmen", titles={"en": "Swimming"})


@pytest.fixture
def as_admin(client: FlaskClient, admin: User) -> FlaskClient:
    login(client, admin.email)
    return client


def _token(client: FlaskClient) -> str:
    return csrf_token(client, "/admin/activities")


def test_the_list_shows_every_activity_and_filters_by_status(
    as_admin: FlaskClient, activity: Activity
) -> None:
    page = as_admin.get("/admin/activities?lang=en").get_data(as_text=True)
    assert "Zwemmen" in page
    assert "Buurtcentrum Test" in page
    hidden = as_admin.get("/admin/activities?status=hidden&lang=en").get_data(as_text=True)
    assert "Zwemmen" not in hidden
    assert as_admin.get("/admin/activities?status=bogus").status_code == 400
    assert as_admin.get("/admin/activities?page=0").status_code == 400
    assert as_admin.get("/admin/activities?page=5").status_code == 404
    assert "/admin/activities" in as_admin.get("/?lang=en").get_data(as_text=True)


def test_hiding_needs_a_reason_and_tells_the_staff_in_their_language(
    as_admin: FlaskClient,
    db: Session,
    activity: Activity,
    organisation: Organisation,
    make_user: Callable[..., User],
) -> None:
    english = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="en")
    dutch = make_user(Role.ORGANISATION_STAFF, organisation=organisation, locale="nl")
    path = f"/admin/activities/{activity.id}/hide?lang=en"
    assert as_admin.get(path).status_code == 200
    token = csrf_token(as_admin, path)
    response = as_admin.post(path, data={"csrf_token": token, "reason": "   "})
    assert response.status_code == 422
    assert "Please write why." in response.get_data(as_text=True)
    response = as_admin.post(path, data={"csrf_token": token, "reason": "x" * 2001})
    assert response.status_code == 422
    assert as_admin.post(path, data={"reason": "Reclame"}).status_code == 400
    response = as_admin.post(path, data={"csrf_token": token, "reason": "<b>Reclame</b>"})
    assert response.status_code == 302
    reread(db)
    hidden = db.get(Activity, activity.id)
    assert hidden.status == ActivityStatus.HIDDEN
    assert hidden.hidden_reason == "<b>Reclame</b>"
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "activity.hidden"))
    mails = db.scalars(select(OutboxMail).where(OutboxMail.kind == "activity_hidden")).all()
    assert {(m.to_address, m.locale) for m in mails} == {(english.email, "en"), (dutch.email, "nl")}
    assert next(m for m in mails if m.locale == "en").subject == "Your activity is hidden: Swimming"
    assert as_admin.get(f"/activities/{activity.id}").status_code == 404
    assert as_admin.get("/api/v1/activities?q=zwemmen").get_json()["items"] == []
    list_page = as_admin.get("/admin/activities?lang=en").get_data(as_text=True)
    assert "&lt;b&gt;Reclame&lt;/b&gt;" in list_page


def test_staff_cannot_put_a_hidden_activity_online(
    client: FlaskClient, db: Session, activity: Activity, staff: User
) -> None:
    activity.status, activity.hidden_reason = ActivityStatus.HIDDEN, "Reclame"
    db.commit()
    login(client, staff.email)
    page = client.get("/organisation/activities?lang=en").get_data(as_text=True)
    assert "Hidden by an administrator" in page
    assert "Reclame" in page
    token = csrf_token(client, f"/organisation/activities/{activity.id}/edit")
    response = client.post(
        f"/organisation/activities/{activity.id}/publish?lang=en",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert "An administrator hid this activity" in response.get_data(as_text=True)
    reread(db)
    assert db.get(Activity, activity.id).status == ActivityStatus.HIDDEN


def test_unhide_puts_it_back(as_admin: FlaskClient, db: Session, activity: Activity) -> None:
    activity.status, activity.hidden_reason = ActivityStatus.HIDDEN, "Reclame"
    db.commit()
    response = as_admin.post(
        f"/admin/activities/{activity.id}/unhide", data={"csrf_token": _token(as_admin)}
    )
    assert response.status_code == 302
    reread(db)
    shown = db.get(Activity, activity.id)
    assert shown.status == ActivityStatus.PUBLISHED
    assert shown.hidden_reason is None
    assert as_admin.get(f"/activities/{activity.id}").status_code == 200


def test_trust_and_distrust(
    as_admin: FlaskClient, db: Session, activity: Activity, organisation: Organisation
) -> None:
    token = _token(as_admin)
    assert (
        as_admin.post(
            f"/admin/organisations/{organisation.id}/trust", data={"csrf_token": token}
        ).status_code
        == 302
    )
    reread(db)
    assert db.get(Organisation, organisation.id).trusted
    assert "Trusted" in as_admin.get("/admin/activities?lang=en").get_data(as_text=True)
    as_admin.post(f"/admin/organisations/{organisation.id}/distrust", data={"csrf_token": token})
    reread(db)
    assert not db.get(Organisation, organisation.id).trusted
    actions = set(db.scalars(select(AuditEvent.action)))
    assert {"organisation.trusted", "organisation.distrusted"} <= actions
    assert (
        as_admin.post("/admin/organisations/999999/trust", data={"csrf_token": token}).status_code
        == 404
    )


@pytest.mark.parametrize("role", ["integrator", "counsellor", "staff"])
def test_only_admins_moderate(
    client: FlaskClient, request: pytest.FixtureRequest, activity: Activity, role: str
) -> None:
    login(client, request.getfixturevalue(role).email)
    assert client.get("/admin/activities").status_code == 403
    assert client.get(f"/admin/activities/{activity.id}/hide").status_code == 403
    token = csrf_token(client, "/profile")
    assert (
        client.post(
            f"/admin/activities/{activity.id}/unhide", data={"csrf_token": token}
        ).status_code
        == 403
    )
