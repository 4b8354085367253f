"""Mail in the recipient's language: rendered here, queued in the outbox, sent by SMTP when
MAIL_SERVER is set (else only logged, as DESIGN.md promises for a bare machine)."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app, render_template
from flask_babel import force_locale

from models import User, utcnow
from models.outbox import OutboxMail, queue_mail, unsent

from .database import db

log = logging.getLogger(__name__)


def send_mail(
    to: User | str, template: str, locale: str | None = None, **context: object
) -> OutboxMail | None:
    """Queue `mail/<template>.txt` for `to` (a user, or an address with `locale`).

    The template's first line is the subject. Nothing is sent before the request commits.
    """
    address = to.email if isinstance(to, User) else to
    if not address:
        return  # people without an e-mail address get letters, not mail
    language = locale or (to.locale if isinstance(to, User) else "nl")
    with force_locale(language):
        text = render_template(f"mail/{template}.txt", recipient=to, **context)
    subject, _sep, body = text.strip().partition("\n")
    mail = queue_mail(
        db(),
        kind=template,
        to_address=address,
        locale=language,
        subject=subject.strip(),
        body_text=body.strip() + "\n",
    )
    log.info("mail queued: %s to %s (%s)", template, address, language)
    return mail


def deliver_pending() -> tuple[int, int]:
    """Send what waits in the outbox by SMTP; returns (sent, failed).

    Without MAIL_SERVER nothing leaves: the mail stays in the outbox, where it was logged.
    """
    config = current_app.config
    sent = failed = 0
    if not config["MAIL_SERVER"]:
        return sent, failed
    for mail in unsent(db()):
        mail.attempts += 1
        try:
            _smtp(mail, config["MAIL_SERVER"], config["MAIL_PORT"], config["MAIL_FROM"])
            mail.sent_at = utcnow()
            sent += 1
        except (OSError, smtplib.SMTPException) as exc:
            mail.last_error = str(exc)[:1000]
            failed += 1
        db().commit()
    return sent, failed


def _smtp(mail: OutboxMail, server: str, port: int, sender: str) -> None:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message.set_content(mail.body_text)
    message["Content-Language"] = mail.locale  # after set_content, which resets Content-*
    with smtplib.SMTP(server, port, timeout=20) as connection:
        connection.send_message(message)
