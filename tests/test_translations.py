"""The catalogues: complete, compiling, and in step with the strings marked in the code."""

from __future__ import annotations

import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "translations").glob("*/LC_MESSAGES/messages.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle, locale=path.parts[-3])


def test_dutch_and_english_have_catalogues() -> None:
    assert {p.parts[-3] for p in CATALOGUES} >= {"nl", "en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_entry_is_translated_not_fuzzy_and_keeps_its_placeholders(path: Path) -> None:
    problems = []
    for message in _read(path):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if "fuzzy" in message.flags:
            problems.append(f"fuzzy: {ids[0]!r}")
        if not all(strings):
            problems.append(f"untranslated: {ids[0]!r}")
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if set(PLACEHOLDER.findall(string)) - wanted - set(PLACEHOLDER.findall(ids[0])):
                problems.append(f"unknown placeholder in {string!r}")
    assert problems == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_catalogue_compiles(path: Path) -> None:
    write_mo(BytesIO(), _read(path))


def test_catalogues_hold_every_string_marked_in_the_code(tmp_path: Path) -> None:
    template = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--mapping",
            "translations/babel.cfg",
            "--keywords",
            "_l",
            "--keywords",
            "lazy_gettext",
            "--output-file",
            str(template),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    marked = {m.id if isinstance(m.id, str) else m.id[0] for m in _read_pot(template) if m.id}
    for path in CATALOGUES:
        present = {m.id if isinstance(m.id, str) else m.id[0] for m in _read(path) if m.id}
        missing = marked - present
        assert not missing, f"{path.parts[-3]} lacks {sorted(missing)[:5]}: run `make translations`"


def _read_pot(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_pages_speak_dutch_by_default(client: FlaskClient) -> None:
    page = client.get("/activities").get_data(as_text=True)
    assert '<html lang="nl"' in page
    assert "Activiteiten" in page
    assert "Aanmelden" in page
