"""Configuration from environment variables, each with a default that works on a bare machine."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _secret_key(instance: Path) -> str:
    """SECRET_KEY, or one generated once and kept under instance/ (so sessions survive)."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def load(instance: Path, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's settings; `overrides` (tests) win over the environment."""
    overrides = overrides or {}
    env = os.environ.get
    base_url = overrides.get("BASE_URL") or env("BASE_URL", "http://127.0.0.1:5000")
    settings: dict[str, Any] = {
        "DATABASE_URL": env("DATABASE_URL") or f"sqlite:///{instance / 'participation.db'}",
        "BASE_URL": base_url.rstrip("/"),
        "UPLOAD_DIR": env("UPLOAD_DIR") or str(instance / "uploads"),
        "MAIL_SERVER": env("MAIL_SERVER") or None,
        "MAIL_PORT": int(env("MAIL_PORT") or 25),
        "MAIL_FROM": env("MAIL_FROM") or "noreply@participation.local",
        # Database connections per process: one for each thread that may hold one (gunicorn
        # --threads, the certificate job); as many again may open for a moment under load.
        "DATABASE_POOL_SIZE": int(env("DATABASE_POOL_SIZE") or 10),
        # Seconds each app process keeps the catalogue as visitors (not signed in) see it;
        # "places left" may lag this long, booking never does. 0 switches it off.
        "VISITOR_CACHE_SECONDS": int(env("VISITOR_CACHE_SECONDS") or 5),
        "RATELIMIT_STORAGE_URI": env("RATELIMIT_STORAGE_URI") or "memory://",
        # Integrators (or their counsellor) cancel online until this many hours before.
        "CANCEL_DEADLINE_HOURS": int(env("CANCEL_DEADLINE_HOURS") or 24),
        # How many proxies (load balancer, nginx) stand in front: their X-Forwarded-* headers
        # are then trusted, so rate limits and the audit log see the visitor's address.
        "PROXY_COUNT": int(env("PROXY_COUNT") or 0),
        # Processes that draw the certificates of a large class at once (one per core to spare).
        "CERTIFICATE_WORKERS": int(env("CERTIFICATE_WORKERS") or 2),
        # Printed on completion certificates as the issuing agency.
        "AGENCY_NAME": env("AGENCY_NAME") or "Agentschap Integratie en Inburgering",
        # Uploads (proofs, logos) are at most 5 MB; anything much larger is refused with 413.
        "MAX_CONTENT_LENGTH": 6 * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": base_url.startswith("https://"),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # A CSRF token lives as long as the signed-in session, not one hour: forms are long.
        "WTF_CSRF_TIME_LIMIT": None,
        "BABEL_DEFAULT_LOCALE": "nl",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Brussels",
        "BABEL_TRANSLATION_DIRECTORIES": str(PROJECT_ROOT / "translations"),
        "JSON_SORT_KEYS": False,
    }
    settings.update(overrides)
    if "SECRET_KEY" not in settings:
        settings["SECRET_KEY"] = _secret_key(instance)
    return settings
