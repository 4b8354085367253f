"""The catalogue's SQL stays the same size however many results a page shows (no N+1),
and the reference lists of the API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event


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
