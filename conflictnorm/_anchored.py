# SPDX-License-Identifier: MIT
"""Run a costly pattern only around the places a cheap anchor pattern finds.

Every percent contains "%" or "percent", every count a counted noun, every
duration a unit of time. Scanning for that anchor is cheap; the full pattern
(an amount grammar with qualifiers and ranges) then runs only in a bounded
window around each anchor, so the cost stays linear and small.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["anchored"]

#: How far before an anchor a match may start: a qualifier and a written-out number
#: ("no fewer than one hundred and fifty thousand square").
LOOKBACK: Final = 90
#: How far after an anchor a match may end ("10% to 15%", "50 km (31 miles)").
LOOKAHEAD: Final = 80


def anchored(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    text: str,
    *,
    lookback: int = LOOKBACK,
) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern`` that contain an ``anchor`` match, in text order.

    Matches do not overlap: a window starts no earlier than the end of the
    last match yielded.
    """
    last_end = 0
    for a in anchor.finditer(text):
        if a.start() < last_end:
            continue
        lo = max(last_end, a.start() - lookback)
        hi = min(len(text), a.end() + LOOKAHEAD)
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= a.start() and m.end() >= a.end():
                yield m
                last_end = m.end()
                break
