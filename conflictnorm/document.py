# SPDX-License-Identifier: MIT
"""`normalize`: run every extractor over a text and return one `Document`.

>>> import conflictnorm as cn
>>> doc = cn.normalize("Gunners destroyed 48 drones, roughly 80% of those sighted.")
>>> [(m.kind, m.text) for m in doc.mentions]
[('count', '48 drones'), ('percent', 'roughly 80%')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from types import MappingProxyType
from typing import Final

from conflictnorm._core import Candidate, Options, context_for, parse_published
from conflictnorm.errors import ensure_type
from conflictnorm.kinds import KINDS
from conflictnorm.models import Document, Mention, Value
from conflictnorm.text import tokenize

__all__ = ["normalize", "normalize_many", "resolve_overlaps"]


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: longest first, then by kind priority, then earliest.

    Returns:
        The kept candidates in text order.
    """
    priority = _PRIORITY
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, priority[c.value.kind], c.start))
    if not ordered:
        return []
    taken = bytearray(max(c.end for c in ordered))
    kept: list[Candidate] = []
    for c in ordered:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


_PRIORITY: Final = MappingProxyType({k.name: k.priority for k in KINDS})


def normalize(
    text: str,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
) -> Document:
    """Find and normalize every place, date, measurement, percent and count in ``text``.

    Args:
        text: the article text; offsets in the result index into it as given.
        published: the dateline, against which relative dates are resolved.
        options: which kinds to find and other knobs; `Options()` by default.

    Returns:
        A `Document` whose mentions are sorted, non-overlapping and exact.

    Raises:
        InvalidInputError: ``text`` is not a str, ``published`` is not a date,
            or ``options`` is not an `Options`.
    """
    text = ensure_type(text, str, "text")
    day, stamp = parse_published(published)
    options = Options() if options is None else ensure_type(options, Options, "options")
    iso = None if day is None else (stamp.isoformat() if stamp is not None else day.isoformat())
    return Document(text=text, published=iso, mentions=_mentions(text, day, stamp, options))


#: A text longer than this is read in parts of about this many characters, cut
#: at line breaks: the token layer, the kinds' per-document structures and the
#: candidates of one part at a time, so memory stays bounded (a 10 MB document
#: within 200 MB). An article is far shorter and is always read whole.
PART: Final = 1 << 18
#: How far back from a part's end a line break is looked for.
_PART_SLACK: Final = 1 << 14


def _parts(text: str) -> Iterator[tuple[int, int]]:
    """Spans of at most about `PART` characters, cut after a line break where one is near.

    Without a line break near the end, a part is cut after a sentence, else
    after white space; a text without either stays one part.
    """
    n, lo = len(text), 0
    while n - lo > PART:
        hi = lo + PART
        cut = text.rfind("\n", hi - _PART_SLACK, hi)
        if cut == -1:  # a sentence end, then any space
            cut = max(text.rfind(end, hi - _PART_SLACK, hi) for end in (". ", "! ", "? ")) + 1
        if cut == 0:
            cut = max(text.rfind(" ", hi - _PART_SLACK, hi), text.rfind("\t", hi - _PART_SLACK, hi))
        if cut == -1:
            break
        yield lo, cut + 1
        lo = cut + 1
    yield lo, n


def _mentions(
    text: str, day: dt.date | None, stamp: dt.datetime | None, options: Options
) -> list[Mention]:
    """The mentions of ``text``, part by part (see `PART`): found, resolved, built.

    No mention crosses a part (parts are cut at line breaks), so the overlaps
    of each part are resolved on its own and its candidates are gone before
    the next part is read. Equal values and equal surfaces share one object:
    a long document names the same places, dates and amounts many times.
    """
    values: dict[Value, Value] = {}
    surfaces: dict[str, str] = {}
    mentions: list[Mention] = []
    for lo, hi in _parts(text):
        part = text if hi - lo == len(text) else text[lo:hi]
        for c in resolve_overlaps(_candidates_of(part, day, stamp, options, values)):
            start, end = c.start + lo, c.end + lo
            surface = text[start:end]
            mentions.append(
                Mention(
                    text=surfaces.setdefault(surface, surface), start=start, end=end, value=c.value
                )
            )
    return mentions


def _candidates_of(
    text: str,
    day: dt.date | None,
    stamp: dt.datetime | None,
    options: Options,
    values: dict[Value, Value],
) -> list[Candidate]:
    """Every candidate of every kind asked for, in the order the kinds run.

    The tokens and the context are gone on return, before the overlaps are
    resolved and the mentions built.
    """
    tokens = tokenize(text)
    ctx = context_for(tokens, published=day, published_time=stamp, options=options)
    for kind in KINDS:
        if kind.name in options.kinds:
            ctx.memory.found[kind.name] = [
                _shared(c, values) for c in kind.find(tokens, ctx) if c.end > c.start
            ]
    return [c for found in ctx.memory.found.values() for c in found]


def _shared(c: Candidate, values: dict[Value, Value]) -> Candidate:
    """The candidate, holding the first equal value seen in the document.

    Values are frozen, so equal ones can be one object: a long document names
    the same places, dates and amounts many times.
    """
    v = values.setdefault(c.value, c.value)
    return c if v is c.value else Candidate(start=c.start, end=c.end, value=v)


# Moved to `conflictnorm.batch`; imported here for code that imports it from this module.
# At the end: `batch` imports `normalize` from this module.
from conflictnorm.batch import normalize_many  # noqa: E402
