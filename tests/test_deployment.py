"""Static checks of the deployment files: docker-compose.yml, Dockerfile and .ci/run."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def environment(service):
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return env


def test_compose_has_app_db_and_mail():
    compose = load_compose()
    assert {"app", "db", "mail"} <= set(compose["services"])
    assert "version" not in compose


def test_db_has_healthcheck_and_declared_named_volume():
    compose = load_compose()
    db = compose["services"]["db"]
    assert "pg_isready" in str(db["healthcheck"]["test"])
    named = [v.split(":", 1)[0] for v in db["volumes"] if not v.startswith(("/", "."))]
    assert named, "db data should live on a named volume"
    assert set(named) <= set(compose.get("volumes") or {})


def test_db_runs_without_jit():
    """The app's queries are short; PostgreSQL's JIT made the busiest ones slower."""
    command = load_compose()["services"]["db"]["command"]
    assert command[0] == "postgres"
    assert "jit=off" in command


def test_app_waits_for_healthy_db_and_uses_it():
    app = load_compose()["services"]["app"]
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    url = urlsplit(environment(app)["DATABASE_URL"])
    assert url.scheme == "postgresql+psycopg"
    assert url.hostname == "db"


def test_dockerfile_runs_gunicorn_on_the_app_factory():
    dockerfile = ROOT / "Dockerfile"
    assert dockerfile.is_file()
    text = dockerfile.read_text(encoding="utf-8")
    assert "gunicorn" in text
    assert "webapp:create_app()" in text


def test_ci_script_runs_the_suite_on_postgresql_15():
    script = ROOT / ".ci" / "run"
    assert script.is_file()
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "make test" in text
    assert "/usr/lib/postgresql/15/bin" in text
