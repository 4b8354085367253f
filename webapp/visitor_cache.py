"""A few seconds of memory for the catalogue as visitors see it.

Everyone who is not signed in sees the same catalogue page for the same address and
language, and most traffic is exactly that: people browsing before they sign in, links
shared in a class, search engines. Each app process keeps those answers for
`VISITOR_CACHE_SECONDS` (default 5), so "places left" may lag that long; the booking rule
never does, since booking is a POST that always reads the database under its lock.

Kept per process and in memory on purpose: nothing to configure, nothing to invalidate
across servers, and a lag of seconds is the whole cost. Signed-in people, bearer-token
calls, answers that set a cookie and anything but a 200 are never kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from time import monotonic
from typing import ParamSpec

from flask import Response, current_app, request, session
from flask_login import current_user

from .i18n import locale_code

P = ParamSpec("P")

#: Answers kept per process at most (a catalogue page is about 40 KB).
MAX_ENTRIES = 256


class _Store:
    """A small thread-safe LRU of (body, status, mimetype) with an expiry time each."""

    def __init__(self) -> None:
        self._entries: OrderedDict[tuple, tuple[float, bytes, int, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, now: float) -> tuple[bytes, int, str] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] <= now:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry[1:]

    def put(self, key: tuple, expires: float, body: bytes, status: int, mimetype: str) -> None:
        with self._lock:
            self._entries[key] = (expires, body, status, mimetype)
            self._entries.move_to_end(key)
            while len(self._entries) > MAX_ENTRIES:
                self._entries.popitem(last=False)


def _is_visitor() -> bool:
    return (
        not request.headers.get("Authorization")
        and not session.get("_flashes")
        and not current_user.is_authenticated
    )


def cached_for_visitors(view: Callable[P, object]) -> Callable[P, Response]:
    """Keep the view's answer to visitors for `VISITOR_CACHE_SECONDS`, per address and
    language."""

    @wraps(view)
    def answer(*args: P.args, **kwargs: P.kwargs) -> Response:
        seconds = current_app.config["VISITOR_CACHE_SECONDS"]
        if not seconds or not _is_visitor():
            return current_app.make_response(view(*args, **kwargs))
        store: _Store = current_app.extensions.setdefault("visitor_cache", _Store())
        key = (request.script_root, request.full_path, locale_code())
        now = monotonic()
        if (kept := store.get(key, now)) is not None:
            body, status, mimetype = kept
            return Response(body, status=status, mimetype=mimetype)
        response = current_app.make_response(view(*args, **kwargs))
        if response.status_code == 200 and "Set-Cookie" not in response.headers:
            store.put(key, now + seconds, response.get_data(), 200, response.mimetype)
        return response

    return answer
