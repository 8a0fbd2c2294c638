# SPDX-License-Identifier: MIT
"""Dates: TIMEX3 values resolved against the publication date."""

from __future__ import annotations

from typing import Final

from conflictnorm._core import Context, KindSpec
from conflictnorm.dates._grammar import find_dates
from conflictnorm.dates._render import parse_date, render_date, render_relative
from conflictnorm.models import DateValue

__all__ = ["DATE", "find_dates", "parse_date", "render_date", "render_relative"]


def _parse(s: str, ctx: Context) -> DateValue:
    return parse_date(s, ctx.published_time or ctx.published, options=ctx.options)


#: The date kind: a date beats a count over the same number ("in 2023").
DATE: Final = KindSpec(
    name="date",
    priority=1,
    value_type=DateValue,
    finder=find_dates,
    parser=_parse,
    renderer=render_date,
)
