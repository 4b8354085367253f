"""Form checks shared by every form that sets a password."""

from __future__ import annotations

from flask_babel import gettext as _

from models.passwords import MIN_LENGTH, PasswordProblem, password_problem


def password_error(password: str, *personal: str | None) -> str | None:
    """Why a new password is refused, in the reader's language; None when it is fine."""
    problem = password_problem(password, *personal)
    if problem == PasswordProblem.TOO_SHORT:
        return _("Use at least %(num)s characters.", num=MIN_LENGTH)
    if problem == PasswordProblem.TOO_LONG:
        return _("This password is too long.")
    if problem == PasswordProblem.TOO_COMMON:
        return _("This password is too easy to guess. Choose another one.")
    return None
