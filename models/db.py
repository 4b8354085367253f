"""Engines, sessions and schema migrations for SQLite (embedded default) and PostgreSQL
(production).

Transactions come in two kinds, the same on both engines:

- *write* transactions (`write_sessions`, `begin_write`): on SQLite `BEGIN IMMEDIATE`, so
  the database's write lock is taken before the first read. A deferred SQLite transaction
  that has read cannot become a writer once another writer committed meanwhile: it fails at
  once, whatever the busy timeout. Starting every transaction that may write as a writer is
  what lets concurrent requests queue for the lock instead of failing.
- *read-only* transactions (`read_sessions`): deferred on SQLite, so readers never wait
  for a writer (WAL). A statement that writes in one is a programming error and raises
  `WriteInReadOnlyTransaction` on both engines, before it can fail only under load; code
  that must write during a read-only request calls `begin_write` first.

Sessions from `make_session_factory` (scripts, tests) are deferred and may write.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

#: Execution options that mark a connection's transactions (see the module docstring).
BEGIN_OPTION = "sqlite_begin"
READ_ONLY_OPTION = "read_only"
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

#: PostgreSQL settings for the app's own connections, whatever the server's configuration
#: says. JIT compiling a catalogue query costs more than the short query saves (at 50,000
#: integrators: /activities 93 -> 76 ms). Custom plans: psycopg prepares a statement after
#: its fifth run, and the generic plan PostgreSQL then chose for a word search's count took
#: 73-93 ms instead of 4 ms (bench/run.py, replaying the app's SQL).
POSTGRESQL_OPTIONS = "-c jit=off -c plan_cache_mode=force_custom_plan"


class WriteInReadOnlyTransaction(RuntimeError):
    """A statement that writes ran in a read-only transaction (call `begin_write` first)."""


def make_engine(url: str, *, pool_size: int = 10, **options: object) -> Engine:
    """An engine set up for the platform, with `pool_size` connections (one per thread
    that may use it) and as many again in overflow.

    SQLite gets WAL (readers never block the writer), foreign keys, a busy timeout, and
    explicit BEGIN statements so SQLAlchemy, not the driver, decides where transactions
    start and of which kind.
    """
    if url.startswith("sqlite"):
        if ":memory:" not in url and url != "sqlite://":
            options = {"pool_size": pool_size, "max_overflow": pool_size, **options}
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _configure_sqlite_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
    else:
        options = {"pool_size": pool_size, "max_overflow": pool_size, **options}
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"options": POSTGRESQL_OPTIONS},
            **options,
        )
    event.listen(engine, "before_cursor_execute", _refuse_writes_when_read_only)
    return engine


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN on its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin_sqlite_transaction(connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_writes_when_read_only(connection, _cursor, statement: str, *_args) -> None:
    if connection.get_execution_options().get(READ_ONLY_OPTION) and statement.lstrip()[
        :7
    ].upper().startswith(_WRITES):
        raise WriteInReadOnlyTransaction(statement.split(None, 3)[:3])


def make_session_factory(engine: Engine) -> sessionmaker:
    """Deferred sessions that may write (scripts, tests). Loaded objects stay usable after
    commit (templates render after it)."""
    return sessionmaker(engine, expire_on_commit=False)


def write_sessions(engine: Engine) -> sessionmaker:
    """Sessions whose every transaction is a write transaction (requests that change data,
    commands, jobs)."""
    return make_session_factory(engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}))


def read_sessions(engine: Engine) -> sessionmaker:
    """Sessions for requests that only read: deferred, and refusing writes until
    `begin_write`."""
    return make_session_factory(engine.execution_options(**{READ_ONLY_OPTION: True}))


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


def in_write_transaction(db: Session) -> bool:
    """Whether the session's current transaction was begun as a write transaction."""
    if not db.in_transaction():
        return False
    return db.connection().get_execution_options().get(BEGIN_OPTION) == "IMMEDIATE"


def begin_write(db: Session) -> None:
    """Make sure the session is in a write transaction; a no-op when it already is.

    SQLite: `BEGIN IMMEDIATE`, the database's write lock taken before the first read, so two
    writers never both read "one place left". PostgreSQL: a plain BEGIN; the rules lock the
    rows they need with SELECT … FOR UPDATE. A read transaction still open (loading the
    signed-in user, say) is ended first; pending changes there are a programming error.
    """
    if in_write_transaction(db):
        return
    if db.in_transaction():
        if db.new or db.dirty or db.deleted:
            raise RuntimeError("begin_write() needs a session without pending changes")
        db.commit()
    db.connection(execution_options={BEGIN_OPTION: "IMMEDIATE", READ_ONLY_OPTION: False})


def analyze(db: Session) -> None:
    """Refresh the planner's statistics after a bulk load, and commit: without them
    PostgreSQL plans the catalogue's queries as if the tables were still empty."""
    db.execute(text("ANALYZE"))
    db.commit()


def end_transaction(db: Session) -> None:
    """End a transaction that wrote nothing, before slow work (a password hash, a PDF):
    on SQLite a write transaction holds the database's write lock until it ends."""
    if db.new or db.dirty or db.deleted:
        raise RuntimeError("end_transaction() needs a session without pending changes")
    db.commit()
