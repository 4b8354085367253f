"""Alembic environment: migrates the database named in the configuration."""

from __future__ import annotations

from alembic import context

from models import Base
from models.db import include_object, make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite changes a column by rebuilding the table; with foreign keys on, dropping
            # the old table would trip over the rows that point at it. Checked again below.
            _pragma(connection, "foreign_keys = OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            broken = _pragma(connection, "foreign_key_check")
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
            _pragma(connection, "foreign_keys = ON")
    engine.dispose()


def _pragma(connection, statement: str) -> list:
    """Run a PRAGMA on the driver's connection, outside any transaction (where it counts)."""
    return connection.connection.driver_connection.execute(f"PRAGMA {statement}").fetchall()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
