# SPDX-License-Identifier: MIT
"""Records: dict and JSON round trips, validation of incoming dicts."""

import json
from typing import Any

import attrs
import pytest
from hypothesis import given

from conflictnorm.errors import InvalidInputError
from conflictnorm.models import Count, Document, Mention, Percent
from conflictnorm.strategies import documents, mentions


@given(mentions())
def test_mention_dict_round_trip(m: Mention) -> None:
    """Mention.from_dict(m.to_dict()) == m."""
    assert m == Mention.from_dict(m.to_dict())


@given(mentions())
def test_mention_dict_is_json(m: Mention) -> None:
    """Every record dict survives JSON unchanged."""
    d = m.to_dict()
    assert d == json.loads(json.dumps(d))


@given(documents())
def test_document_json_round_trip(doc: Document) -> None:
    """Document.from_json(doc.to_json()) == doc."""
    assert doc == Document.from_json(doc.to_json())


def test_common_fields_first() -> None:
    """Record dicts start with the common fields of RECORDS.md."""
    m = Mention(text="19%", start=0, end=3, value=Percent(value=19.0))
    assert ["kind", "text", "start", "end", "mod", "value", "unit", "low", "high"] == list(
        m.to_dict()
    )


def test_records_are_frozen_and_hashable() -> None:
    """Records cannot be changed and can be set members."""
    c = Count(value=1.0, noun="tank")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.value = 2.0  # type: ignore[misc]
    assert 1 == len({c, Count(value=1.0, noun="tank")})


GOOD = {"kind": "count", "text": "2 tanks", "start": 0, "end": 7, "mod": None, "value": 2.0}

BAD: list[tuple[str, dict[str, Any]]] = [
    ("unknown kind", {**GOOD, "kind": "thing"}),
    ("missing value", {k: v for k, v in GOOD.items() if k != "value"}),
    ("string value", {**GOOD, "value": "2"}),
    ("boolean value", {**GOOD, "value": True}),
    ("offsets disagree with text", {**GOOD, "end": 9}),
    ("negative start", {**GOOD, "start": -1, "end": 6}),
    ("unknown mod", {**GOOD, "mod": "sort_of"}),
    ("bad percent unit", {**GOOD, "kind": "percent", "unit": "permille"}),
    ("bad date range", {**GOOD, "kind": "date", "type": "date", "range": ["2025-01-01"]}),
    ("bad anchored", {**GOOD, "kind": "date", "type": "date", "anchored": "yes"}),
    (
        "bad original",
        {**GOOD, "kind": "quantity", "dimension": "length", "unit": "km", "original": 3},
    ),
]


@pytest.mark.parametrize(("why", "d"), BAD, ids=[b[0] for b in BAD])
def test_from_dict_rejects(why: str, d: dict[str, Any]) -> None:
    """A dict outside the contract raises InvalidInputError naming the problem."""
    with pytest.raises(InvalidInputError):
        Mention.from_dict(d)


@pytest.mark.parametrize(
    "s",
    [
        "not json",
        "[]",
        '{"text": "", "mentions": 3}',
        '{"text": "", "published": "x", "mentions": []}',
    ],
)
def test_from_json_rejects(s: str) -> None:
    """Text that is not a document's JSON raises InvalidInputError."""
    with pytest.raises(InvalidInputError):
        Document.from_json(s)


def test_by_kind_rejects_unknown_kind() -> None:
    """Asking for an unknown kind is an error, not an empty answer."""
    with pytest.raises(InvalidInputError, match="frogs"):
        Document(text="").by_kind("frogs")


def test_check_rejects_broken_documents() -> None:
    """check() and from_json() refuse mentions that overlap or misspell the text."""
    good = Mention(text="19%", start=0, end=3, value=Percent(value=19.0))
    overlapping = Mention(text="9%", start=1, end=3, value=Percent(value=9.0))
    with pytest.raises(InvalidInputError, match="overlaps"):
        Document(text="19%", mentions=(good, overlapping)).check()
    wrong = Document(text="18%", mentions=(good,))
    with pytest.raises(InvalidInputError, match="does not match"):
        wrong.check()
    with pytest.raises(InvalidInputError):
        Document.from_json(wrong.to_json())
