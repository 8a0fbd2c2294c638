# SPDX-License-Identifier: MIT
"""The single-expression API: parse one expression strictly, render one value."""

from __future__ import annotations

import datetime as dt

from conflictnorm._core import Options
from conflictnorm.dates import parse_date
from conflictnorm.models import Count, DateValue, Percent, Place, Quantity, Value
from conflictnorm.places import parse_place
from conflictnorm.quantities import (
    parse_count,
    parse_percent,
    parse_quantity,
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


def render(value: Value | object) -> str:
    """Return the canonical English form of any value record.

    Raises:
        InvalidInputError: ``value`` is not a record, or has no canonical form.
        ParseError: ``value`` is a place that is not in the gazetteer.
    """
    from conflictnorm.kinds import kind_of  # noqa: PLC0415 - the kinds import this module's peers

    return kind_of(value).render(value)  # type: ignore[arg-type]
