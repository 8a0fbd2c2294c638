# SPDX-License-Identifier: MIT
"""Calendar arithmetic for TIMEX3 values, kept inside the years 1 to 9999.

Every function that moves along the calendar returns None where the result
would fall outside what `datetime` can represent, so a relative expression at
an extreme dateline gets a null value with a note, never a malformed one.

Value forms (TIMEX3): ``2025-11-10`` (day), ``2025-W46`` (ISO week),
``2025-W46-WE`` (its weekend), ``2025-11`` (month), ``2025-SP`` (season),
``2025-Q3`` (quarter), ``2025-H1`` (half year), ``2025`` (year), ``FY2025``
(fiscal year, no range), ``202`` (decade), ``20`` (century: 2000-2099).

>>> import datetime as dt
>>> from conflictnorm.dates._calendar import week_value, value_range
>>> week_value(dt.date(2025, 11, 12))
'2025-W46'
>>> value_range("2025-W46")
('2025-11-10', '2025-11-16')
>>> value_range("2025-W46-WE"), value_range("2023-H2")
(('2025-11-15', '2025-11-16'), ('2023-07-01', '2023-12-31'))
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Final

__all__ = [
    "OUT_OF_RANGE",
    "SEASONS",
    "add_days",
    "add_months",
    "add_years",
    "day_of",
    "granularity_of",
    "month_value",
    "quarter_of",
    "record_granularity",
    "value_range",
    "value_start",
    "week_value",
    "weekday_after",
    "weekday_before",
    "year_value",
]

#: TIMEX3 season codes and the months they cover (meteorological seasons).
SEASONS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: The note of a value that would fall outside the calendar `datetime` represents.
OUT_OF_RANGE: Final = "the date falls outside the years 1 to 9999"

_MIN_YEAR: Final = dt.MINYEAR
_MAX_YEAR: Final = dt.MAXYEAR
_FORMS: Final = re.compile(
    r"(?P<day>\d{4}-\d\d-\d\d)"
    r"|(?P<y>\d{4})-(?:W(?P<w>\d\d)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<m>\d\d))"
    r"|(?P<year>\d{4})|(?P<decade>\d{3})|(?P<century>\d\d)|FY(?P<fy>\d{4})"
)


def in_calendar(y: int) -> bool:
    """Whether year ``y`` is one `datetime` can represent."""
    return _MIN_YEAR <= y <= _MAX_YEAR


def day_of(y: int, m: int, d: int) -> dt.date | None:
    """The day, or None where it does not exist (30 February, year 0)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def add_days(d: dt.date, n: int) -> dt.date | None:
    """``d`` moved by ``n`` days, or None outside the calendar."""
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int] | None:
    """The month ``n`` months after (or before, for negative ``n``) ``y-m``, or None."""
    k = y * 12 + (m - 1) + n
    y2, m2 = k // 12, k % 12 + 1
    return (y2, m2) if in_calendar(y2) else None


def add_years(d: dt.date, n: int) -> dt.date | None:
    """``d`` moved by ``n`` years (29 February to 28 February), or None outside the calendar."""
    y = d.year + n
    if not in_calendar(y):
        return None
    return d.replace(year=y, day=min(d.day, calendar.monthrange(y, d.month)[1]))


def add_months_to_day(d: dt.date, n: int) -> dt.date | None:
    """``d`` moved by ``n`` months (31 January + 1 month is 28 or 29 February), or None."""
    found = add_months(d.year, d.month, n)
    if found is None:
        return None
    y, m = found
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def week_value(d: dt.date) -> str:
    """The TIMEX3 value of the ISO week containing ``d``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def month_value(y: int, m: int) -> str:
    """The TIMEX3 value of a month."""
    return f"{y:04d}-{m:02d}"


def year_value(y: int) -> str:
    """The TIMEX3 value of a year (always four digits)."""
    return f"{y:04d}"


def quarter_of(m: int) -> int:
    """The quarter (1-4) month ``m`` is in."""
    return (m - 1) // 3 + 1


def weekday_before(d: dt.date, weekday: int, *, strictly: bool) -> dt.date | None:
    """The latest ``weekday`` (0 = Monday) on or before ``d`` (strictly before if asked)."""
    back = (d.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return add_days(d, -back)


def weekday_after(d: dt.date, weekday: int, *, strictly: bool) -> dt.date | None:
    """The earliest ``weekday`` on or after ``d`` (strictly after if asked)."""
    ahead = (weekday - d.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return add_days(d, ahead)


def _clip(first: tuple[int, int, int], last: tuple[int, int, int]) -> tuple[str, str]:
    """ISO dates of a span of days, clipped to the years 1 to 9999."""
    lo = dt.date.min if first[0] < _MIN_YEAR else dt.date(*first)
    hi = dt.date.max if last[0] > _MAX_YEAR else dt.date(*last)
    return lo.isoformat(), hi.isoformat()


def _month_end(y: int, m: int) -> tuple[int, int, int]:
    if not in_calendar(y):
        return (y, m, 28)
    return (y, m, calendar.monthrange(y, m)[1])


def _iso_week(y: int, w: int, day: int) -> tuple[int, int, int]:
    """The day of an ISO week as (year, month, day), even where it leaves the calendar."""
    jan4 = dt.date(y, 1, 4)
    monday_ord = jan4.toordinal() - jan4.weekday() + 7 * (w - 1)
    ordinal = monday_ord + day - 1
    if ordinal < 1:
        return (0, 12, 31)
    if ordinal > dt.date.max.toordinal():
        return (_MAX_YEAR + 1, 1, 1)
    d = dt.date.fromordinal(ordinal)
    return (d.year, d.month, d.day)


@functools.lru_cache(maxsize=4096)
def value_range(value: str) -> tuple[str, str] | None:
    """First and last calendar day a TIMEX3 date value covers, or None (refs, durations).

    Spans that reach past the years 1 to 9999 are clipped to them.
    """
    m = _FORMS.fullmatch(value)
    if m is None or m["fy"] is not None:
        return None  # a fiscal year's days depend on who keeps it
    if m["day"] is not None:
        return (value, value) if _valid_day(value) else None
    if m["y"] is not None:
        y = int(m["y"])
        if y < _MIN_YEAR:
            return None
        if m["w"] is not None:
            w = int(m["w"])
            if not 1 <= w <= _weeks_in(y):
                return None
            if m["we"] is not None:
                return _clip(_iso_week(y, w, 6), _iso_week(y, w, 7))
            return _clip(_iso_week(y, w, 1), _iso_week(y, w, 7))
        if m["s"] is not None:
            first, last = SEASONS[m["s"]]
            end_year = y + 1 if last < first else y
            return _clip((y, first, 1), _month_end(end_year, last))
        if m["q"] is not None:
            q = int(m["q"])
            return _clip((y, 3 * q - 2, 1), _month_end(y, 3 * q))
        if m["h"] is not None:
            h = int(m["h"])
            return _clip((y, 6 * h - 5, 1), _month_end(y, 6 * h))
        mo = int(m["m"])
        if not 1 <= mo <= 12:  # noqa: PLR2004 - months of a year
            return None
        return _clip((y, mo, 1), _month_end(y, mo))
    if m["year"] is not None:
        y = int(value)
        return None if y < _MIN_YEAR else _clip((y, 1, 1), (y, 12, 31))
    if m["decade"] is not None:
        y = int(value) * 10
        return _clip((y, 1, 1), (y + 9, 12, 31))
    y = int(value) * 100
    return _clip((y, 1, 1), (y + 99, 12, 31))


def value_start(value: str) -> dt.date | None:
    """The first day a TIMEX3 date value covers, or None."""
    r = value_range(value)
    return None if r is None else dt.date.fromisoformat(r[0])


def _valid_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _weeks_in(y: int) -> int:
    """52 or 53: the ISO weeks of year ``y``."""
    if y >= _MAX_YEAR:
        return 52
    return dt.date(y, 12, 28).isocalendar()[1]


_GRANULARITY: Final = (
    ("day", "day"),
    ("we", "weekend"),
    ("w", "week"),
    ("s", "quarter"),
    ("q", "quarter"),
    ("h", "half"),
    ("m", "month"),
    ("year", "year"),
    ("decade", "decade"),
    ("century", "century"),
)


@functools.lru_cache(maxsize=4096)
def granularity_of(value: str) -> str | None:
    """The granularity of a well-formed TIMEX3 date value, else None.

    A fiscal year (``FY2016``) is a year whose days depend on who keeps it: it
    has a granularity but no range.
    """
    fiscal = _FORMS.fullmatch(value)
    if fiscal is not None and fiscal["fy"] is not None:
        return "year" if in_calendar(int(fiscal["fy"])) else None
    if value_range(value) is None:
        return None
    m = _FORMS.fullmatch(value)
    if m is None:  # pragma: no cover - value_range already matched it
        return None
    for group, name in _GRANULARITY:
        if m[group] is not None:
            return name
    return None  # pragma: no cover - one group always matches


#: The record states the contract's granularities only (docs/records.md): a
#: weekend is a part of its ISO week; a half year and a century have none of
#: the contract's units, so their records say null (the value and its range
#: still say exactly which days they cover).
_RECORD_GRANULARITY: Final = {"weekend": "week", "half": None, "century": None}


def record_granularity(value: str) -> str | None:
    """The granularity a date record states for a calendar value.

    Raises:
        ValueError: ``value`` is no well-formed TIMEX3 calendar value.
    """
    granularity = granularity_of(value)
    if granularity is None:
        msg = f"not a TIMEX3 calendar value: {value!r}"
        raise ValueError(msg)
    return _RECORD_GRANULARITY.get(granularity, granularity)
