"""Publishing activities: the rules of `models.publishing` (every problem code, Dutch
required, weekly series across daylight-saving changes) and `POST /api/v1/activities`
(201 and then findable, pending organisations, auth, and bad input as 400/422, never 500)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Activity, ActivitySession, AuditEvent, Organisation, User, utcnow
from models.publishing import (
    MAX_SESSIONS,
    ActivityDraft,
    PublishRefused,
    SessionDraft,
    publish,
    validate,
    weekly_series,
)
from models.reference import ActivityStatus, OrganisationStatus, Role
from models.sessions import BRUSSELS
from models.tokens import create_token

from .helpers import bearer

URL = "/api/v1/activities"
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
    "sessions",
}


def _local(days: int, hour: int = 19) -> datetime:
    """A naive Brussels wall-clock time `days` from now."""
    day = (utcnow() + timedelta(days=days)).astimezone(BRUSSELS).date()
    return datetime(day.year, day.month, day.day, hour)


# The rules ------------------------------------------------------------------------------------


def _session(days: int = 3, hours: int = 2, **overrides: Any) -> SessionDraft:
    start = _local(days).replace(tzinfo=BRUSSELS)
    fields = {"start": start, "end": start + timedelta(hours=hours), "capacity": 8}
    return SessionDraft(**{"minutes": hours * 60, **fields, **overrides})


def _draft(**overrides: Any) -> ActivityDraft:
    fields: dict[str, Any] = {
        "category": "sport",
        "goals": ["meet_people", "learn_dutch"],
        "dutch_level": 2,
        "municipality": "Gent",
        "translations": {
            "nl": {"title": "Wandelen in het park", "description": "Samen wandelen en praten."}
        },
        "sessions": [_session()],
    }
    return ActivityDraft(**(fields | overrides))


def _problems(draft: ActivityDraft) -> set[tuple[str, str]]:
    codes = ["sport", "culture"]
    return {(p.field, str(p.code)) for p in validate(draft, categories=codes)}


def test_a_complete_draft_has_no_problems() -> None:
    assert _problems(_draft()) == set()


def _texts(**nl: Any) -> dict[str, dict[str, Any]]:
    return {"nl": {"title": "Koken", "description": "Samen koken."} | nl}


BAD_DRAFTS: list[tuple[dict[str, Any], str, str]] = [
    (
        {"translations": {"en": {"title": "Cooking", "description": "Together"}}},
        "translations.nl",
        "dutch_required",
    ),
    ({"translations": {}}, "translations.nl", "dutch_required"),
    ({"translations": _texts(title="   ")}, "translations.nl.title", "required"),
    ({"translations": _texts(description=None)}, "translations.nl.description", "required"),
    ({"translations": _texts(title="x" * 201)}, "translations.nl.title", "too_long"),
    ({"translations": _texts(description="x" * 5001)}, "translations.nl.description", "too_long"),
    ({"translations": _texts(title="Koken\x00")}, "translations.nl.title", "invalid_character"),
    ({"translations": _texts(title=["Koken"])}, "translations.nl.title", "wrong_type"),
    (
        {"translations": _texts() | {"xx": {"title": "a", "description": "b"}}},
        "translations.xx",
        "unknown",
    ),
    (
        {"translations": _texts() | {"ar": {"title": "طبخ"}}},
        "translations.ar.description",
        "required",
    ),
    ({"translations": ["nl"]}, "translations", "wrong_type"),
    ({"category": None}, "category", "required"),
    ({"category": "knitting"}, "category", "unknown"),
    ({"goals": []}, "goals", "required"),
    ({"goals": ["swimming"]}, "goals", "unknown"),
    ({"goals": ["volunteer", "volunteer"]}, "goals", "duplicate"),
    ({"goals": "volunteer"}, "goals", "wrong_type"),
    ({"dutch_level": None}, "dutch_level", "required"),
    ({"dutch_level": 0}, "dutch_level", "out_of_range"),
    ({"dutch_level": 5}, "dutch_level", "out_of_range"),
    ({"dutch_level": True}, "dutch_level", "wrong_type"),
    ({"dutch_level": "2"}, "dutch_level", "wrong_type"),
    ({"municipality": "  "}, "municipality", "required"),
    ({"municipality": "G" * 101}, "municipality", "too_long"),
    ({"postcode": "12345678901"}, "postcode", "too_long"),
    ({"is_online": "yes"}, "is_online", "wrong_type"),
    ({"min_age": -1}, "min_age", "out_of_range"),
    ({"max_age": 121}, "max_age", "out_of_range"),
    ({"min_age": 30, "max_age": 18}, "max_age", "max_below_min"),
    ({"host_languages": ["en", "klingon"]}, "host_languages", "unknown"),
    ({"contact_email": "not an address"}, "contact_email", "invalid_email"),
    ({"sessions": [_session(capacity=0)]}, "sessions[0].capacity", "out_of_range"),
    ({"sessions": [_session(capacity=501)]}, "sessions[0].capacity", "out_of_range"),
    ({"sessions": [_session(capacity="8")]}, "sessions[0].capacity", "wrong_type"),
    ({"sessions": [_session(minutes=-1)]}, "sessions[0].minutes", "out_of_range"),
    ({"sessions": [_session(minutes=121)]}, "sessions[0].minutes", "minutes_over_length"),
    ({"sessions": [_session(minutes=90.5)]}, "sessions[0].minutes", "wrong_type"),
    ({"sessions": [_session(hours=0, minutes=0)]}, "sessions[0].end", "end_before_start"),
    ({"sessions": [_session(hours=-1, minutes=0)]}, "sessions[0].end", "end_before_start"),
    ({"sessions": [_session(hours=24 * 8)]}, "sessions[0].end", "too_long"),
    ({"sessions": [_session(days=-2)]}, "sessions[0].start", "in_the_past"),
    ({"sessions": [_session(start=None)]}, "sessions[0].start", "required"),
    ({"sessions": [_session(), {"start": "tomorrow"}]}, "sessions[1]", "wrong_type"),
    ({"sessions": [_session()] * (MAX_SESSIONS + 1)}, "sessions", "too_many"),
]


@pytest.mark.parametrize(
    ("overrides", "field", "code"), BAD_DRAFTS, ids=[f"{f}-{c}" for _o, f, c in BAD_DRAFTS]
)
def test_each_rule_reports_its_field_and_code(
    overrides: dict[str, Any], field: str, code: str
) -> None:
    assert _problems(_draft(**overrides)) == {(field, code)}


def test_online_activities_may_leave_the_municipality_out() -> None:
    assert _problems(_draft(municipality=None, is_online=True)) == set()


def test_other_languages_are_optional_but_checked_like_dutch() -> None:
    texts = _texts() | {"ar": {"title": "طبخ", "description": "نطبخ معا", "what_to_bring": None}}
    assert _problems(_draft(translations=texts)) == set()


def test_exactly_the_maximum_number_of_sessions_is_allowed() -> None:
    assert _problems(_draft(sessions=[_session()] * MAX_SESSIONS)) == set()


def test_a_naive_session_time_is_brussels_time() -> None:
    start = _local(3, 10)
    naive = _session(start=start, end=start + timedelta(hours=1), minutes=60)
    assert _problems(_draft(sessions=[naive])) == set()


# Publishing -----------------------------------------------------------------------------------


def test_publish_stores_everything_stripped_and_unescaped(
    db: Session, organisation: Organisation, staff: User
) -> None:
    texts = {
        "nl": {
            "title": "  <b>Koken</b> & eten  ",
            "description": " Samen koken.\nDaarna eten. ",
            "what_to_bring": "  ",
        },
        "ar": {"title": "طبخ", "description": "نطبخ معا"},
    }
    draft = _draft(translations=texts, contact_name="  Ann  ", host_languages=["en", "ar"])
    activity = publish(db, organisation, staff, draft)
    db.commit()
    db.expire_all()
    stored = db.get(Activity, activity.id)
    assert stored.status == ActivityStatus.PUBLISHED
    assert stored.text("nl").title == "<b>Koken</b> & eten"
    assert stored.text("nl").description == "Samen koken.\nDaarna eten."
    assert stored.text("nl").what_to_bring is None
    assert stored.text("ar").title == "طبخ"
    assert stored.contact_name == "Ann"
    assert stored.host_languages == ["en", "ar"]
    assert [g.value for g in stored.goals] == ["learn_dutch", "meet_people"]
    assert stored.created_by_id == staff.id
    sessions = db.scalars(select(ActivitySession).where(ActivitySession.activity_id == stored.id))
    assert [(s.capacity, s.minutes) for s in sessions] == [(8, 120)]
    line = db.scalar(select(AuditEvent).where(AuditEvent.action == "activity.created"))
    assert (line.actor_id, line.target_id) == (staff.id, stored.id)


def test_an_online_activity_takes_the_organisations_municipality(
    db: Session, organisation: Organisation, staff: User
) -> None:
    activity = publish(db, organisation, staff, _draft(municipality=None, is_online=True))
    assert activity.municipality == organisation.municipality == "Gent"
    assert activity.is_online


def test_a_pending_organisation_publishes_a_draft(
    db: Session, make_user: Callable[..., User]
) -> None:
    pending = Organisation(name="Nieuw", municipality="Mechelen")
    db.add(pending)
    db.commit()
    member = make_user(Role.ORGANISATION_STAFF, organisation=pending)
    assert publish(db, pending, member, _draft()).status == ActivityStatus.DRAFT


def test_only_staff_of_the_organisation_may_publish(
    db: Session, organisation: Organisation, make_user: Callable[..., User], integrator: User
) -> None:
    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    outsider = make_user(Role.ORGANISATION_STAFF, organisation=other)
    for person in (outsider, integrator):
        with pytest.raises(PermissionError):
            publish(db, organisation, person, _draft())


def test_a_refused_draft_stores_nothing(
    db: Session, organisation: Organisation, staff: User
) -> None:
    with pytest.raises(PublishRefused) as refused:
        publish(db, organisation, staff, _draft(category="knitting", dutch_level=9))
    assert {p.field for p in refused.value.problems} == {"category", "dutch_level"}
    db.commit()
    assert db.scalar(select(func.count()).select_from(Activity)) == 0


# Weekly series --------------------------------------------------------------------------------


def _local_times(series: list[tuple[datetime, datetime]]) -> list[str]:
    return [start.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M") for start, _end in series]


def test_a_weekly_series_repeats_until_the_last_day_and_skips_exceptions() -> None:
    series = weekly_series(datetime(2027, 1, 5, 19, 0), 90, date(2027, 2, 2), {date(2027, 1, 19)})
    assert _local_times(series) == [
        "2027-01-05 19:00",
        "2027-01-12 19:00",
        "2027-01-26 19:00",
        "2027-02-02 19:00",  # `until` is included
    ]
    assert all(end - start == timedelta(minutes=90) for start, end in series)
    assert all(start.tzinfo == UTC for start, _end in series)


@pytest.mark.parametrize(
    ("first", "utc_hours"),
    [
        (datetime(2026, 10, 18, 19, 0), [17, 18, 18]),  # summer time ends 2026-10-25
        (datetime(2027, 3, 21, 19, 0), [18, 17, 17]),  # summer time starts 2027-03-28
    ],
)
def test_a_series_keeps_the_wall_clock_time_across_daylight_saving(
    first: datetime, utc_hours: list[int]
) -> None:
    series = weekly_series(first, 120, (first + timedelta(weeks=2)).date(), set())
    assert [start.astimezone(BRUSSELS).hour for start, _end in series] == [19, 19, 19]
    assert [start.hour for start, _end in series] == utc_hours
    assert [end.astimezone(BRUSSELS).hour for _start, end in series] == [21, 21, 21]


def test_a_series_of_more_than_200_sessions_is_refused() -> None:
    first = datetime(2027, 1, 4, 10, 0)
    assert len(weekly_series(first, 60, (first + timedelta(weeks=199)).date(), set())) == 200
    with pytest.raises(ValueError, match="200"):
        weekly_series(first, 60, (first + timedelta(weeks=200)).date(), set())


@pytest.mark.parametrize(
    ("first", "minutes", "message"),
    [
        (datetime(2027, 1, 4, 10, 0, tzinfo=UTC), 60, "naive"),
        (datetime(2027, 1, 4, 10, 0), 0, "one minute"),
    ],
)
def test_a_series_needs_a_wall_clock_start_and_a_duration(
    first: datetime, minutes: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        weekly_series(first, minutes, date(2027, 2, 1), set())


# The API --------------------------------------------------------------------------------------


@pytest.fixture
def token(db: Session, staff: User) -> str:
    found = create_token(db, staff)
    db.commit()
    return found


def _body(**overrides: Any) -> dict[str, Any]:
    start = _local(5, 19)
    body = {
        "category": "culture",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 1,
        "municipality": "Gent",
        "translations": {
            "nl": {"title": "Fietsles voor beginners", "description": "Leer fietsen in Gent."},
            "ar": {"title": "دروس ركوب الدراجة", "description": "تعلم ركوب الدراجة في غنت."},
        },
        "sessions": [
            {
                "start": start.isoformat(),
                "end": (start + timedelta(hours=2)).isoformat(),
                "capacity": 10,
                "minutes": 120,
            }
        ],
    }
    return body | overrides


def _post(client: FlaskClient, token: str, body: Any) -> Any:
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(URL, data=data, headers=bearer(token), content_type="application/json")


def _listed(client: FlaskClient, query: str = "") -> set[int]:
    return {item["id"] for item in client.get(f"{URL}?limit=100&{query}").json["items"]}


def test_staff_publish_and_the_activity_is_in_the_catalogue(
    client: FlaskClient, token: str, organisation: Organisation
) -> None:
    response = _post(client, token, _body(online=False, wheelchair_accessible=True))
    assert response.status_code == 201, response.json
    item = response.json
    assert set(item) == ITEM_KEYS
    assert response.headers["Location"].endswith(f"{URL}/{item['id']}")
    assert item["title"] == "Fietsles voor beginners"
    assert item["goals"] == ["learn_dutch", "meet_people"]
    assert item["organisation"] == {"id": organisation.id, "name": organisation.name}
    [session] = item["sessions"]
    assert (session["capacity"], session["minutes"], session["places_left"]) == (10, 120, 10)
    assert datetime.fromisoformat(session["start"]) == _local(5, 19).replace(tzinfo=BRUSSELS)
    assert item["next_session"]["id"] == session["id"]
    assert client.get(f"{URL}/{item['id']}").json == item
    assert item["id"] in _listed(client)
    assert _listed(client, "q=fietsles") == {item["id"]}
    assert _listed(client, "q=" + quote("الدراجة")) == {item["id"]}


def test_the_answer_follows_the_asked_language(client: FlaskClient, token: str) -> None:
    response = client.post(f"{URL}?lang=ar", json=_body(), headers=bearer(token))
    assert (response.json["title"], response.json["language"]) == ("دروس ركوب الدراجة", "ar")


def test_a_pending_organisations_activity_is_saved_but_not_public(
    client: FlaskClient, db: Session, make_user: Callable[..., User]
) -> None:
    pending = Organisation(name="Wacht Nog", municipality="Brussel")
    db.add(pending)
    db.commit()
    member = make_user(Role.ORGANISATION_STAFF, organisation=pending)
    token = create_token(db, member)
    db.commit()
    response = _post(client, token, _body())
    assert response.status_code == 201
    activity_id = response.json["id"]
    assert db.get(Activity, activity_id).status == ActivityStatus.DRAFT
    assert client.get(f"{URL}/{activity_id}").status_code == 404
    assert activity_id not in _listed(client)


def _assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert set(response.json) == {"error"}
    assert response.json["error"]["code"] == code
    assert response.json["error"]["message"]
    return response.json["error"]


def test_without_a_token_the_answer_is_401(client: FlaskClient) -> None:
    _assert_error(client.post(URL, json=_body()), 401, "unauthorized")


@pytest.mark.parametrize("role", [Role.INTEGRATOR, Role.COUNSELLOR, Role.ADMIN])
def test_only_organisation_staff_may_publish(
    client: FlaskClient, db: Session, make_user: Callable[..., User], role: Role
) -> None:
    token = create_token(db, make_user(role))
    db.commit()
    _assert_error(_post(client, token, _body()), 403, "forbidden")


def test_staff_without_an_organisation_get_403(
    client: FlaskClient, db: Session, make_user: Callable[..., User]
) -> None:
    token = create_token(db, make_user(Role.ORGANISATION_STAFF))
    db.commit()
    _assert_error(_post(client, token, _body()), 403, "forbidden")


@pytest.mark.parametrize(
    "data",
    ["{not json", "", "[]", "null", '"text"', "42", b"\xff\xfe\x00", "[" * 100_000],
    ids=["malformed", "empty", "list", "null", "string", "number", "not-utf8", "too-deep"],
)
def test_a_body_that_is_not_a_json_object_is_a_400(
    client: FlaskClient, token: str, data: str | bytes
) -> None:
    _assert_error(_post(client, token, data), 400, "invalid_json")


def _with_session(**fields: Any) -> dict[str, Any]:
    session = _body()["sessions"][0] | fields
    return _body(sessions=[session])


def _with_nl(**fields: Any) -> dict[str, Any]:
    nl = _body()["translations"]["nl"] | fields
    return _body(translations={"nl": nl})


START = _local(5, 19)
BAD_BODIES: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "no Dutch",
        _body(translations={"en": {"title": "Bike", "description": "Ride"}}),
        "translations.nl",
        "dutch_required",
    ),
    ("no Dutch title", _with_nl(title=None), "translations.nl.title", "required"),
    ("empty Dutch title", _with_nl(title=""), "translations.nl.title", "required"),
    ("20,000-character title", _with_nl(title="x" * 20_000), "translations.nl.title", "too_long"),
    ("list as title", _with_nl(title=["Fietsles"]), "translations.nl.title", "wrong_type"),
    ("unknown text key", _with_nl(titel="Fietsles"), "translations.nl.titel", "unknown"),
    (
        "NUL in text",
        _with_nl(description="a\u0000b"),
        "translations.nl.description",
        "invalid_character",
    ),
    (
        "unknown locale",
        _body(translations={**_body()["translations"], "xx": {"title": "t", "description": "d"}}),
        "translations.xx",
        "unknown",
    ),
    ("translations as list", _body(translations=[]), "translations", "wrong_type"),
    ("unknown category", _body(category="knitting"), "category", "unknown"),
    ("number as category", _body(category=7), "category", "wrong_type"),
    ("unknown goal", _body(goals=["swimming"]), "goals", "unknown"),
    ("string as goals", _body(goals="learn_dutch"), "goals", "wrong_type"),
    ("no goals", _body(goals=[]), "goals", "required"),
    ("true as dutch_level", _body(dutch_level=True), "dutch_level", "wrong_type"),
    ("string as dutch_level", _body(dutch_level="1"), "dutch_level", "wrong_type"),
    ("dutch_level 7", _body(dutch_level=7), "dutch_level", "out_of_range"),
    ("no municipality", _body(municipality=None), "municipality", "required"),
    ("string as online", _body(online="yes"), "online", "wrong_type"),
    ("unknown host language", _body(host_languages=["xx"]), "host_languages", "unknown"),
    ("ages the wrong way", _body(min_age=40, max_age=20), "max_age", "max_below_min"),
    ("typo in a key", _body(dutch_levle=2), "dutch_levle", "unknown"),
    (
        "end before start",
        _with_session(end=(START - timedelta(hours=1)).isoformat()),
        "sessions[0].end",
        "end_before_start",
    ),
    ("negative capacity", _with_session(capacity=-5), "sessions[0].capacity", "out_of_range"),
    ("string as capacity", _with_session(capacity="10"), "sessions[0].capacity", "wrong_type"),
    ("huge capacity", _with_session(capacity=10**30), "sessions[0].capacity", "out_of_range"),
    (
        "minutes over the length",
        _with_session(minutes=121),
        "sessions[0].minutes",
        "minutes_over_length",
    ),
    ("float minutes", _with_session(minutes=60.0), "sessions[0].minutes", "wrong_type"),
    (
        "start in the past",
        _with_session(start=_local(-3, 19).isoformat(), end=_local(-3, 21).isoformat()),
        "sessions[0].start",
        "in_the_past",
    ),
    ("garbage time", _with_session(start="next tuesday"), "sessions[0].start", "invalid_time"),
    (
        "date without time",
        _with_session(start=START.date().isoformat()),
        "sessions[0].start",
        "invalid_time",
    ),
    ("number as time", _with_session(end=1700000000), "sessions[0].end", "wrong_type"),
    ("year 1", _with_session(start="0001-01-01T00:00:00"), "sessions[0].start", "out_of_range"),
    ("unknown session key", _with_session(places=4), "sessions[0].places", "unknown"),
    ("session as list", _body(sessions=[[1, 2]]), "sessions[0]", "wrong_type"),
    ("sessions as object", _body(sessions={"start": "x"}), "sessions", "wrong_type"),
    (
        "too many sessions",
        _body(sessions=_body()["sessions"] * (MAX_SESSIONS + 1)),
        "sessions",
        "too_many",
    ),
]


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [case[1:] for case in BAD_BODIES],
    ids=[case[0] for case in BAD_BODIES],
)
def test_bad_input_is_a_422_naming_the_field(
    client: FlaskClient, db: Session, token: str, body: dict[str, Any], field: str, code: str
) -> None:
    error = _assert_error(_post(client, token, body), 422, "invalid_activity")
    assert set(error) == {"code", "message", "fields"}
    assert error["fields"][field] == code
    assert field[:40] in error["message"]
    assert db.scalar(select(func.count()).select_from(Activity)) == 0


def test_one_answer_lists_every_problem(client: FlaskClient, token: str) -> None:
    body = _with_session(capacity=0, start="soon") | {"goals": ["x"], "colour": "red"}
    fields = _assert_error(_post(client, token, body), 422, "invalid_activity")["fields"]
    assert fields == {
        "colour": "unknown",
        "sessions[0].start": "invalid_time",
        "goals": "unknown",
        "sessions[0].capacity": "out_of_range",
    }


def test_script_tags_are_stored_and_returned_as_typed(
    client: FlaskClient, db: Session, token: str
) -> None:
    title = "<script>alert('x')</script> Koken & <b>eten</b>"
    description = '"><img src=x onerror=alert(1)>'
    response = _post(client, token, _with_nl(title=title, description=description))
    assert response.status_code == 201
    assert (response.json["title"], response.json["description"]) == (title, description)
    stored = db.get(Activity, response.json["id"]).text("nl")
    assert (stored.title, stored.description) == (title, description)
    assert client.get(f"{URL}/{response.json['id']}").json["title"] == title


def test_online_without_municipality_and_with_offsets_and_every_optional_field(
    client: FlaskClient, db: Session, token: str
) -> None:
    start = _local(9, 10).replace(tzinfo=BRUSSELS).astimezone(UTC)
    body = _body(
        municipality=None,
        online=True,
        street="Kerkstraat 1",
        postcode="9000",
        wheelchair_accessible=True,
        host_languages=["en", "ar"],
        buddy_offered=True,
        guidance_offered=False,
        min_age=16,
        max_age=99,
        contact_name="Ann",
        contact_email="ann@example.test",
        contact_phone="+32 9 123 45 67",
        sessions=[
            {
                "start": start.isoformat(),
                "end": (start + timedelta(minutes=45)).isoformat(),
                "capacity": 500,
                "minutes": 0,
            }
        ],
    )
    body["translations"]["nl"]["what_to_bring"] = "Een fiets"
    response = _post(client, token, body)
    assert response.status_code == 201, response.json
    assert (response.json["municipality"], response.json["online"]) == ("Gent", True)
    assert response.json["sessions"][0]["start"] == start.astimezone(BRUSSELS).isoformat()
    stored = db.get(Activity, response.json["id"])
    assert (stored.buddy_offered, stored.min_age, stored.contact_phone) == (
        True,
        16,
        "+32 9 123 45 67",
    )
    assert stored.text("nl").what_to_bring == "Een fiets"


def test_the_openapi_document_describes_publishing(client: FlaskClient) -> None:
    post = client.get("/api/v1/openapi.json").json["paths"]["/activities"]["post"]
    assert set(post["responses"]) == {"201", "400", "401", "403", "422"}
    schema = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert schema == "#/components/schemas/ActivityInput"
