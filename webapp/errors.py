"""Error answers: JSON in the API's error shape under /api/, a friendly page elsewhere."""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

API_PREFIX = "/api/"


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


def _code_name(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_")


def _answer(status: int, code: str, message: str) -> Response | tuple[str, int]:
    if request.path.startswith(API_PREFIX):
        return api_error_response(status, code, message)
    return render_template("errors/error.html", status=status, message=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def api_error(exc: ApiError) -> Response:
        return api_error_response(exc.status, exc.code, exc.message, exc.fields)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> Response | tuple[str, int]:
        message = _("This form has expired or was not sent from our site. Please try again.")
        return _answer(400, "csrf_failed", message)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response | tuple[str, int]:
        status = exc.code or 500
        return _answer(status, _code_name(exc), _messages().get(status, exc.description or ""))

    @app.errorhandler(InternalServerError)
    def server_error(exc: InternalServerError) -> Response | tuple[str, int]:
        return _answer(500, "internal_error", _messages()[500])
