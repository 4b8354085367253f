"""Error pages in the reader's language (404, 429, 500, 503), never a traceback; maintenance
mode and an unreachable database answer 503 without touching the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask, abort
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from markupsafe import escape
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from models import User
from webapp import create_app
from webapp.errors import MAINTENANCE_RETRY_AFTER, in_maintenance

from .helpers import login

RTL = {"ar"}
#: status -> (heading, message) as the error page shows them (English message ids).
PAGES = {
    404: ("Page not found", "We could not find this page."),
    429: ("Please wait a moment", "Too many tries. Please wait a moment and try again."),
    500: ("Something went wrong", "Something went wrong on our side. Please try again later."),
    503: (
        "Maintenance",
        "We are working on the platform. Please come back in a few minutes.",
    ),
}


def _raise_runtime_error() -> str:
    raise RuntimeError("secret detail of the crash")


def _too_many() -> str:
    abort(429)


def _outage(app: Flask, exc: Exception) -> None:
    """Every database session the app opens from now on fails with `exc`."""

    def sessions() -> object:
        raise exc

    for factory in ("db_sessions", "db_read_sessions", "db_write_sessions"):
        app.extensions[factory] = sessions


@pytest.fixture
def test_app(app: Flask) -> Flask:
    """The app with test-only routes that fail, and without the testing mode's habit of
    letting exceptions through (production answers them with a page)."""
    app.add_url_rule("/test-only/crash", "test_crash", _raise_runtime_error)
    app.add_url_rule("/test-only/too-many", "test_too_many", _too_many)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    return app


@pytest.fixture
def test_client(test_app: Flask) -> FlaskClient:
    return test_app.test_client()


def _translated(app: Flask, locale: str, text: str) -> str:
    """`text` as the catalogue of `locale` has it, escaped as the page prints it."""
    with app.test_request_context(), force_locale(locale):
        return str(escape(gettext(text)))


def _path(status: int) -> str:
    return {404: "/no-such-page", 429: "/test-only/too-many", 500: "/test-only/crash"}.get(
        status, "/activities"
    )


@pytest.mark.parametrize("locale", ["nl", "ar", "ti"])
@pytest.mark.parametrize("status", sorted(PAGES))
def test_error_pages_speak_the_readers_language(
    test_app: Flask, test_client: FlaskClient, status: int, locale: str
) -> None:
    if status == 503:
        test_app.config["MAINTENANCE"] = "1"
    response = test_client.get(f"{_path(status)}?lang={locale}")
    page = response.get_data(as_text=True)

    assert response.status_code == status
    direction = "rtl" if locale in RTL else "ltr"
    assert f'<html lang="{locale}" dir="{direction}">' in page
    heading, message = PAGES[status]
    assert f"<h1>{_translated(test_app, locale, heading)}</h1>" in page
    assert _translated(test_app, locale, message) in page
    assert _translated(test_app, locale, "Error code: %(status)s") % {"status": status} in page
    assert 'href="/"' in page
    assert 'href="/activities"' in page


@pytest.mark.parametrize("locale", ["nl", "ar", "ti"])
def test_the_messages_are_really_translated(test_app: Flask, locale: str) -> None:
    """The sentences already in the catalogues are not left in English."""
    for status in (404, 429, 500):
        assert _translated(test_app, locale, PAGES[status][1]) != PAGES[status][1]


def test_a_crash_shows_the_friendly_page_not_a_traceback(test_client: FlaskClient) -> None:
    response = test_client.get("/test-only/crash?lang=en")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side." in page
    assert "Traceback" not in page
    assert "RuntimeError" not in page
    assert "secret detail" not in page


def test_a_crash_under_the_api_answers_in_the_error_shape(
    test_app: Flask, test_client: FlaskClient
) -> None:
    test_app.add_url_rule("/api/v1/test-only/crash", "test_api_crash", _raise_runtime_error)
    response = test_client.get("/api/v1/test-only/crash")
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"


# Maintenance ------------------------------------------------------------------------------


def test_maintenance_answers_every_page_with_503_and_retry_after(
    test_app: Flask, test_client: FlaskClient
) -> None:
    test_app.config["MAINTENANCE"] = "1"
    for path in ("/", "/activities", "/login", "/no-such-page"):
        response = test_client.get(f"{path}?lang=en")
        assert response.status_code == 503, path
        assert response.headers["Retry-After"] == str(MAINTENANCE_RETRY_AFTER)
        assert "We are working on the platform." in response.get_data(as_text=True)
    assert test_client.post("/login").status_code == 503


def test_maintenance_under_the_api_answers_in_the_error_shape(
    test_app: Flask, test_client: FlaskClient
) -> None:
    test_app.config["MAINTENANCE"] = "1"
    response = test_client.get("/api/v1/activities")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "300"
    assert response.get_json()["error"]["code"] == "maintenance"
    assert response.get_json()["error"]["message"]


def test_maintenance_still_serves_static_files(test_app: Flask, test_client: FlaskClient) -> None:
    test_app.config["MAINTENANCE"] = "1"
    response = test_client.get("/static/css/site.css")
    assert response.status_code == 200
    response.close()


def test_a_file_in_the_instance_folder_switches_maintenance_on_and_off(
    test_app: Flask, test_client: FlaskClient
) -> None:
    flag = Path(test_app.instance_path) / "maintenance"
    flag.parent.mkdir(parents=True, exist_ok=True)
    flag.touch()
    assert test_client.get("/activities").status_code == 503
    flag.unlink()
    assert test_client.get("/activities").status_code == 200


def test_the_environment_switches_maintenance_on(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("MAINTENANCE", "1")
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    assert in_maintenance(app)
    assert app.test_client().get("/activities").status_code == 503
    app.extensions["db_engine"].dispose()
    monkeypatch.setenv("MAINTENANCE", "0")
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    assert not in_maintenance(app)
    app.extensions["db_engine"].dispose()


def test_maintenance_needs_no_database_even_when_signed_in(
    test_app: Flask, test_client: FlaskClient, integrator: User
) -> None:
    login(test_client, integrator.email)
    test_app.config["MAINTENANCE"] = "1"
    _outage(test_app, RuntimeError("the database was touched"))
    response = test_client.get("/?lang=ar")
    assert response.status_code == 503
    assert 'dir="rtl"' in response.get_data(as_text=True)


# The database is down --------------------------------------------------------------------


def _refused() -> OperationalError:
    return OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))


def test_an_unreachable_database_answers_503_not_500(
    test_app: Flask, test_client: FlaskClient
) -> None:
    _outage(test_app, _refused())
    response = test_client.get("/activities?lang=uk")
    page = response.get_data(as_text=True)
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert '<html lang="uk" dir="ltr">' in page
    assert _translated(test_app, "uk", PAGES[503][1]) not in page  # not the maintenance text
    message = "The platform is busy or in maintenance. Please try again later."
    assert _translated(test_app, "uk", message) in page


def test_an_unreachable_database_with_a_signed_in_visitor_answers_503(
    test_app: Flask, test_client: FlaskClient, integrator: User
) -> None:
    login(test_client, integrator.email)
    _outage(test_app, _refused())
    response = test_client.get("/")
    assert response.status_code == 503
    assert "Traceback" not in response.get_data(as_text=True)


def test_an_unreachable_database_under_the_api_answers_in_the_error_shape(
    test_app: Flask, test_client: FlaskClient
) -> None:
    _outage(test_app, _refused())
    response = test_client.get("/api/v1/activities")
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "unavailable"


def test_a_lost_connection_answers_503(test_app: Flask, test_client: FlaskClient) -> None:
    lost = DBAPIError("SELECT 1", {}, Exception("server closed the connection"))
    lost.connection_invalidated = True
    _outage(test_app, lost)
    assert test_client.get("/activities").status_code == 503


def test_a_mistake_in_a_query_is_still_a_500(test_app: Flask, test_client: FlaskClient) -> None:
    broken = IntegrityError("INSERT", {}, Exception("duplicate key"))
    _outage(test_app, broken)
    response = test_client.get("/activities?lang=en")
    assert response.status_code == 500
    assert "Something went wrong on our side." in response.get_data(as_text=True)
