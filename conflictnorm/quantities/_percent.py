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

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._text import DASHES, esc
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Percent
from conflictnorm.numbers import (
    NUMBER,
    NUMBER_AFTER_DASH,
    QUALIFIER,
    Amount,
    AmountSpan,
    parse_amount,
    render_amount,
)
from conflictnorm.text import Tokens, tokenize

__all__ = ["find_percents", "parse_percent", "render_percent"]

_SIGN: Final = r"(?:\s?%|\s*(?:per\s?cent|pct)\b)"
_UNIT: Final = (
    r"(?P<unit>\s?%|\s*(?:per\s?cent|pct)\b|\s+percentage[\s" + esc(DASHES) + r"]points?\b"
    r"|\s+(?P<points>points?|pts)\b)"
)
#: A range written with two signs: "10% to 15%", "between 10% and 15%", "10%-15%".
_RANGE: Final = re.compile(
    r"(?P<first>(?:" + QUALIFIER + r"\s+)?+(?P<between>between\s+)?" + NUMBER + r")"
    + _SIGN + r"\s*(?:to|and|[" + esc(DASHES) + r"])\s*(?P<second>" + NUMBER_AFTER_DASH + r")"
    + _UNIT,
    re.IGNORECASE,
)  # fmt: skip
_UNIT_RE: Final = re.compile(_UNIT, re.IGNORECASE)
#: How far back a bare "points" looks for a percent to be read as percentage points.
_POINTS_WINDOW: Final = 300
_FROM: Final = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_PERCENT_CONTEXT: Final = re.compile(r"%|\bper\s?cent|\bpercentage\b", re.IGNORECASE)
#: How many tokens a two-sign range may take after its first number.
_RANGE_TOKENS: Final = 30
#: How many tokens the sign may take after the amount ("percentage points").
_UNIT_TOKENS: Final = 4


def _percent(a: Amount, unit: re.Match[str]) -> Percent:
    points = unit["points"] is not None or "point" in unit["unit"].lower()
    return Percent(
        value=a.value,
        unit="percentage_point" if points else "percent",
        low=a.low,
        high=a.high,
        mod=a.mod,
    )


def _range_value(m: re.Match[str]) -> Amount:
    joiner = " and " if m["between"] else " to "
    return parse_amount(m["first"] + joiner + m["second"])


def _points_without_percent(tokens: Tokens, start: int, unit: re.Match[str]) -> bool:
    """A bare "points" is percentage points only after a percent in the text before it."""
    return (
        unit["points"] is not None
        and _PERCENT_CONTEXT.search(tokens.cased, max(0, start - _POINTS_WINDOW), start) is None
    )


def _range_at(tokens: Tokens, span: AmountSpan) -> re.Match[str] | None:
    """A two-sign range starting at this amount, or at "between" just before it."""
    n, start, end, key = len(tokens), tokens.start, tokens.end, tokens.key
    first = span.first
    if first > 0 and key[first - 1] == "between":
        first -= 1
    limit = end[min(n - 1, span.last + _RANGE_TOKENS)]
    for pos in dict.fromkeys((start[first], span.start)):
        m = _RANGE.match(tokens.cased, pos, limit)
        if m is not None:
            return m
    return None


def find_percents(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every percent: an amount with a sign or "points"; a bare "points" after a percent."""
    cased, end, n = tokens.cased, tokens.end, len(tokens)
    skip_to = 0
    for span in ctx.amounts.spans:
        if span.start < skip_to:
            continue
        r = _range_at(tokens, span)
        # "rose from 38% to 52%" is a change between two shares, not a range:
        # each share is then read on its own.
        if (
            r is not None
            and not _points_without_percent(tokens, r.start(), r)
            and _FROM.search(cased, max(0, r.start() - 8), r.start()) is None
        ):
            try:
                value = _percent(_range_value(r), r)
            except ParseError:
                pass
            else:
                skip_to = r.end()
                yield Candidate(start=r.start(), end=r.end(), value=value)
                continue
        unit = _UNIT_RE.match(cased, span.end, end[min(n - 1, span.last + _UNIT_TOKENS)])
        if unit is None or _points_without_percent(tokens, span.start, unit):
            continue
        yield Candidate(start=span.start, end=unit.end(), value=_percent(span.amount, unit))


def parse_percent(s: str) -> Percent:
    """Parse exactly one percent expression ("19.1 per cent", "up to 5%").

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not one percent expression.
    """
    tokens = tokenize(ensure_type(s, str, "a percent").strip())
    found = spanning(tokens, find_percents(tokens, context_for(tokens, strict=True)))
    if found is None:
        msg = f"not a percent: {s!r}"
        raise ParseError(msg, value=s)
    return found.value  # type: ignore[return-value]


def render_percent(p: Percent) -> str:
    """Return the canonical English form ("about 19 percent", "4.5 percentage points").

    Raises:
        InvalidInputError: the value has no canonical form (inconsistent bounds).
    """
    amount = render_amount(Amount(value=p.value, low=p.low, high=p.high, mod=p.mod))
    return amount + (" percent" if p.unit == "percent" else " percentage points")
