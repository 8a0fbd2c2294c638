# SPDX-License-Identifier: MIT
"""Percents and percentage points: "19 percent", "19.1 per cent", "19%", "4.5 points".

A sign is kept ("-1.3%", "minus five percent"); basis points are hundredths of
a percentage point ("60 basis points" is 0.6 percentage points).

>>> from conflictnorm.quantities import parse_percent, render_percent
>>> p = parse_percent("roughly 19 per cent")
>>> p.value, p.mod, render_percent(p)
(19.0, 'approx', 'about 19 percent')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Final

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._lazy import lazy_pattern
from conflictnorm._text import DASHES, esc
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Percent
from conflictnorm.numbers import (
    NUMBER,
    NUMBER_AFTER_DASH,
    QUALIFIER,
    Amount,
    Amounts,
    AmountSpan,
    bounded,
    change_partner,
    is_change,
    match_tokens,
    parse_amount,
    parse_number,
    qualifier_before,
    render_signed_amount,
)
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["find_percents", "parse_percent", "render_percent"]

_SIGN: Final = r"(?:\s?%|\s*(?:per\s?cent|pct)\b|(?-i:\s?pc)\b)"
_UNIT: Final = (
    r"(?P<unit>\s?%|(?:\s*-)?\s*(?:per\s?cent|pct)\b|(?-i:\s?pc)\b"
    r"|\s+percentage[\s" + esc(DASHES) + r"]points?\b"
    r"|\s*(?P<bp>basis[\s" + esc(DASHES) + r"]points?\b|(?-i:bps?)\b)"
    r"|\s+(?P<points>points?|pts)\b)"
)
#: A range written with two signs: "10% to 15%", "between 10% and 15%", "10%-15%".
_RANGE: Final = lazy_pattern(
    r"(?P<first>(?:" + QUALIFIER + r"\s+)?+(?P<between>between\s+)?" + NUMBER + r")"
    + _SIGN + r"\s*(?:to|and|[" + esc(DASHES) + r"])\s*(?P<second>" + NUMBER_AFTER_DASH + r")"
    + _UNIT,
    re.IGNORECASE,
)  # fmt: skip
#: A negative share written with a sign: "-1.3%" (from the sign to the unit).
_SIGNED: Final = lazy_pattern(r"-(?P<num>" + NUMBER_AFTER_DASH + r")" + _UNIT, re.IGNORECASE)
#: Words before an amount that make it negative ("minus five percent").
_NEGATIVE_WORDS: Final = frozenset({"minus", "negative"})
#: Tags of the token that starts a percent's sign: "%", "percent", "per cent", "points".
_SIGN_TAGS: Final = Tag.PERCENT | Tag.PERCENT_SIGN
#: Basis points per percentage point.
_BASIS_POINTS: Final = 100
_UNIT_RE: Final = re.compile(_UNIT, re.IGNORECASE)
#: Words that write a percent (with "%" and "per cent"): a bare "points" after one
#: in its sentence is percentage points.
_PERCENT_WORDS: Final = frozenset({"%", "percent", "percentage", "pct", "pc"})
#: How many tokens a two-sign range may take after its first number.
_RANGE_TOKENS: Final = 30
#: How many tokens the sign may take after the amount ("percentage points").
_UNIT_TOKENS: Final = 4
#: A rendered amount of exactly one, which takes a singular "percentage point".
_ONE: Final = re.compile(r"(?:^|[\s-])1\Z")


def _percent(a: Amount, unit: re.Match[str], *, sign: float = 1.0) -> Percent:
    points = unit["points"] is not None or unit["bp"] is not None or "point" in unit["unit"].lower()
    if unit["bp"] is not None:
        a = Amount(
            value=_per(a.value, _BASIS_POINTS),
            low=_per(a.low, _BASIS_POINTS),
            high=_per(a.high, _BASIS_POINTS),
            mod=a.mod,
        )
    if sign < 0:
        # A bound keeps its side: "more than -5" is -5 or more.
        a = Amount(value=_neg(a.value), low=_neg(a.low), high=_neg(a.high), mod=a.mod)
    return Percent(
        value=a.value,
        unit="percentage_point" if points else "percent",
        low=a.low,
        high=a.high,
        mod=a.mod,
    )


def _per(x: float | None, d: int) -> float | None:
    return None if x is None else x / d


def _neg(x: float | None) -> float | None:
    """``-x``, where minus zero is zero ("minus 0 percent" is 0)."""
    return None if x is None else 0.0 - x


def _range_value(m: re.Match[str]) -> Amount:
    """The bounds of a two-sign range; "4.8 percent to 4.7 percent" spans 4.7 to 4.8."""
    joiner = " and " if m["between"] else " to "
    try:
        return parse_amount(m["first"] + joiner + m["second"])
    except ParseError:
        first = parse_amount(m["first"])
        high = parse_amount(m["second"]).value
        if first.value is None or high is None or first.value == high:
            raise
        return Amount(
            value=None, low=min(first.value, high), high=max(first.value, high), mod=first.mod
        )


class _Percents:
    """Where a text writes a percent ("%", "percent", "per cent"), indexed when first asked."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self._signs: Sequence[int] = ()
        #: For each sign token, the nearest percent word at or before it (-1: none).
        self._last: list[int] | None = None

    def before(self, lo: int, first: int) -> bool:
        """Whether a percent is written between tokens ``lo`` and ``first`` (not included)."""
        if self._last is None:
            tokens = self.tokens
            key = tokens.key
            self._signs = tokens.anchors(_SIGN_TAGS)
            self._last = []
            last = -1
            for k in self._signs:
                word = key[k]
                if word in _PERCENT_WORDS or (
                    word == "per" and k + 1 < len(key) and key[k + 1] == "cent"
                ):
                    last = k
                self._last.append(last)
        p = bisect.bisect_left(self._signs, first) - 1
        return p >= 0 and self._last[p] >= lo


def _points_without_percent(
    tokens: Tokens, percents: _Percents, first: int, unit: re.Match[str]
) -> bool:
    """A bare "points" is percentage points only after a percent in its sentence.

    ``first`` is the first token of the amount before "points".
    """
    if unit["points"] is None:
        return False
    return not percents.before(tokens.sentence_span(first)[0], first)


def _range_at(tokens: Tokens, span: AmountSpan) -> re.Match[str] | None:
    """A two-sign range starting at this amount, or at "between" just before it."""
    start, key = tokens.start, tokens.key
    first = span.first
    if first > 0 and key[first - 1] == "between":
        first -= 1
    for pos in dict.fromkeys((start[first], span.start)):
        m = match_tokens(_RANGE(), tokens, pos, span.first, span.last + _RANGE_TOKENS)
        if m is not None:
            return m
    return None


def _unit_after(tokens: Tokens, percents: _Percents, span: AmountSpan) -> re.Match[str] | None:
    """The sign right after an amount ("%", "per cent", "percentage points"), if any.

    The caller has seen that a sign may follow (`_sign_next`).
    """
    unit = match_tokens(_UNIT_RE, tokens, span.end, span.last + 1, span.last + _UNIT_TOKENS)
    if unit is None or _points_without_percent(tokens, percents, span.first, unit):
        return None
    return unit


def _single(tokens: Tokens, span: AmountSpan, unit: re.Match[str], end: int) -> Candidate:
    """The percent of one amount with its sign, a word of sign before it ("minus") included."""
    start, sign = span.start, 1.0
    if _negative_word_before(tokens, span):
        start, sign = tokens.start[span.first - 1], -1.0
    return Candidate(start=start, end=end, value=_percent(span.amount, unit, sign=sign))


def _changed_from(
    tokens: Tokens, percents: _Percents, amounts: Amounts, span: AmountSpan
) -> Candidate | None:
    """The first share of a change, which takes the sign of the second ("from 38 to 52%")."""
    partner = change_partner(tokens, amounts, span)
    if partner is None or not _sign_next(tokens, partner.last + 1, len(tokens.key)):
        return None
    unit = _unit_after(tokens, percents, partner)
    return None if unit is None else _single(tokens, span, unit, span.end)


def find_percents(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every percent: an amount with a sign or "points"; a bare "points" after a percent."""
    n, key = len(tokens.key), tokens.key
    percents = _Percents(tokens)
    skip_to = 0
    for span in ctx.amounts.spans:
        if span.start < skip_to:
            continue
        if not _sign_next(tokens, span.last + 1, n):
            if span.first and key[span.first - 1] == "from":
                changed = _changed_from(tokens, percents, ctx.amounts, span)
                if changed is not None:
                    yield changed
            continue
        r = _range_at(tokens, span)
        # "rose from 38% to 52%" is a change between two shares, not a range:
        # each share is then read on its own.
        if (
            r is not None
            and not _points_without_percent(tokens, percents, span.first, r)
            and not is_change(tokens, span.first)
        ):
            try:
                value = _percent(_range_value(r), r)
            except ParseError:
                pass
            else:
                skip_to = r.end()
                yield Candidate(start=r.start(), end=r.end(), value=value)
                continue
        unit = _unit_after(tokens, percents, span)
        if unit is not None:
            yield _single(tokens, span, unit, unit.end())
    yield from _signed(tokens)


def _sign_next(tokens: Tokens, j: int, n: int) -> bool:
    """Whether a percent's sign can follow an amount that ends before token ``j``.

    Its first word or "%" (maybe after a hyphen: "a 50-percent rise") is tagged.
    """
    if j < n and tokens.shape[j] == Shape.DASH:
        j += 1
    return j < n and bool(tokens.tags[j] & _SIGN_TAGS)


def _negative_word_before(tokens: Tokens, span: AmountSpan) -> bool:
    """Whether a sign in words stands right before a single number: "minus five percent"."""
    a = span.amount
    return (
        a.mod is None
        and a.value is not None
        and span.first > 0
        and tokens.key[span.first - 1] in _NEGATIVE_WORDS
    )


def _signed(tokens: Tokens) -> Iterator[Candidate]:
    """Negative shares written with a sign: "-1.3%", "more than -5 percent".

    A dash is a sign when white space (or an opening bracket) is before it
    and a digit right after it; "T-72" and "10-15" are no signs.
    """
    shape, start, end = tokens.shape, tokens.start, tokens.end
    for p in tokens.anchors(_SIGN_TAGS):
        i, d = p - 1, p - 2
        if d < 0 or shape[i] != Shape.NUMBER or shape[d] != Shape.DASH or start[i] != end[d]:
            continue
        if d > 0 and start[d] == end[d - 1] and tokens.key[d - 1] not in {"(", "["}:
            continue
        m = match_tokens(_SIGNED(), tokens, start[d], d, i + _UNIT_TOKENS)
        if m is None:
            continue
        first, mod = qualifier_before(tokens, d)
        try:
            amount = bounded(parse_number(m["num"], dots=False), mod)
        except ParseError:
            continue
        if amount.value == 0:
            continue
        yield Candidate(start=start[first], end=m.end(), value=_percent(amount, m, sign=-1.0))


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
    """Return the canonical English form ("about 19 percent", "-1.3 percent").

    Raises:
        InvalidInputError: the value has no canonical form (inconsistent bounds).
    """
    amount = render_signed_amount(Amount(value=p.value, low=p.low, high=p.high, mod=p.mod))
    if p.unit == "percent":
        return amount + " percent"
    return amount + (" percentage point" if _ONE.search(amount) else " percentage points")
