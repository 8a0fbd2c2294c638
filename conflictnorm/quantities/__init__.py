# SPDX-License-Identifier: MIT
"""Percents, counts and measurements (with pint)."""

from conflictnorm.quantities._count import find_counts, parse_count, render_count
from conflictnorm.quantities._measure import (
    build_quantity,
    find_quantities,
    parse_quantity,
    render_quantity,
)
from conflictnorm.quantities._percent import find_percents, parse_percent, render_percent

__all__ = [
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
