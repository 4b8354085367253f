"""What browser tests check on every page they open: axe-core's serious findings, the
page's width on a phone, and a screenshot in `tests/artifacts/` for a person to look at."""

from __future__ import annotations

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

ARTIFACTS = Path(__file__).parent / "artifacts"


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings, one line each, so a failure says which."""
    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x)"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def page_width(page) -> int:
    """How wide the page really is: more than the viewport means sideways scrolling."""
    return page.evaluate("document.documentElement.scrollWidth")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
