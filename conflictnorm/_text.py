# SPDX-License-Identifier: MIT
"""Character classes for the invisible and look-alike characters of news text.

Built from Unicode names (never pasted glyphs) so a reader sees what is meant.
They are used only inside patterns and lookup keys; the input is never rewritten.
"""

from __future__ import annotations

import unicodedata
from typing import Final

import regex

__all__ = ["APOSTROPHES", "DASHES", "SPACES", "THOUSANDS_SEPARATORS", "esc"]


def _chars(*names: str) -> str:
    return "".join(unicodedata.lookup(n) for n in names)


#: Apostrophe look-alikes used in transliterated names and possessives.
APOSTROPHES: Final = "'`" + _chars(
    "RIGHT SINGLE QUOTATION MARK",
    "LEFT SINGLE QUOTATION MARK",
    "MODIFIER LETTER APOSTROPHE",
    "MODIFIER LETTER PRIME",
    "ACUTE ACCENT",
    "PRIME",
)

#: Hyphens and dashes.
DASHES: Final = "-" + _chars(
    "HYPHEN", "NON-BREAKING HYPHEN", "FIGURE DASH", "EN DASH", "EM DASH", "MINUS SIGN"
)

#: Spaces other than the ASCII space that appear between words and numbers.
SPACES: Final = _chars("NO-BREAK SPACE", "THIN SPACE", "NARROW NO-BREAK SPACE")

#: Characters that separate thousands in a written number (besides ``,``).
THOUSANDS_SEPARATORS: Final = _chars("NO-BREAK SPACE", "THIN SPACE", "NARROW NO-BREAK SPACE")


def esc(chars: str) -> str:
    """Escape a string of characters for use inside a regex character class."""
    return regex.escape(chars, special_only=False)
