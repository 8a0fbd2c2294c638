# SPDX-License-Identifier: MIT
"""Fuzz targets: any text, any dateline, any record; only the library's errors, ever.

Not collected by the unit tests (the file is named ``fuzz_*.py``): ``nox -s fuzz``
runs it. ``FUZZ_EXAMPLES`` sets the examples per target (default 20,000); a
developer can run it for an hour with ``FUZZ_EXAMPLES=1000000``. At the end the
session prints how many inputs each target ran; any exception that is not the
library's own fails the target and hypothesis shrinks it.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflictnorm as cn

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
_COUNTS: collections.Counter[str] = collections.Counter()


@pytest.fixture(scope="module")
def counts() -> Iterator[collections.Counter[str]]:
    """Inputs run per target; printed when the module is done."""
    yield _COUNTS
    out = sys.__stderr__ or sys.stderr  # past pytest's capture
    for name, n in sorted(_COUNTS.items()):
        out.write(f"fuzz inputs: {name:24s} {n:>10,}\n")
    out.write(f"fuzz inputs: {'total':24s} {sum(_COUNTS.values()):>10,}\n")


#: Letters that case-insensitive matching folds to ASCII, and other look-alikes.
LOOKALIKES = [
    unicodedata.lookup(name)
    for name in (
        "LATIN SMALL LETTER LONG S",
        "LATIN SMALL LETTER DOTLESS I",
        "LATIN CAPITAL LETTER I WITH DOT ABOVE",
        "KELVIN SIGN",
        "RIGHT SINGLE QUOTATION MARK",
        "MODIFIER LETTER APOSTROPHE",
        "EN DASH",
        "MINUS SIGN",
        "NO-BREAK SPACE",
        "NARROW NO-BREAK SPACE",
        "COMBINING ACUTE ACCENT",
        "ZERO WIDTH SPACE",
        "LINE SEPARATOR",
    )
]
FRAGMENTS = [
    "last", "week", "several", "drones", "km", "west", "Kharkiv", "oblast", "mid", "2024",
    "approximately", "within", "5", "9" * 40, "1,000,000,", "%", "percent", "percentage points",
    "up to", "more than", "between", "and", "to", "a", "day", "for", "ago", "next", "month",
    "year", "in", "January", "May", "on", "Monday", "Nov.", "10/11/2025", "2025-11-12",
    "the next day", "overnight", "Kupyansk", "Artemovsk", "region", "River", "(6 miles)",
    "three", "hundred", "dozens of", "soldiers", "'s", "-", ",", ".", "\n", " " * 40,
    "S-300", "1486th", "155mm", "Куп'янськ", "שלום", "\N{GRINNING FACE}", "\x00",
]  # fmt: skip
PIECES = st.sampled_from(FRAGMENTS + LOOKALIKES) | st.text(max_size=6)
TEXTS = st.lists(PIECES, max_size=40).map(" ".join) | st.text(max_size=200)
DATELINES = (
    st.none()
    | st.dates()
    | st.datetimes()
    | st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(999, 6, 1)])
    | st.dates().map(dt.date.isoformat)
    | st.text(max_size=12)
)


def _strict_json(s: str) -> object:
    def refuse(name: str) -> object:
        msg = f"non-standard JSON constant {name}"
        raise ValueError(msg)

    return json.loads(s, parse_constant=refuse)


@FUZZ
@given(TEXTS, DATELINES)
def fuzz_normalize(counts: collections.Counter[str], text: str, published: Any) -> None:
    """normalize() raises only the library's errors, and its output is strict JSON."""
    counts["normalize"] += 1
    try:
        doc = cn.normalize(text, published=published)
    except cn.ConflictNormError:
        return
    doc.check()
    _strict_json(doc.to_json())
    for m in doc.mentions:
        if m.kind == "date" and m.value.value is None:  # type: ignore[union-attr]
            assert m.value.note  # type: ignore[union-attr]


@FUZZ
@given(st.sampled_from(["place", "date", "quantity", "percent", "count"]), TEXTS, DATELINES)
def fuzz_single_expressions(
    counts: collections.Counter[str], kind: str, text: str, published: Any
) -> None:
    """The strict parsers raise only the library's errors; what they return renders."""
    counts["single expressions"] += 1
    try:
        if kind == "date":
            value: Any = cn.date(text, published)
        else:
            value = getattr(cn, kind)(text)
    except cn.ConflictNormError:
        return
    try:
        cn.render(value)
    except cn.ConflictNormError:
        return


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=6)
    ),
    max_leaves=30,
)
FIELDS = [
    "kind", "text", "start", "end", "mod", "name", "feature", "value", "unit", "low", "high",
    "noun", "type", "granularity", "range", "original", "dimension", "anchored",
]  # fmt: skip
RECORDS = st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=12)


@FUZZ
@given(RECORDS)
def fuzz_mention_from_dict(counts: collections.Counter[str], d: dict[str, Any]) -> None:
    """Malformed mention records raise only the library's errors."""
    counts["Mention.from_dict"] += 1
    try:
        m = cn.Mention.from_dict(d)
    except cn.ConflictNormError:
        return
    try:
        cn.render(m.value)
    except cn.ConflictNormError:
        return


@FUZZ
@given(st.lists(RECORDS, max_size=4), st.text(max_size=40), JSON_VALUES)
def fuzz_document_from_json(
    counts: collections.Counter[str], mentions: list[dict[str, Any]], text: str, published: Any
) -> None:
    """Malformed documents, as JSON text, raise only the library's errors."""
    counts["Document.from_json"] += 1
    payload = json.dumps({"text": text, "published": published, "mentions": mentions})
    try:
        cn.Document.from_json(payload)
    except cn.ConflictNormError:
        return
