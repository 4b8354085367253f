"""Fixtures every test uses: a fresh database per test (SQLite, or PostgreSQL when
`DATABASE_URL` is set), the app, a client, a user of each role, a live server on
127.0.0.1 and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.serving import make_server

from models import IntegratorProfile, Membership, Organisation, Trajectory, User, demo
from models.db import make_engine, make_session_factory, upgrade
from models.passwords import hash_password
from models.reference import OrganisationStatus, Role
from webapp import create_app

from .databases import Databases

PASSWORD = demo.PASSWORD  # one password for demo and test accounts alike
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


# Databases ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    found = Databases(tmp_path_factory.mktemp("databases"), os.environ.get("DATABASE_URL"))
    yield found
    found.close()


def _seed_demo(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        demo.load(session)
        session.commit()
    engine.dispose()


@pytest.fixture
def database_url(databases: Databases) -> Iterator[str]:
    """A fresh, migrated, empty database (but for the default categories)."""
    url = databases.fresh(databases.template("schema", upgrade))
    yield url
    databases.drop(url)


@pytest.fixture
def demo_database_url(databases: Databases) -> Iterator[str]:
    """A fresh database holding the demo data of `seed-demo`."""
    url = databases.fresh(databases.template("demo", _seed_demo))
    yield url
    databases.drop(url)


# The app -----------------------------------------------------------------------------------


def _app(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": url,
            "SECRET_KEY": "test-secret-key",
            "UPLOAD_DIR": str(tmp_path / "uploads"),
            "BASE_URL": "http://127.0.0.1:5000",
            # Tests read what they just wrote; tests/test_visitor_cache.py checks the cache.
            "VISITOR_CACHE_SECONDS": 0,
        }
    )
    yield app
    app.extensions["db_engine"].dispose()


@pytest.fixture
def app(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    yield from _app(database_url, tmp_path, monkeypatch)


@pytest.fixture
def demo_app(
    demo_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Flask]:
    yield from _app(demo_database_url, tmp_path, monkeypatch)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def demo_client(demo_app: Flask) -> FlaskClient:
    return demo_app.test_client()


@pytest.fixture
def db(app: Flask) -> Iterator[Session]:
    """A session of the test's own, apart from the requests' sessions: commit to share."""
    session = app.extensions["db_sessions"]()
    yield session
    session.close()


@pytest.fixture
def demo_db(demo_app: Flask) -> Iterator[Session]:
    session = demo_app.extensions["db_sessions"]()
    yield session
    session.close()


# People ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One slow Argon2 hash for all test users."""
    return hash_password(PASSWORD)


@pytest.fixture
def make_user(db: Session, password_hash: str) -> Callable[..., User]:
    """Create and commit a user; integrators get a profile and a trajectory."""
    counter = iter(range(1, 10_000))

    def make(
        role: Role,
        *,
        name: str | None = None,
        email: str | None = None,
        locale: str = "nl",
        dutch_level: int = 2,
        counsellor: User | None = None,
        organisation: Organisation | None = None,
    ) -> User:
        number = next(counter)
        user = User(
            email=email or f"{role.value}{number}@example.test",
            name=name or f"{role.value.title()} {number}",
            role=role,
            locale=locale,
            password_hash=password_hash,
        )
        db.add(user)
        if role == Role.INTEGRATOR:
            user.integrator = IntegratorProfile(dutch_level=dutch_level, counsellor=counsellor)
            db.add(Trajectory(integrator=user, started_on=date(2026, 1, 5)))
        if organisation is not None:
            db.add(Membership(organisation=organisation, user=user))
        db.commit()
        return user

    return make


@pytest.fixture
def organisation(db: Session) -> Organisation:
    found = Organisation(
        name="Buurtcentrum Test", municipality="Gent", status=OrganisationStatus.APPROVED
    )
    db.add(found)
    db.commit()
    return found


@pytest.fixture
def counsellor(make_user: Callable[..., User]) -> User:
    return make_user(Role.COUNSELLOR)


@pytest.fixture
def integrator(make_user: Callable[..., User], counsellor: User) -> User:
    return make_user(Role.INTEGRATOR, counsellor=counsellor)


@pytest.fixture
def staff(make_user: Callable[..., User], organisation: Organisation) -> User:
    return make_user(Role.ORGANISATION_STAFF, organisation=organisation)


@pytest.fixture
def admin(make_user: Callable[..., User]) -> User:
    return make_user(Role.ADMIN)


# A live server and a browser ---------------------------------------------------------------


def _serve(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app served on 127.0.0.1 on a free port; stops at the end of the test."""
    yield from _serve(app)


@pytest.fixture
def demo_live_server(demo_app: Flask) -> Iterator[str]:
    yield from _serve(demo_app)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless. Skips without it, except under CI=true: then it fails."""
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + "; CI must run the browser tests")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab at desktop size, with its own cookies."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture
def phone(browser):
    """A fresh browser tab the size of a small phone: 360 px wide."""
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
