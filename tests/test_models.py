# SPDX-License-Identifier: MIT
"""Records: dict and JSON round trips, validation of incoming dicts."""

import json
import math
import pickle
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given

from conflictnorm import models
from conflictnorm.errors import InvalidInputError, InvalidValueError
from conflictnorm.models import (
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


# --- validation at the boundary (issue 14.3) ---------------------------------------

DATE = {"kind": "date", "text": "a", "start": 0, "end": 1, "mod": None, "type": "date"}

MALFORMED: list[tuple[str, dict[str, Any], str]] = [
    ("month 13", {**DATE, "value": "2025-13", "granularity": "month"}, "value"),
    ("month 00", {**DATE, "value": "2025-00", "granularity": "month"}, "value"),
    ("week 54", {**DATE, "value": "2025-W54", "granularity": "week"}, "value"),
    ("30 February", {**DATE, "value": "2025-02-30", "granularity": "day"}, "value"),
    ("year 0", {**DATE, "value": "0000", "granularity": "year"}, "value"),
    ("unpadded week", {**DATE, "value": "1-W01", "granularity": "week"}, "value"),
    ("five-digit year", {**DATE, "value": "10000-01", "granularity": "month"}, "value"),
    ("granularity of another value", {**DATE, "value": "2025-11", "granularity": "day"}, "gran"),
    ("granularity of a ref", {**DATE, "value": "PAST_REF", "granularity": "day"}, "gran"),
    ("duration granularity", {**DATE, "type": "duration", "value": "PT7H", "granularity": "day"},
     "gran"),
    ("not a duration", {**DATE, "type": "duration", "value": "PinfD", "granularity": "day"},
     "value"),
    ("reversed range", {**DATE, "value": "2025", "granularity": "year",
                        "range": ["2025-12-31", "2025-01-01"]}, "range"),
    ("range not dates", {**DATE, "value": "2025", "granularity": "year", "range": ["x", "y"]},
     "range"),
    ("reversed range of a duration", {**DATE, "type": "duration", "value": "P3D",
                                      "granularity": "day", "range": ["2025-01-03", "2025-01-01"]},
     "range"),
    ("unknown type", {**DATE, "type": "instant", "value": None}, "type"),
    ("bounds out of order", {**GOOD, "value": None, "low": 10, "high": 5}, "out of order"),
    ("value outside bounds", {**GOOD, "value": 50, "low": 10, "high": 20}, "outside"),
    ("401-digit number", {**GOOD, "value": 10**401}, "value"),
    ("infinite number", {**GOOD, "value": float("inf")}, "value"),
    ("NaN", {**GOOD, "value": float("nan")}, "value"),
    ("unhashable kind", {**GOOD, "kind": []}, "kind"),
    ("empty text", {**GOOD, "text": "", "end": 0}, "text"),
    ("latitude 91", {**GOOD, "kind": "place", "name": "X", "feature": "city", "lat": 91.0,
                     "lon": 0.0}, "lat"),
    ("latitude without longitude", {**GOOD, "kind": "place", "name": "X", "feature": "city",
                                    "lat": 50.0}, "lat"),
    ("score above 1", {**GOOD, "kind": "place", "name": "X", "feature": "city", "score": 2},
     "score"),
    ("unknown feature", {**GOOD, "kind": "place", "name": "X", "feature": "planet"}, "feature"),
    ("unit of another dimension", {**GOOD, "kind": "quantity", "dimension": "mass",
                                   "unit": "km"}, "unit"),
    ("original without unit", {**GOOD, "kind": "quantity", "dimension": "length", "unit": "km",
                               "original": {"value": 1.0}}, "unit"),
    ("unknown direction", {**GOOD, "kind": "quantity", "dimension": "length", "unit": "km",
                           "direction": "up"}, "direction"),
]  # fmt: skip


@pytest.mark.parametrize(("why", "d", "names"), MALFORMED, ids=[b[0] for b in MALFORMED])
def test_from_dict_rejects_malformed_values(why: str, d: dict[str, Any], names: str) -> None:
    """A record outside the contract raises InvalidValueError naming the field."""
    with pytest.raises(InvalidValueError, match=names):
        Mention.from_dict(d)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Count(value=None, low=10.0, high=5.0), "low"),
        (Count(value=float("nan")), "value"),
        (Count(value=1.0, noun=3), "noun"),  # type: ignore[arg-type]
        (Quantity(dimension="length", value=1.0, unit="km", original="mile"),  # type: ignore[arg-type]
         "original"),
        (Quantity(dimension="length", value=1.0, unit="km", original=Original(value=1.0, unit="")),
         "original.unit"),
        (Percent(value=5.0, unit="permille"), "unit"),
        (Percent(value=5.0, mod="sort_of"), "mod"),
        (DateValue(type="date", value="2025-W46", granularity="week", range=["a", "b"]), "range"),  # type: ignore[arg-type]
        (DateValue(type="date", value=None, anchored="yes"), "anchored"),  # type: ignore[arg-type]
        (Place(name="", feature="city"), "name"),
        (Place(name="X", feature="city", country="Ukraine"), "country"),
        (Place(name="X", feature="city", match="close"), "match"),
        (Place(name="X", feature="city", lat=0.0, lon=181.0), "lon"),
        (Count(value=10**401), "value"),
        (Quantity(dimension="other", value=1.0, unit=""), "unit"),
        (DateValue(type="date", value="2025-02", granularity="month",
                   range=("2025-02-01", "2025-02-30")), "range"),
    ],
)  # fmt: skip
def test_check_names_the_field(record: Value, field: str) -> None:
    """check() raises InvalidValueError whose message names the bad field."""
    with pytest.raises(InvalidValueError, match=f"'{field}'"):
        record.check()


def test_check_accepts_valid_records() -> None:
    """check() returns None on records of the contract."""
    records: list[Value] = [
        Place(name="Kupiansk", feature="city", country="UA", lat=49.7, lon=37.6),
        DateValue(type="date", value="2025-W46", granularity="week",
                  range=("2025-11-10", "2025-11-16")),
        DateValue(type="duration", value="PXM", granularity="month"),
        DateValue(type="date", value="PAST_REF"),
        Quantity(dimension="length", value=6.4, unit="km",
                 original=Original(value=4.0, unit="mile")),
        Percent(value=4.5, unit="percentage_point"),
        Count(value=30.0, low=30.0, mod="more_than"),
    ]  # fmt: skip
    assert [None] * len(records) == [r.check() for r in records]


_ONE_COUNT = (
    '{"text": "a", "mentions": [{"kind": "count", "text": "a", "start": 0, "end": 1, '
    '"value": VALUE}]}'
)


@pytest.mark.parametrize(
    ("s", "match"),
    [
        (_ONE_COUNT.replace("VALUE", "1e999"), "out of range"),
        (_ONE_COUNT.replace("VALUE", "NaN"), "NaN"),
        (_ONE_COUNT.replace("VALUE", "-Infinity"), "Infinity"),
        ('{"text": "", "published": "2025-01-01T99:99", "mentions": []}', "published"),
        ('{"text": "", "published": "2025-02-30", "mentions": []}', "published"),
        ('{"text": "", "mentions": ' + "[" * 5000 + "]" * 5000 + "}", "not a JSON document"),
        ("[" * 100_000, "not a JSON document"),
        ('{"text": "", "mentions": [], "published": 20250101}', "published"),
        ('{"text": 5, "mentions": []}', "text"),
    ],
)  # fmt: skip
def test_from_json_rejects_malformed(s: str, match: str) -> None:
    """from_json raises InvalidValueError on JSON that breaks the contract."""
    with pytest.raises(InvalidValueError, match=match):
        Document.from_json(s)


def test_from_json_rejects_non_text() -> None:
    """from_json of something that is not text raises InvalidInputError, not InvalidValueError."""
    with pytest.raises(InvalidInputError) as info:
        Document.from_json(5)  # type: ignore[arg-type]
    assert not isinstance(info.value, InvalidValueError)


def test_from_json_accepts_published_with_time() -> None:
    """A dateline with a time of day and an offset reads back."""
    doc = Document(text="", published="2025-11-12T08:30:00+02:00")
    assert doc == Document.from_json(doc.to_json())


def test_to_json_refuses_infinity() -> None:
    """A record holding inf cannot be written as JSON: to_json raises, never writes Infinity."""
    m = Mention(text="9", start=0, end=1, value=Count(value=math.inf))
    with pytest.raises(InvalidValueError, match="JSON"):
        Document(text="9", mentions=(m,)).to_json()


def test_document_check_checks_values() -> None:
    """Document.check() also checks every mention's value."""
    m = Mention(text="5", start=0, end=1, value=Count(value=None, low=9.0, high=1.0))
    with pytest.raises(InvalidValueError, match="out of order"):
        Document(text="5", mentions=(m,)).check()


def test_mention_check_wants_a_value_record() -> None:
    """Mention.check() refuses a value that is not a record."""
    with pytest.raises(InvalidValueError, match="'value'"):
        Mention(text="5", start=0, end=1, value="5").check()  # type: ignore[arg-type]


def test_document_check_wants_mentions() -> None:
    """Document.check() refuses mentions that are not Mention records."""
    with pytest.raises(InvalidValueError, match="'mentions'"):
        Document(text="5", mentions=("5",)).check()  # type: ignore[arg-type]


def test_to_geojson_refuses_infinite_coordinates() -> None:
    """A coordinate that is not finite cannot be written: to_geojson raises."""
    p = Place(name="X", feature="city", lat=math.inf, lon=0.0)
    doc = Document(text="X", mentions=(Mention(text="X", start=0, end=1, value=p),))
    with pytest.raises(InvalidValueError, match="JSON"):
        doc.to_geojson()


def test_document_mentions_must_be_iterable() -> None:
    """Building a Document from a non-iterable raises InvalidInputError."""
    with pytest.raises(InvalidInputError, match="mentions"):
        Document(text="", mentions=5)  # type: ignore[arg-type]


# --- value records' dicts (issue 13.8) ------------------------------------------------


def test_value_to_dict() -> None:
    """A value record's dict is its kind, mod and fields."""
    expected = {"kind": "count", "mod": "approx", "value": 300.0, "low": None, "high": None,
                "noun": "soldiers"}  # fmt: skip
    assert expected == Count(value=300.0, noun="soldiers", mod="approx").to_dict()


def test_value_from_dict_refuses_another_kind() -> None:
    """Place.from_dict refuses a dict of another kind."""
    with pytest.raises(InvalidValueError, match="kind"):
        Place.from_dict(Count(value=1.0).to_dict())


def test_value_from_dict_takes_a_mention_dict() -> None:
    """A value reads from its mention's dict too (text and offsets are ignored)."""
    m = Mention(text="19%", start=0, end=3, value=Percent(value=19.0))
    assert m.value == Percent.from_dict(m.to_dict())


def test_value_from_dict_needs_a_dict() -> None:
    """from_dict of a list raises InvalidInputError."""
    with pytest.raises(InvalidInputError, match="dict"):
        Count.from_dict([("value", 1.0)])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("alias", "allowed"),
    [
        (models.Mod, {"approx", "less_than", "more_than", "equal_or_less", "equal_or_more",
                      "start", "mid", "end"}),
        (models.Feature, {"country", "region", "district", "city", "town", "village", "station",
                          "river", "other"}),
        (models.Match, {"exact", "variant", "former", "fuzzy"}),
        (models.Granularity, {"day", "week", "month", "quarter", "year", "decade", "hour",
                              "minute", "second"}),
        (models.DateType, {"date", "duration"}),
        (models.Dimension, {"length", "area", "mass", "volume", "speed", "other"}),
        (models.PercentUnit, {"percent", "percentage_point"}),
        (models.Kind, set(models.KINDS)),
    ],
)  # fmt: skip
def test_literal_types_list_the_contract(alias: object, allowed: set[str]) -> None:
    """Each Literal type allows exactly the values of the record contract."""
    assert allowed == set(get_args(alias))


# --- a document as a sequence (issue 13.1) --------------------------------------------

_DOC = Document(
    text="19% and 5 tanks",
    published="2025-11-12",
    mentions=(
        Mention(text="19%", start=0, end=3, value=Percent(value=19.0)),
        Mention(text="5 tanks", start=8, end=15, value=Count(value=5.0, noun="tanks")),
    ),
)


def test_document_repr_is_short() -> None:
    """repr(doc) counts mentions per kind and never holds the text."""
    long = attrs.evolve(_DOC, text=_DOC.text + " filler" * 10_000)
    expected = "Document(published='2025-11-12', 70,015 characters, 2 mentions: 1 percent, 1 count)"
    assert expected == repr(long)


def test_empty_document_repr() -> None:
    """An empty document says so."""
    assert "Document(published=None, 0 characters, 0 mentions)" == repr(Document(text=""))


def test_document_is_a_sequence_of_mentions() -> None:
    """len, iteration, indexing and slicing work on the mentions."""
    assert (2, list(_DOC.mentions), _DOC.mentions[1], _DOC.mentions[:1]) == (
        len(_DOC),
        list(_DOC),
        _DOC[-1],
        _DOC[:1],
    )


def test_document_slice_is_a_tuple() -> None:
    """A slice of a document is a tuple of mentions."""
    assert isinstance(_DOC[0:2], tuple)


def test_document_equality_and_pickle_survive() -> None:
    """Documents still compare by value and pickle after gaining sequence methods."""
    assert _DOC == pickle.loads(pickle.dumps(_DOC))  # noqa: S301 - our own bytes
    assert _DOC != attrs.evolve(_DOC, published=None)
