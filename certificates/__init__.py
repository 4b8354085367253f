"""PDF certificates: plain data in, PDF/A-3b bytes out.

No Flask, no database: the web app reads its models, fills in one of the two frozen
dataclasses below and stores the bytes it gets back (with their SHA-256).

Public API
----------
``AttendanceCertificate`` (proof of participation, issued by organisation staff)
    code, verify_url, issued_at (aware datetime), issuer_name (the staff member),
    organisation_name, holder_name (exactly as written, any script), activity_title,
    sessions (list of (date, minutes)), total_minutes (their sum), holder_locale,
    labels, dossier_number (or None), organisation_logo (PNG/JPEG/SVG bytes or None).

``CompletionCertificate`` (the trajectory reached its target; counsellor or admin)
    code, verify_url, issued_at, issuer_name, agency_name, holder_name, activities
    (list of (activity title, organisation name, minutes)), total_minutes (their sum),
    target_minutes (at most the total), holder_locale, labels, dossier_number (or None).

``render_attendance(cert) -> bytes`` and ``render_completion(cert) -> bytes``
    A4 PDF/A-3b. The PDF's dates and identifier come from ``issued_at`` and the content,
    so the same input gives the same bytes.

Labels: the package does not translate. ``labels`` maps a key of ``LABEL_KEYS`` (whose
values are the English meanings, i.e. the message ids to translate) to a pair
``(Dutch text, text in the holder's language or None)``. Missing keys take the Dutch of
``DUTCH``; unknown keys are refused. Certificates are Dutch, the official language of
the proof, with the holder's language beside the Dutch where it differs.

``format_duration(minutes, locale)`` gives ``"1 u 30 min"`` for Dutch (Babel's short
units elsewhere); ``group_code(code)`` the code as printed (``ABCD-EFGH``).

Fonts (Noto Sans for Latin and Cyrillic, Noto Sans Arabic, Noto Sans Ethiopic, under the
SIL Open Font License: ``fonts/OFL.txt``) ship in ``certificates/fonts`` and load through
:class:`AssetFetcher`, which refuses ``file:``, every remote URL and everything else
outside the package; a machine without any system fonts renders every script.
"""

from .documents import AttendanceCertificate, CompletionCertificate
from .fetcher import AssetFetcher, RefusedURL
from .formatting import format_duration, group_code
from .labels import DUTCH, LABEL_KEYS, Label
from .render import PDF_VARIANT, render_attendance, render_completion

__all__ = [
    "DUTCH",
    "LABEL_KEYS",
    "PDF_VARIANT",
    "AssetFetcher",
    "AttendanceCertificate",
    "CompletionCertificate",
    "Label",
    "RefusedURL",
    "format_duration",
    "group_code",
    "render_attendance",
    "render_completion",
]
