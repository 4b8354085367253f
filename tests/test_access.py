"""Who may open what: every route of the app, for every role.

`test_every_route_has_a_rule_here` enumerates the app's URL map, so a new route without a
line in ROUTES fails the suite until someone decides who may use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Organisation, User
from models.reference import Role

from .factories import make_session
from .helpers import csrf_token, login

ROLES = ("anonymous", "integrator", "counsellor", "staff", "admin")


@dataclass(frozen=True)
class Rule:
    """A route, how to fill its URL, and the status each role gets."""

    method: str
    path: str
    anonymous: int
    integrator: int
    counsellor: int
    staff: int
    admin: int

    def status(self, role: str) -> int:
        return getattr(self, role)


def signed_in(path: str, method: str = "GET", ok: int = 200) -> Rule:
    return Rule(method, path, 302, ok, ok, ok, ok)


def admins_only(path: str, method: str = "GET", ok: int = 200) -> Rule:
    return Rule(method, path, 302, 403, 403, 403, ok)


#: endpoint -> rule. `{...}` names are filled from the `world` fixture.
ROUTES: dict[str, Rule] = {
    "catalogue.list_activities": Rule("GET", "/activities", 200, 200, 200, 200, 200),
    "catalogue.show_activity": Rule("GET", "/activities/{activity}", 200, 200, 200, 200, 200),
    "accounts.home": Rule("GET", "/", 200, 200, 200, 200, 200),
    "accounts.login": Rule("GET", "/login", 200, 200, 200, 200, 200),
    "accounts.logout": Rule("GET", "/logout", 200, 200, 200, 200, 200),
    "accounts.forgot_password": Rule("GET", "/password/forgot", 200, 200, 200, 200, 200),
    "accounts.reset_password": Rule("GET", "/password/reset/forged", 400, 400, 400, 400, 400),
    "accounts.profile": signed_in("/profile"),
    "accounts.change_password": signed_in("/profile/password"),
    "accounts.tokens": signed_in("/profile/tokens"),
    "accounts.revoke_token": Rule(
        "POST", "/profile/tokens/{admin_token}/revoke", 302, 404, 404, 404, 302
    ),
    "accounts.renew_calendar": signed_in("/profile/calendar/renew", "POST", 302),
    "accounts.personal_data": Rule(
        "GET", "/people/{integrator}/data.json", 302, 200, 200, 403, 200
    ),
    "accounts.signup": Rule("GET", "/signup", 200, 302, 302, 302, 302),
    "accounts.activate": Rule("GET", "/activate/forged", 400, 400, 400, 400, 400),
    "accounts.activate_with_code": Rule("GET", "/activate", 200, 200, 200, 200, 200),
    "counsellor.caseload": Rule("GET", "/counsellor/", 302, 403, 200, 403, 403),
    "counsellor.new_integrator": Rule(
        "GET", "/counsellor/integrators/new", 302, 403, 200, 403, 403
    ),
    "counsellor.letter": Rule(
        "GET", "/counsellor/integrators/{integrator}/letter", 302, 403, 200, 403, 200
    ),
    "organisation.register": Rule("GET", "/organisations/register", 200, 302, 302, 302, 302),
    "organisation.staff": Rule("GET", "/organisation/staff", 302, 403, 403, 200, 403),
    "organisation.activities": Rule("GET", "/organisation/activities", 302, 403, 403, 200, 403),
    "organisation.new_activity": Rule(
        "GET", "/organisation/activities/new", 302, 403, 403, 200, 403
    ),
    "organisation.edit_activity": Rule(
        "GET", "/organisation/activities/{activity}/edit", 302, 403, 403, 200, 403
    ),
    "organisation.preview_activity": Rule(
        "GET", "/organisation/activities/{activity}/preview", 302, 403, 403, 200, 403
    ),
    "organisation.duplicate": Rule(
        "POST", "/organisation/activities/{activity}/duplicate", 302, 403, 403, 302, 403
    ),
    "organisation.publish_activity": Rule(
        "POST", "/organisation/activities/{activity}/publish", 302, 403, 403, 302, 403
    ),
    "organisation.unpublish_activity": Rule(
        "POST", "/organisation/activities/{activity}/unpublish", 302, 403, 403, 302, 403
    ),
    "organisation.new_sessions": Rule(
        "GET", "/organisation/activities/{activity}/sessions/new", 302, 403, 403, 200, 403
    ),
    "organisation.edit_session": Rule(
        "GET", "/organisation/sessions/{session}/edit", 302, 403, 403, 200, 403
    ),
    "organisation.cancel": Rule(
        "POST", "/organisation/sessions/{session}/cancel", 302, 403, 403, 422, 403
    ),
    "admin.activities": admins_only("/admin/activities"),
    "admin.hide": admins_only("/admin/activities/{activity}/hide"),
    "admin.unhide": admins_only("/admin/activities/{activity}/unhide", "POST", 302),
    "admin.trust": admins_only("/admin/organisations/{organisation}/trust", "POST", 302),
    "admin.distrust": admins_only("/admin/organisations/{organisation}/distrust", "POST", 302),
    "admin.organisations": admins_only("/admin/organisations"),
    "admin.approve": admins_only("/admin/organisations/{organisation}/approve", "POST", 302),
    "admin.reject": admins_only("/admin/organisations/{organisation}/reject"),
    "admin.counsellors": admins_only("/admin/counsellors"),
    "bookings.my_bookings": Rule("GET", "/my/bookings", 302, 200, 403, 403, 403),
    "organisation.participants": Rule(
        "GET", "/organisation/sessions/{session}/participants", 302, 403, 403, 200, 403
    ),
    "organisation.participants_download": Rule(
        "GET", "/organisation/sessions/{session}/participants.csv", 302, 403, 403, 200, 403
    ),
    "bookings.book_session": Rule("POST", "/sessions/{session}/book", 302, 303, 403, 403, 403),
    "bookings.cancel_booking": Rule("POST", "/bookings/1/cancel", 302, 404, 404, 403, 404),
    "bookings.booking_calendar": Rule("GET", "/bookings/1.ics", 302, 404, 404, 403, 404),
    "counsellor.book_for_people": Rule(
        "GET", "/counsellor/sessions/{session}/book", 302, 403, 200, 403, 403
    ),
    "bookings.calendar_feed": Rule(
        "GET", "/calendar/{calendar_token}.ics", 200, 200, 200, 200, 200
    ),
    "admin.audit_log": admins_only("/admin/audit"),
    "admin.erase_person": admins_only("/admin/people/{integrator}/erase"),
    "attendance.sessions": Rule("GET", "/organisation/attendance", 302, 403, 403, 200, 403),
    "attendance.register": Rule(
        "GET", "/organisation/sessions/{session}/attendance", 302, 403, 403, 200, 403
    ),
    "admin.trajectory": admins_only("/admin/people/{integrator}/trajectory"),
    "counsellor.integrator": Rule(
        "GET", "/counsellor/integrators/{integrator}", 302, 403, 200, 403, 200
    ),
    "counsellor.record_external": Rule(
        "GET", "/counsellor/integrators/{integrator}/hours/external", 302, 403, 200, 403, 200
    ),
    "counsellor.correct_hours": Rule(
        "GET", "/counsellor/integrators/{integrator}/hours/correction", 302, 403, 200, 403, 200
    ),
    "counsellor.proof": Rule("GET", "/counsellor/hours/1/proof", 302, 403, 404, 403, 404),
    "counsellor.hours_export": Rule("GET", "/counsellor/hours.csv", 302, 403, 200, 403, 403),
    "certificates.issue_for_activity": Rule(
        "GET", "/organisation/activities/{activity}/certificates", 302, 403, 403, 200, 403
    ),
    "certificates.issue_one": Rule(
        "POST",
        "/organisation/activities/{activity}/certificates/{integrator}",
        302,
        403,
        403,
        302,
        403,
    ),
    "certificates.issue_all": Rule(
        "POST", "/organisation/activities/{activity}/certificates/all", 302, 403, 403, 302, 403
    ),
    "certificates.job": Rule(
        "GET", "/organisation/certificates/jobs/no-such-job-0123456789", 302, 403, 403, 404, 403
    ),
    "certificates.job_zip": Rule(
        "GET",
        "/organisation/certificates/jobs/no-such-job-0123456789/certificates.zip",
        302,
        403,
        403,
        404,
        403,
    ),
    "certificates.issue_completion_certificate": Rule(
        "POST",
        "/counsellor/integrators/{integrator}/certificates/completion",
        302,
        403,
        302,
        403,
        302,
    ),
    "certificates.download": Rule("GET", "/certificates/ABCDEFGHJKMN.pdf", 302, 404, 404, 404, 404),
    "certificates.revoke_certificate": Rule(
        "GET", "/certificates/ABCDEFGHJKMN/revoke", 302, 404, 404, 404, 404
    ),
    "verify.check_file": Rule("GET", "/verify", 200, 200, 200, 200, 200),
    "verify.show": Rule("GET", "/verify/ABCD-EFGH-JKMN", 404, 404, 404, 404, 404),
    "organisation.translations": Rule("GET", "/organisation/translations", 302, 403, 403, 200, 403),
    "api.me": Rule("GET", "/api/v1/me", 401, 401, 401, 401, 401),
    "api.caseload": Rule("GET", "/api/v1/caseload", 401, 401, 401, 401, 401),
    "api.create_activity": Rule("POST", "/api/v1/activities", 401, 401, 401, 401, 401),
    "api.create_booking": Rule(
        "POST", "/api/v1/sessions/{session}/bookings", 401, 401, 401, 401, 401
    ),
    "api.cancel_booking": Rule("DELETE", "/api/v1/bookings/1", 401, 401, 401, 401, 401),
    "api.session_bookings": Rule(
        "GET", "/api/v1/sessions/{session}/bookings", 401, 401, 401, 401, 401
    ),
    "api.list_activities": Rule("GET", "/api/v1/activities", 200, 200, 200, 200, 200),
    "api.show_activity": Rule("GET", "/api/v1/activities/{activity}", 200, 200, 200, 200, 200),
    "api.categories": Rule("GET", "/api/v1/categories", 200, 200, 200, 200, 200),
    "api.goals": Rule("GET", "/api/v1/goals", 200, 200, 200, 200, 200),
    "api.languages": Rule("GET", "/api/v1/languages", 200, 200, 200, 200, 200),
    "api.openapi": Rule("GET", "/api/v1/openapi.json", 200, 200, 200, 200, 200),
    "api.organisation_sessions": Rule(
        "GET", "/api/v1/organisation/sessions?status=awaiting_attendance", 401, 401, 401, 401, 401
    ),
    "api.register_session_attendance": Rule(
        "POST", "/api/v1/sessions/{session}/attendance", 401, 401, 401, 401, 401
    ),
    "api.integrator_hours": Rule(
        "GET", "/api/v1/integrators/{integrator}/hours", 401, 401, 401, 401, 401
    ),
    "api.create_certificate": Rule("POST", "/api/v1/certificates", 401, 401, 401, 401, 401),
    "api.certificate_verification": Rule(
        "GET", "/api/v1/certificates/ABCDEFGHJKMN/verification", 404, 404, 404, 404, 404
    ),
}
#: Served by Flask itself, open to all.
OUT_OF_SCOPE = {"static"}


@pytest.fixture
def world(
    db: Session,
    integrator: User,
    counsellor: User,
    staff: User,
    admin: User,
    organisation: Organisation,
) -> dict[str, object]:
    """One of each: the people of `ROLES` and the objects their URLs point at."""
    from models.tokens import create_token

    session = make_session(db, organisation, starts_in=timedelta(days=2), minutes=60, capacity=5)
    create_token(db, admin, "admin's token")
    db.commit()
    from models import ApiToken

    return {
        "people": {
            "integrator": integrator,
            "counsellor": counsellor,
            "staff": staff,
            "admin": admin,
        },
        "activity": session.activity_id,
        "session": session.id,
        "integrator": integrator.id,
        "organisation": organisation.id,
        "calendar_token": integrator.calendar_token,
        "admin_token": db.scalar(select(ApiToken.id).where(ApiToken.user_id == admin.id)),
    }


def test_every_route_has_a_rule_here(app: Flask) -> None:
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()} - OUT_OF_SCOPE
    missing = sorted(endpoints - set(ROUTES))
    assert not missing, f"routes without an access rule in tests/test_access.py: {missing}"
    assert not set(ROUTES) - endpoints, "rules for routes that no longer exist"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", sorted(ROUTES))
def test_route_answers_each_role_as_decided(
    client: FlaskClient, world: dict, endpoint: str, role: str
) -> None:
    rule = ROUTES[endpoint]
    if role != "anonymous":
        login(client, world["people"][role].email)
    path = rule.path.format(**world)
    if rule.method == "GET":
        response = client.get(path)
    else:
        token = csrf_token(client, "/login")
        response = client.open(path, method=rule.method, data={"csrf_token": token})
    expected = rule.status(role)
    assert response.status_code == expected, f"{rule.method} {path} as {role}"
    if expected == 302 and role == "anonymous":
        assert "/login" in response.headers["Location"]


def test_roles_cover_every_role_of_the_domain() -> None:
    assert {"integrator", "counsellor", "admin"} <= set(ROLES)
    assert {r.value for r in Role} == {"integrator", "counsellor", "organisation_staff", "admin"}
