"""Signed, time-limited, single-use links (itsdangerous) and the short activation code.

A link carries the user id and a fingerprint of the current password hash. Setting a
password changes the hash, so every link issued before stops working: single use without
storing the links anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
from enum import StrEnum

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from .users import User

#: No look-alike characters (no 0/O, 1/I/L), so a code read from paper is typed right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


class Purpose(StrEnum):
    ACTIVATION = "activation"  # first password: invited staff, counsellors, integrators
    PASSWORD_RESET = "password-reset"  # noqa: S105 - a salt name, not a secret


#: How long a link stays valid, in seconds. Activation letters travel on paper.
MAX_AGE = {Purpose.ACTIVATION: 30 * 24 * 3600, Purpose.PASSWORD_RESET: 3600}


class LinkExpired(Exception):
    """The link was genuine but is too old."""


class LinkInvalid(Exception):
    """The link was forged, mangled, already used, or is for an account that is gone."""


def _fingerprint(user: User) -> str:
    return hashlib.sha256((user.password_hash or "none").encode()).hexdigest()[:20]


def make_link_token(secret: str, purpose: Purpose, user: User) -> str:
    serializer = URLSafeTimedSerializer(secret, salt=purpose.value)
    return serializer.dumps({"u": user.id, "f": _fingerprint(user)})


def read_link_token(db: Session, secret: str, purpose: Purpose, token: str) -> User:
    """The user a link was made for, if it is genuine, fresh and not used yet."""
    serializer = URLSafeTimedSerializer(secret, salt=purpose.value)
    try:
        data = serializer.loads(token, max_age=MAX_AGE[purpose])
    except SignatureExpired as exc:
        raise LinkExpired from exc
    except BadSignature as exc:
        raise LinkInvalid from exc
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        raise LinkInvalid
    user = db.get(User, data["u"])
    if user is None or user.erased_at is not None or data.get("f") != _fingerprint(user):
        raise LinkInvalid
    return user


def activation_code(secret: str, user: User) -> str:
    """A short code for the activation letter, valid until the first password is set."""
    digest = hmac.new(
        secret.encode(), f"code:{user.id}:{_fingerprint(user)}".encode(), hashlib.sha256
    ).digest()
    number = int.from_bytes(digest[:10], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def normalise_code(typed: str) -> str:
    """What people type: any case, spaces or dashes between groups."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def check_activation_code(secret: str, user: User | None, typed: str) -> bool:
    """Whether `typed` is the user's current activation code (compared in constant time)."""
    if user is None or user.password_hash is not None:
        return False
    return hmac.compare_digest(activation_code(secret, user), normalise_code(typed))
