# SPDX-License-Identifier: MIT
"""The records of the contract in ``RECORDS.md``: frozen, slotted attrs classes.

Each value record (`Place`, `DateValue`, `Quantity`, `Percent`, `Count`) knows
its own fields; a `Mention` ties one of them to the exact text and offsets it
came from, and flattens to the plain dict other pipelines parse.

>>> from conflictnorm.models import Count, Mention
>>> m = Mention(text="74 settlements", start=0, end=14,
...             value=Count(value=74.0, noun="settlements"))
>>> m.to_dict()["noun"], Mention.from_dict(m.to_dict()) == m
('settlements', True)
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Final, TypeAlias

import attrs

from conflictnorm.errors import InvalidInputError, ensure_type

__all__ = [
    "KINDS",
    "MODS",
    "Count",
    "DateValue",
    "Document",
    "Mention",
    "Original",
    "Percent",
    "Place",
    "Quantity",
    "Value",
]

#: The kinds of mention, in the order of RECORDS.md.
KINDS: Final = ("place", "date", "quantity", "percent", "count")

#: Qualifier names (TIMEX3 ``mod`` values in lower case).
MODS: Final = frozenset(
    {"approx", "less_than", "more_than", "equal_or_less", "equal_or_more", "start", "mid", "end"}
)


def _opt_float(x: Any, field: str) -> float | None:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, int | float):
        msg = f"field {field!r} must be a number or null, not {x!r}"
        raise InvalidInputError(msg, value=x)
    v = float(x)
    if math.isnan(v):
        msg = f"field {field!r} must not be NaN"
        raise InvalidInputError(msg, value=x)
    return v


def _opt_str(x: Any, field: str) -> str | None:
    if x is None or isinstance(x, str):
        return x
    msg = f"field {field!r} must be a string or null, not {x!r}"
    raise InvalidInputError(msg, value=x)


def _req_str(x: Any, field: str) -> str:
    if isinstance(x, str):
        return x
    msg = f"field {field!r} must be a string, not {x!r}"
    raise InvalidInputError(msg, value=x)


def _get(d: Mapping[str, Any], field: str) -> Any:
    try:
        return d[field]
    except KeyError:
        msg = f"record lacks the field {field!r}"
        raise InvalidInputError(msg, value=dict(d)) from None


def _check_mod(mod: str | None) -> str | None:
    if mod is not None and mod not in MODS:
        msg = f"unknown mod {mod!r}; expected one of {sorted(MODS)}"
        raise InvalidInputError(msg, value=mod)
    return mod


@attrs.frozen(kw_only=True)
class Place:
    """A place, normalized to its canonical name (see RECORDS.md, ``place``)."""

    kind: ClassVar[str] = "place"
    name: str
    feature: str
    country: str | None = None
    admin1: str | None = None
    id: str | None = None
    lat: float | None = None
    lon: float | None = None
    native: str | None = None
    match: str = "exact"
    score: float = 1.0
    mod: str | None = None

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {
            "name": self.name,
            "feature": self.feature,
            "country": self.country,
            "admin1": self.admin1,
            "id": self.id,
            "lat": self.lat,
            "lon": self.lon,
            "native": self.native,
            "match": self.match,
            "score": self.score,
        }

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Place:
        """Build from a record dict (the inverse of `fields`)."""
        score = _opt_float(d.get("score", 1.0), "score")
        return cls(
            name=_req_str(_get(d, "name"), "name"),
            feature=_req_str(_get(d, "feature"), "feature"),
            country=_opt_str(d.get("country"), "country"),
            admin1=_opt_str(d.get("admin1"), "admin1"),
            id=_opt_str(d.get("id"), "id"),
            lat=_opt_float(d.get("lat"), "lat"),
            lon=_opt_float(d.get("lon"), "lon"),
            native=_opt_str(d.get("native"), "native"),
            match=_req_str(d.get("match", "exact"), "match"),
            score=1.0 if score is None else score,
            mod=_check_mod(_opt_str(d.get("mod"), "mod")),
        )


@attrs.frozen(kw_only=True)
class DateValue:
    """A TIMEX3 date or duration (see RECORDS.md, ``date``)."""

    kind: ClassVar[str] = "date"
    type: str
    value: str | None
    granularity: str | None = None
    range: tuple[str, str] | None = None
    anchored: bool = False
    note: str | None = None
    mod: str | None = None

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {
            "type": self.type,
            "value": self.value,
            "granularity": self.granularity,
            "range": None if self.range is None else list(self.range),
            "anchored": self.anchored,
            "note": self.note,
        }

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> DateValue:
        """Build from a record dict (the inverse of `fields`)."""
        rng = d.get("range")
        if rng is not None:
            if (
                not isinstance(rng, list | tuple)
                or len(rng) != 2  # noqa: PLR2004 - a range is a pair
                or not all(isinstance(x, str) for x in rng)
            ):
                msg = f"field 'range' must be a pair of ISO dates or null, not {rng!r}"
                raise InvalidInputError(msg, value=rng)
            rng = (rng[0], rng[1])
        anchored = d.get("anchored", False)
        if not isinstance(anchored, bool):
            msg = f"field 'anchored' must be a boolean, not {anchored!r}"
            raise InvalidInputError(msg, value=anchored)
        return cls(
            type=_req_str(_get(d, "type"), "type"),
            value=_opt_str(_get(d, "value"), "value"),
            granularity=_opt_str(d.get("granularity"), "granularity"),
            range=rng,
            anchored=anchored,
            note=_opt_str(d.get("note"), "note"),
            mod=_check_mod(_opt_str(d.get("mod"), "mod")),
        )


@attrs.frozen(kw_only=True)
class Original:
    """What a measurement said before conversion: its number and pint unit name."""

    value: float | None
    unit: str


@attrs.frozen(kw_only=True)
class Quantity:
    """A measurement in the canonical unit of its dimension (RECORDS.md, ``quantity``)."""

    kind: ClassVar[str] = "quantity"
    dimension: str
    value: float | None
    unit: str
    low: float | None = None
    high: float | None = None
    original: Original | None = None
    note: str | None = None
    direction: str | None = None
    mod: str | None = None

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        orig = self.original
        return {
            "dimension": self.dimension,
            "value": self.value,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "original": None if orig is None else {"value": orig.value, "unit": orig.unit},
            "note": self.note,
            "direction": self.direction,
        }

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Quantity:
        """Build from a record dict (the inverse of `fields`)."""
        o = d.get("original")
        if o is not None and not isinstance(o, Mapping):
            msg = f"field 'original' must be an object or null, not {o!r}"
            raise InvalidInputError(msg, value=o)
        original = (
            None
            if o is None
            else Original(
                value=_opt_float(o.get("value"), "original.value"),
                unit=_req_str(_get(o, "unit"), "original.unit"),
            )
        )
        return cls(
            dimension=_req_str(_get(d, "dimension"), "dimension"),
            value=_opt_float(_get(d, "value"), "value"),
            unit=_req_str(_get(d, "unit"), "unit"),
            low=_opt_float(d.get("low"), "low"),
            high=_opt_float(d.get("high"), "high"),
            original=original,
            note=_opt_str(d.get("note"), "note"),
            direction=_opt_str(d.get("direction"), "direction"),
            mod=_check_mod(_opt_str(d.get("mod"), "mod")),
        )


@attrs.frozen(kw_only=True)
class Percent:
    """A share in percent or percentage points (RECORDS.md, ``percent``)."""

    kind: ClassVar[str] = "percent"
    value: float | None
    unit: str = "percent"
    low: float | None = None
    high: float | None = None
    mod: str | None = None

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {"value": self.value, "unit": self.unit, "low": self.low, "high": self.high}

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Percent:
        """Build from a record dict (the inverse of `fields`)."""
        unit = _req_str(_get(d, "unit"), "unit")
        if unit not in {"percent", "percentage_point"}:
            msg = f"field 'unit' of a percent must be 'percent' or 'percentage_point', not {unit!r}"
            raise InvalidInputError(msg, value=unit)
        return cls(
            value=_opt_float(_get(d, "value"), "value"),
            unit=unit,
            low=_opt_float(d.get("low"), "low"),
            high=_opt_float(d.get("high"), "high"),
            mod=_check_mod(_opt_str(d.get("mod"), "mod")),
        )


@attrs.frozen(kw_only=True)
class Count:
    """How many of something (RECORDS.md, ``count``)."""

    kind: ClassVar[str] = "count"
    value: float | None
    low: float | None = None
    high: float | None = None
    noun: str | None = None
    mod: str | None = None

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {"value": self.value, "low": self.low, "high": self.high, "noun": self.noun}

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Count:
        """Build from a record dict (the inverse of `fields`)."""
        return cls(
            value=_opt_float(_get(d, "value"), "value"),
            low=_opt_float(d.get("low"), "low"),
            high=_opt_float(d.get("high"), "high"),
            noun=_opt_str(d.get("noun"), "noun"),
            mod=_check_mod(_opt_str(d.get("mod"), "mod")),
        )


Value: TypeAlias = Place | DateValue | Quantity | Percent | Count

_BY_KIND: Final[Mapping[str, Callable[[Mapping[str, Any]], Value]]] = {
    "place": Place.from_fields,
    "date": DateValue.from_fields,
    "quantity": Quantity.from_fields,
    "percent": Percent.from_fields,
    "count": Count.from_fields,
}


@attrs.frozen(kw_only=True)
class Mention:
    """One value found in a text, with its exact surface text and offsets."""

    text: str
    start: int
    end: int
    value: Value

    @property
    def kind(self) -> str:
        """The kind of the value: ``place``, ``date``, ``quantity``, ``percent``, ``count``."""
        return self.value.kind

    @property
    def mod(self) -> str | None:
        """The qualifier of the value, if any."""
        return self.value.mod

    def to_dict(self) -> dict[str, Any]:
        """Return the flat, JSON-serialisable record of RECORDS.md."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "mod": self.mod,
        }
        out.update(self.value.fields())
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        """Build a mention from its record dict.

        Raises:
            InvalidInputError: the dict is not a record of the contract.
        """
        d = ensure_type(d, dict, "a mention record")
        kind = _get(d, "kind")
        if kind not in _BY_KIND:
            msg = f"unknown mention kind {kind!r}; expected one of {list(KINDS)}"
            raise InvalidInputError(msg, value=kind)
        start, end = _get(d, "start"), _get(d, "end")
        for name, x in (("start", start), ("end", end)):
            if isinstance(x, bool) or not isinstance(x, int) or x < 0:
                msg = f"field {name!r} must be a non-negative integer, not {x!r}"
                raise InvalidInputError(msg, value=x)
        text = _req_str(_get(d, "text"), "text")
        if end - start != len(text):
            msg = f"offsets {start}..{end} do not span the text {text!r}"
            raise InvalidInputError(msg, value=dict(d))
        return cls(text=text, start=start, end=end, value=_BY_KIND[kind](d))


def _as_mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Document:
    """The result of `conflictnorm.normalize`: a text and its mentions in order."""

    text: str
    published: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_as_mentions)

    def to_dicts(self) -> list[dict[str, Any]]:
        """Return the mentions as record dicts, in text order."""
        return [m.to_dict() for m in self.mentions]

    def by_kind(self, kind: str) -> tuple[Mention, ...]:
        """Return the mentions of one kind.

        Raises:
            InvalidInputError: ``kind`` is not one of `KINDS`.
        """
        if kind not in KINDS:
            msg = f"unknown kind {kind!r}; expected one of {list(KINDS)}"
            raise InvalidInputError(msg, value=kind)
        return tuple(m for m in self.mentions if m.kind == kind)

    def check(self) -> None:
        """Check the promise every document keeps about its mentions.

        Raises:
            InvalidInputError: mentions are out of order, overlap, or do not
                spell ``text[start:end]``.
        """
        end = 0
        for m in self.mentions:
            if m.start < end:
                msg = f"mention {m.text!r} at {m.start} overlaps or precedes the one before"
                raise InvalidInputError(msg, value=m)
            if self.text[m.start : m.end] != m.text:
                msg = f"mention {m.text!r} does not match the text at {m.start}..{m.end}"
                raise InvalidInputError(msg, value=m)
            end = m.end

    def to_json(self) -> str:
        """Return the document as one JSON object (text, published, mentions)."""
        return json.dumps(
            {"text": self.text, "published": self.published, "mentions": self.to_dicts()},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, s: str | bytes) -> Document:
        """Parse the JSON text written by `to_json`.

        Raises:
            InvalidInputError: the text is not JSON of a document, or its
                mentions do not fit its text (see `check`).
        """
        try:
            d = json.loads(s)
        except (TypeError, ValueError) as err:
            msg = f"not a JSON document: {err}"
            raise InvalidInputError(msg, value=s) from None
        if not isinstance(d, dict) or not isinstance(d.get("mentions"), list):
            msg = "a document is a JSON object with a 'mentions' list"
            raise InvalidInputError(msg, value=s)
        text = _req_str(_get(d, "text"), "text")
        published = _opt_str(d.get("published"), "published")
        if published is not None:
            try:
                dt.date.fromisoformat(published[:10])
            except ValueError:
                msg = f"field 'published' is not an ISO date: {published!r}"
                raise InvalidInputError(msg, value=published) from None
        doc = cls(
            text=text,
            published=published,
            mentions=[Mention.from_dict(m) for m in d["mentions"]],
        )
        doc.check()
        return doc
