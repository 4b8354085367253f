"""The commands of the README: `db upgrade` and `create-token`."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ApiToken, AuditEvent, User
from models.tokens import hash_token

from .helpers import bearer


def test_db_upgrade_brings_the_schema_to_the_newest_migration(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output


def test_create_token_prints_only_the_token_and_stores_only_its_hash(
    app: Flask, db: Session, admin: User
) -> None:
    result = app.test_cli_runner().invoke(args=["create-token", admin.email])
    assert result.exit_code == 0, result.stderr
    token = result.stdout.strip()
    assert "\n" not in token
    assert token.startswith("ppt_")
    assert "shown only once" in result.stderr
    stored = db.scalar(select(ApiToken).where(ApiToken.user_id == admin.id))
    assert stored.token_hash == hash_token(token)
    assert token not in (stored.token_hash, stored.hint)
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "token.created"))
    me = app.test_client().get("/api/v1/me", headers=bearer(token))
    assert me.status_code == 200
    assert me.json["id"] == admin.id


def test_create_token_for_an_unknown_address_fails_clearly(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["create-token", "nobody@x.test"])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert "No account" in result.stderr
