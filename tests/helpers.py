"""Small helpers for tests that act as a person would: read the form, send it back."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

CSRF_FIELD = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token(client: FlaskClient, path: str) -> str:
    """The CSRF token of the form on the page at `path`."""
    page = client.get(path)
    found = CSRF_FIELD.search(page.get_data(as_text=True))
    assert found, f"no CSRF token in the form at {path}"
    return found.group(1)


def login(client: FlaskClient, email: str, password: str = "demo-password") -> TestResponse:
    """Sign in through the real form, CSRF token included."""
    token = csrf_token(client, "/login")
    return client.post(
        "/login", data={"csrf_token": token, "identifier": email, "password": password}
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def reread(session: Session) -> None:
    """Forget what the test's own session holds (snapshot and loaded objects), so the next
    read sees what the requests committed."""
    session.rollback()
    session.expire_all()
