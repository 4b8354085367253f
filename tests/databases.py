"""A fresh database for every test, copied from a migrated template.

SQLite: the template file is copied (milliseconds). PostgreSQL (`DATABASE_URL` set): each
test gets `CREATE DATABASE ... TEMPLATE ...`, dropped afterwards. Tests are therefore
independent and can run in any order, and tests that need real commits from many threads
(bookings under concurrency, a live server) work the same as the rest.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url


class Databases:
    def __init__(self, root: Path, server_url: str | None) -> None:
        self.root = root
        self.server_url = server_url
        self.tag = f"{os.environ.get('PYTEST_XDIST_WORKER', 'gw')}_{os.getpid()}"
        self.templates: dict[str, str] = {}
        self._admin: Engine | None = None

    @property
    def is_postgresql(self) -> bool:
        return self.server_url is not None

    def _url_for(self, name: str) -> str:
        if self.server_url is None:
            return f"sqlite:///{self.root / (name + '.db')}"
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def _admin_engine(self) -> Engine:
        if self._admin is None:
            self._admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        return self._admin

    def template(self, name: str, prepare: Callable[[str], None]) -> str:
        """The template called `name`, made once by `prepare(url)` on an empty database."""
        if name not in self.templates:
            database = f"pp_tpl_{name}_{self.tag}"
            if self.is_postgresql:
                with self._admin_engine().connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
                    conn.execute(text(f'CREATE DATABASE "{database}"'))
            url = self._url_for(database)
            prepare(url)
            if not self.is_postgresql:
                with sqlite3.connect(self.root / f"{database}.db") as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.templates[name] = database
        return self.templates[name]

    def fresh(self, template: str) -> str:
        """A new database with the content of `template`."""
        database = f"pp_t_{uuid.uuid4().hex[:12]}"
        if self.is_postgresql:
            with self._admin_engine().connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{database}" TEMPLATE "{template}"'))
        else:
            shutil.copyfile(self.root / f"{template}.db", self.root / f"{database}.db")
        return self._url_for(database)

    def drop(self, url: str) -> None:
        database = make_url(url).database
        if self.is_postgresql:
            with self._admin_engine().connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(database + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        for database in self.templates.values():
            if self.is_postgresql:
                with self._admin_engine().connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        if self._admin is not None:
            self._admin.dispose()
