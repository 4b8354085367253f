"""CSV files people open in a spreadsheet: what every download of the app shares.

The text is UTF-8 with a BOM in front, so Excel shows Arabic, Cyrillic and Ge'ez names
right, and a cell a person typed cannot run as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from flask import Response

#: A spreadsheet reads a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str | None) -> str:
    """Typed text as plain text for a spreadsheet: a leading `'` stops a formula."""
    text = value or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The header and rows as CSV text with a BOM in front; pass typed text through `cell`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def csv_download(text: str, filename: str) -> Response:
    """A CSV text as a file to save, never shown in the browser."""
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
