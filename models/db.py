"""Engines and schema migrations for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str, **options: object) -> Engine:
    """An engine set up for the platform.

    SQLite gets WAL (readers never block the writer), foreign keys, a busy timeout, and
    explicit BEGIN statements so SQLAlchemy, not the driver, decides where transactions
    start: that is what lets the booking rule ask for an immediate (write-locked) one.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _configure_sqlite_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    return create_engine(url, pool_pre_ping=True, **options)


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN on its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin_sqlite_transaction(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine) -> sessionmaker:
    """Sessions that keep loaded objects usable after commit (templates render after it)."""
    return sessionmaker(engine, expire_on_commit=False)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic compares the models with everything but the search index, which migration
    0002 makes by hand (an FTS5 table on SQLite, a GIN index on PostgreSQL)."""
    if type_ == "table":
        return not name.startswith("activity_search")
    return not (type_ == "index" and name == "ix_activity_translations_search")


def alembic_config(url: str) -> Config:
    """Alembic configuration built in code, so no alembic.ini has to sit anywhere."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema of the database at `url` to `revision` (default: the newest)."""
    command.upgrade(alembic_config(url), revision)


def begin_write(db: Session) -> None:
    """Start the session's next transaction as a write transaction.

    SQLite: `BEGIN IMMEDIATE`, the database's write lock taken before the first read, so two
    writers never both read "one place left". PostgreSQL: a plain BEGIN; the rules lock the
    rows they need with SELECT … FOR UPDATE. A read-only transaction still open (loading the
    signed-in user, say) is ended first; pending changes are a programming error.
    """
    if db.in_transaction():
        if db.new or db.dirty or db.deleted:
            raise RuntimeError("begin_write() needs a session without pending changes")
        db.commit()
    db.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
