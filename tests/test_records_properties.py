# SPDX-License-Identifier: MIT
"""Property tests of the record boundary: malformed records raise only our errors."""

import json
import math
from typing import Any

from hypothesis import example, given

import conflictnorm as cn
from conflictnorm.models import Count, DateValue, Document, Mention, Quantity, Value
from conflictnorm.strategies import (
    documents,
    malformed_documents,
    malformed_records,
    malformed_values,
    values,
)


def _strict_json(s: str) -> Any:
    """Parse as RFC 8259 says: no NaN, no Infinity."""

    def refuse(name: str) -> None:
        msg = f"not JSON: {name}"
        raise ValueError(msg)

    return json.loads(s, parse_constant=refuse)


@given(malformed_records())
@example({"kind": [], "text": "a", "start": 0, "end": 1})
@example({"kind": "count", "text": "a", "start": 0, "end": 1, "value": 10**401})
@example({"kind": "count", "text": "a", "start": 0, "end": 1, "value": None, "low": 10, "high": 5})
@example({"kind": "count", "text": "", "start": 0, "end": 0, "value": 1})
@example(
    {"kind": "date", "text": "a", "start": 0, "end": 1, "type": "date", "value": "2025-13"}
    | {"granularity": "month"}
)
def test_from_dict_raises_only_our_errors(d: dict[str, object]) -> None:
    """Mention.from_dict either raises a ConflictNormError or returns a valid mention."""
    try:
        m = Mention.from_dict(d)
    except cn.ConflictNormError:
        return
    m.check()
    assert m == Mention.from_dict(m.to_dict())


@given(malformed_values())
@example(DateValue(type="date", value="2025-W46", granularity="week", mod="approx"))
@example(DateValue(type="date", value="2025-13", granularity="month"))
@example(DateValue(type="date", value="2025-00", granularity="month"))
@example(Quantity(dimension="length", value=1.0, unit="km", original="mile"))  # type: ignore[arg-type]
@example(Count(value=None, low=10.0, high=5.0))
def test_render_raises_only_our_errors(v: Value) -> None:
    """cn.render either raises a ConflictNormError or returns a non-empty str."""
    try:
        text = cn.render(v)
    except cn.ConflictNormError:
        return
    assert isinstance(text, str)
    assert text


@given(malformed_values())
def test_check_raises_only_our_errors(v: Value) -> None:
    """check() raises InvalidValueError or nothing, and what passes writes strict JSON."""
    try:
        v.check()
    except cn.InvalidValueError:
        return
    _strict_json(json.dumps(v.to_dict(), allow_nan=False))


@given(malformed_documents())
@example('{"text": "a", "mentions": [{"kind": "count", "text": "a", "start": 0, "end": 1, '
         '"value": 1e999}]}')  # fmt: skip
@example('{"text": "", "published": "2025-01-01T99:99", "mentions": []}')
@example('{"text": "", "mentions": ' + "[" * 5000 + "]" * 5000 + "}")
def test_from_json_raises_only_our_errors(s: str) -> None:
    """Document.from_json either raises a ConflictNormError or returns a valid document."""
    try:
        doc = Document.from_json(s)
    except cn.ConflictNormError:
        return
    doc.check()
    assert doc == Document.from_json(doc.to_json())


@given(documents())
def test_to_json_is_strict_json(doc: Document) -> None:
    """Every valid document's JSON parses under a strict RFC 8259 reading."""
    assert doc.to_dicts() == _strict_json(doc.to_json())["mentions"]


@given(values())
def test_value_dict_round_trip(v: Value) -> None:
    """type(v).from_dict(v.to_dict()) == v for every valid value record."""
    assert v == type(v).from_dict(v.to_dict())


@given(values())
def test_value_dict_is_the_mention_dict(v: Value) -> None:
    """A value's dict is its mention's dict without the text and offsets."""
    mention = Mention(text="x", start=0, end=1, value=v).to_dict()
    for key in ("text", "start", "end"):
        del mention[key]
    assert mention == v.to_dict()


@given(values())
def test_valid_values_have_finite_numbers(v: Value) -> None:
    """Every number in a valid record is finite."""
    numbers = [x for x in v.to_dict().values() if isinstance(x, float)]
    assert all(math.isfinite(x) for x in numbers)
