# SPDX-License-Identifier: MIT
"""Percents, counts and measurements (with pint)."""

from __future__ import annotations

from typing import Final

from conflictnorm._core import Context, KindSpec
from conflictnorm.models import Count, Percent, Quantity
from conflictnorm.quantities._count import find_counts, parse_count, render_count
from conflictnorm.quantities._measure import (
    build_quantity,
    find_quantities,
    parse_quantity,
    render_quantity,
)
from conflictnorm.quantities._percent import find_percents, parse_percent, render_percent

__all__ = [
    "COUNT",
    "PERCENT",
    "QUANTITY",
    "build_quantity",
    "find_counts",
    "find_percents",
    "find_quantities",
    "parse_count",
    "parse_percent",
    "parse_quantity",
    "render_count",
    "render_percent",
    "render_quantity",
]


def _parse_quantity(s: str, ctx: Context) -> Quantity:  # noqa: ARG001 - contract
    return parse_quantity(s)


def _parse_percent(s: str, ctx: Context) -> Percent:  # noqa: ARG001 - contract
    return parse_percent(s)


def _parse_count(s: str, ctx: Context) -> Count:  # noqa: ARG001 - contract
    return parse_count(s)


#: Measurements: a measurement beats a count over the same number ("10 km").
QUANTITY: Final = KindSpec(
    name="quantity",
    priority=0,
    value_type=Quantity,
    finder=find_quantities,
    parser=_parse_quantity,
    renderer=render_quantity,
)
#: Percents and percentage points.
PERCENT: Final = KindSpec(
    name="percent",
    priority=2,
    value_type=Percent,
    finder=find_percents,
    parser=_parse_percent,
    renderer=render_percent,
)
#: Counts: the last resort for a number with a noun.
COUNT: Final = KindSpec(
    name="count",
    priority=3,
    value_type=Count,
    finder=find_counts,
    parser=_parse_count,
    renderer=render_count,
)
