"""Certificates to PDF: sandboxed Jinja templates, WeasyPrint, PDF/A-3b.

Fonts and the stylesheet are parsed once per process (a :class:`Renderer`) and reused:
loading six font files into fontconfig and parsing the CSS costs more than laying out a
one-page certificate. Templates only ever see plain dicts and strings built here.
"""

from __future__ import annotations

import base64
import io
import os
import threading
from datetime import UTC
from typing import Any

import segno
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from .documents import AttendanceCertificate, CompletionCertificate
from .fetcher import PACKAGE_DIR, AssetFetcher, asset_url
from .formatting import (
    format_day,
    format_duration,
    format_minutes,
    format_moment,
    group_code,
    locale_direction,
    parse_locale,
    text_direction,
)
from .labels import resolve_labels

#: The archival profile of every certificate: PDF/A-3b (ISO 19005-3, basic conformance).
PDF_VARIANT = "pdf/a-3b"
#: The one stylesheet, as a ``cert:`` URL served by :class:`AssetFetcher`.
STYLESHEET = asset_url("assets/certificate.css")
#: Options passed to every ``write_pdf`` (also by the benchmark's bare render).
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": PDF_VARIANT}


def qr_svg_data_uri(url: str) -> str:
    """The verification URL as a QR code (error correction M), an SVG ``data:`` URI.

    Vector, so it prints sharp at any size; the stylesheet makes it 42 mm wide with its
    quiet zone, so the symbol itself is over 3 cm: easy to scan from paper.
    """
    code = segno.make(url, error="m", micro=False, boost_error=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=1, border=4, omitsize=True, xmldecl=False)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def logo_data_uri(data: bytes) -> str:
    """An organisation's logo (PNG, JPEG or SVG bytes) as a ``data:`` URI.

    The type is read from the bytes, not trusted from a file name. Anything an SVG logo
    tries to load from elsewhere is refused by the fetcher.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        media_type = "image/jpeg"
    elif b"<svg" in data[:4096].lower():
        media_type = "image/svg+xml"
    else:
        raise ValueError("the organisation logo must be a PNG, JPEG or SVG file")
    return f"data:{media_type};base64," + base64.b64encode(data).decode("ascii")


def _language(locale: str) -> dict[str, Any]:
    babel_locale = parse_locale(locale)
    return {
        "code": str(babel_locale).replace("_", "-"),
        "dir": locale_direction(locale),
        "differs": babel_locale.language != "nl",
    }


def _both(locale: str, make: Any) -> dict[str, str | None]:
    """A value in Dutch, and in the holder's language when that is another language."""
    dutch = make("nl")
    other = None if parse_locale(locale).language == "nl" else make(locale)
    return {"nl": dutch, "other": None if other == dutch else other}


def _common(
    cert: AttendanceCertificate | CompletionCertificate, kind: str, body: str
) -> dict[str, Any]:
    locale = cert.holder_locale
    return {
        "kind": kind,
        "title_key": f"{kind}_title",
        "statement_key": f"{kind}_statement",
        "labels": resolve_labels(cert.labels),
        "holder_lang": _language(locale),
        "holder": {
            "name": cert.holder_name,
            "dir": text_direction(cert.holder_name),
            "dossier_number": cert.dossier_number,
        },
        "issuer": {"name": cert.issuer_name, "dir": text_direction(cert.issuer_name)},
        "issuer_body": {"name": body, "dir": text_direction(body)},
        "issued_at": _both(locale, lambda loc: format_moment(cert.issued_at, loc)),
        "created": cert.issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "code": group_code(cert.code),
        "verify_url": cert.verify_url,
        "qr": qr_svg_data_uri(cert.verify_url),
    }


def _duration(minutes: int, locale: str) -> dict[str, Any]:
    return {
        "minutes": format_minutes(minutes),
        "duration": _both(locale, lambda loc: format_duration(minutes, loc)),
    }


class Renderer:
    """Templates, fonts and the parsed stylesheet, made once and used for every render.

    WeasyPrint's font configuration is not safe to share between threads, so renders in
    one process take turns; processes each make their own (see :func:`get_renderer`).
    """

    def __init__(self) -> None:
        self.fetcher = AssetFetcher()
        self.font_config = FontConfiguration()
        self.stylesheets = [
            CSS(url=STYLESHEET, url_fetcher=self.fetcher, font_config=self.font_config)
        ]
        self.templates = SandboxedEnvironment(
            loader=FileSystemLoader(PACKAGE_DIR / "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._lock = threading.Lock()

    def html(self, template: str, context: dict[str, Any]) -> str:
        """The certificate as an HTML string (autoescaped, sandboxed)."""
        return self.templates.get_template(template).render(context)

    def pdf(self, html: str) -> bytes:
        """Lay out the HTML with the shared fonts and stylesheet into PDF/A-3b bytes."""
        document = HTML(string=html, url_fetcher=self.fetcher)
        with self._lock:
            return document.write_pdf(
                stylesheets=self.stylesheets, font_config=self.font_config, **PDF_OPTIONS
            )


_renderers: dict[int, Renderer] = {}
_renderers_lock = threading.Lock()


def get_renderer() -> Renderer:
    """This process's renderer, made on first use (a forked worker makes its own)."""
    pid = os.getpid()
    renderer = _renderers.get(pid)
    if renderer is None:
        with _renderers_lock:
            renderer = _renderers.get(pid)
            if renderer is None:
                _renderers.clear()
                renderer = _renderers[pid] = Renderer()
    return renderer


def attendance_html(cert: AttendanceCertificate) -> str:
    """The HTML of an attendance certificate, before layout (for tests and benchmarks)."""
    locale = cert.holder_locale
    context = _common(cert, "attendance", cert.organisation_name)
    context.update(
        logo=logo_data_uri(cert.organisation_logo) if cert.organisation_logo else None,
        activity={"title": cert.activity_title, "dir": text_direction(cert.activity_title)},
        sessions=[
            {
                "day": _both(locale, lambda loc, day=day: format_day(day, loc)),
                "minutes": format_minutes(minutes),
            }
            for day, minutes in cert.sessions
        ],
        total=_duration(cert.total_minutes, locale),
    )
    return get_renderer().html("attendance.html", context)


def completion_html(cert: CompletionCertificate) -> str:
    """The HTML of a completion certificate, before layout (for tests and benchmarks)."""
    context = _common(cert, "completion", cert.agency_name)
    context.update(
        logo=None,
        activities=[
            {
                "title": title,
                "title_dir": text_direction(title),
                "organisation": organisation,
                "organisation_dir": text_direction(organisation),
                "minutes": format_minutes(minutes),
            }
            for title, organisation, minutes in cert.activities
        ],
        total=_duration(cert.total_minutes, cert.holder_locale),
        target=_duration(cert.target_minutes, cert.holder_locale),
    )
    return get_renderer().html("completion.html", context)


def render_attendance(cert: AttendanceCertificate) -> bytes:
    """An attendance certificate (proof of participation) as PDF/A-3b bytes."""
    return get_renderer().pdf(attendance_html(cert))


def render_completion(cert: CompletionCertificate) -> bytes:
    """A completion certificate (the trajectory reached its target) as PDF/A-3b bytes."""
    return get_renderer().pdf(completion_html(cert))
