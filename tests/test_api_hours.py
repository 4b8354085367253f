"""The attendance and hours API: sessions awaiting attendance, registering (and correcting)
it, an integrator's hours with their ledger, and the caseload's new figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ActivitySession, Booking, HoursEntry, Organisation, User
from models.reference import BookingStatus, Role, SessionStatus
from models.sessions import BRUSSELS
from models.tokens import create_token

from .factories import make_booking, make_session
from .helpers import bearer, reread

MINUTES = 120
SESSION_KEYS = {"id", "activity_id", "start", "end", "minutes", "bookings"}
BOOKING_KEYS = {"id", "integrator_id", "name", "status"}
ENTRY_KEYS = {
    "id",
    "kind",
    "minutes",
    "occurred_on",
    "created_at",
    "created_by",
    "reason",
    "booking_id",
    "activity_id",
    "external_activity",
    "external_organisation",
}


def _token(db: Session, user: User) -> str:
    token = create_token(db, user)
    db.commit()
    return token


def _assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    error = response.json["error"]
    assert error["message"]
    if code is not None:
        assert error["code"] == code
    return error


def _ledger(db: Session, person: User) -> list[int]:
    reread(db)
    return list(
        db.scalars(
            select(HoursEntry.minutes)
            .where(HoursEntry.integrator_id == person.id)
            .order_by(HoursEntry.id)
        )
    )


@pytest.fixture
def past(db: Session, organisation: Organisation) -> ActivitySession:
    return make_session(db, organisation, starts_in=timedelta(days=-1))


@pytest.fixture
def staff_headers(db: Session, staff: User) -> dict[str, str]:
    return bearer(_token(db, staff))


def _attend(client: FlaskClient, session_id: int, headers: dict, body: object, lang: str = "en"):
    return client.post(
        f"/api/v1/sessions/{session_id}/attendance?lang={lang}", json=body, headers=headers
    )


def _records(*rows: tuple) -> dict:
    return {"records": [{"booking_id": b, "present": p, "minutes": m} for b, p, m in rows]}


# Sessions awaiting attendance -----------------------------------------------------------------


def test_staff_list_their_past_sessions_awaiting_attendance(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    past: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
    staff_headers: dict,
) -> None:
    waiting, cancelled = make_user(Role.INTEGRATOR), make_user(Role.INTEGRATOR)
    booked = make_booking(db, past, integrator)
    make_booking(db, past, waiting, BookingStatus.WAITLISTED)
    make_booking(db, past, cancelled, BookingStatus.CANCELLED)
    not_yet = make_session(db, organisation, starts_in=timedelta(days=2))  # not happened yet
    make_booking(db, not_yet, integrator)
    other = Organisation(name="Ander", municipality="Gent")
    db.add(other)
    db.commit()
    theirs = make_session(db, other, starts_in=timedelta(days=-1))  # another organisation's
    make_booking(db, theirs, integrator)

    response = client.get(
        "/api/v1/organisation/sessions?status=awaiting_attendance", headers=staff_headers
    )

    assert response.status_code == 200
    (item,) = response.json["items"]
    assert set(item) == SESSION_KEYS
    assert item["id"] == past.id
    assert item["activity_id"] == past.activity_id
    assert item["minutes"] == MINUTES
    start = datetime.fromisoformat(item["start"])
    assert start.utcoffset() is not None
    assert start == past.starts_at
    assert datetime.fromisoformat(item["end"]) == past.ends_at
    assert item["bookings"] == [
        {
            "id": booked.id,
            "integrator_id": integrator.id,
            "name": integrator.name,
            "status": "booked",
        }
    ]


def test_a_registered_session_no_longer_awaits_attendance(
    client: FlaskClient, db: Session, past: ActivitySession, integrator: User, staff_headers: dict
) -> None:
    booking = make_booking(db, past, integrator)
    _attend(client, past.id, staff_headers, _records((booking.id, True, None)))
    response = client.get(
        "/api/v1/organisation/sessions?status=awaiting_attendance", headers=staff_headers
    )
    assert response.json == {"items": []}


@pytest.mark.parametrize(
    "query", ["", "?status=", "?status=registered", "?status=AWAITING_ATTENDANCE", "?limit=5"]
)
def test_the_status_is_required_and_only_awaiting_attendance_is_known(
    client: FlaskClient, staff_headers: dict, query: str
) -> None:
    response = client.get(f"/api/v1/organisation/sessions{query}", headers=staff_headers)
    _assert_error(response, 400, "invalid_parameter")


@pytest.mark.parametrize("role", [Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN])
def test_only_staff_list_sessions_awaiting_attendance(
    client: FlaskClient, db: Session, make_user: Callable[..., User], role: Role
) -> None:
    headers = bearer(_token(db, make_user(role)))
    path = "/api/v1/organisation/sessions?status=awaiting_attendance"
    _assert_error(client.get(path, headers=headers), 403, "forbidden")
    _assert_error(client.get(path), 401, "unauthorized")


# Registering attendance -----------------------------------------------------------------------


def test_attendance_is_registered_and_credited(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
    staff_headers: dict,
) -> None:
    absent = make_user(Role.INTEGRATOR)
    came, stayed_home = make_booking(db, past, integrator), make_booking(db, past, absent)

    response = _attend(
        client, past.id, staff_headers, _records((came.id, True, 90), (stayed_home.id, False, 0))
    )

    assert response.status_code == 200
    body = response.json
    assert body["id"] == past.id
    by_id = {item["id"]: item for item in body["bookings"]}
    assert by_id[came.id] == {
        "id": came.id,
        "integrator_id": integrator.id,
        "name": integrator.name,
        "status": "attended",
        "attended_minutes": 90,
    }
    assert by_id[stayed_home.id]["status"] == "no_show"
    assert by_id[stayed_home.id]["attended_minutes"] == 0
    assert _ledger(db, integrator) == [90]
    assert _ledger(db, absent) == []


def test_missing_minutes_credit_the_whole_session(
    client: FlaskClient, db: Session, past: ActivitySession, integrator: User, staff_headers: dict
) -> None:
    booking = make_booking(db, past, integrator)
    response = _attend(
        client, past.id, staff_headers, {"records": [{"booking_id": booking.id, "present": True}]}
    )
    assert response.status_code == 200
    assert _ledger(db, integrator) == [MINUTES]


def test_the_same_attendance_twice_credits_once(
    client: FlaskClient, db: Session, past: ActivitySession, integrator: User, staff_headers: dict
) -> None:
    booking = make_booking(db, past, integrator)
    for _ in range(2):
        response = _attend(client, past.id, staff_headers, _records((booking.id, True, MINUTES)))
        assert response.status_code == 200
    assert _ledger(db, integrator) == [MINUTES]


def test_a_correction_lowers_the_total(
    client: FlaskClient, db: Session, past: ActivitySession, integrator: User, staff_headers: dict
) -> None:
    booking = make_booking(db, past, integrator)
    _attend(client, past.id, staff_headers, _records((booking.id, True, MINUTES)))
    response = _attend(client, past.id, staff_headers, _records((booking.id, True, 60)))
    assert response.status_code == 200
    assert response.json["bookings"][0]["attended_minutes"] == 60
    assert _ledger(db, integrator) == [MINUTES, -60]
    response = _attend(client, past.id, staff_headers, _records((booking.id, False, None)))
    assert response.json["bookings"][0]["status"] == "no_show"
    assert sum(_ledger(db, integrator)) == 0


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        ({}, "records", "required"),
        ({"records": None}, "records", "required"),
        ({"records": "all"}, "records", "not_a_list"),
        ({"records": {"booking_id": 1}}, "records", "not_a_list"),
        ({"records": []}, "records", "empty"),
        ({"records": [1]}, "records[0]", "not_an_object"),
        ({"records": [], "extra": 1}, "extra", "unknown"),
        ({"records": [{"present": True}]}, "records[0].booking_id", "required"),
        (
            {"records": [{"booking_id": "1", "present": True}]},
            "records[0].booking_id",
            "not_a_number",
        ),
        (
            {"records": [{"booking_id": True, "present": True}]},
            "records[0].booking_id",
            "not_a_number",
        ),
        ({"records": [{"booking_id": "{booking}"}]}, "records[0].present", "required"),
        (
            {"records": [{"booking_id": "{booking}", "present": "yes"}]},
            "records[0].present",
            "not_a_boolean",
        ),
        (
            {"records": [{"booking_id": "{booking}", "present": True, "minutes": "abc"}]},
            "records[0].minutes",
            "not_a_number",
        ),
        (
            {"records": [{"booking_id": "{booking}", "present": True, "minutes": True}]},
            "records[0].minutes",
            "not_a_number",
        ),
        (
            {"records": [{"booking_id": "{booking}", "present": True, "minutes": 1.5}]},
            "records[0].minutes",
            "not_a_number",
        ),
        (
            {"records": [{"booking_id": "{booking}", "present": True, "hours": 2}]},
            "records[0].hours",
            "unknown",
        ),
    ],
)
def test_a_malformed_body_is_a_422_naming_the_field(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    integrator: User,
    staff_headers: dict,
    body: dict,
    field: str,
    problem: str,
) -> None:
    booking = make_booking(db, past, integrator)
    for record in body.get("records") or []:
        if isinstance(record, dict) and record.get("booking_id") == "{booking}":
            record["booking_id"] = booking.id
    error = _assert_error(_attend(client, past.id, staff_headers, body), 422, "invalid_attendance")
    assert error["fields"][field] == problem
    assert field in error["message"]
    assert _ledger(db, integrator) == []
    assert db.get(Booking, booking.id).status == BookingStatus.BOOKED


@pytest.mark.parametrize("raw", [b"{not json", b"", b"[]", b'"records"', b"null", b"[" * 5000])
def test_a_body_that_is_not_a_json_object_is_a_400(
    client: FlaskClient, past: ActivitySession, staff_headers: dict, raw: bytes
) -> None:
    response = client.post(
        f"/api/v1/sessions/{past.id}/attendance",
        data=raw,
        content_type="application/json",
        headers=staff_headers,
    )
    _assert_error(response, 400, "invalid_json")


@pytest.mark.parametrize(
    ("minutes", "code"),
    [
        (-1, "minutes_out_of_range"),
        (MINUTES + 1, "minutes_out_of_range"),
        (10**30, "minutes_out_of_range"),
    ],
)
def test_minutes_outside_the_session_are_refused_naming_the_booking(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
    staff_headers: dict,
    minutes: int,
    code: str,
) -> None:
    fine = make_booking(db, past, make_user(Role.INTEGRATOR))
    wrong = make_booking(db, past, integrator)
    body = _records((fine.id, True, MINUTES), (wrong.id, True, minutes))
    error = _assert_error(_attend(client, past.id, staff_headers, body), 422, code)
    assert str(wrong.id) in error["message"]
    assert f"0 to {MINUTES}" in error["message"]
    assert error["fields"] == {"records[1].minutes": code}
    assert _ledger(db, integrator) == []
    assert db.get(Booking, fine.id).status == BookingStatus.BOOKED  # all or nothing


def test_bookings_that_are_not_this_sessions_places_are_refused(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    past: ActivitySession,
    integrator: User,
    make_user: Callable[..., User],
    staff_headers: dict,
) -> None:
    other_session = make_session(db, organisation, starts_in=timedelta(days=-1))
    elsewhere = make_booking(db, other_session, integrator)
    waiting = make_booking(db, past, make_user(Role.INTEGRATOR), BookingStatus.WAITLISTED)
    booked = make_booking(db, past, make_user(Role.INTEGRATOR))
    cases = [
        (_records((999_999, True, 60)), "unknown_booking", "999999", "records[0].booking_id"),
        (_records((elsewhere.id, True, 60)), "unknown_booking", str(elsewhere.id), None),
        (_records((waiting.id, True, 60)), "booking_not_registrable", str(waiting.id), None),
        (
            _records((booked.id, True, 60), (booked.id, False, 0)),
            "booking_twice",
            str(booked.id),
            "records[1].booking_id",
        ),
    ]
    for body, code, booking_id, field in cases:
        error = _assert_error(_attend(client, past.id, staff_headers, body), 422, code)
        assert booking_id in error["message"]
        assert list(error["fields"].values()) == [code]
        if field:
            assert list(error["fields"]) == [field]
    reread(db)
    assert db.scalars(select(HoursEntry)).all() == []
    assert db.get(Booking, waiting.id).status == BookingStatus.WAITLISTED
    assert db.get(Booking, elsewhere.id).status == BookingStatus.BOOKED


def test_sessions_that_did_not_happen_are_refused(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    integrator: User,
    staff_headers: dict,
) -> None:
    future = make_session(db, organisation, starts_in=timedelta(days=1))
    booking = make_booking(db, future, integrator)
    response = _attend(client, future.id, staff_headers, _records((booking.id, True, 60)))
    _assert_error(response, 409, "session_not_happened")
    cancelled = make_session(
        db, organisation, starts_in=timedelta(days=-1), status=SessionStatus.CANCELLED
    )
    booking = make_booking(db, cancelled, integrator)
    response = _attend(client, cancelled.id, staff_headers, _records((booking.id, True, 60)))
    _assert_error(response, 409, "session_cancelled")
    _assert_error(_attend(client, 999_999, staff_headers, _records((1, True, 60))), 404)
    assert _ledger(db, integrator) == []


def test_only_the_host_organisations_staff_register_attendance(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    integrator: User,
    counsellor: User,
    admin: User,
    make_user: Callable[..., User],
) -> None:
    booking = make_booking(db, past, integrator)
    other = Organisation(name="Ander", municipality="Gent")
    db.add(other)
    db.commit()
    outsider = make_user(Role.ORGANISATION_STAFF, organisation=other)
    body = _records((booking.id, True, 60))
    for person, status in [(outsider, 403), (integrator, 403), (counsellor, 403), (admin, 403)]:
        response = _attend(client, past.id, bearer(_token(db, person)), body)
        _assert_error(response, status, "forbidden")
    _assert_error(_attend(client, past.id, {}, body), 401, "unauthorized")
    assert _ledger(db, integrator) == []


# An integrator's hours ------------------------------------------------------------------------


def test_the_hours_have_the_totals_and_the_ledger(
    client: FlaskClient,
    db: Session,
    past: ActivitySession,
    integrator: User,
    staff: User,
    staff_headers: dict,
) -> None:
    booking = make_booking(db, past, integrator)
    _attend(client, past.id, staff_headers, _records((booking.id, True, MINUTES)))
    _attend(client, past.id, staff_headers, _records((booking.id, True, 100)))

    response = client.get(
        f"/api/v1/integrators/{integrator.id}/hours", headers=bearer(_token(db, integrator))
    )

    assert response.status_code == 200
    body = response.json
    assert set(body) == {"confirmed_minutes", "target_minutes", "status", "entries"}
    assert body["confirmed_minutes"] == 100
    assert body["target_minutes"] == 2400
    assert body["status"] == "open"
    first, correction = body["entries"]
    assert set(first) == ENTRY_KEYS
    assert first["kind"] == "attendance"
    assert first["minutes"] == MINUTES
    assert correction["kind"] == "correction"
    assert correction["minutes"] == -20
    assert first["booking_id"] == booking.id
    assert first["activity_id"] == past.activity_id
    assert first["created_by"] == staff.name
    assert datetime.fromisoformat(first["created_at"]).utcoffset() is not None
    assert first["occurred_on"] == past.starts_at.astimezone(BRUSSELS).date().isoformat()
    assert first["external_activity"] is None


def test_who_reads_an_integrators_hours(
    client: FlaskClient,
    db: Session,
    integrator: User,
    counsellor: User,
    staff: User,
    admin: User,
    make_user: Callable[..., User],
) -> None:
    other_counsellor = make_user(Role.COUNSELLOR)
    other_integrator = make_user(Role.INTEGRATOR, counsellor=other_counsellor)
    path = f"/api/v1/integrators/{integrator.id}/hours"
    expected = [
        (integrator, 200),
        (other_integrator, 403),
        (counsellor, 200),
        (other_counsellor, 403),
        (staff, 403),
        (admin, 200),
    ]
    for person, status in expected:
        response = client.get(path, headers=bearer(_token(db, person)))
        assert response.status_code == status, person.role
    _assert_error(client.get(path), 401)
    admin_headers = bearer(_token(db, admin))
    _assert_error(client.get("/api/v1/integrators/999999/hours", headers=admin_headers), 404)
    _assert_error(client.get(f"/api/v1/integrators/{staff.id}/hours", headers=admin_headers), 404)


# The caseload ---------------------------------------------------------------------------------


def test_the_caseload_has_the_new_figures(
    client: FlaskClient,
    db: Session,
    organisation: Organisation,
    past: ActivitySession,
    integrator: User,
    counsellor: User,
    staff_headers: dict,
) -> None:
    booking = make_booking(db, past, integrator)
    _attend(client, past.id, staff_headers, _records((booking.id, True, MINUTES)))
    make_booking(db, make_session(db, organisation, starts_in=timedelta(days=3)), integrator)

    response = client.get("/api/v1/caseload", headers=bearer(_token(db, counsellor)))

    assert response.status_code == 200
    (item,) = response.json["items"]
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
    assert item["id"] == integrator.id
    assert item["confirmed_minutes"] == MINUTES
    assert item["upcoming_bookings"] == 1
    assert item["deadline"] is None
    assert len(item["last_attended_on"]) == 10
    assert item["flags"] == []


def test_the_caseload_flags_who_needs_attention(
    client: FlaskClient, db: Session, integrator: User, counsellor: User
) -> None:
    (item,) = client.get("/api/v1/caseload", headers=bearer(_token(db, counsellor))).json["items"]
    assert item["last_attended_on"] is None
    assert item["upcoming_bookings"] == 0
    assert "nothing_booked" in item["flags"]


def test_the_openapi_document_describes_attendance_and_hours(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").json
    paths = document["paths"]
    assert "awaiting_attendance" in str(paths["/organisation/sessions"]["get"]["parameters"])
    post = paths["/sessions/{id}/attendance"]["post"]
    assert {"200", "400", "401", "403", "404", "409", "422"} <= set(post["responses"])
    assert "200" in paths["/integrators/{id}/hours"]["get"]["responses"]
    caseload_item = document["components"]["schemas"]["CaseloadItem"]["properties"]
    assert {"deadline", "last_attended_on", "upcoming_bookings", "flags"} <= set(caseload_item)
