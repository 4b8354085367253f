"""The web application: pages and the JSON API over the domain in `models`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import (
    cli,
    config,
    converters,
    database,
    errors,
    formatting,
    i18n,
    security,
    urls,
    vocabulary,
)
from .accounts import bp as accounts_bp
from .admin import bp as admin_bp
from .api import bp as api_bp
from .attendance import bp as attendance_bp
from .bookings import bp as bookings_bp
from .catalogue import bp as catalogue_bp
from .certificates import bp as certificates_bp
from .counsellor import bp as counsellor_bp
from .organisation import bp as organisation_bp
from .verify import bp as verify_bp


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app. `overrides` replace settings (tests); the rest comes from the environment."""
    instance = Path(os.environ.get("INSTANCE_PATH") or config.PROJECT_ROOT / "instance")
    app = Flask(__name__, instance_path=str(instance), instance_relative_config=False)
    app.config.update(config.load(instance, overrides))
    if proxies := app.config["PROXY_COUNT"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    converters.init_app(app)
    database.init_app(app)
    security.init_app(app)
    i18n.init_app(app)
    formatting.init_app(app)
    vocabulary.init_app(app)
    errors.init_app(app)
    for blueprint in (
        catalogue_bp,
        accounts_bp,
        bookings_bp,
        counsellor_bp,
        organisation_bp,
        attendance_bp,
        admin_bp,
        certificates_bp,
        verify_bp,
        api_bp,
    ):
        app.register_blueprint(blueprint)
    app.jinja_env.globals["external_url"] = urls.external_url
    app.jinja_env.globals["static_url"] = urls.static_url
    cli.init_app(app)
    return app
