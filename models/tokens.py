"""API tokens: shown once, stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from sqlalchemy.orm.attributes import set_committed_value

from . import audit
from .base import Base, utcnow
from .db import begin_write
from .users import User

TOKEN_PREFIX = "ppt_"  # noqa: S105 - a visible prefix, not a secret
#: A token's last use is noted at most this often: a request that only reads should not
#: write, and "used today" is all a person needs to recognise a token in the list.
LAST_USED_PRECISION = timedelta(minutes=5)


class ApiToken(Base):
    """A bearer token for the JSON API. The token itself is never stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The first characters, so people can tell their tokens apart in a list.
    hint: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()


def hash_token(token: str) -> str:
    """Tokens carry 256 random bits, so a plain SHA-256 is enough (no slow hash needed)."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Session, user: User, name: str = "API") -> str:
    """Make a new token for `user`, store its hash, and return the token (shown once)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token), hint=token[:10]))
    audit.record(db, "token.created", actor_id=user.id, target=user, name=name)
    return token


def user_for_token(db: Session, token: str, *, now: datetime | None = None) -> User | None:
    """The active user a token belongs to, or None for an unknown or revoked token.

    Notes the token's use when the last note is older than `LAST_USED_PRECISION`, in a
    short write transaction of its own, committed here.
    """
    found = db.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None)
        )
    )
    if found is None or not found.user.is_active:
        return None
    now = now or utcnow()
    if found.last_used_at is None or found.last_used_at <= now - LAST_USED_PRECISION:
        begin_write(db)
        db.execute(
            update(ApiToken)
            .where(
                ApiToken.id == found.id,
                or_(
                    ApiToken.last_used_at.is_(None),
                    ApiToken.last_used_at <= now - LAST_USED_PRECISION,
                ),
            )
            .values(last_used_at=now)
            .execution_options(synchronize_session=False)
        )
        db.commit()
        set_committed_value(found, "last_used_at", now)  # as stored: nothing left to flush
    return found.user
