"""The outbox: mail is stored with the change, then sent by SMTP when a server is set."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import OutboxMail, User

from .helpers import csrf_token, reread


class FakeSMTP:
    """Stands in for smtplib.SMTP and keeps what it was given."""

    sent: list = []
    fail = False

    def __init__(self, host: str, port: int, timeout: int) -> None:
        self.address = (host, port)

    def __enter__(self) -> FakeSMTP:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def send_message(self, message) -> None:
        if FakeSMTP.fail:
            raise OSError("connection refused")
        FakeSMTP.sent.append((self.address, message))


@pytest.fixture
def queued(app: Flask, db: Session, integrator: User) -> OutboxMail:
    integrator.locale = "uk"
    db.commit()
    client = app.test_client()
    token = csrf_token(client, "/password/forgot")
    client.post("/password/forgot", data={"csrf_token": token, "email": integrator.email})
    reread(db)
    return db.scalar(select(OutboxMail))


def test_without_a_mail_server_mail_stays_in_the_outbox(
    app: Flask, db: Session, queued: OutboxMail
) -> None:
    result = app.test_cli_runner().invoke(args=["send-mail"])
    assert result.exit_code == 0
    reread(db)
    assert db.get(OutboxMail, queued.id).sent_at is None


def test_with_a_mail_server_mail_goes_out_in_the_recipients_language(
    app: Flask, db: Session, queued: OutboxMail, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("webapp.mail.smtplib.SMTP", FakeSMTP)
    FakeSMTP.sent = []
    app.config.update(MAIL_SERVER="mail.example.test", MAIL_PORT=1025)
    result = app.test_cli_runner().invoke(args=["send-mail"])
    assert result.exit_code == 0, result.output
    ((address, message),) = FakeSMTP.sent
    assert address == ("mail.example.test", 1025)
    assert message["To"] == queued.to_address
    assert message["Content-Language"] == "uk"
    assert "/password/reset/" in message.get_content()
    reread(db)
    assert db.get(OutboxMail, queued.id).sent_at is not None
    again = app.test_cli_runner().invoke(args=["send-mail"])
    assert again.exit_code == 0
    assert len(FakeSMTP.sent) == 1  # sent once, never twice


def test_a_failed_delivery_is_kept_for_another_try(
    app: Flask, db: Session, queued: OutboxMail, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("webapp.mail.smtplib.SMTP", FakeSMTP)
    monkeypatch.setattr(FakeSMTP, "fail", True)
    app.config.update(MAIL_SERVER="mail.example.test")
    result = app.test_cli_runner().invoke(args=["send-mail"])
    assert result.exit_code == 1
    reread(db)
    stored = db.get(OutboxMail, queued.id)
    assert stored.sent_at is None
    assert stored.attempts == 1
    assert "connection refused" in stored.last_error
