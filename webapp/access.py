"""Asking the policy (`models.permissions`) from pages: 401/redirect for visitors, 403 else."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from flask import abort
from flask_login import current_user, login_required

from models import Organisation, User
from models.permissions import Action, can
from models.reference import Role

from .database import db

P = ParamSpec("P")
R = TypeVar("R")


def allowed(action: Action, target: User | Organisation | None = None) -> bool:
    """Whether the signed-in person may do `action` (for templates and views)."""
    return can(db(), current_user if current_user.is_authenticated else None, action, target)


def require(action: Action, target: User | Organisation | None = None) -> None:
    """Stop the request with 403 unless the signed-in person may do `action`."""
    if not allowed(action, target):
        abort(403)


def roles(*wanted: Role) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Pages of one area: sign in first (redirect), then the role must fit (else 403)."""

    def decorate(view: Callable[P, R]) -> Callable[P, R]:
        @wraps(view)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            if current_user.role not in wanted:
                abort(403)
            return view(*args, **kwargs)

        return login_required(guarded)

    return decorate
