"""Signing in: check the password, note the time, and leave a line in the audit log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from . import audit
from .base import utcnow
from .db import begin_write, end_transaction
from .passwords import check_password
from .users import User, find_user_by_login


def authenticate(
    db: Session, identifier: str, password: str, ip_address: str | None
) -> User | None:
    """The user when the e-mail address (or phone) and password match an active account.

    Both outcomes are audited. The caller commits (the audit line must survive a failure).
    The password is checked outside any transaction: a slow hash must not hold the write
    lock that everyone else's sign-in needs.
    """
    user = find_user_by_login(db, identifier)
    end_transaction(db)
    matches = check_password(user, password)
    begin_write(db)
    if matches and user is not None and user.is_active:
        user.last_login_at = utcnow()
        audit.record(db, "login.success", actor_id=user.id, target=user, ip_address=ip_address)
        return user
    audit.record(
        db,
        "login.failure",
        actor_id=None,
        target=user,
        ip_address=ip_address,
        identifier=identifier.strip().lower()[:254],
    )
    return None
