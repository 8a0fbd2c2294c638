# SPDX-License-Identifier: MIT
"""TIMEX3 values and calendar arithmetic, kept inside the years 1 to 9999.

This module is the one authority on value forms: it writes them
(`month_value`, `quarter_value`, `value_at`, `duration_value` ...), reads them
(`value_fields`, `value_range`, `duration_parts`) and states their granularity
(`granularity_of`, `record_granularity`, `duration_granularity`); the rest of
the date kind and the record checks call it.

Every function that moves along the calendar returns None where the result
would fall outside what `datetime` can represent, so a relative expression at
an extreme dateline gets a null value with a note, never a malformed one.

Value forms (TIMEX3): ``2025-11-10`` (day), ``2025-W46`` (ISO week),
``2025-W46-WE`` (its weekend), ``2025-11`` (month), ``2025-SP`` (season),
``2025-Q3`` (quarter), ``2025-H1`` (half year), ``2025`` (year), ``FY2025``
(fiscal year, no range), ``202`` (decade), ``20`` (century: 2000-2099).
Durations: ``P3D``, ``P1.5Y``, ``PT7H``, ``PXM`` (a vague number of months).

>>> import datetime as dt
>>> from conflictnorm.dates._calendar import week_value, value_range
>>> week_value(dt.date(2025, 11, 12))
'2025-W46'
>>> value_range("2025-W46")
('2025-11-10', '2025-11-16')
>>> value_range("2025-W46-WE"), value_range("2023-H2")
(('2025-11-15', '2025-11-16'), ('2023-07-01', '2023-12-31'))
>>> value_at(dt.date(2025, 11, 12), "quarter"), shift_value(dt.date(2025, 11, 12), "month", -1)
('2025-Q4', '2025-10')
>>> duration_value(3, "fortnight"), duration_parts("PT7H"), duration_granularity("PXM")
('P6W', ('7', 'hour'), 'month')
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from types import MappingProxyType
from typing import Final, NamedTuple

from conflictnorm._lazy import lazy_pattern

__all__ = [
    "CLOCK_UNITS",
    "FINENESS",
    "OUT_OF_RANGE",
    "SEASONS",
    "ValueFields",
    "add_days",
    "add_months",
    "add_months_to_day",
    "add_years",
    "century_value",
    "day_of",
    "decade_value",
    "duration_granularity",
    "duration_parts",
    "duration_unit",
    "duration_value",
    "fiscal_value",
    "granularity_of",
    "half_value",
    "in_calendar",
    "iso_week_value",
    "month_value",
    "quarter_of",
    "quarter_value",
    "record_granularity",
    "season_value",
    "shift_day",
    "shift_value",
    "unit_granularity",
    "value_at",
    "value_fields",
    "value_range",
    "week_value",
    "weekday_after",
    "weekday_before",
    "weekend_value",
    "weeks_in",
    "year_value",
]

#: TIMEX3 season codes and the months they cover (meteorological seasons).
SEASONS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: The note of a value that would fall outside the calendar `datetime` represents.
OUT_OF_RANGE: Final = "the date falls outside the years 1 to 9999"
#: How fine each granularity is: an anaphor counts from a date at least as fine as its unit.
FINENESS: Final = MappingProxyType(
    {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 4, "year": 5,
     "decade": 6, "century": 7}
)  # fmt: skip

_MIN_YEAR: Final = dt.MINYEAR
_MAX_YEAR: Final = dt.MAXYEAR
_FORMS: Final = lazy_pattern(
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


def weekend_value(d: dt.date) -> str:
    """The TIMEX3 value of the weekend of the ISO week containing ``d``."""
    return week_value(d) + "-WE"


def iso_week_value(y: int, w: int) -> str | None:
    """ISO week ``w`` of year ``y`` (``-1``: its last week), or None where the year has none."""
    if not in_calendar(y):
        return None
    if w == -1:
        w = weeks_in(y)
    return f"{y:04d}-W{w:02d}" if 1 <= w <= weeks_in(y) else None


def month_value(y: int, m: int) -> str:
    """The TIMEX3 value of a month."""
    return f"{y:04d}-{m:02d}"


def quarter_value(y: int, q: int) -> str:
    """The TIMEX3 value of quarter ``q`` (1-4) of year ``y``."""
    return f"{y:04d}-Q{q}"


def half_value(y: int, h: int) -> str:
    """The TIMEX3 value of half ``h`` (1-2) of year ``y``."""
    return f"{y:04d}-H{h}"


def season_value(y: int, code: str) -> str:
    """The TIMEX3 value of a season (``SP``, ``SU``, ``FA``, ``WI``: the winter begun in ``y``)."""
    return f"{y:04d}-{code}"


def year_value(y: int) -> str:
    """The TIMEX3 value of a year (always four digits)."""
    return f"{y:04d}"


def fiscal_value(y: int) -> str:
    """The TIMEX3 value of a fiscal year (whose days depend on who keeps it)."""
    return f"FY{y:04d}"


def decade_value(decade: int) -> str:
    """The TIMEX3 value of a decade: ``202`` for the 2020s."""
    return f"{decade:03d}"


def century_value(century: int) -> str:
    """The TIMEX3 value of a century: ``19`` for 1900-1999 (the 20th century)."""
    return f"{century:02d}"


def quarter_of(m: int) -> int:
    """The quarter (1-4) month ``m`` is in."""
    return (m - 1) // 3 + 1


def value_at(d: dt.date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` containing ``d``.

    A weekend's granularity gives its ISO week.

    Raises:
        ValueError: ``granularity`` is no calendar granularity.
    """
    if granularity == "day":
        return d.isoformat()
    if granularity in {"week", "weekend"}:
        return week_value(d)
    if granularity == "month":
        return month_value(d.year, d.month)
    if granularity == "quarter":
        return quarter_value(d.year, quarter_of(d.month))
    if granularity == "half":
        return half_value(d.year, 1 if d.month <= 6 else 2)  # noqa: PLR2004 - months of a half
    if granularity == "year":
        return year_value(d.year)
    if granularity == "decade":
        return decade_value(d.year // 10)
    if granularity == "century":
        return century_value(d.year // 100)
    msg = f"not a calendar granularity: {granularity!r}"
    raise ValueError(msg)


#: Units of time -> (the unit their values count in, how many of it one is).
_MULTIPLES: Final = MappingProxyType(
    {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100),
     "quarter": ("month", 3)}
)  # fmt: skip


def unit_granularity(unit: str) -> str:
    """The granularity of the calendar period a unit of time names ("fortnight": week)."""
    return {"fortnight": "week", "workweek": "week"}.get(unit, unit)


def shift_day(d: dt.date, unit: str, n: int) -> dt.date | None:
    """``d`` moved by ``n`` units of time (a day up to a century), or None outside the calendar.

    Months and years keep the day of the month where it exists (31 January and
    one month: the last day of February).
    """
    base, factor = _MULTIPLES.get(unit, (unit, 1))
    k = n * factor
    if base == "day":
        return add_days(d, k)
    if base in {"week", "workweek"}:
        return add_days(d, 7 * k)
    if base == "month":
        return add_months_to_day(d, k)
    if base == "year":
        return add_years(d, k)
    return d  # hours, minutes and seconds do not move a day


def shift_value(d: dt.date, unit: str, step: int) -> str | None:
    """The value of the ``unit`` (day, week, month ... century) ``step`` units from ``d``'s one."""
    base, factor = _MULTIPLES.get(unit, (unit, 1))
    if base == "year":  # years, decades, centuries: no day of the month to keep
        y = d.year + step * factor
        return value_at(dt.date(y, 1, 1), unit) if in_calendar(y) else None
    if base == "month":
        ym = add_months(d.year, d.month, step * factor)
        return None if ym is None else value_at(dt.date(ym[0], ym[1], 1), unit)
    moved = shift_day(d, unit, step)
    return None if moved is None else value_at(moved, unit_granularity(unit))


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
    m = _FORMS().fullmatch(value)
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
            if not 1 <= w <= weeks_in(y):
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


def _valid_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def weeks_in(y: int) -> int:
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
    fiscal = _FORMS().fullmatch(value)
    if fiscal is not None and fiscal["fy"] is not None:
        return "year" if in_calendar(int(fiscal["fy"])) else None
    if value_range(value) is None:
        return None
    m = _FORMS().fullmatch(value)
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


class ValueFields(NamedTuple):
    """The parts of a TIMEX3 calendar value (`value_fields`).

    ``form`` is ``day``, ``week``, ``weekend``, ``month``, ``season``,
    ``quarter``, ``half``, ``year``, ``fiscal``, ``decade`` or ``century``;
    ``number`` the year (the decade or century number for those forms);
    ``part`` the week, month, quarter or half number, the season code, or
    the day (as a `datetime.date`) of a day.
    """

    form: str
    number: int
    part: int | str | dt.date | None = None


def value_fields(value: str) -> ValueFields | None:
    """The parts of a well-formed TIMEX3 calendar value, else None."""
    if granularity_of(value) is None:
        return None
    m = _FORMS().fullmatch(value)
    if m is None:  # pragma: no cover - granularity_of already matched it
        return None
    if m["day"] is not None:
        d = dt.date.fromisoformat(value)
        return ValueFields("day", d.year, d)
    if m["fy"] is not None:
        return ValueFields("fiscal", int(m["fy"]))
    if m["y"] is not None:
        y = int(m["y"])
        if m["w"] is not None:
            return ValueFields("weekend" if m["we"] else "week", y, int(m["w"]))
        if m["s"] is not None:
            return ValueFields("season", y, m["s"])
        for group, form in (("q", "quarter"), ("h", "half"), ("m", "month")):
            if m[group] is not None:
                return ValueFields(form, y, int(m[group]))
    for group in ("year", "decade", "century"):
        if m[group] is not None:
            return ValueFields(group, int(m[group]))
    return None  # pragma: no cover - one group always matches


# ------------------------------------------------------------------ durations

#: Units of time -> (TIMEX3 designator, whether it is a time of day: written after "T").
_DURATION_CODES: Final = MappingProxyType(
    {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
     "week": ("W", False), "month": ("M", False), "year": ("Y", False)}
)  # fmt: skip
#: The units of a time of day.
CLOCK_UNITS: Final = frozenset(u for u, (_, clock) in _DURATION_CODES.items() if clock)
# ASCII digits only: ``\d`` alone would take other scripts' digits.
_DURATION: Final = lazy_pattern(
    r"P(?:T(?P<t>X|\d+(?:\.\d+)?)(?P<tu>[HMS])|(?P<n>X|\d+(?:\.\d+)?)(?P<u>[YMWD]))", re.ASCII
)
_DURATION_UNITS: Final = MappingProxyType(
    {(code, clock): unit for unit, (code, clock) in _DURATION_CODES.items()}
)


def duration_unit(unit: str) -> str:
    """The unit a duration of ``unit`` is written in, its granularity ("fortnight": week)."""
    return _MULTIPLES.get(unit, (unit, 1))[0]


def duration_value(amount: float | None, unit: str) -> str | None:
    """The TIMEX3 duration of ``amount`` units (None: a vague amount, ``X``), or None if not finite.

    A fortnight is two weeks, a decade ten years, a century a hundred.

    Raises:
        ValueError: ``unit`` is no unit of time.
    """
    base, factor = _MULTIPLES.get(unit, (unit, 1))
    if base not in _DURATION_CODES:
        msg = f"not a unit of time: {unit!r}"
        raise ValueError(msg)
    code, clock = _DURATION_CODES[base]
    if amount is None:
        text = "X"
    else:
        n = float(amount) * factor
        if not math.isfinite(n):
            return None
        text = str(int(n)) if n.is_integer() else format(n, "f").rstrip("0").rstrip(".")
    return f"P{'T' if clock else ''}{text}{code}"


def duration_parts(value: str) -> tuple[str, str] | None:
    """The amount (digits, or ``X``) and unit of a TIMEX3 duration ("PT7H": 7 hours), else None."""
    m = _DURATION().fullmatch(value)
    if m is None:
        return None
    if m["t"] is not None:
        return m["t"], _DURATION_UNITS[(m["tu"], True)]
    return m["n"], _DURATION_UNITS[(m["u"], False)]


def duration_granularity(value: str) -> str | None:
    """The granularity of a TIMEX3 duration: its unit ("P3D": day, "PT5M": minute), else None."""
    parts = duration_parts(value)
    return None if parts is None else parts[1]
