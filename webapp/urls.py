"""Absolute links for what leaves the site (mail, letters, calendar feeds, QR codes)."""

from __future__ import annotations

from flask import current_app, url_for

from models import User
from models.links import Purpose, make_link_token


def external_url(endpoint: str, **values: object) -> str:
    """`BASE_URL` + the route: right behind a proxy, unlike `url_for(_external=True)`."""
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def activation_link(user: User) -> str:
    """The one-time link with which a person chooses their first password."""
    token = make_link_token(current_app.config["SECRET_KEY"], Purpose.ACTIVATION, user)
    return external_url("accounts.activate", token=token)
