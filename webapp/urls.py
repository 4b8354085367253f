"""Absolute links for what leaves the site (mail, letters, calendar feeds, QR codes)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, request, url_for

from models import User
from models.links import Purpose, make_link_token


def external_url(endpoint: str, **values: object) -> str:
    """`BASE_URL` + the route: right behind a proxy, unlike `url_for(_external=True)`."""
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def activation_link(user: User) -> str:
    """The one-time link with which a person chooses their first password."""
    token = make_link_token(current_app.config["SECRET_KEY"], Purpose.ACTIVATION, user)
    return external_url("accounts.activate", token=token)


def same_site_path(target: str | None) -> str | None:
    """`target` if it is a path on this site, else None: a `next` parameter must never send
    people to another site."""
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return None


def static_url(filename: str) -> str:
    """`url_for("static", filename=…)`, built once per file and mount point: a catalogue
    page shows about a hundred pictograms, and building each URL anew was a tenth of it."""
    built = current_app.extensions.setdefault("static_urls", {})
    key = (request.script_root, filename)
    if key not in built:
        built[key] = url_for("static", filename=filename)
    return built[key]
