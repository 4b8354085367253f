"""The floor of a served page: a bare Flask + SQLAlchemy + Jinja app that shows 20 rows of
one table (the organisations of the same database), nothing else. `bench/run.py` serves it
under the same gunicorn settings as the platform: what the platform's pages cost above
this is the platform's own work.

Serve by hand: ``DATABASE_URL=… gunicorn --pythonpath bench 'floor_app:create_app()'``.
"""

from __future__ import annotations

import os

from flask import Flask, render_template, request
from jinja2 import DictLoader
from sqlalchemy import create_engine, text

PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Organisations</title></head>
<body><h1>Organisations, page {{ page + 1 }}</h1>
<table>
<tr><th>id</th><th>name</th><th>municipality</th></tr>
{% for row in rows %}
<tr><td>{{ row.id }}</td><td>{{ row.name }}</td><td>{{ row.municipality }}</td></tr>
{% endfor %}</table>
<a href="?page={{ page + 1 }}" rel="next">next</a>
</body></html>
"""
ROWS = text("SELECT id, name, municipality FROM organisations ORDER BY id LIMIT 20 OFFSET :skip")


def create_app() -> Flask:
    """The app on `DATABASE_URL`: `/?page=N` shows rows 20·N to 20·N+19."""
    app = Flask(__name__)
    app.jinja_loader = DictLoader({"rows.html": PAGE})  # a template as the platform has them
    engine = create_engine(os.environ["DATABASE_URL"])

    @app.get("/")
    def rows() -> str:
        page = request.args.get("page", 0, type=int)
        with engine.connect() as connection:
            found = connection.execute(ROWS, {"skip": 20 * page}).all()
        return render_template("rows.html", rows=found, page=page)

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"

    return app
