"""Sign-in plumbing (Flask-Login, CSRF) and the security headers on every response."""

from __future__ import annotations

from flask import Flask, Response, request
from flask_babel import lazy_gettext as _l
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from models import User

from .database import db

login_manager = LoginManager()
login_manager.login_view = "accounts.login"
login_manager.login_message = _l("Please sign in to see this page.")
login_manager.session_protection = "strong"
csrf = CSRFProtect()
#: Memory storage per process by default; RATELIMIT_STORAGE_URI (e.g. redis://) shares the
#: counts between app servers.
limiter = Limiter(get_remote_address, default_limits=[], headers_enabled=True)

#: Sign-in and password-reset tries: per address (IP) and per account. Only failures count.
TRIES_PER_ADDRESS = "30 per 15 minutes"
TRIES_PER_ACCOUNT = "8 per 15 minutes"


def account_key() -> str:
    """The account a sign-in or reset form names, so one account cannot be tried from many
    addresses."""
    typed = request.form.get("identifier") or request.form.get("email") or ""
    return "account:" + typed.strip().lower()[:254]


def failed(response: Response) -> bool:
    """Sign-in and reset forms answer a failed try with a 4xx status. A 5xx (the database
    gone, say) is our failure, not the person's: it never counts against them."""
    return 400 <= response.status_code < 500


CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    if not user_id.isdigit():
        return None
    user = db().get(User, int(user_id))
    return user if user is not None and user.is_active else None


def _security_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    return response


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    csrf.init_app(app)
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    limiter.init_app(app)
    app.after_request(_security_headers)
