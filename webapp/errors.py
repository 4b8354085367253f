"""Error answers: JSON in the API's error shape under /api/, a friendly page elsewhere.

Pages are in the reader's language and never show a traceback. Two kinds of 503 ("come
back later") need no database, since the database is what is missing or being changed:
maintenance mode (MAINTENANCE=1 or a file `instance/maintenance`) and a database that
cannot be reached. They answer as a visitor who is not signed in.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from flask import Flask, Response, current_app, g, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException, InternalServerError

API_PREFIX = "/api/"
#: A file of this name in the instance folder switches maintenance mode on (no restart).
MAINTENANCE_FILE = "maintenance"
#: Seconds a client should wait before trying again (the Retry-After header).
MAINTENANCE_RETRY_AFTER = 300
UNAVAILABLE_RETRY_AFTER = 60
_OFF = {"", "0", "false", "no", "off"}


class ApiError(Exception):
    """An answer in the API's error shape: `{"error": {"code", "message"}}` with a 4xx."""

    def __init__(
        self, status: int, code: str, message: str, fields: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        #: Per field, what is wrong (`{"records[0].minutes": "not_a_number"}`), for 422s.
        self.fields = fields


def api_error_response(
    status: int, code: str, message: str, fields: dict[str, str] | None = None
) -> Response:
    error: dict[str, object] = {"code": code, "message": message}
    if fields is not None:
        error["fields"] = fields
    response = jsonify({"error": error})
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _messages() -> dict[int, str]:
    return {
        400: _("Something in the request was not right."),
        401: _("Please sign in first."),
        403: _("You are not allowed to do this."),
        404: _("We could not find this page."),
        405: _("This action is not possible here."),
        413: _("What you sent is too large."),
        429: _("Too many tries. Please wait a moment and try again."),
        500: _("Something went wrong on our side. Please try again later."),
        503: _("The platform is busy or in maintenance. Please try again later."),
    }


def _headings() -> dict[int, str]:
    """Short page titles for the errors people meet most; others show the message alone."""
    return {
        404: _("Page not found"),
        429: _("Please wait a moment"),
        500: _("Something went wrong"),
        503: _("Not available right now"),
    }


def _code_name(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_")


def _as_visitor() -> None:
    """Answer without the database: as a visitor, and drop the request's session."""
    g._login_user = current_app.login_manager.anonymous_user()
    session = g.pop("db", None)
    if session is not None:
        with contextlib.suppress(SQLAlchemyError):
            session.close()


def _page(status: int, heading: str | None, message: str) -> str:
    context = {"status": status, "heading": heading, "message": message}
    try:
        return render_template("errors/error.html", **context)
    except SQLAlchemyError:
        # The page asks who is signed in; with the database gone, answer as a visitor.
        _as_visitor()
        return render_template("errors/error.html", **context)


def _answer(
    status: int,
    code: str,
    message: str,
    *,
    heading: str | None = None,
    retry_after: int | None = None,
) -> Response:
    if request.path.startswith(API_PREFIX):
        response = api_error_response(status, code, message)
    else:
        page = _page(status, heading or _headings().get(status), message)
        response = current_app.make_response((page, status))
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


def in_maintenance(app: Flask) -> bool:
    """Whether the MAINTENANCE setting is on or the file `instance/maintenance` exists."""
    if str(app.config.get("MAINTENANCE") or "").strip().lower() not in _OFF:
        return True
    return (Path(app.instance_path) / MAINTENANCE_FILE).exists()


def _maintenance_answer() -> Response | None:
    """Every request but static files gets a 503 while maintenance mode is on."""
    static = current_app.static_url_path or "/static"
    if request.path.startswith(static + "/") or not in_maintenance(current_app):
        return None
    _as_visitor()
    return _answer(
        503,
        "maintenance",
        _("We are working on the platform. Please come back in a few minutes."),
        heading=_("Maintenance"),
        retry_after=MAINTENANCE_RETRY_AFTER,
    )


def database_unreachable(exc: SQLAlchemyError) -> bool:
    """A lost or refused connection (or a full pool), not a mistake in a query."""
    if isinstance(exc, OperationalError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def init_app(app: Flask) -> None:
    app.config.setdefault("MAINTENANCE", os.environ.get("MAINTENANCE", ""))
    # First of all before-request hooks: no CSRF check or rate limit before the 503.
    app.before_request_funcs.setdefault(None, []).insert(0, _maintenance_answer)

    @app.errorhandler(ApiError)
    def api_error(exc: ApiError) -> Response:
        return api_error_response(exc.status, exc.code, exc.message, exc.fields)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> Response:
        message = _("This form has expired or was not sent from our site. Please try again.")
        return _answer(400, "csrf_failed", message)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        return _answer(status, _code_name(exc), _messages().get(status, exc.description or ""))

    @app.errorhandler(InternalServerError)
    def server_error(exc: InternalServerError) -> Response:
        return _answer(500, "internal_error", _messages()[500])

    def database_error(exc: SQLAlchemyError) -> Response:
        if not database_unreachable(exc):
            raise exc  # a bug, not an outage: Flask logs it and answers 500
        app.logger.warning("Database unreachable: %s", exc)
        _as_visitor()
        return _answer(503, "unavailable", _messages()[503], retry_after=UNAVAILABLE_RETRY_AFTER)

    app.register_error_handler(DBAPIError, database_error)
    app.register_error_handler(PoolTimeout, database_error)
