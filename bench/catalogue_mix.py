"""The fixed mix of catalogue requests, and its SQL floor.

The mix: the same searches for the API (`/api/v1/activities`) and the page (`/activities`),
by Dutch level, goal, town, dates, words in several languages and scripts, and deep pages
(following the next cursor). `mix()` builds it in-process (the deep pages are found by
following the links), `sql_floor()` captures the SQL statements each request of the mix
emits (a SQLAlchemy `before_cursor_execute` event) and times them again on a plain DB-API
connection: what the searches cost the database alone.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psycopg
from flask import Flask
from harness import SECRET_KEY, Timings, libpq, next_page
from sqlalchemy import event
from sqlalchemy.engine import make_url

from webapp import create_app

API, PAGE = "/api/v1/activities", "/activities"
#: How many pages past the first the deep-page requests go.
DEEP_PAGES = 5


def searches(today: date) -> list[tuple[str, dict[str, str]]]:
    """(group, query) of every search of the mix; dates count from `today`."""

    def day(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    return [
        ("plain", {}),
        ("level", {"dutch_level": "1"}),
        ("level", {"dutch_level": "2"}),
        ("level", {"dutch_level": "4"}),
        ("goal", {"goal": "learn_dutch"}),
        ("goal", {"goal": "volunteer"}),
        ("goal", {"goal": "meet_people,make_friends"}),
        ("town", {"municipality": "Gent"}),
        ("town", {"municipality": "Antwerpen"}),
        ("town", {"municipality": "online"}),
        ("town", {"dutch_level": "2", "goal": "meet_people", "municipality": "Gent"}),
        ("dates", {"date_from": day(7), "date_to": day(14)}),
        ("dates", {"date_from": day(1), "date_to": day(3), "weekday": "sat,sun"}),
        ("dates", {"date_from": day(21), "part_of_day": "evening", "available": "1"}),
        ("words", {"q": "koken"}),
        ("words", {"q": "praattafel"}),
        ("words", {"q": "koken", "dutch_level": "2"}),
        ("words", {"q": "samen wandelen"}),
        ("words", {"q": "cooking", "lang": "en"}),
        ("words", {"q": "طبخ", "lang": "ar"}),
        ("words", {"q": "кулінарія", "lang": "uk"}),
    ]


#: The searches whose later pages the mix also asks.
DEEP_STARTS: list[dict[str, str]] = [{}, {"dutch_level": "3"}]


@dataclass(frozen=True)
class Request:
    """One request of the mix: API or page, its group, and the path."""

    kind: str  # "api" or "html"
    group: str
    path: str


def _path(kind: str, query: dict[str, str]) -> str:
    if kind == "api":
        return f"{API}?{urlencode({**query, 'limit': '20'})}"
    return f"{PAGE}?{urlencode(query)}" if query else PAGE


@contextmanager
def in_process(url: str, folder: Path) -> Iterator[Flask]:
    """The platform in this process, on `url`, for finding paths and capturing SQL; without
    the visitor cache, which would answer a path asked a moment before without any SQL."""
    settings = {"DATABASE_URL": url, "SECRET_KEY": SECRET_KEY, "UPLOAD_DIR": str(folder)}
    app = create_app(settings | {"VISITOR_CACHE_SECONDS": 0})
    try:
        yield app
    finally:
        app.extensions["db_engine"].dispose()


def mix(app: Flask, today: date) -> list[Request]:
    """Every request of the mix, in a fixed order; deep pages found by following links."""
    client = app.test_client()
    requests = []
    for kind in ("api", "html"):
        requests += [Request(kind, group, _path(kind, query)) for group, query in searches(today)]
        for query in DEEP_STARTS:
            path: str | None = _path(kind, query)
            for _ in range(DEEP_PAGES):
                answer = client.get(path)
                if answer.status_code != 200:
                    raise RuntimeError(f"{path} answered {answer.status_code}")
                path = next_page(path, answer.get_data(as_text=True))
                if path is None:
                    break
                requests.append(Request(kind, "deep", path))
    return requests


Statement = tuple[str, Any]


def capture(app: Flask, requests: list[Request]) -> dict[Request, list[Statement]]:
    """The SELECT statements, with their parameters, that each request makes the app run."""
    engine = app.extensions["db_engine"]
    current: list[Statement] = []

    def listen(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            current.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listen)
    captured = {}
    try:
        client = app.test_client()
        for request in requests:
            current.clear()
            status = client.get(request.path).status_code
            if status != 200:
                raise RuntimeError(f"{request.path} answered {status}")
            captured[request] = list(current)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return captured


def _connect(url: str) -> Any:
    """A plain DB-API connection, without SQLAlchemy. On PostgreSQL each statement is
    planned for its own parameters: psycopg would otherwise prepare a statement run five
    times, and the server may then choose a generic plan (30 times slower for the
    full-text count at 12,500 integrators): that is a cost of the app's setup, not of
    its SQL."""
    if url.startswith("sqlite"):
        return sqlite3.connect(make_url(url).database or "")
    return psycopg.connect(libpq(url), autocommit=True, prepare_threshold=None)


def sql_floor(
    url: str, captured: dict[Request, list[Statement]], rounds: int
) -> dict[Request, Timings]:
    """Each request's statements replayed `rounds` times on a DB-API connection: the time
    to run them all and fetch every row, per request."""
    timings = {request: Timings() for request in captured}
    connection = _connect(url)
    try:
        cursor = connection.cursor()
        for round_ in range(rounds + 1):  # round 0 warms the caches, it is not counted
            for request, statements in captured.items():
                started = time.perf_counter()
                for statement, parameters in statements:
                    cursor.execute(statement, parameters)
                    cursor.fetchall()
                if round_:
                    timings[request].add((time.perf_counter() - started) * 1000)
    finally:
        connection.close()
    return timings
