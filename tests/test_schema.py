"""The schema: one migration from empty, constraints that hold the domain's promises."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from flask import Flask
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, SAWarning
from sqlalchemy.orm import Session

from models import ActivitySession, Base, Booking, Category, HoursEntry, User
from models.db import (
    WriteInReadOnlyTransaction,
    alembic_config,
    begin_write,
    in_write_transaction,
    make_engine,
)
from models.reference import BookingStatus, HoursKind, Role
from webapp.database import db as request_db

from .factories import make_session
from .helpers import reread


def test_the_migration_creates_every_table_of_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_the_migration_goes_down_to_empty_and_up_again(database_url: str) -> None:
    config = alembic_config(database_url)
    command.downgrade(config, "base")
    engine = make_engine(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    command.upgrade(config, "head")
    engine = make_engine(database_url)
    assert "bookings" in inspect(engine).get_table_names()
    engine.dispose()


def test_default_categories_come_with_the_schema_named_in_every_language(db: Session) -> None:
    categories = list(db.scalars(select(Category).order_by(Category.position)))
    assert [c.code for c in categories] == [
        "volunteering",
        "conversation_table",
        "buddy",
        "placement",
        "sport",
        "culture",
        "workshop",
        "digital",
        "club",
    ]
    for category in categories:
        assert len(category.names) == 12, category.code
        assert category.name("ti") != category.name("nl")


#: A session's start in local time, for checks of how times are stored.
SIX_PM_IN_BRUSSELS = datetime(2026, 12, 1, 18, 0, tzinfo=ZoneInfo("Europe/Brussels"))


def test_times_are_stored_in_utc_and_come_back_aware(db: Session, organisation) -> None:
    session = make_session(db, organisation, starts_at=SIX_PM_IN_BRUSSELS, capacity=6)
    reread(db)
    again = db.get(ActivitySession, session.id)
    assert again.starts_at == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
    assert again.starts_at.tzinfo is not None


def test_naive_times_are_refused(db: Session, organisation) -> None:
    session = make_session(db, organisation, starts_at=SIX_PM_IN_BRUSSELS, capacity=6)
    session.ends_at = datetime(2026, 12, 1, 20, 0)  # no zone
    with pytest.raises(Exception, match="naive"):
        db.commit()


def test_one_active_booking_per_integrator_per_session(
    db: Session, organisation, integrator: User
) -> None:
    session = make_session(db, organisation, starts_at=SIX_PM_IN_BRUSSELS, capacity=6)
    db.add(Booking(session=session, integrator_id=integrator.id, status=BookingStatus.CANCELLED))
    db.add(Booking(session=session, integrator_id=integrator.id, status=BookingStatus.CANCELLED))
    db.add(Booking(session=session, integrator_id=integrator.id, status=BookingStatus.BOOKED))
    db.commit()  # cancelled bookings may pile up beside one active booking
    db.add(Booking(session=session, integrator_id=integrator.id, status=BookingStatus.WAITLISTED))
    with pytest.raises(IntegrityError):
        db.commit()


def test_capacity_and_times_are_checked_by_the_database(db: Session, organisation) -> None:
    session = make_session(db, organisation, starts_at=SIX_PM_IN_BRUSSELS, capacity=6)
    session.capacity = 0
    with pytest.raises(IntegrityError):
        db.commit()
    db.rollback()
    session.ends_at = session.starts_at - timedelta(minutes=1)
    with pytest.raises(IntegrityError):
        db.commit()


def test_dutch_level_must_be_1_to_4(db: Session, make_user) -> None:
    person = make_user(Role.INTEGRATOR)
    person.integrator.dutch_level = 5
    with pytest.raises(IntegrityError):
        db.commit()


def test_the_hours_ledger_is_append_only_in_the_database(db: Session, integrator: User) -> None:
    entry = HoursEntry(
        integrator_id=integrator.id,
        kind=HoursKind.EXTERNAL_PROOF,
        minutes=90,
        occurred_on=datetime(2026, 11, 2).date(),
        reason="Paper proof",
    )
    db.add(entry)
    db.commit()
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text("UPDATE hours_entries SET minutes = 900"))
    db.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text("DELETE FROM hours_entries"))
    db.rollback()
    assert db.scalar(select(HoursEntry.minutes)) == 90


def test_minutes_are_integers_everywhere() -> None:
    from sqlalchemy import Float, Numeric

    for table in Base.metadata.tables.values():
        for column in table.columns:
            if "minutes" in column.name:
                assert not isinstance(column.type, Float | Numeric), column


def test_migrations_go_down_and_up_with_data_in_the_database(
    demo_database_url: str,
) -> None:
    """The demo data holds bookings pointing at sessions: table rebuilds must keep them."""
    from sqlalchemy import func

    engine = make_engine(demo_database_url)
    with engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(Booking.__table__)).scalar()
    engine.dispose()
    config = alembic_config(demo_database_url)
    command.downgrade(config, "0001")
    command.upgrade(config, "head")
    engine = make_engine(demo_database_url)
    with engine.connect() as conn:
        after = conn.execute(select(func.count()).select_from(Booking.__table__)).scalar()
        weekdays = conn.execute(select(ActivitySession.local_weekday).limit(5)).scalars().all()
    engine.dispose()
    assert after == before > 0
    assert all(day is not None for day in weekdays)


def test_the_migrations_create_exactly_what_the_models_describe(database_url: str) -> None:
    """A model changed without a migration (or the reverse) fails here, not in production."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.db import include_object

    engine = make_engine(database_url)
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy cannot reflect expression indexes (lower(municipality)); it says so.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_apps_own_connections_are_set_up_for_short_queries_and_safe_writes(
    app: Flask,
) -> None:
    """Whatever the server's configuration: PostgreSQL without JIT (it compiled every
    catalogue query), SQLite in WAL mode with foreign keys and a busy timeout."""
    with app.extensions["db_engine"].connect() as connection:
        if connection.dialect.name == "postgresql":
            assert connection.exec_driver_sql("SHOW jit").scalar() == "off"
        else:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_a_request_that_only_reads_may_not_write_without_saying_so(app: Flask) -> None:
    """GET requests read in transactions that refuse writes, on both engines, so a write
    hidden in one fails in every test instead of only under load on SQLite."""
    with app.test_request_context("/activities"):
        session = request_db()
        with pytest.raises(WriteInReadOnlyTransaction):
            session.execute(text("UPDATE categories SET position = position"))
        session.rollback()
        begin_write(session)
        session.execute(text("UPDATE categories SET position = position"))
        session.rollback()
    with app.test_request_context("/activities", method="POST"):
        session = request_db()
        session.execute(text("UPDATE categories SET position = position"))
        assert in_write_transaction(session)
        session.rollback()
