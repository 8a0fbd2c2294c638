# SPDX-License-Identifier: MIT
"""Percents, counts and (with pint) measurements."""

from conflictnorm.quantities._count import find_counts, parse_count, render_count
from conflictnorm.quantities._percent import find_percents, parse_percent, render_percent

__all__ = [
    "find_counts",
    "find_percents",
    "parse_count",
    "parse_percent",
    "render_count",
    "render_percent",
]
