# SPDX-License-Identifier: MIT
"""Find calendar expressions and resolve them to TIMEX3 values against the document.

`find_dates` runs the rules of `conflictnorm.dates._rules` and the amounts of
time of `conflictnorm.dates._units` over the tokens, keeps the longest
non-overlapping pieces, composes adjacent ones (`conflictnorm.dates._compose`)
and resolves them in text order (`conflictnorm.dates._resolve`). The
resolution policy is spelled out in ``docs/dates.md``.

>>> import datetime as dt
>>> from conflictnorm.dates import parse_date
>>> parse_date("on Monday", published=dt.date(2025, 11, 12)).value
'2025-11-10'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs

from conflictnorm._core import Candidate, Context, spanning
from conflictnorm.dates._compose import compose
from conflictnorm.dates._forms import NO_DATELINE, Piece
from conflictnorm.dates._resolve import Resolver
from conflictnorm.dates._rules import note_day_first, rules
from conflictnorm.dates._units import find_units
from conflictnorm.dates._words import cues
from conflictnorm.models import DateValue
from conflictnorm.numbers import scan_amounts
from conflictnorm.text import Tokens, tokenize

__all__ = ["NO_DATELINE", "find_dates", "match_date"]

#: Amounts of time rank after every rule when two pieces cover the same text.
_UNITS_ORDER: Final = 100


def _pieces(tokens: Tokens, ctx: Context) -> list[Piece]:
    found: list[tuple[int, int, int, Piece]] = []
    for order, rule in enumerate(rules()):
        found.extend((p.start - p.end, order, p.start, p) for p in rule.find(tokens, ctx))
    found.extend((p.start - p.end, _UNITS_ORDER, p.start, p) for p in find_units(tokens, ctx))
    return _select(found)


def _select(found: list[tuple[int, int, int, Piece]]) -> list[Piece]:
    """The longest pieces that do not overlap (ties: the earlier rule), in text order."""
    if not found:
        return []
    found.sort(key=lambda f: f[:3])
    taken = bytearray(max(f[3].end for f in found) + 1)
    kept: list[Piece] = []
    for _, _, _, p in found:
        if p.end <= p.start or taken.find(1, p.start, p.end) != -1:
            continue
        taken[p.start : p.end] = b"\x01" * (p.end - p.start)
        kept.append(p)
    kept.sort(key=lambda p: p.start)
    return kept


def find_dates(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every date and duration, resolved against the document and ``ctx.published``."""
    note_day_first(tokens, ctx)
    pieces, links = compose(_pieces(tokens, ctx), tokens.cased)
    yield from Resolver(tokens, ctx, pieces, links).candidates()


@functools.cache
def _lead() -> re.Pattern[str]:
    """A preposition before a single expression, which is not part of it ("on Monday")."""
    words = sorted(cues("lead"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)


def match_date(s: str, ctx: Context) -> DateValue | None:
    """The value of ``s`` if it is exactly one date expression, else None.

    ``s`` is read by `find_dates`; the candidate must span it, but for a leading
    preposition ("on Monday", "in November"), which is not part of the value.
    """
    tokens = tokenize(s)
    strict = attrs.evolve(ctx, amounts=scan_amounts(tokens), strict=True)
    candidates = list(find_dates(tokens, strict))
    lead = _lead().match(tokens.cased)
    for pos in (0,) if lead is None else (0, lead.end()):
        found = spanning(tokens, candidates, lead=pos)
        if found is not None:
            return found.value  # type: ignore[return-value]
    return None
