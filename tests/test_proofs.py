"""Proof files: the type is read from the content, never from the name; stored privately."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.proofs import (
    MAX_PROOF_BYTES,
    ProofRefused,
    discard,
    file_type,
    media_type,
    store,
    stored_path,
)

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + b"\0" * 17 + b"\0\0\0\0IEND\xaeB`\x82"
JPEG = b"\xff\xd8\xff\xe0\0\x10JFIF\0" + b"\0" * 20 + b"\xff\xd9"
EXE = b"MZ\x90\0\3\0\0\0\4\0\0\0\xff\xff" + b"\0" * 100


@pytest.mark.parametrize(("data", "kind"), [(PDF, "pdf"), (PNG, "png"), (JPEG, "jpg")])
def test_real_files_are_recognised_and_kept_under_a_random_name(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    assert file_type(data) == kind
    name = store(tmp_path, data)
    assert name.endswith(f".{kind}")
    assert len(name.split(".")[0]) == 32
    path = stored_path(tmp_path, name)
    assert path is not None
    assert path.read_bytes() == data
    assert path.stat().st_mode & 0o077 == 0
    assert media_type(name) in {"application/pdf", "image/png", "image/jpeg"}
    discard(tmp_path, name)
    assert stored_path(tmp_path, name) is None


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (EXE, "wrong_type"),
        (b"%PDF-1.4 but cut off before its end", "wrong_type"),
        (b"\x89PNG\r\n\x1a\n truncated", "wrong_type"),
        (b"<script>alert(1)</script>", "wrong_type"),
        (PDF + b"\0" * MAX_PROOF_BYTES, "too_large"),
    ],
)
def test_other_files_are_refused_and_nothing_is_written(
    tmp_path: Path, data: bytes, code: str
) -> None:
    with pytest.raises(ProofRefused) as refused:
        store(tmp_path, data)
    assert refused.value.code == code
    assert not any(tmp_path.rglob("*.*"))


@pytest.mark.parametrize("name", ["../secret_key", "..", "/etc/passwd", "proofs/../x.pdf", "x"])
def test_names_not_handed_out_lead_nowhere(tmp_path: Path, name: str) -> None:
    (tmp_path / "secret_key").write_text("s")
    store(tmp_path, PDF)
    assert stored_path(tmp_path, name) is None
