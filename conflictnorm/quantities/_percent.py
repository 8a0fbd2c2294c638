# SPDX-License-Identifier: MIT
"""Percents and percentage points: "19 percent", "19.1 per cent", "19%", "4.5 points".

>>> from conflictnorm.quantities import parse_percent, render_percent
>>> p = parse_percent("roughly 19 per cent")
>>> p.value, p.mod, render_percent(p)
(19.0, 'approx', 'about 19 percent')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from conflictnorm._anchored import anchored
from conflictnorm._core import Candidate, Context
from conflictnorm._text import DASHES, esc
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Percent
from conflictnorm.numbers import (
    AMOUNT,
    NUMBER,
    NUMBER_AFTER_DASH,
    QUALIFIER,
    Amount,
    parse_amount,
    render_amount,
)

__all__ = ["find_percents", "parse_percent", "render_percent"]

_SIGN: Final = r"(?:\s?%|\s*(?:per\s?cent|pct)\b)"
_UNIT: Final = (
    r"(?P<unit>\s?%|\s*(?:per\s?cent|pct)\b|\s+percentage[\s" + esc(DASHES) + r"]points?\b"
    r"|\s+(?P<points>points?|pts)\b)"
)
_PATTERN: Final = re.compile(
    r"(?<!\w)(?=\w)(?:(?P<first>(?:" + QUALIFIER + r"\s+)?+(?P<between>between\s+)?" + NUMBER + r")"
    + _SIGN + r"\s*(?:to|and|[" + esc(DASHES) + r"])\s*(?P<second>" + NUMBER_AFTER_DASH + r")"
    + r"|(?P<amount>" + AMOUNT + r"))" + _UNIT,
    re.IGNORECASE,
)  # fmt: skip
#: How far back a bare "points" looks for a percent to be read as percentage points.
_POINTS_WINDOW: Final = 300
_FROM: Final = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_SINGLE: Final = re.compile(
    r"(?<![\w"
    + esc(DASHES)
    + r"])(?P<amount>(?:"
    + QUALIFIER
    + r"\s+)?+"
    + NUMBER_AFTER_DASH
    + r")"
    + _UNIT,
    re.IGNORECASE,
)
_ANCHOR: Final = re.compile(r"%|\b(?:per\s?cent|pct|percentage|points?|pts)\b", re.IGNORECASE)
_PERCENT_CONTEXT: Final = re.compile(r"%|\bper\s?cent|\bpercentage\b", re.IGNORECASE)


def _value(m: re.Match[str]) -> Percent:
    if m["amount"] is not None:
        text = m["amount"]
    elif m["between"]:
        text = f"{m['first']} and {m['second']}"
    else:
        text = f"{m['first']} to {m['second']}"
    a = parse_amount(text)
    unit = "percentage_point" if "point" in m["unit"].lower() or m["points"] else "percent"
    return Percent(value=a.value, unit=unit, low=a.low, high=a.high, mod=a.mod)


def find_percents(text: str, ctx: Context) -> Iterator[Candidate]:  # noqa: ARG001 - contract
    """Yield every percent in ``text``; a bare "points" only after a percent."""
    for m in anchored(_PATTERN, _ANCHOR, text):
        if m["points"] and not _PERCENT_CONTEXT.search(
            text, max(0, m.start() - _POINTS_WINDOW), m.start()
        ):
            continue
        try:
            value = _value(m)
        except ParseError:
            continue
        if value.value is None and _FROM.search(text, max(0, m.start() - 8), m.start()):
            # "rose from 38% to 52%" is a change between two shares, not a range.
            yield from _each_share(text, m.start(), m.end())
            continue
        yield Candidate(start=m.start(), end=m.end(), value=value)


def _each_share(text: str, start: int, end: int) -> Iterator[Candidate]:
    for m in _SINGLE.finditer(text, start, end):
        try:
            value = _value(m)
        except ParseError:
            continue
        yield Candidate(start=m.start(), end=m.end(), value=value)


def parse_percent(s: str) -> Percent:
    """Parse exactly one percent expression ("19.1 per cent", "up to 5%").

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not one percent expression.
    """
    t = ensure_type(s, str, "a percent").strip()
    m = _PATTERN.fullmatch(t)
    if m is None:
        msg = f"not a percent: {s!r}"
        raise ParseError(msg, value=s)
    return _value(m)


def render_percent(p: Percent) -> str:
    """Return the canonical English form ("about 19 percent", "4.5 percentage points").

    Raises:
        InvalidInputError: the value has no canonical form (inconsistent bounds).
    """
    amount = render_amount(Amount(value=p.value, low=p.low, high=p.high, mod=p.mod))
    return amount + (" percent" if p.unit == "percent" else " percentage points")
