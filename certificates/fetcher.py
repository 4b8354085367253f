"""The only way a certificate can load anything: the package's own files and inline images.

WeasyPrint would otherwise follow any URL in a template, a stylesheet or an SVG logo,
including ``file:///etc/passwd`` or an internal web service. This fetcher serves two
things and refuses the rest: ``cert:`` URLs naming a file shipped in ``certificates/fonts``
or ``certificates/assets``, and ``data:`` URIs of the image types we embed ourselves (the
QR code and the organisation's logo).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote_to_bytes

from weasyprint.urls import URLFetcher, URLFetcherResponse

PACKAGE_DIR = Path(__file__).resolve().parent
#: The private URL scheme of the package's own files, e.g. ``cert:fonts/NotoSans-Bold.ttf``.
SCHEME = "cert:"

_MEDIA_TYPES = {
    ".ttf": "font/ttf",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
#: Image types a ``data:`` URI may carry (what ``render`` embeds).
DATA_MEDIA_TYPES = frozenset({"image/png", "image/jpeg", "image/svg+xml"})


class RefusedURL(ValueError):
    """Raised for any URL the certificates may not load."""


def _shipped_files() -> dict[str, Path]:
    """Every servable file, by its name after the scheme: fixed when the module loads."""
    files = {}
    for folder in ("fonts", "assets"):
        for path in sorted((PACKAGE_DIR / folder).iterdir()):
            if path.is_file() and path.suffix in _MEDIA_TYPES:
                files[f"{folder}/{path.name}"] = path
    return files


class AssetFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that never touches the file system or the network freely.

    Refusal raises :class:`RefusedURL`; WeasyPrint then leaves the resource out and logs
    a warning, so a hostile SVG logo cannot stop a certificate from being issued.
    """

    def __init__(self) -> None:
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self._files = _shipped_files()
        self._cache: dict[str, bytes] = {}

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        """Serve a shipped file or decode an inline image; refuse anything else."""
        if url.startswith(SCHEME):
            name = url.removeprefix(SCHEME)
            path = self._files.get(name)
            if path is None:
                raise RefusedURL(f"not a file of the certificates package: {url[:80]}")
            body = self._cache.get(name)
            if body is None:
                body = self._cache.setdefault(name, path.read_bytes())
            return URLFetcherResponse(
                url, body, headers={"Content-Type": _MEDIA_TYPES[path.suffix]}
            )
        if url[:5].lower() == "data:":
            media_type, body = parse_data_uri(url)
            return URLFetcherResponse(url, body, headers={"Content-Type": media_type})
        raise RefusedURL(f"certificates load no outside resources: {url[:80]}")


def parse_data_uri(url: str) -> tuple[str, bytes]:
    """Decode a ``data:`` URI of an allowed image type into (media type, bytes)."""
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise RefusedURL("malformed data: URI")
    parameters = [part.strip().lower() for part in header.split(";")]
    media_type = parameters[0]
    if media_type not in DATA_MEDIA_TYPES:
        raise RefusedURL(f"data: URI of a type certificates do not embed: {media_type[:40]}")
    if "base64" in parameters[1:]:
        try:
            return media_type, base64.b64decode(unquote_to_bytes(payload), validate=True)
        except (binascii.Error, ValueError) as error:
            raise RefusedURL("data: URI with broken base64") from error
    return media_type, unquote_to_bytes(payload)


def asset_url(name: str) -> str:
    """The ``cert:`` URL of a shipped file, e.g. ``asset_url("assets/certificate.css")``."""
    return SCHEME + name
