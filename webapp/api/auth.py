"""Bearer-token authentication and the small helpers every API handler uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from flask import g, request
from flask_babel import gettext as _

from models import User
from models.reference import Role
from models.tokens import user_for_token

from ..database import db
from ..errors import ApiError

P = ParamSpec("P")
R = TypeVar("R")


def token_user() -> User | None:
    """The user of the request's bearer token, or None without a valid one."""
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return user_for_token(db(), token.strip())


def require_token(*roles: Role) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Answer 401 without a valid token, 403 when the user's role is not among `roles`."""

    def decorate(view: Callable[P, R]) -> Callable[P, R]:
        @wraps(view)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            user = token_user()
            if user is None:
                raise ApiError(401, "unauthorized", _("A valid API token is needed."))
            if roles and user.role not in roles:
                raise ApiError(403, "forbidden", _("You are not allowed to do this."))
            g.api_user = user
            return view(*args, **kwargs)

        return guarded

    return decorate


def api_user() -> User:
    """The user authenticated by `require_token` for this request."""
    return g.api_user
