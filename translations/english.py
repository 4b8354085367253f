"""English is the language of the message ids: fill the `en` catalogue with them.

Run by `make translations` after `pybabel update`, so the `en` catalogue is always complete
(plural entries get the singular and plural ids as their two forms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def fill(path: Path) -> None:
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale="en")
    for message in catalogue:
        if not message.id:
            continue
        message.string = tuple(message.id) if message.pluralizable else message.id
        message.flags.discard("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalogue, omit_header=False, sort_output=True, include_lineno=False)


if __name__ == "__main__":
    fill(Path(sys.argv[1] if len(sys.argv) > 1 else "translations/en/LC_MESSAGES/messages.po"))
