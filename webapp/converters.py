"""URL converters: ids are positive and fit the database's integer columns."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """`<id:name>`: 1 to 2,147,483,647; anything else does not match (a 404, never a 500)."""

    def __init__(self, url_map: Map) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)


def init_app(app: Flask) -> None:
    app.url_map.converters["id"] = IdConverter
