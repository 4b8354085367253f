"""Scans of proofs from outside the platform: checked by what they contain, kept privately.

A proof is a PDF, a JPEG or a PNG of at most 5 MB. The type is read from the file's first
bytes, never from its name or the browser's word for it, so an `.exe` renamed `.pdf` is
refused. Files are stored under the upload folder (outside the web root) with a random
name; only the ledger entry knows which file belongs to whom, and pages that serve it
check rights first.
"""

from __future__ import annotations

import secrets
from pathlib import Path

MAX_PROOF_BYTES = 5 * 1024 * 1024
PROOF_FOLDER = "proofs"

#: File type -> (how it starts, how it must end or None, media type).
_SIGNATURES: dict[str, tuple[bytes, bytes | None, str]] = {
    "pdf": (b"%PDF-", None, "application/pdf"),
    "png": (b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82", "image/png"),
    "jpg": (b"\xff\xd8\xff", None, "image/jpeg"),
}


class ProofRefused(Exception):
    """`code` is `empty`, `too_large` or `wrong_type`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def file_type(data: bytes) -> str | None:
    """`pdf`, `png` or `jpg` when the bytes really are one, else None."""
    for kind, (start, end, _media) in _SIGNATURES.items():
        if data.startswith(start) and (end is None or data.rstrip(b"\0").endswith(end)):
            if kind == "pdf" and b"%%EOF" not in data[-8192:]:
                return None
            return kind
    return None


def media_type(name: str) -> str:
    """The media type to serve a stored proof with (its name ends in its checked type)."""
    return _SIGNATURES[name.rsplit(".", 1)[-1]][2]


def store(upload_dir: str | Path, data: bytes) -> str:
    """Check the file and keep it; returns the name to put in the ledger entry."""
    if not data:
        raise ProofRefused("empty")
    if len(data) > MAX_PROOF_BYTES:
        raise ProofRefused("too_large")
    kind = file_type(data)
    if kind is None:
        raise ProofRefused("wrong_type")
    folder = Path(upload_dir) / PROOF_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}.{kind}"
    path = folder / name
    path.write_bytes(data)
    path.chmod(0o600)
    return name


def stored_path(upload_dir: str | Path, name: str) -> Path | None:
    """Where a stored proof is, or None for a name we did not hand out."""
    folder = (Path(upload_dir) / PROOF_FOLDER).resolve()
    path = (folder / name).resolve()
    if path.parent != folder or not path.is_file():
        return None
    return path


def discard(upload_dir: str | Path, name: str) -> None:
    """Remove a stored proof whose ledger entry was never saved."""
    if path := stored_path(upload_dir, name):
        path.unlink(missing_ok=True)
