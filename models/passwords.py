"""Password hashing with Argon2id (argon2-cffi), and a check that costs the same for all."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from .users import User

_hasher = PasswordHasher()
#: Verified against when the account does not exist, so timing does not reveal accounts.
_DUMMY_HASH = _hasher.hash("not a real password, only here to spend the same time")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)


def check_password(user: User | None, password: str) -> bool:
    """True when `password` is right for `user`; spends the same time for unknown users."""
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    if user is None or not user.password_hash:
        return False
    if _hasher.check_needs_rehash(stored):
        user.password_hash = hash_password(password)
    return True


MIN_LENGTH = 10
MAX_LENGTH = 200


class PasswordProblem(StrEnum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    TOO_COMMON = "too_common"


@cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of zxcvbn's lists."""
    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str, *personal: str | None) -> PasswordProblem | None:
    """Why `password` is refused, or None. `personal` holds the person's name and address:
    a password that is just one of those is as weak as a common one."""
    if len(password) < MIN_LENGTH:
        return PasswordProblem.TOO_SHORT
    if len(password) > MAX_LENGTH:
        return PasswordProblem.TOO_LONG
    lowered = password.lower()
    known = {p.lower().replace(" ", "") for p in personal if p}
    known |= {p.split("@")[0] for p in known if "@" in p}
    if lowered in _common_passwords() or lowered.replace(" ", "") in known:
        return PasswordProblem.TOO_COMMON
    return None
