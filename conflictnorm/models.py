# SPDX-License-Identifier: MIT
"""The records of the contract (docs/records.md): frozen, slotted attrs classes.

Each value record (`Place`, `DateValue`, `Quantity`, `Percent`, `Count`) knows
its own fields; a `Mention` ties one of them to the exact text and offsets it
came from, and flattens to the plain dict other pipelines parse.

>>> from conflictnorm.models import Count, Mention
>>> m = Mention(text="74 settlements", start=0, end=14,
...             value=Count(value=74.0, noun="settlements"))
>>> m.to_dict()["noun"], Mention.from_dict(m.to_dict()) == m
('settlements', True)

Records are not validated when they are built (the extractors build hundreds
of thousands of them); every way in from outside is: ``from_dict``,
`Document.from_json` and `conflictnorm.render` call ``check()``, which raises
`InvalidValueError` naming the bad field.

More information: the record contract, docs/records.md; the JSON Schema,
docs/schema.md.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, TypeAlias, get_args, overload

import attrs

from conflictnorm._checks import (
    REFS,
    calendar_granularity,
    check_bounds,
    check_published,
    duration_granularity,
    fail,
    iso_day,
    number,
    one_of,
    show,
    string,
)
from conflictnorm.errors import ConflictNormError, InvalidInputError, InvalidValueError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CANONICAL_UNITS",
    "DIRECTIONS",
    "FEATURES",
    "GRANULARITIES",
    "KINDS",
    "MATCHES",
    "MODS",
    "Count",
    "DateType",
    "DateValue",
    "Dimension",
    "Direction",
    "Document",
    "Feature",
    "Granularity",
    "Kind",
    "Match",
    "Mention",
    "Mod",
    "Original",
    "Percent",
    "PercentUnit",
    "Place",
    "Quantity",
    "Value",
]

#: The name of a kind of mention.
Kind: TypeAlias = Literal["place", "date", "quantity", "percent", "count"]
#: The kinds of mention, in the order of the contract (`conflictnorm.kinds.KINDS`
#: lists their behaviour in the same order; a test holds the two together).
KINDS: Final[tuple[Kind, ...]] = get_args(Kind)
#: A qualifier: TIMEX3 ``mod`` values in lower case.
Mod: TypeAlias = Literal[
    "approx", "less_than", "more_than", "equal_or_less", "equal_or_more", "start", "mid", "end"
]
#: What sort of place a `Place` is.
Feature: TypeAlias = Literal[
    "country", "region", "district", "city", "town", "village", "station", "river", "other"
]
#: How the surface text of a place was matched.
Match: TypeAlias = Literal["exact", "variant", "former", "fuzzy"]
#: Whether a `DateValue` is a point or period on the calendar, or a length of time.
DateType: TypeAlias = Literal["date", "duration"]
#: The unit of time a `DateValue` is given to.
Granularity: TypeAlias = Literal[
    "day", "week", "month", "quarter", "year", "decade", "hour", "minute", "second"
]
#: What a `Quantity` measures.
Dimension: TypeAlias = Literal["length", "area", "mass", "volume", "speed", "other"]
#: The unit of a `Percent`.
PercentUnit: TypeAlias = Literal["percent", "percentage_point"]
#: A compass direction that follows a distance ("10 km north").
Direction: TypeAlias = Literal["N", "S", "E", "W", "NE", "NW", "SE", "SW"]

#: Qualifier names (TIMEX3 ``mod`` values in lower case).
MODS: Final = frozenset(get_args(Mod))
#: The allowed values of `Place.feature`.
FEATURES: Final = frozenset(get_args(Feature))
#: The allowed values of `Place.match`.
MATCHES: Final = frozenset(get_args(Match))
#: The allowed values of `DateValue.granularity`.
GRANULARITIES: Final = frozenset(get_args(Granularity))
#: The allowed values of `Quantity.direction`.
DIRECTIONS: Final = frozenset(get_args(Direction))
#: The canonical unit of each dimension of a `Quantity` ("other" has none fixed).
CANONICAL_UNITS: Final = MappingProxyType(
    {"length": "km", "area": "km2", "mass": "kg", "volume": "l", "speed": "km/h"}
)
_DATE_TYPES: Final = frozenset(get_args(DateType))
_DIMENSIONS: Final = frozenset(get_args(Dimension))
_PERCENT_UNITS: Final = frozenset(get_args(PercentUnit))


# The extractors build records from tables typed ``str``; these identity
# converters let them, while the attributes keep their Literal types. They do
# not validate (the hot path builds hundreds of thousands of records): `check`
# does, where records come in from outside.
def _as_mod(x: str | None) -> Mod | None:
    return x  # type: ignore[return-value]


def _as_feature(x: str) -> Feature:
    return x  # type: ignore[return-value]


def _as_match(x: str) -> Match:
    return x  # type: ignore[return-value]


def _as_granularity(x: str | None) -> Granularity | None:
    return x  # type: ignore[return-value]


def _as_dimension(x: str) -> Dimension:
    return x  # type: ignore[return-value]


def _as_percent_unit(x: str) -> PercentUnit:
    return x  # type: ignore[return-value]


def _as_direction(x: str | None) -> Direction | None:
    return x  # type: ignore[return-value]


def _check_mod(mod: object) -> None:
    one_of(mod, "mod", MODS, optional=True)


# --- reading dicts -------------------------------------------------------------------


def _get(d: Mapping[str, Any], field: str) -> Any:
    try:
        return d[field]
    except KeyError:
        msg = f"record lacks the field {field!r}"
        raise InvalidValueError(msg, value=field) from None


def _float_in(x: Any, field: str) -> Any:
    """A JSON number as a float (JSON writes 2.0 as 2); anything else as it came."""
    if isinstance(x, int) and not isinstance(x, bool):
        try:
            return float(x)
        except OverflowError:
            fail(field, "a finite number or null", x)
    return x


def _check_kind(d: Mapping[str, Any], kind: str) -> None:
    if "kind" in d and d["kind"] != kind:
        msg = f"a {kind} record cannot have the kind {show(d['kind'])}"
        raise InvalidValueError(msg, value=d["kind"])


def _ensure_dict(d: object, what: str) -> Mapping[str, Any]:
    if not isinstance(d, Mapping):
        msg = f"{what} must be a dict, not {type(d).__name__}"
        raise InvalidInputError(msg, value=d)
    return d


# --- value records -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Place:
    """A place, normalized to its canonical name (docs/records.md, "place").

    ``name`` is the canonical English name, ``feature`` what sort of place it
    is, ``country`` the ISO 3166-1 alpha-2 code of the country it belongs to,
    ``admin1`` its first-level region, ``id`` a stable identifier
    (``geonames:<id>`` or ``cn:<slug>``), ``lat``/``lon`` WGS84 coordinates,
    ``native`` the name in the local script, ``match`` how the text spelled it
    and ``score`` the confidence in 0..1.
    """

    kind: ClassVar[Kind] = "place"
    name: str
    feature: Feature = attrs.field(converter=_as_feature)
    country: str | None = None
    admin1: str | None = None
    id: str | None = None
    lat: float | None = None
    lon: float | None = None
    native: str | None = None
    match: Match = attrs.field(default="exact", converter=_as_match)
    score: float = 1.0
    mod: Mod | None = attrs.field(default=None, converter=_as_mod)

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

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict: ``kind``, ``mod``, then the fields.

        >>> Place(name="Kyiv", feature="city").to_dict()["feature"]
        'city'
        """
        return {"kind": self.kind, "mod": self.mod, **self.fields()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Place:
        """Build and check a place from `to_dict` output (or a place mention's dict).

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: ``d`` is not a place record (see `check`).
        """
        d = _ensure_dict(d, "a place record")
        _check_kind(d, cls.kind)
        return cls.from_fields(d)

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Place:
        """Build and check a place from the fields of a record dict.

        Raises:
            InvalidValueError: a field is missing or not valid (see `check`).
        """
        place = cls(
            name=_get(d, "name"),
            feature=_get(d, "feature"),
            country=d.get("country"),
            admin1=d.get("admin1"),
            id=d.get("id"),
            lat=_float_in(d.get("lat"), "lat"),
            lon=_float_in(d.get("lon"), "lon"),
            native=d.get("native"),
            match=d.get("match", "exact"),
            score=_float_in(d.get("score", 1.0), "score"),
            mod=d.get("mod"),
        )
        place.check()
        return place

    def check(self) -> None:
        """Check every field against the contract.

        Raises:
            InvalidValueError: a field has the wrong type or value; the
                message names it.
        """
        if not isinstance(self.name, str) or not self.name:
            fail("name", "a non-empty string", self.name)
        one_of(self.feature, "feature", FEATURES)
        if self.country is not None and (
            not isinstance(self.country, str) or not re.fullmatch("[A-Z]{2}", self.country)
        ):
            fail("country", "an ISO 3166-1 alpha-2 code or null", self.country)
        for name in ("admin1", "id", "native"):
            string(getattr(self, name), name)
        number(self.lat, "lat")
        number(self.lon, "lon")
        if (self.lat is None) != (self.lon is None):
            msg = "fields 'lat' and 'lon' must be both numbers or both null"
            raise InvalidValueError(msg, value=(self.lat, self.lon))
        if self.lat is not None and not -90 <= self.lat <= 90:  # noqa: PLR2004 - WGS84
            fail("lat", "a latitude in -90..90", self.lat)
        if self.lon is not None and not -180 <= self.lon <= 180:  # noqa: PLR2004 - WGS84
            fail("lon", "a longitude in -180..180", self.lon)
        one_of(self.match, "match", MATCHES)
        number(self.score, "score")
        if self.score is None or not 0 <= self.score <= 1:
            fail("score", "a number in 0..1", self.score)
        _check_mod(self.mod)


@attrs.frozen(kw_only=True)
class DateValue:
    """A TIMEX3 date or duration (docs/records.md, "date").

    ``value`` is the TIMEX3 value (``2025-11-10``, ``2025-W46``, ``2025-11``,
    ``2025``, ``202``, ``PAST_REF``, ``P3D``), or null with a ``note`` saying
    why; ``range`` is the first and last calendar day covered; ``anchored``
    says whether the value depended on the dateline.
    """

    kind: ClassVar[Kind] = "date"
    type: DateType
    value: str | None
    granularity: Granularity | None = attrs.field(default=None, converter=_as_granularity)
    range: tuple[str, str] | None = None
    anchored: bool = False
    note: str | None = None
    mod: Mod | None = attrs.field(default=None, converter=_as_mod)

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

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict: ``kind``, ``mod``, then the fields.

        >>> DateValue(type="date", value="2025", granularity="year").to_dict()["value"]
        '2025'
        """
        return {"kind": self.kind, "mod": self.mod, **self.fields()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DateValue:
        """Build and check a date from `to_dict` output (or a date mention's dict).

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: ``d`` is not a date record (see `check`).
        """
        d = _ensure_dict(d, "a date record")
        _check_kind(d, cls.kind)
        return cls.from_fields(d)

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> DateValue:
        """Build and check a date from the fields of a record dict.

        Raises:
            InvalidValueError: a field is missing or not valid (see `check`).
        """
        rng = d.get("range")
        if isinstance(rng, list) and len(rng) == 2:  # noqa: PLR2004 - a range is a pair
            rng = (rng[0], rng[1])
        date = cls(
            type=_get(d, "type"),
            value=_get(d, "value"),
            granularity=d.get("granularity"),
            range=rng,
            anchored=d.get("anchored", False),
            note=d.get("note"),
            mod=d.get("mod"),
        )
        date.check()
        return date

    def check(self) -> None:
        """Check every field against the contract.

        The granularity must be the one the value has (``day`` for
        ``2025-11-10``, ``hour`` for ``PT7H``), the value must exist on the
        calendar (no month 13, no week 54), and a range is two ISO dates in
        order.

        Raises:
            InvalidValueError: a field has the wrong type or value; the
                message names it.
        """
        one_of(self.type, "type", _DATE_TYPES)
        string(self.value, "value")
        one_of(self.granularity, "granularity", GRANULARITIES, optional=True)
        if not isinstance(self.anchored, bool):
            fail("anchored", "true or false", self.anchored)
        string(self.note, "note")
        _check_mod(self.mod)
        calendar = False
        if self.value is None or self.value in REFS:
            expected = None
        elif self.type == "duration":
            expected = duration_granularity(self.value)
        else:
            expected = calendar_granularity(self.value)
            calendar = True
        if self.granularity != expected:
            msg = (
                f"field 'granularity' must be {expected!r} for the {self.type} "
                f"value {self.value!r}, not {show(self.granularity)}"
            )
            raise InvalidValueError(msg, value=self.granularity)
        rng = self.range
        if rng is None:
            return
        if not isinstance(rng, tuple) or len(rng) != 2:  # noqa: PLR2004 - a pair
            fail("range", "a pair of ISO dates or null", rng)
        if not calendar and self.type != "duration":
            fail("range", f"null for the {self.type} value {self.value!r}", rng)
        first, last = iso_day(rng[0], "range"), iso_day(rng[1], "range")
        if first > last:
            fail("range", "two days in order", rng)


@attrs.frozen(kw_only=True)
class Original:
    """What a measurement said before conversion: its number and pint unit name."""

    value: float | None
    unit: str

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"value": ..., "unit": ...}``, as in a quantity's record.

        >>> Original(value=4.0, unit="mile").to_dict()
        {'value': 4.0, 'unit': 'mile'}
        """
        return {"value": self.value, "unit": self.unit}


@attrs.frozen(kw_only=True)
class Quantity:
    """A measurement in the canonical unit of its dimension (docs/records.md, "quantity").

    ``value``, ``low`` and ``high`` are in ``unit``, the canonical unit of
    ``dimension`` (`CANONICAL_UNITS`); ``original`` keeps what the text said.
    """

    kind: ClassVar[Kind] = "quantity"
    dimension: Dimension = attrs.field(converter=_as_dimension)
    value: float | None
    unit: str
    low: float | None = None
    high: float | None = None
    original: Original | None = None
    note: str | None = None
    direction: Direction | None = attrs.field(default=None, converter=_as_direction)
    mod: Mod | None = attrs.field(default=None, converter=_as_mod)

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

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict: ``kind``, ``mod``, then the fields.

        >>> Quantity(dimension="mass", value=5.0, unit="kg").to_dict()["unit"]
        'kg'
        """
        return {"kind": self.kind, "mod": self.mod, **self.fields()}

    def to_pint(self) -> Any:
        """The value as a pint quantity in the canonical unit (pint's default registry).

        >>> Quantity(dimension="length", value=6.437376, unit="km").to_pint().to("mile")
        <Quantity(4.0, 'mile')>

        Raises:
            InvalidValueError: the value is null (a range or a vague amount) or
                its dimension has no canonical unit.
        """
        from conflictnorm.quantities._units import CANONICAL, registry  # noqa: PLC0415 - a cycle

        if self.value is None or self.dimension not in CANONICAL:
            msg = f"no single value in a canonical unit to give pint: {self!r}"
            raise InvalidValueError(msg, value=self)
        return registry().Quantity(self.value, CANONICAL[self.dimension][1])

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quantity:
        """Build and check a quantity from `to_dict` output (or a mention's dict).

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: ``d`` is not a quantity record (see `check`).
        """
        d = _ensure_dict(d, "a quantity record")
        _check_kind(d, cls.kind)
        return cls.from_fields(d)

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Quantity:
        """Build and check a quantity from the fields of a record dict.

        Raises:
            InvalidValueError: a field is missing or not valid (see `check`).
        """
        o = d.get("original")
        if isinstance(o, Mapping):
            o = Original(value=_float_in(o.get("value"), "original.value"), unit=_get(o, "unit"))
        quantity = cls(
            dimension=_get(d, "dimension"),
            value=_float_in(_get(d, "value"), "value"),
            unit=_get(d, "unit"),
            low=_float_in(d.get("low"), "low"),
            high=_float_in(d.get("high"), "high"),
            original=o,
            note=d.get("note"),
            direction=d.get("direction"),
            mod=d.get("mod"),
        )
        quantity.check()
        return quantity

    def check(self) -> None:
        """Check every field against the contract.

        Raises:
            InvalidValueError: a field has the wrong type or value (bounds out
                of order, a unit that is not the dimension's canonical one);
                the message names it.
        """
        one_of(self.dimension, "dimension", _DIMENSIONS)
        canonical = CANONICAL_UNITS.get(self.dimension)
        if canonical is not None and self.unit != canonical:
            fail("unit", f"{canonical!r} for a {self.dimension}", self.unit)
        if not isinstance(self.unit, str) or not self.unit:
            fail("unit", "a non-empty string", self.unit)
        check_bounds(self.value, self.low, self.high)
        o = self.original
        if o is not None:
            if not isinstance(o, Original):
                fail("original", "an Original(value, unit) or null", o)
            number(o.value, "original.value")
            if not isinstance(o.unit, str) or not o.unit:
                fail("original.unit", "a non-empty string", o.unit)
        string(self.note, "note")
        one_of(self.direction, "direction", DIRECTIONS, optional=True)
        _check_mod(self.mod)


@attrs.frozen(kw_only=True)
class Percent:
    """A share in percent or percentage points (docs/records.md, "percent")."""

    kind: ClassVar[Kind] = "percent"
    value: float | None
    unit: PercentUnit = attrs.field(default="percent", converter=_as_percent_unit)
    low: float | None = None
    high: float | None = None
    mod: Mod | None = attrs.field(default=None, converter=_as_mod)

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {"value": self.value, "unit": self.unit, "low": self.low, "high": self.high}

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict: ``kind``, ``mod``, then the fields.

        >>> Percent(value=4.5, unit="percentage_point").to_dict()
        {'kind': 'percent', 'mod': None, 'value': 4.5, 'unit': 'percentage_point', 'low': None,
         'high': None}
        """
        return {"kind": self.kind, "mod": self.mod, **self.fields()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Percent:
        """Build and check a percent from `to_dict` output (or a mention's dict).

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: ``d`` is not a percent record (see `check`).
        """
        d = _ensure_dict(d, "a percent record")
        _check_kind(d, cls.kind)
        return cls.from_fields(d)

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Percent:
        """Build and check a percent from the fields of a record dict.

        Raises:
            InvalidValueError: a field is missing or not valid (see `check`).
        """
        percent = cls(
            value=_float_in(_get(d, "value"), "value"),
            unit=_get(d, "unit"),
            low=_float_in(d.get("low"), "low"),
            high=_float_in(d.get("high"), "high"),
            mod=d.get("mod"),
        )
        percent.check()
        return percent

    def check(self) -> None:
        """Check every field against the contract.

        Raises:
            InvalidValueError: a field has the wrong type or value; the
                message names it.
        """
        one_of(self.unit, "unit", _PERCENT_UNITS)
        check_bounds(self.value, self.low, self.high)
        _check_mod(self.mod)


@attrs.frozen(kw_only=True)
class Count:
    """How many of something (docs/records.md, "count")."""

    kind: ClassVar[Kind] = "count"
    value: float | None
    low: float | None = None
    high: float | None = None
    noun: str | None = None
    mod: Mod | None = attrs.field(default=None, converter=_as_mod)

    def fields(self) -> dict[str, Any]:
        """Return the kind-specific fields as a plain dict."""
        return {"value": self.value, "low": self.low, "high": self.high, "noun": self.noun}

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict: ``kind``, ``mod``, then the fields.

        >>> Count(value=339.0, noun="drones").to_dict()["noun"]
        'drones'
        """
        return {"kind": self.kind, "mod": self.mod, **self.fields()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Count:
        """Build and check a count from `to_dict` output (or a count mention's dict).

        >>> Count.from_dict({"value": 339, "noun": "drones"})
        Count(value=339.0, low=None, high=None, noun='drones', mod=None)

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: ``d`` is not a count record (see `check`).
        """
        d = _ensure_dict(d, "a count record")
        _check_kind(d, cls.kind)
        return cls.from_fields(d)

    @classmethod
    def from_fields(cls, d: Mapping[str, Any]) -> Count:
        """Build and check a count from the fields of a record dict.

        Raises:
            InvalidValueError: a field is missing or not valid (see `check`).
        """
        count = cls(
            value=_float_in(_get(d, "value"), "value"),
            low=_float_in(d.get("low"), "low"),
            high=_float_in(d.get("high"), "high"),
            noun=d.get("noun"),
            mod=d.get("mod"),
        )
        count.check()
        return count

    def check(self) -> None:
        """Check every field against the contract.

        >>> Count(value=None, low=10.0, high=5.0).check()
        Traceback (most recent call last):
        conflictnorm.errors.InvalidValueError: fields 'low' and 'high' are out of order: 10.0 > 5.0

        Raises:
            InvalidValueError: a field has the wrong type or value (a bound
                that is not finite, bounds out of order); the message names it.
        """
        check_bounds(self.value, self.low, self.high)
        string(self.noun, "noun")
        _check_mod(self.mod)


Value: TypeAlias = Place | DateValue | Quantity | Percent | Count

#: The value record classes, for ``isinstance`` checks: the members of `Value`.
_VALUE_TYPES: Final[tuple[type[Value], ...]] = get_args(Value)

_BY_KIND: Final[Mapping[str, Callable[[Mapping[str, Any]], Value]]] = MappingProxyType(
    {t.kind: t.from_fields for t in _VALUE_TYPES}
)


def check_value(value: object) -> None:
    """Check that ``value`` is a value record and that its fields keep the contract.

    Raises:
        InvalidInputError: ``value`` is not a value record.
        InvalidValueError: one of its fields is not valid (see each ``check``).
    """
    if not isinstance(value, _VALUE_TYPES):
        msg = f"expected a value record ({', '.join(KINDS)}), not {type(value).__name__}"
        raise InvalidInputError(msg, value=value)
    value.check()


# --- mentions and documents -------------------------------------------------------


@attrs.frozen(kw_only=True)
class Mention:
    """One value found in a text, with its exact surface text and offsets."""

    text: str
    start: int
    end: int
    value: Value

    @property
    def kind(self) -> Kind:
        """The kind of the value: ``place``, ``date``, ``quantity``, ``percent``, ``count``."""
        return self.value.kind

    @property
    def mod(self) -> Mod | None:
        """The qualifier of the value, if any."""
        return self.value.mod

    def to_dict(self) -> dict[str, Any]:
        """Return the flat, JSON-serialisable record of the contract."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "mod": self.mod,
        }
        out.update(self.value.fields())
        return out

    def _repr_html_(self) -> str:
        """The mention highlighted by kind, with its value beside it (for Jupyter)."""
        from conflictnorm._html import mention_html  # noqa: PLC0415 - display only

        return mention_html(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        """Build and check a mention from its record dict.

        Fields the contract does not name are ignored (the contract grows only
        by optional fields).

        Raises:
            InvalidInputError: ``d`` is not a dict.
            InvalidValueError: the dict is not a record of the contract; the
                message names the field.
        """
        d = _ensure_dict(d, "a mention record")
        kind = _get(d, "kind")
        if not isinstance(kind, str) or kind not in _BY_KIND:
            fail("kind", f"one of {list(KINDS)}", kind)
        text, start, end = _get(d, "text"), _get(d, "start"), _get(d, "end")
        _check_offsets(text, start, end)
        return cls(text=text, start=start, end=end, value=_BY_KIND[kind](d))

    def check(self) -> None:
        """Check the offsets and the value against the contract.

        Raises:
            InvalidValueError: a field is not valid; the message names it.
        """
        _check_offsets(self.text, self.start, self.end)
        if not isinstance(self.value, _VALUE_TYPES):
            fail("value", "a value record", self.value)
        self.value.check()


def _check_offsets(text: object, start: object, end: object) -> None:
    if not isinstance(text, str) or not text:
        fail("text", "a non-empty string", text)
    for name, x in (("start", start), ("end", end)):
        if not isinstance(x, int) or isinstance(x, bool) or x < 0:
            fail(name, "a non-negative integer", x)
    if end - start != len(text):  # type: ignore[operator] # ints, checked above
        msg = f"offsets {start}..{end} do not span the text {show(text)}"
        raise InvalidValueError(msg, value=(start, end))


def _as_mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    try:
        return tuple(items)
    except TypeError:
        msg = f"mentions must be an iterable of Mention, not {type(items).__name__}"
        raise InvalidInputError(msg, value=items) from None


def _reject_constant(name: str) -> float:
    msg = f"JSON has no {name}: a record holds finite numbers only"
    raise InvalidValueError(msg, value=name)


def _finite_float(s: str) -> float:
    x = float(s)
    if not math.isfinite(x):
        msg = f"the number {s[:40]} is out of range: a record holds finite numbers only"
        raise InvalidValueError(msg, value=s)
    return x


@attrs.frozen(kw_only=True)
class Document:
    """The result of `conflictnorm.normalize`: a text and its mentions in order.

    A document is a sequence of its mentions: ``len(doc)``, ``doc[0]``,
    ``doc[-3:]`` (a tuple) and ``for m in doc`` work on ``doc.mentions``. In
    Jupyter it shows as the text with every mention highlighted.

    >>> import conflictnorm as cn
    >>> doc = cn.normalize("Troops left Kupyansk on Monday.", published="2025-11-12")
    >>> doc
    Document(published='2025-11-12', 31 characters, 2 mentions: 1 place, 1 date)
    >>> len(doc), doc[0].text, [m.kind for m in doc]
    (2, 'Kupyansk', ['place', 'date'])
    """

    text: str
    published: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_as_mentions)

    def __repr__(self) -> str:
        """A short summary: the dateline, the text length and the mentions per kind."""
        counts = Counter(m.kind for m in self.mentions)
        n = len(self.mentions)
        per_kind = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
        found = f"{n} mention{'' if n == 1 else 's'}" + (f": {per_kind}" if per_kind else "")
        return f"Document(published={self.published!r}, {len(self.text):,} characters, {found})"

    def __len__(self) -> int:
        """The number of mentions."""
        return len(self.mentions)

    def __iter__(self) -> Iterator[Mention]:
        """The mentions, in text order."""
        return iter(self.mentions)

    @overload
    def __getitem__(self, index: int) -> Mention: ...  # pragma: no cover - typing only
    @overload
    def __getitem__(self, index: slice) -> tuple[Mention, ...]: ...  # pragma: no cover
    def __getitem__(self, index: int | slice) -> Mention | tuple[Mention, ...]:
        """The mention at ``index``, or a tuple of mentions for a slice."""
        return self.mentions[index]

    def _repr_html_(self) -> str:
        """The text with every mention highlighted by kind, then a table (for Jupyter)."""
        from conflictnorm._html import document_html  # noqa: PLC0415 - display only

        return document_html(self)

    def to_dicts(self) -> list[dict[str, Any]]:
        """Return the mentions as record dicts, in text order."""
        return [m.to_dict() for m in self.mentions]

    def by_kind(self, kind: str) -> tuple[Mention, ...]:
        """Return the mentions of one kind.

        Raises:
            InvalidValueError: ``kind`` is not one of `KINDS` (as for `Options`).
        """
        if kind not in KINDS:
            msg = f"unknown kind {kind!r}; expected one of {list(KINDS)}"
            raise InvalidValueError(msg, value=kind)
        return tuple(m for m in self.mentions if m.kind == kind)

    def check(self) -> None:
        """Check the document against the contract.

        Every mention is valid (see `Mention.check`), spells
        ``text[start:end]``, and follows the one before without overlap; the
        dateline is null or an ISO date.

        Raises:
            InvalidValueError: the document breaks the contract; the message
                says where.
        """
        string(self.text, "text", optional=False)
        check_published(self.published)
        for m in self.mentions:
            if not isinstance(m, Mention):
                fail("mentions", "a tuple of Mention", m)
            m.check()
        self._check_order()

    def _check_order(self) -> None:
        end = 0
        for m in self.mentions:
            if m.start < end:
                msg = f"mention {show(m.text)} at {m.start} overlaps or precedes the one before"
                raise InvalidValueError(msg, value=m)
            if self.text[m.start : m.end] != m.text:
                msg = f"mention {show(m.text)} does not match the text at {m.start}..{m.end}"
                raise InvalidValueError(msg, value=m)
            end = m.end

    def to_json(self) -> str:
        """Return the document as one JSON object (text, published, mentions).

        The JSON is standard (RFC 8259): it never holds NaN or Infinity.

        Raises:
            InvalidValueError: a record holds a number that is not finite.
        """
        try:
            return json.dumps(
                {"text": self.text, "published": self.published, "mentions": self.to_dicts()},
                ensure_ascii=False,
                allow_nan=False,
            )
        except ValueError as err:
            msg = f"a record holds a number JSON cannot write: {err}"
            raise InvalidValueError(msg, value=self) from None

    @classmethod
    def from_json(cls, s: str | bytes) -> Document:
        """Parse and check the JSON text written by `to_json`.

        Raises:
            InvalidInputError: ``s`` is not a str or bytes.
            InvalidValueError: the text is not JSON of a document, holds a
                number that is not finite, or its records break the contract
                (see `check`).
        """
        given: object = s
        if not isinstance(given, str | bytes | bytearray):
            msg = f"a document's JSON must be a str or bytes, not {type(s).__name__}"
            raise InvalidInputError(msg, value=s)
        try:
            d = json.loads(s, parse_constant=_reject_constant, parse_float=_finite_float)
        except ConflictNormError:
            raise
        except (ValueError, RecursionError) as err:
            msg = f"not a JSON document: {show(str(err))}"
            raise InvalidValueError(msg, value=s) from None
        if not isinstance(d, dict) or not isinstance(d.get("mentions"), list):
            msg = "a document is a JSON object with a 'mentions' list"
            raise InvalidValueError(msg, value=s)
        text = _get(d, "text")
        string(text, "text", optional=False)
        published = d.get("published")
        check_published(published)
        doc = cls(
            text=text,
            published=published,
            mentions=[Mention.from_dict(m) for m in d["mentions"]],
        )
        doc._check_order()
        return doc

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The place mentions with coordinates as a GeoJSON FeatureCollection (a dict).

        See `to_geojson`; geopandas, folium and shapely read this attribute.
        """
        from conflictnorm._geo import feature_collection  # noqa: PLC0415 - maps only

        return feature_collection(self)

    def to_geojson(self) -> str:
        """Return the place mentions that have coordinates as GeoJSON (RFC 7946) text.

        A FeatureCollection with one Point feature (``[lon, lat]``) per place
        mention, its record as the properties; the number of place mentions
        left out for want of coordinates is the foreign member
        ``without_coordinates``.

        >>> import conflictnorm as cn, json
        >>> geo = json.loads(cn.normalize("Shelling hit Kupyansk.").to_geojson())
        >>> geo["features"][0]["geometry"]
        {'type': 'Point', 'coordinates': [37.61581, 49.71003]}

        Raises:
            InvalidValueError: a coordinate is not a finite number.
        """
        try:
            return json.dumps(self.__geo_interface__, ensure_ascii=False, allow_nan=False)
        except ValueError as err:
            msg = f"a record holds a number JSON cannot write: {err}"
            raise InvalidValueError(msg, value=self) from None

    def to_dataframe(self) -> pd.DataFrame:
        """Return one row per mention with typed columns (needs ``conflictnorm[pandas]``).

        The columns and their dtypes are fixed whatever the kinds found; see
        docs/tables.md and `conflictnorm.to_dataframe` for many documents.

        >>> import conflictnorm as cn
        >>> df = cn.normalize("55 drones hit Kupyansk.").to_dataframe()
        >>> df[["kind", "text", "value", "name"]]
            kind       text  value      name
        0  count  55 drones   55.0      <NA>
        1  place   Kupyansk    NaN  Kupiansk

        Raises:
            ImportError: pandas is not installed.
        """
        from conflictnorm._table import mentions_frame  # noqa: PLC0415 - pandas is optional

        return mentions_frame(self.mentions)
