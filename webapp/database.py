"""One SQLAlchemy session per request (or CLI command), closed when the app context ends.

Requests that only read (GET, HEAD, OPTIONS) get a read-only session; every other request,
command and job gets one whose transactions are write transactions from their first
statement (see `models.db`). A GET that must write (an audit line, a token's last use)
says so with `models.db.begin_write`.
"""

from __future__ import annotations

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy.orm import Session

from models.db import make_engine, make_session_factory, read_sessions, write_sessions

READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"], pool_size=app.config["DATABASE_POOL_SIZE"])
    app.extensions["db_engine"] = engine
    app.extensions["db_sessions"] = make_session_factory(engine)
    app.extensions["db_write_sessions"] = write_sessions(engine)
    app.extensions["db_read_sessions"] = read_sessions(engine)
    app.teardown_appcontext(_close)


def db() -> Session:
    """The current request's database session."""
    if "db" not in g:
        reading = has_request_context() and request.method in READ_ONLY_METHODS
        factory = "db_read_sessions" if reading else "db_write_sessions"
        g.db = current_app.extensions[factory]()
    return g.db


def _close(_exc: BaseException | None) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()
