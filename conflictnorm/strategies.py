# SPDX-License-Identifier: MIT
"""Hypothesis strategies for every record and value type (needs ``hypothesis``).

Valid records come from `places`, `date_values`, `mentions`, `documents` and
the rest; `malformed_records`, `malformed_values` and `malformed_documents`
draw broken ones, on which the library must raise only its own errors.

Public so that pipelines can test their own code on the records we emit:

>>> from hypothesis import given
>>> from conflictnorm.strategies import mentions
>>> @given(mentions())
... def test_roundtrip(m):
...     assert type(m).from_dict(m.to_dict()) == m
>>> test_roundtrip()

`amounts`, `percents` and `counts` draw only values that have a canonical
surface form, so ``parse(render(v)) == v`` holds for every one of them.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
from hypothesis import strategies as st

from conflictnorm.models import (
    CANONICAL_UNITS,
    DIRECTIONS,
    FEATURES,
    MATCHES,
    MODS,
    Count,
    DateValue,
    Document,
    Mention,
    Original,
    Percent,
    Place,
    Quantity,
    Value,
)
from conflictnorm.numbers import _CANONICAL_QUALIFIER, VAGUE, Amount

__all__ = [
    "amounts",
    "calendar_values",
    "counts",
    "date_values",
    "documents",
    "json_values",
    "malformed_documents",
    "malformed_records",
    "malformed_values",
    "measurements",
    "mentions",
    "numbers",
    "percents",
    "places",
    "quantities",
    "values",
    "whole_numbers",
]

_RENDERED_MODS = sorted(_CANONICAL_QUALIFIER)


def numbers() -> st.SearchStrategy[float]:
    """Non-negative numbers as news writes them, and huge and tiny ones.

    Whole numbers, short decimals, any float up to 1e12, and the extremes a
    renderer must still write exactly: whole numbers far beyond 2**53 and
    floats from 1e-12 up to 1e200.
    """
    return st.one_of(
        st.integers(0, 10**9).map(float),
        st.integers(1, 10**6).map(lambda i: i / 10),
        st.integers(1, 10**5).map(lambda i: i / 100),
        st.floats(0, 1e12, allow_nan=False, allow_infinity=False),
        st.integers(10**12, 10**30).map(float),
        st.floats(1e12, 1e200),
        st.floats(1e-12, 1e-3),
    )


def whole_numbers() -> st.SearchStrategy[float]:
    """Non-negative whole numbers, small and huge (what a count can be)."""
    return st.one_of(
        st.integers(0, 10**9).map(float),
        st.integers(10**9, 10**30).map(float),
        st.floats(1e9, 1e200).map(lambda x: float(int(x))),
    )


def _bounded(value: float, mod: str | None) -> Amount:
    if mod in {"more_than", "equal_or_more"}:
        return Amount(value=value, low=value, mod=mod)
    if mod in {"less_than", "equal_or_less"}:
        return Amount(value=value, high=value, mod=mod)
    return Amount(value=value, mod=mod)


def _range(pair: tuple[float, float], mod: str | None) -> Amount:
    low, high = sorted(pair)
    return Amount(value=None, low=low, high=high, mod=mod)


def _amounts(values: st.SearchStrategy[float]) -> st.SearchStrategy[Amount]:
    single = st.builds(_bounded, values, st.sampled_from([None, *_RENDERED_MODS]))
    ranges = st.builds(
        _range,
        st.tuples(values, values).filter(lambda p: p[0] != p[1]),
        st.sampled_from([None, "approx"]),
    )
    vague = st.sampled_from(sorted(VAGUE.values())).map(
        lambda b: Amount(value=None, low=float(b[0]), high=float(b[1]))
    )
    return st.one_of(single, ranges, vague)


def amounts() -> st.SearchStrategy[Amount]:
    """Amounts with a canonical form: numbers with a qualifier, ranges, vague amounts."""
    return _amounts(numbers())


def percents() -> st.SearchStrategy[Percent]:
    """Percent values with a canonical form, negative ones ("-1.3%") included."""
    negative = st.builds(
        _bounded,
        numbers().filter(lambda x: x > 0).map(lambda x: -x),
        st.sampled_from([None, *_RENDERED_MODS]),
    )
    return st.builds(
        lambda a, unit: Percent(value=a.value, low=a.low, high=a.high, mod=a.mod, unit=unit),
        st.one_of(amounts(), negative),
        st.sampled_from(["percent", "percentage_point"]),
    )


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """Count values with a canonical form: whole amounts and a counted noun or none.

    Any amount counts a plural noun ("3 drones"); exactly one may count a
    singular one ("1 vehicle").
    """
    from conflictnorm.quantities._nouns import counted_nouns  # noqa: PLC0415

    a = draw(_amounts(whole_numbers()))
    nouns = counted_nouns(plural=True)
    if a.value == 1:
        nouns += counted_nouns(plural=False)
    noun = draw(st.one_of(st.none(), st.sampled_from(nouns)))
    return Count(value=a.value, low=a.low, high=a.high, mod=a.mod, noun=noun)


_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
_opt_float = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))
_mod = st.one_of(st.none(), st.sampled_from(sorted(MODS)))


_coordinates = st.one_of(st.none(), st.tuples(st.floats(-90, 90), st.floats(-180, 180)))


@st.composite
def places(draw: st.DrawFn) -> Place:
    """Arbitrary valid place records (any field values; for dict and JSON round trips)."""
    coordinates = draw(_coordinates)
    lat, lon = (None, None) if coordinates is None else coordinates
    return Place(
        name=draw(_text.filter(bool)),
        feature=draw(st.sampled_from(sorted(FEATURES))),
        country=draw(st.one_of(st.none(), st.sampled_from(["UA", "RU", "US"]))),
        admin1=draw(st.one_of(st.none(), _text)),
        id=draw(st.one_of(st.none(), _text)),
        lat=lat,
        lon=lon,
        native=draw(st.one_of(st.none(), _text)),
        match=draw(st.sampled_from(sorted(MATCHES))),
        score=draw(st.floats(0, 1)),
    )


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    """Arbitrary valid date records (for dict and JSON round trips)."""
    note = draw(st.one_of(st.none(), _text))
    mod = draw(_mod)
    if draw(st.integers(0, 9)) == 0:
        return DateValue(type="date", value=None, anchored=True, note=note, mod=mod)
    base = draw(calendar_values())
    return attrs.evolve(base, anchored=draw(st.booleans()), note=note, mod=mod)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    """Arbitrary valid quantity records (for dict and JSON round trips)."""
    dimension, unit = draw(st.sampled_from(sorted(CANONICAL_UNITS.items())))
    low, value, high = sorted(
        draw(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=3, max_size=3))
    )
    return Quantity(
        dimension=dimension,
        value=draw(st.sampled_from([None, value])),
        unit=unit,
        low=draw(st.sampled_from([None, low])),
        high=draw(st.sampled_from([None, high])),
        original=draw(
            st.one_of(st.none(), st.builds(Original, value=_opt_float, unit=st.just("kilometer")))
        ),
        note=draw(st.one_of(st.none(), _text)),
        direction=draw(st.one_of(st.none(), st.sampled_from(sorted(DIRECTIONS)))),
        mod=draw(_mod),
    )


def values() -> st.SearchStrategy[Value]:
    """Any value record."""
    return st.one_of(places(), date_values(), quantities(), percents(), counts())


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    """A mention with consistent offsets around any value."""
    text = draw(st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30))
    start = draw(st.integers(0, 10_000))
    return Mention(text=text, start=start, end=start + len(text), value=draw(values()))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents whose mentions are sorted, non-overlapping and spell their text."""
    parts = draw(st.lists(st.tuples(_text, _text.filter(bool), values()), max_size=5))
    text, mentions = "", []
    for gap, surface, value in parts:
        text += gap
        mentions.append(
            Mention(text=surface, start=len(text), end=len(text) + len(surface), value=value)
        )
        text += surface
    text += draw(_text)
    published = draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
    return Document(text=text, published=published, mentions=tuple(mentions))


def measurements() -> st.SearchStrategy[Quantity]:
    """Measurements with a canonical form: an amount in any unit of the units table.

    Amounts whose conversion leaves a float's range, or makes a range's
    bounds meet, are no measurement and are not drawn.
    """
    import math  # noqa: PLC0415

    from conflictnorm.quantities import build_quantity  # noqa: PLC0415
    from conflictnorm.quantities._units import surface_table, unit_named  # noqa: PLC0415

    tiny = 1e-300  # below, a conversion loses digits (subnormal floats)

    def sound(q: Quantity) -> bool:
        bounds = [x for x in (q.value, q.low, q.high) if x is not None]
        ordered = q.low is None or q.high is None or q.value is not None or q.low < q.high
        return ordered and all(math.isfinite(x) and (x == 0 or abs(x) > tiny) for x in bounds)

    names = sorted({row[1] for row in surface_table()})
    units = [u for u in map(unit_named, names) if u is not None]
    return st.builds(build_quantity, amounts(), st.sampled_from(units)).filter(sound)


@st.composite
def calendar_values(draw: st.DrawFn) -> DateValue:
    """Unanchored date and duration values with a canonical form (for render round trips)."""
    import datetime as dt  # noqa: PLC0415

    from conflictnorm.dates import _calendar as cal  # noqa: PLC0415
    from conflictnorm.dates._units import span_of  # noqa: PLC0415

    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
    kind = draw(
        st.sampled_from(
            ["day", "week", "weekend", "month", "quarter", "half", "year", "fiscal", "decade",
             "century", "season", "ref", "duration", "span"]
        )
    )  # fmt: skip
    mods: list[str | None] = [None, "start", "mid", "end"]
    if kind in {"duration", "span"}:
        units = ["hour", "minute", "second", "day", "week", "month", "year"]
        unit = draw(st.sampled_from(units[3:] if kind == "span" else units))
        n: int | None = draw(st.integers(1, 60 if kind == "span" else 5000))
        if kind == "duration":
            n = draw(st.one_of(st.just(n), st.none()))
        mod = None if n is None else draw(st.sampled_from([None, *_RENDERED_MODS]))
        value = cal.duration_value(n, unit)
        span = None if kind != "span" or n is None else span_of(day, unit, n)
        return DateValue(
            type="duration",
            value=value,
            granularity=None if value is None else cal.duration_granularity(value),
            mod=mod,
            range=span,
        )
    if kind == "ref":
        return DateValue(
            type="date", value=draw(st.sampled_from(["PAST_REF", "PRESENT_REF", "FUTURE_REF"]))
        )
    if kind in {"day", "week", "month", "year", "decade", "century"}:
        value = cal.value_at(day, kind)
        if kind == "day":
            mods = [None, "start", "end"]
    elif kind in {"weekend", "quarter", "half"}:
        value, mods = cal.value_at(day, kind), [None]
        if kind == "weekend":
            value = cal.weekend_value(day)
    elif kind == "fiscal":
        value = cal.fiscal_value(day.year)
    else:
        value = cal.season_value(day.year, draw(st.sampled_from(sorted(cal.SEASONS))))
    return DateValue(
        type="date",
        value=value,
        granularity=cal.record_granularity(value),
        range=cal.value_range(value),
        mod=draw(st.sampled_from(mods)),
    )


#: Values that are nearly right somewhere in a record: other fields' names and
#: values, impossible calendar values, numbers out of range.
_TRICKY: tuple[object, ...] = (
    "", "place", "date", "count", "approx", "start", "week", "day", "duration", "km", "mile",
    "percent", "2025-13", "2025-00", "2025-W54", "2026-W53", "0000", "2025-02-30", "10000-01",
    "1-W01", "2025-SP", "PinfD", "PT5D", "P5H", "PXW", "PAST_REF", "2025-01-01T99:99",
    (
        "\N{ARABIC-INDIC DIGIT TWO}\N{ARABIC-INDIC DIGIT ZERO}"
        "\N{ARABIC-INDIC DIGIT TWO}\N{ARABIC-INDIC DIGIT FIVE}"
    ),
    ["2025-12-31", "2025-01-01"], ["x", "y"], ["2025-01-01"], {"value": 1, "unit": ""},
    {"unit": "mile"}, 10**401, -(10**401), 1e308, -1.0, 91.0, -181.0, 2.0, 0, -1, True,
    float("nan"), float("inf"), float("-inf"),
)  # fmt: skip


def json_values() -> st.SearchStrategy[object]:
    """Arbitrary JSON-like values: scalars (huge and non-finite numbers too), lists, dicts."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=10),
        st.sampled_from(_TRICKY),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
        ),
        max_leaves=8,
    )


@st.composite
def malformed_records(draw: st.DrawFn) -> dict[str, object]:
    """Mention dicts with one to three fields replaced, removed or added.

    Some stay valid; the rest break the contract in every way a field can.
    """
    d: dict[str, object] = draw(mentions()).to_dict()
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        key = draw(st.sampled_from(sorted(d))) if d else "kind"
        if action == "replace":
            d[key] = draw(json_values())
        elif action == "remove":
            d.pop(key, None)
        else:
            d[draw(st.text(max_size=8))] = draw(json_values())
    return d


@st.composite
def malformed_values(draw: st.DrawFn) -> Value:
    """Value records with one or two fields set to anything (records are not checked on build)."""
    v = draw(values())
    for _ in range(draw(st.integers(1, 2))):
        name = draw(st.sampled_from([a.name for a in attrs.fields(type(v))]))
        change: dict[str, Any] = {name: draw(json_values())}
        v = attrs.evolve(v, **change)
    return v


@st.composite
def malformed_documents(draw: st.DrawFn) -> str:
    """JSON texts that are nearly a document's: mutated records, fields and syntax."""
    doc = draw(documents())
    d: dict[str, object] = {"text": doc.text, "published": doc.published}
    records: list[object] = [m.to_dict() for m in doc.mentions]
    if draw(st.booleans()):
        records.append(draw(malformed_records()))
    d["mentions"] = records
    key = draw(st.sampled_from(["text", "published", "mentions", "extra", None]))
    if key is not None:
        d[key] = draw(json_values())
    out = json.dumps(d, ensure_ascii=False)
    how = draw(st.sampled_from(["as is", "as is", "cut", "array", "nested"]))
    if how == "cut":
        return out[: draw(st.integers(0, len(out)))]
    if how == "array":
        return json.dumps([d])
    if how == "nested":
        depth = draw(st.integers(1, 6000))
        return '{"text": "", "mentions": ' + "[" * depth + "]" * depth + "}"
    return out
