# SPDX-License-Identifier: MIT
"""Composition: adjacent pieces that make one date, and the two ends of a range.

A piece with an operator role needs the piece right after it ("the first
Friday of" + "next month", "3 days after" + "January 12th", "the week of" +
"10 November"); a weekday and a week make one day ("Tuesday next week",
"next week on Friday"); a month and a relative year one month ("June next
year"); a night and the day it ends one mention ("overnight on October 15").
Two dates joined by "to", "-", "until", "and" are the two ends of a range:
they stay two mentions, linked so that one lends the other its year
("between January and March 2023", "February 24-28").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from conflictnorm._lazy import lazy_pattern
from conflictnorm.dates import _calendar as cal
from conflictnorm.dates._forms import Env, Form, Lazy, Piece, Yearless, absent, dated, outside
from conflictnorm.dates._units import Part, offset_form, span_form
from conflictnorm.models import DateValue

__all__ = ["compose"]

_SPACE: Final = lazy_pattern(r"\s*")
_OF: Final = lazy_pattern(r"\s+(?:of|in)\s+", re.IGNORECASE)
_NIGHT_GLUE: Final = lazy_pattern(r"\s+(?:into|to|on|of)\s+", re.IGNORECASE)
_WEEKDAY_WEEK: Final = lazy_pattern(r"\s*,?\s*(?:(?:of|in)\s+(?:the\s+)?)?", re.IGNORECASE)
_WEEK_WEEKDAY: Final = lazy_pattern(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)
_MONTH_YEAR: Final = lazy_pattern(r"\s+(?:of\s+)?", re.IGNORECASE)
_RANGE: Final = lazy_pattern(
    r"\s*(?:-|to|through|thru|until|till|and|or)\s*(?:the\s+)?", re.IGNORECASE
)
_DATED: Final = frozenset(
    {"day", "month", "year", "part", "weekday", "monthrel", "yearrel", "week"}
)
#: The longest gap between two pieces that can compose.
_GAP: Final = 16


def compose(pieces: list[Piece], text: str) -> tuple[list[Piece], dict[int, int]]:
    """Merge the pieces that make one date; link the ends of ranges.

    Args:
        pieces: the pieces found, in text order, not overlapping.
        text: the ``cased`` view of the text (the gaps between pieces are read there).

    Returns:
        The pieces after composition, in text order, and the range links
        (index of a piece -> index of the other end of its range).
    """
    out: list[Piece] = []
    k = 0
    work = list(pieces)
    while k < len(work):
        p = work[k]
        q = work[k + 1] if k + 1 < len(work) else None
        merged = None
        if q is not None and q.start - p.end <= _GAP:
            merged = _merge(p, q, text[p.end : q.start])
        if merged is not None:
            work[k + 1] = merged
        elif p.op:
            fallback = p.data[2] if p.role in {"offset", "span"} and len(p.data) > 2 else None  # noqa: PLR2004
            if isinstance(fallback, Piece):
                out.append(fallback)
        else:
            out.append(p)
        k += 1
    return out, _links(out, text)


def _links(pieces: list[Piece], text: str) -> dict[int, int]:
    links: dict[int, int] = {}
    for k in range(len(pieces) - 1):
        p, q = pieces[k], pieces[k + 1]
        if p.role not in _DATED or q.role not in _DATED or q.start - p.end > _GAP:
            continue
        if _RANGE().fullmatch(text, p.end, q.start) is not None and k not in links:
            links[k] = k + 1
            links[k + 1] = k
    return links


def _merge(p: Piece, q: Piece, gap: str) -> Piece | None:
    """The one piece ``p`` and ``q`` make, or None."""
    role = p.role
    if p.op:
        if not _SPACE().fullmatch(gap):
            return None
        return _operator(p, q)
    if role == "weeknum" and q.role in {"year", "yearrel"} and _OF().fullmatch(gap):
        week = _int(p.data[0])
        return p.spanning(p.start, q.end, _week_in_year(q, week))
    if role == "night" and q.role in {"day", "weekday"} and _NIGHT_GLUE().fullmatch(gap):
        return p.spanning(p.start, q.end, q.form)
    if role == "weekday" and q.role == "week" and _WEEKDAY_WEEK().fullmatch(gap):
        return _weekday_in_week(p, q, p.start, q.end)
    if role == "week" and q.role == "weekday" and _WEEK_WEEKDAY().fullmatch(gap):
        return _weekday_in_week(q, p, p.start, q.end)
    if (
        role == "month"
        and isinstance(p.form, Yearless)
        and p.form.day is None
        and q.role == "yearrel"
        and _MONTH_YEAR().fullmatch(gap)
    ):
        month, mod = p.form.month, p.form.mod
        return p.spanning(
            p.start, q.end, _with_year(q, lambda y: cal.month_value(y, month), mod=mod)
        )
    return None


def _operator(p: Piece, q: Piece) -> Piece | None:
    role, data = p.role, p.data
    if role in {"offset", "span"} and q.role in {"day", "weekday", "now"}:
        parts, sign = data[0], data[1]
        assert isinstance(parts, tuple)  # noqa: S101 - set by the scanner
        assert isinstance(sign, int)  # noqa: S101 - set by the scanner
        typed: tuple[Part, ...] = parts
        if role == "span":
            if q.role == "now":
                return None
            return p.spanning(p.start, q.end, span_form(typed, q))
        return p.spanning(p.start, q.end, offset_form(typed, sign, q))
    if role == "weekof" and q.role in {"day", "weekday"}:
        weekend, mod = bool(data[0]), data[1]
        assert mod is None or isinstance(mod, str)  # noqa: S101 - set by the rule
        return p.spanning(
            p.start, q.end, _on_day(q, lambda d: _week_of(d, weekend=weekend), mod=mod)
        )
    if role == "nthwd" and q.role in {"month", "monthrel"}:
        nth, wd = _int(data[0]), _int(data[1])
        return p.spanning(p.start, q.end, _in_month(q, lambda y, m: _nth_weekday(y, m, nth, wd)))
    if role == "nthweek" and q.role in {"month", "monthrel", "year", "yearrel"}:
        week = _int(data[0])
        if q.role in {"year", "yearrel"}:
            return p.spanning(p.start, q.end, _week_in_year(q, week))
        return p.spanning(p.start, q.end, _in_month(q, lambda y, m: _nth_week(y, m, week)))
    if role == "nthmonth" and q.role in {"year", "yearrel"}:
        month = _int(data[0])
        return p.spanning(p.start, q.end, _with_year(q, lambda y: cal.month_value(y, month)))
    if role == "nthday" and q.role == "monthrel":
        day = _int(data[0])
        return p.spanning(p.start, q.end, _in_month(q, lambda y, m: _day(y, m, day)))
    return None


def _int(x: object) -> int:
    """A number an operator carries (set by its rule)."""
    assert isinstance(x, int)  # noqa: S101 - the rules set these
    return x


# ------------------------------------------------------------------ builders


def _operand(env: Env, form: Form) -> DateValue | None:
    value = env.resolve(form)
    if value is None or value.value is None or value.range is None:
        return None
    return value


def _with_year(
    q: Piece,
    make: Callable[[int], str | None],
    mod: str | None = None,
    missing: Callable[[int], str] | None = None,
) -> Lazy:
    """A value in the year ``q`` names; ``missing(year)`` is the note where it has none."""

    def fn(env: Env) -> DateValue | None:
        v = env.resolve(q.form)
        if v is None or v.value is None or v.range is None:
            return v
        y = int(v.range[0][:4])
        value = make(y)
        if value is not None:
            return dated(value, anchored=v.anchored, mod=mod)
        if missing is not None and cal.in_calendar(y):
            return absent(missing(y), anchored=v.anchored, mod=mod)
        return outside(mod)

    return Lazy(fn)


def _week_in_year(q: Piece, week: int) -> Lazy:
    """ISO week ``week`` of the year ``q`` names ("week 27 of 2021", "the last week of 2020")."""
    return _with_year(
        q,
        lambda y: cal.iso_week_value(y, week),
        missing=lambda y: f"no ISO week {week} in {y:04d}",
    )


def _in_month(q: Piece, make: Callable[[int, int], str | None]) -> Lazy:
    """A value in the month ``q`` names."""

    def fn(env: Env) -> DateValue | None:
        v = _operand(env, q.form)
        if v is None or v.granularity != "month" or v.range is None:
            return None
        y, m = int(v.range[0][:4]), int(v.range[0][5:7])
        value = make(y, m)
        return None if value is None else dated(value, anchored=v.anchored)

    return Lazy(fn)


def _on_day(q: Piece, make: Callable[[dt.date], str | None], mod: str | None = None) -> Lazy:
    """A value computed from the day ``q`` names."""

    def fn(env: Env) -> DateValue | None:
        v = _operand(env, q.form)
        if v is None or v.granularity != "day" or v.range is None:
            return None
        value = make(dt.date.fromisoformat(v.range[0]))
        return None if value is None else dated(value, anchored=v.anchored, mod=mod)

    return Lazy(fn)


def _weekday_in_week(day: Piece, week: Piece, start: int, end: int) -> Piece:
    wd = _int(day.data[0])

    def fn(env: Env) -> DateValue | None:
        v = _operand(env, week.form)
        if v is None or v.granularity != "week" or v.range is None:
            return None
        d = cal.add_days(dt.date.fromisoformat(v.range[0]), wd)
        return outside() if d is None else dated(d.isoformat(), anchored=v.anchored)

    return day.spanning(start, end, Lazy(fn))


def _week_of(d: dt.date, *, weekend: bool) -> str:
    return cal.weekend_value(d) if weekend else cal.week_value(d)


def _nth_weekday(y: int, m: int, n: int, wd: int) -> str | None:
    """The ``n``-th (``-1``: last) weekday ``wd`` of a month."""
    if n == -1:
        last = dt.date(y, m, 1) if m == 12 else None  # noqa: PLR2004 - December
        end = cal.day_of(y, 12, 31) if last is not None else cal.add_days(dt.date(y, m + 1, 1), -1)
        found = None if end is None else cal.weekday_before(end, wd, strictly=False)
    else:
        first = cal.weekday_after(dt.date(y, m, 1), wd, strictly=False)
        found = None if first is None else cal.add_days(first, 7 * (n - 1))
    if found is None or found.month != m:
        return None
    return found.isoformat()


def _nth_week(y: int, m: int, n: int) -> str | None:
    """The ``n``-th week of a month: weeks belong to the month that holds their Thursday."""
    if n == -1:
        end = cal.day_of(y, 12, 31) if m == 12 else cal.add_days(dt.date(y, m + 1, 1), -1)  # noqa: PLR2004
        thursday = None if end is None else cal.weekday_before(end, 3, strictly=False)
    else:
        first = cal.weekday_after(dt.date(y, m, 1), 3, strictly=False)
        thursday = None if first is None else cal.add_days(first, 7 * (n - 1))
    if thursday is None or thursday.month != m:
        return None
    return cal.week_value(thursday)


def _day(y: int, m: int, n: int) -> str | None:
    d = cal.day_of(y, m, n)
    return None if d is None else d.isoformat()
