"""The admin's trajectory screen: a lower target or an exemption, always with a reason, and
the status following the confirmed hours at once."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from playwright.sync_api import expect
from sqlalchemy.orm import Session

from models import User
from models.ledger import record_correction
from models.reference import TrajectoryStatus
from models.trajectories import Trajectory, trajectory_of

from .browser_checks import page_width, serious_violations, shot
from .helpers import csrf_token, login, reread


@pytest.fixture
def person(db: Session, integrator: User, admin: User) -> User:
    """An integrator with 25 confirmed hours of the default 40."""
    record_correction(db, integrator, 25 * 60, "Paper from the library", admin, today=date.today())
    db.commit()
    return integrator


def _path(person: User) -> str:
    return f"/admin/people/{person.id}/trajectory?lang=en"


def _post(client: FlaskClient, person: User, **data: object):
    return client.post(
        _path(person), data={"csrf_token": csrf_token(client, _path(person)), **data}
    )


def _trajectory(db: Session, person: User) -> Trajectory:
    reread(db)
    found = trajectory_of(db, person.id)
    assert found is not None
    return found


def test_the_admin_sees_the_trajectory(client: FlaskClient, admin: User, person: User) -> None:
    login(client, admin.email)
    page = client.get(_path(person))
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert person.name in html
    assert "25 h" in html  # confirmed
    assert "40 h" in html  # target
    assert "Busy" in html  # status
    assert 'name="reason"' in html
    assert 'value="exempt"' in html
    assert 'value="end_exemption"' not in html


def test_lowering_the_target_below_the_hours_completes_and_raising_reopens(
    client: FlaskClient, db: Session, admin: User, person: User
) -> None:
    login(client, admin.email)
    answer = _post(client, person, change="target", hours="20", reason="Works full time")
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith(f"/admin/people/{person.id}/trajectory")
    trajectory = _trajectory(db, person)
    assert trajectory.target_minutes == 20 * 60
    assert trajectory.status == TrajectoryStatus.COMPLETED
    assert trajectory.status_reason == "Works full time"
    page = client.get(_path(person)).get_data(as_text=True)
    assert "The target of" in page  # the flash message
    assert "Hours reached" in page

    assert _post(client, person, change="target", hours="40", reason="Mistake").status_code == 302
    trajectory = _trajectory(db, person)
    assert trajectory.target_minutes == 40 * 60
    assert trajectory.status == TrajectoryStatus.OPEN


def test_an_exemption_and_its_end(
    client: FlaskClient, db: Session, admin: User, person: User
) -> None:
    login(client, admin.email)
    assert _post(client, person, change="exempt", reason="Medical reasons").status_code == 302
    assert _trajectory(db, person).status == TrajectoryStatus.EXEMPT
    page = client.get(_path(person)).get_data(as_text=True)
    assert 'value="end_exemption"' in page
    assert 'value="exempt"' not in page
    assert "Medical reasons" in page

    answer = _post(client, person, change="end_exemption", reason="Better now")
    assert answer.status_code == 302
    trajectory = _trajectory(db, person)
    assert trajectory.status == TrajectoryStatus.OPEN
    assert trajectory.target_minutes == 40 * 60


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"change": "target", "hours": "20", "reason": ""}, "Please write why."),
        ({"change": "target", "hours": "20", "reason": "   "}, "Please write why."),
        ({"change": "exempt"}, "Please write why."),
        ({"change": "target", "hours": "", "reason": "Why"}, "Please type the new target"),
        ({"change": "target", "hours": "abc", "reason": "Why"}, "Please type a whole number"),
        ({"change": "target", "hours": "41", "reason": "Why"}, "from 0 to 40"),
        ({"change": "target", "hours": "-1", "reason": "Why"}, "from 0 to 40"),
        ({"change": "target", "hours": "9" * 30, "reason": "Why"}, "from 0 to 40"),
        ({"hours": "20", "reason": "Why"}, "Please choose what to change."),
        ({"change": "end_exemption", "reason": "Why"}, "Please choose what to change."),
        ({"change": "delete", "reason": "Why"}, "Please choose what to change."),
        ({"change": "target", "hours": "20", "reason": "x" * 2001}, "This is too long."),
    ],
)
def test_bad_changes_are_refused_with_a_message_and_nothing_changes(
    client: FlaskClient, db: Session, admin: User, person: User, data: dict, message: str
) -> None:
    login(client, admin.email)
    answer = _post(client, person, **data)
    assert answer.status_code == 422
    html = answer.get_data(as_text=True)
    assert message in html
    if data.get("hours"):
        assert f'value="{data["hours"]}"' in html  # what was typed is kept
    trajectory = _trajectory(db, person)
    assert trajectory.target_minutes == 40 * 60
    assert trajectory.status == TrajectoryStatus.OPEN
    assert trajectory.status_reason is None


def test_markup_in_a_reason_is_shown_as_text(
    client: FlaskClient, admin: User, person: User
) -> None:
    login(client, admin.email)
    _post(client, person, change="exempt", reason="<script>alert(1)</script>")
    html = client.get(_path(person)).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("role", ["integrator", "counsellor", "staff"])
def test_only_admins_change_a_trajectory(
    client: FlaskClient, db: Session, person: User, counsellor: User, staff: User, role: str
) -> None:
    visitor = {"integrator": person, "counsellor": counsellor, "staff": staff}[role]
    login(client, visitor.email)
    assert client.get(_path(person)).status_code == 403
    token = csrf_token(client, "/login")
    answer = client.post(
        _path(person),
        data={"csrf_token": token, "change": "exempt", "reason": "Because"},
    )
    assert answer.status_code == 403
    assert _trajectory(db, person).status == TrajectoryStatus.OPEN


def test_anonymous_visitors_are_sent_to_sign_in(client: FlaskClient, person: User) -> None:
    answer = client.get(_path(person))
    assert answer.status_code == 302
    assert "/login" in answer.headers["Location"]


def test_only_integrators_have_a_trajectory(client: FlaskClient, admin: User) -> None:
    login(client, admin.email)
    assert client.get("/admin/people/999999/trajectory").status_code == 404
    assert client.get(f"/admin/people/{admin.id}/trajectory").status_code == 404


def test_the_erase_page_links_to_the_trajectory(
    client: FlaskClient, admin: User, person: User
) -> None:
    login(client, admin.email)
    html = client.get(f"/admin/people/{person.id}/erase").get_data(as_text=True)
    assert f"/admin/people/{person.id}/trajectory" in html


@pytest.mark.browser
def test_the_trajectory_screen_on_a_phone(phone, demo_live_server: str, demo_db: Session) -> None:

    from models.users import find_user_by_email

    person = find_user_by_email(demo_db, "integrator@demo.test")
    phone.goto(f"{demo_live_server}/login?lang=en")
    phone.locator("input[name=identifier]").fill("admin@demo.test")
    phone.locator("input[name=password]").fill("demo-password")
    phone.locator("form button[type=submit]").last.click()
    phone.wait_for_url(f"{demo_live_server}/")
    phone.goto(f"{demo_live_server}/admin/people/{person.id}/trajectory?lang=en")
    phone.get_by_label("Change the target").check()
    phone.get_by_label("New target in hours (0 to 40)").fill("10")
    phone.locator("button[type=submit]").last.click()  # no reason: refused, kept
    expect(phone.get_by_text("Please write why.")).to_be_visible()
    assert phone.get_by_label("New target in hours (0 to 40)").input_value() == "10"
    phone.get_by_label("Why? The reason is kept with the trajectory.").fill("Works full time")
    phone.locator("button[type=submit]").last.click()
    phone.wait_for_url(f"**/admin/people/{person.id}/trajectory")
    expect(phone.locator(".flash")).to_be_visible()  # in the admin's own language now
    assert phone.locator(".field-error").count() == 0
    assert page_width(phone) <= 360
    assert serious_violations(phone) == []
    shot(phone, "admin-trajectory-phone-en")
