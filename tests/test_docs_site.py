# SPDX-License-Identifier: MIT
"""The docs site: every page is in the navigation (mkdocs --strict fails otherwise)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PAGES = sorted(p.name for p in (ROOT / "docs").iterdir() if p.suffix in {".md", ".ipynb"})


@pytest.mark.parametrize("page", PAGES)
def test_page_is_in_the_navigation(page: str) -> None:
    """Each page of docs/ is listed in mkdocs.yml's nav, so the strict build keeps passing."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    nav = nav.split("\n\n", 1)[0].split("\ntheme:", 1)[0]
    assert f": {page}" in nav
