# SPDX-License-Identifier: MIT
"""The single-expression API: parse one expression strictly, render one value."""

from __future__ import annotations

import datetime as dt
from typing import Final

from conflictnorm._core import Options
from conflictnorm.dates import parse_date, render_date
from conflictnorm.errors import InvalidInputError, InvalidValueError
from conflictnorm.models import Count, DateValue, Percent, Place, Quantity, Value, check_value
from conflictnorm.places import parse_place, render_place
from conflictnorm.quantities import (
    parse_count,
    parse_percent,
    parse_quantity,
    render_count,
    render_percent,
    render_quantity,
)

__all__ = ["count", "date", "percent", "place", "quantity", "render"]


def place(s: str, *, admin1: str | None = None, near: str | None = None) -> Place:
    """Resolve one place name, e.g. ``place("Kupyansk")``.

    Args:
        s: a name in any spelling, optionally qualified as `render` writes it
            ("Oleksandrivka, Donetsk Oblast").
        admin1: keep only homonyms in this first-level region.
        near: prefer the homonym in the region and raion of this other place.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not a known place name.
    """
    return parse_place(s, admin1=admin1, near=near)


def date(
    s: str,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
) -> DateValue:
    """Parse one date expression, e.g. ``date("on Monday", published="2025-11-12")``.

    Raises:
        InvalidInputError: ``s`` is not a str, or ``published`` is not a date.
        UnparseableDateError: ``s`` is not exactly one date expression.
    """
    return parse_date(s, published, options=options)


def quantity(s: str) -> Quantity:
    """Parse one measurement, e.g. ``quantity("four miles")``.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not exactly one measurement.
    """
    return parse_quantity(s)


def percent(s: str) -> Percent:
    """Parse one percent expression, e.g. ``percent("19.1 per cent")``.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not exactly one percent expression.
    """
    return parse_percent(s)


def count(s: str) -> Count:
    """Parse one count, e.g. ``count("about 300 soldiers")``.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not exactly one count.
    """
    return parse_count(s)


#: The mods a week value has a canonical form for.
_WEEK_MODS: Final = frozenset({None, "start", "mid", "end"})


def render(value: Value | object) -> str:
    """Return the canonical English form of any value record.

    The record is checked first (see each record's ``check``), so a malformed
    one raises this library's errors, never a bare ``KeyError``.

    >>> render(Count(value=300.0, mod="approx", noun="soldiers"))
    'about 300 soldiers'

    Raises:
        InvalidInputError: ``value`` is not a record, or has no canonical form.
        InvalidValueError: a field of ``value`` breaks the contract.
        ParseError: ``value`` is a place that is not in the gazetteer.
    """
    check_value(value)
    if (
        isinstance(value, DateValue)
        and value.type == "date"
        and value.granularity == "week"
        and value.mod not in _WEEK_MODS
    ):
        msg = f"no canonical form for mod {value.mod!r} on a week"
        raise InvalidValueError(msg, value=value)
    if isinstance(value, Percent):
        return render_percent(value)
    if isinstance(value, Count):
        return render_count(value)
    if isinstance(value, Quantity):
        return render_quantity(value)
    if isinstance(value, DateValue):
        return render_date(value)
    if isinstance(value, Place):
        return render_place(value)
    msg = f"cannot render a {type(value).__name__}"  # pragma: no cover - check_value refused
    raise InvalidInputError(msg, value=value)  # pragma: no cover - check_value refused
