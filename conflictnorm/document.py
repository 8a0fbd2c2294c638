# SPDX-License-Identifier: MIT
"""`normalize`: run every extractor over a text and return one `Document`.

>>> import conflictnorm as cn
>>> doc = cn.normalize("Air defence shot down 55 drones, about 90% of the total.")
>>> [(m.kind, m.text) for m in doc.mentions]
[('count', '55 drones'), ('percent', 'about 90%')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Final

from conflictnorm._core import Candidate, Context, Extractor, Options, parse_published
from conflictnorm.errors import ensure_type
from conflictnorm.models import Document, Mention

__all__ = ["normalize", "normalize_many", "resolve_overlaps"]


def _extractors() -> dict[str, Extractor]:
    # Imported here: the kinds import the core, and the core must not import them.
    from conflictnorm.dates import find_dates  # noqa: PLC0415
    from conflictnorm.places._matcher import find_places  # noqa: PLC0415
    from conflictnorm.quantities import (  # noqa: PLC0415
        find_counts,
        find_percents,
        find_quantities,
    )

    found: dict[str, Extractor] = {
        "place": find_places,
        "date": find_dates,
        "quantity": find_quantities,
        "percent": find_percents,
        "count": find_counts,
    }
    return found


_EXTRACTORS: Final = _extractors()


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: longest first, then by kind priority, then earliest.

    Returns:
        The kept candidates in text order.
    """
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start))
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


def _candidates(text: str, ctx: Context) -> Iterator[Candidate]:
    for kind, find in _EXTRACTORS.items():
        if kind in ctx.options.kinds:
            for c in find(text, ctx):
                if c.end > c.start:
                    yield c


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
    ctx = Context(published=day, published_time=stamp, options=options)
    kept = resolve_overlaps(_candidates(text, ctx))
    iso = None if day is None else (stamp.isoformat() if stamp is not None else day.isoformat())
    return Document(
        text=text,
        published=iso,
        mentions=[
            Mention(text=text[c.start : c.end], start=c.start, end=c.end, value=c.value)
            for c in kept
        ],
    )


# Moved to `conflictnorm.batch`; imported here for code that imports it from this module.
# At the end: `batch` imports `normalize` from this module.
from conflictnorm.batch import normalize_many  # noqa: E402
