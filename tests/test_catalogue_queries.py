"""The catalogue's SQL stays the same size however many results a page shows (no N+1),
and the reference lists of the API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from models import Activity, ActivityGoal, Organisation, scale
from models.reference import Goal
from models.sessions import BRUSSELS

from .factories import make_session


@contextmanager
def counted(app: Flask) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    engine = app.extensions["db_engine"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/activities?limit={n}",
        "/api/v1/activities?limit={n}&lang=ar&dutch_level=4&available=1",
        "/api/v1/activities?limit={n}&q=samen",
    ],
)
def test_the_api_list_costs_the_same_queries_for_2_or_40_results(
    demo_app: Flask, demo_client: FlaskClient, path: str
) -> None:
    demo_client.get(path.format(n=1))  # warm up: first-use queries are not the point
    sizes = {}
    for n in (2, 40):
        with counted(demo_app) as statements:
            response = demo_client.get(path.format(n=n))
        assert response.status_code == 200
        sizes[n] = (len(response.json["items"]), len(statements))
    assert sizes[40][0] > sizes[2][0]
    assert sizes[40][1] == sizes[2][1], sizes


def test_the_catalogue_page_costs_the_same_queries_whatever_it_shows(
    demo_app: Flask, demo_client: FlaskClient
) -> None:
    demo_client.get("/activities")
    counts = []
    for query in ("q=koken", "", "dutch_level=4&lang=ar"):
        with counted(demo_app) as statements:
            page = demo_client.get(f"/activities?{query}")
        assert page.status_code == 200
        counts.append(len(statements))
    assert len(set(counts)) == 1, counts


def test_an_activity_page_costs_a_fixed_number_of_queries(
    demo_app: Flask, demo_client: FlaskClient
) -> None:
    demo_client.get("/activities/1")
    counts = []
    for activity_id in (1, 2, 3, 10):
        with counted(demo_app) as statements:
            assert demo_client.get(f"/activities/{activity_id}").status_code == 200
        counts.append(len(statements))
    assert len(set(counts)) == 1, counts


def test_categories_goals_and_languages_are_named_in_the_asked_language(
    client: FlaskClient,
) -> None:
    categories = client.get("/api/v1/categories?lang=ti").json["items"]
    assert len(categories) == 9
    assert {"code", "name", "pictogram"} == set(categories[0])
    assert all(c["name"] for c in categories)
    goals = client.get("/api/v1/goals?lang=nl").json["items"]
    assert [g["code"] for g in goals][:2] == ["learn_dutch", "meet_people"]
    assert goals[0]["name"] == "Nederlands leren"
    languages = {i["code"]: i for i in client.get("/api/v1/languages?lang=nl").json["items"]}
    assert len(languages) == 12
    assert languages["ar"]["name"] == "Arabisch"
    assert languages["ar"]["native_name"] == "العربية"
    assert languages["fa"]["direction"] == "rtl"
    assert languages["ti"]["direction"] == "ltr"


@pytest.mark.parametrize("path", ["/api/v1/categories", "/api/v1/goals", "/api/v1/languages"])
def test_reference_lists_refuse_an_unknown_language(client: FlaskClient, path: str) -> None:
    response = client.get(f"{path}?lang=xx")
    assert response.status_code == 400
    assert response.json["error"]["code"] == "invalid_parameter"


CATALOGUE_MIX = [
    "/activities",
    "/activities?dutch_level=2&goal=learn_dutch",
    "/activities?q=koken&municipality=Gent",
    "/activities?available=1",
    "/activities?date_from={today}&date_to={later}&part_of_day=morning",
    "/api/v1/activities?limit=20",
    "/api/v1/activities?limit=20&available=1&dutch_level=1",
    "/api/v1/activities?limit=20&q=wandelen&lang=ar",
]


def _statements_per_request(app: Flask, client: FlaskClient) -> dict[str, int]:
    today = date.today()
    counts = {}
    for template in CATALOGUE_MIX:
        path = template.format(today=today, later=today + timedelta(days=30))
        client.get(path)  # a session that began meanwhile is rolled forward here, not below
        with counted(app) as statements:
            assert client.get(path).status_code == 200, path
        counts[path] = len(statements)
    return counts


def test_the_catalogue_costs_the_same_queries_however_much_data_there_is(
    app: Flask, client: FlaskClient, db: Session, organisation: Organisation
) -> None:
    """A timing-free guard for the catalogue's cost: the same statements for a catalogue
    of one activity and one of a hundred with thousands of sessions and bookings."""
    morning = datetime.combine(date.today() + timedelta(days=2), time(9), BRUSSELS)
    for title in ("Samen koken", "Wandelen"):
        session = make_session(db, organisation, starts_at=morning, title=title)
        session.activity.goal_links = [ActivityGoal(goal=Goal.LEARN_DUTCH)]
    db.commit()
    small = _statements_per_request(app, client)
    scale.load(db, 250, password_hash="not-a-real-hash")
    db.commit()
    assert db.scalar(select(func.count()).select_from(Activity)) > 100
    assert _statements_per_request(app, client) == small
