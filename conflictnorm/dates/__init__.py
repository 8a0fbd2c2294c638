# SPDX-License-Identifier: MIT
"""Dates: TIMEX3 values resolved against the publication date."""

from conflictnorm.dates._grammar import find_dates
from conflictnorm.dates._render import parse_date, render_date, render_relative

__all__ = ["find_dates", "parse_date", "render_date", "render_relative"]
