"""Commands: `flask --app webapp db upgrade`, `seed-demo`, `seed-scale --integrators N`,
`create-token EMAIL`, `send-mail` and `send-reminders` (both meant for cron)."""

from __future__ import annotations

from datetime import datetime

import click
from alembic import command
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from models import demo, scale
from models.base import utcnow
from models.db import alembic_config, analyze, upgrade
from models.passwords import hash_password
from models.reminders import due_reminders, mark_sent
from models.sessions import BRUSSELS
from models.tokens import create_token
from models.users import find_user_by_email

from . import notifications
from .database import db
from .mail import deliver_pending


def _url() -> str:
    return current_app.config["DATABASE_URL"]


db_group = AppGroup("db", help="Database schema migrations (Alembic).")


@db_group.command("upgrade", help="Bring the schema to the newest migration.")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    upgrade(_url(), revision)
    click.echo(f"Database at {revision}.", err=True)


@db_group.command("downgrade", help="Step the schema back to REVISION.")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    command.downgrade(alembic_config(_url()), revision)


@db_group.command("revision", help="Write a new migration, compared against the models.")
@click.option("-m", "--message", required=True)
def db_revision(message: str) -> None:
    command.revision(alembic_config(_url()), message=message, autogenerate=True)


@click.command(
    "seed-demo", help="Migrate, then load the demo data (once; a rerun changes nothing)."
)
@with_appcontext
def seed_demo() -> None:
    upgrade(_url())
    session = db()
    if demo.is_loaded(session):
        click.echo("Demo data is already there; nothing changed.", err=True)
        return
    summary = demo.load(session)
    session.commit()
    click.echo(f"Demo data loaded: {summary}. Password of every account: {demo.PASSWORD}", err=True)


@click.command(
    "seed-scale",
    help="Migrate, then add synthetic data for benchmarks: per 1,000 integrators 60 "
    "organisations, 400 activities, 5,000 sessions and 30,000 bookings with attendance.",
)
@click.option("--integrators", type=click.IntRange(1, 1_000_000), required=True)
@click.option("--seed", type=int, default=2026, help="The same seed makes the same data.")
@with_appcontext
def seed_scale(integrators: int, seed: int) -> None:
    upgrade(_url())
    session = db()
    if scale.is_loaded(session):
        click.echo("Scale data is already there; nothing changed.", err=True)
        return
    started = datetime.now()
    summary = scale.load(
        session, integrators, password_hash=hash_password(demo.PASSWORD), seed=seed
    )
    session.commit()
    analyze(session)
    seconds = (datetime.now() - started).total_seconds()
    click.echo(
        f"Scale data loaded in {seconds:.0f} s: {summary}. Accounts are "
        f"integrator<N>@{scale.EMAIL_DOMAIN}, counsellor<N>@…, staff<N>@…; "
        f"password {demo.PASSWORD}",
        err=True,
    )


@click.command("create-token", help="Print a new API token for the account with EMAIL.")
@click.argument("email")
@click.option("--name", default="command line", help="A name to recognise the token by.")
@with_appcontext
def create_token_command(email: str, name: str) -> None:
    session = db()
    user = find_user_by_email(session, email)
    if user is None:
        raise click.ClickException(f"No account with e-mail address {email!r}.")
    token = create_token(session, user, name)
    session.commit()
    click.echo(token)
    click.echo(f"Token for {user.email} ({user.role.value}); it is shown only once.", err=True)


@click.command("send-mail", help="Send the mail waiting in the outbox (SMTP at MAIL_SERVER).")
@with_appcontext
def send_mail_command() -> None:
    sent, failed = deliver_pending()
    click.echo(f"{sent} sent, {failed} failed.", err=True)
    if failed:
        raise SystemExit(1)


def _moment(text: str | None) -> datetime:
    """An ISO date-time (without offset: Brussels time, as in the API), or now."""
    if text is None:
        return utcnow()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"not an ISO date-time: {text!r}", param_hint="--now") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=BRUSSELS)


@click.command(
    "send-reminders",
    help="Queue the day-before reminder for tomorrow's sessions (a second run sends nothing).",
)
@click.option("--now", "now_text", help="Act as if it were this ISO date-time (for tests).")
@with_appcontext
def send_reminders_command(now_text: str | None) -> None:
    now = _moment(now_text)
    session = db()
    due = due_reminders(session, now)
    for booking in due:
        notifications.reminder(booking)
        mark_sent(booking, now)
        session.commit()  # one by one: a crash halfway never sends a reminder twice
    click.echo(f"{len(due)} reminders sent.", err=True)


def init_app(app: Flask) -> None:
    for cmd in (
        db_group,
        seed_demo,
        seed_scale,
        create_token_command,
        send_mail_command,
        send_reminders_command,
    ):
        app.cli.add_command(cmd)
