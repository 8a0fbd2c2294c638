# SPDX-License-Identifier: MIT
"""Calendar arithmetic for TIMEX3 values: days, ISO weeks, months, years, decades.

>>> import datetime as dt
>>> from conflictnorm.dates._calendar import week_value, value_range
>>> week_value(dt.date(2025, 11, 12))
'2025-W46'
>>> value_range("2025-W46")
('2025-11-10', '2025-11-16')
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Final

__all__ = [
    "SEASONS",
    "add_months",
    "granularity_of",
    "month_value",
    "value_range",
    "week_value",
    "weekday_after",
    "weekday_before",
]

#: TIMEX3 season codes and the months they cover (meteorological seasons).
SEASONS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY: Final = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_WEEK: Final = re.compile(r"(\d{4})-W(\d\d)")
_MONTH: Final = re.compile(r"(\d{4})-(\d\d)")
_SEASON: Final = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR: Final = re.compile(r"(\d{4})")
_DECADE: Final = re.compile(r"(\d{3})")


def week_value(d: dt.date) -> str:
    """The TIMEX3 value of the ISO week containing ``d``."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_value(y: int, m: int) -> str:
    """The TIMEX3 value of a month."""
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """The month ``n`` months after (or before, for negative ``n``) ``y-m``."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def weekday_before(d: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    """The latest ``weekday`` (0 = Monday) on or before ``d`` (strictly before if asked)."""
    back = (d.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return d - dt.timedelta(days=back)


def weekday_after(d: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    """The earliest ``weekday`` on or after ``d`` (strictly after if asked)."""
    ahead = (weekday - d.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return d + dt.timedelta(days=ahead)


@functools.lru_cache(maxsize=4096)
def value_range(value: str) -> tuple[str, str] | None:
    """First and last calendar day a TIMEX3 date value covers, or None (refs, durations)."""
    m = _DAY.fullmatch(value)
    if m:
        return value, value
    m = _WEEK.fullmatch(value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    m = _SEASON.fullmatch(value)
    if m:
        y = int(m[1])
        first, last = SEASONS[m[2]]
        end_year = y + 1 if last < first else y
        end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
        return dt.date(y, first, 1).isoformat(), end.isoformat()
    m = _MONTH.fullmatch(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1).isoformat(), dt.date(
            y, mo, calendar.monthrange(y, mo)[1]
        ).isoformat()
    m = _YEAR.fullmatch(value)
    if m:
        return f"{value}-01-01", f"{value}-12-31"
    m = _DECADE.fullmatch(value)
    if m:
        return f"{value}0-01-01", f"{value}9-12-31"
    return None


def granularity_of(value: str) -> str | None:
    """The granularity of a TIMEX3 date value."""
    if _DAY.fullmatch(value):
        return "day"
    if _WEEK.fullmatch(value):
        return "week"
    if _SEASON.fullmatch(value):
        return "quarter"
    if _MONTH.fullmatch(value):
        return "month"
    if _YEAR.fullmatch(value):
        return "year"
    if _DECADE.fullmatch(value):
        return "decade"
    return None
