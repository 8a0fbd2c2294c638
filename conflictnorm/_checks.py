# SPDX-License-Identifier: MIT
"""Checks of record fields, shared by the records' ``check`` methods.

Each raises `InvalidValueError` with a message that names the field and shows
the bad value briefly (a deep or huge value cannot blow up the message).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import reprlib
from typing import Final, NoReturn

from conflictnorm.errors import InvalidValueError

__all__ = [
    "REFS",
    "calendar_granularity",
    "check_bounds",
    "check_published",
    "duration_granularity",
    "fail",
    "iso_day",
    "number",
    "one_of",
    "show",
    "string",
]

SHOW: Final = reprlib.Repr()
SHOW.maxlevel = 2
SHOW.maxstring = 60
SHOW.maxother = 60
SHOW.maxlong = 40


def show(x: object) -> str:
    """A short repr for a message, safe on deep nesting and huge integers."""
    try:
        return SHOW.repr(x)
    except (ValueError, RecursionError):  # pragma: no cover - reprlib bounds both today
        return f"<a {type(x).__name__}>"


def fail(field: str, expected: str, x: object) -> NoReturn:
    """Raise `InvalidValueError`: ``field`` must be ``expected``, not ``x``.

    Raises:
        InvalidValueError: always.
    """
    msg = f"field {field!r} must be {expected}, not {show(x)}"
    raise InvalidValueError(msg, value=x) from None


def is_number(x: object) -> bool:
    """Whether ``x`` is an int or float (and not a bool)."""
    return isinstance(x, int | float) and not isinstance(x, bool)


def number(x: object, field: str) -> None:
    """Check an optional finite number."""
    if x is None:
        return
    if not is_number(x):
        fail(field, "a number or null", x)
    try:
        finite = math.isfinite(x)  # type: ignore[arg-type] # is_number said int | float
    except OverflowError:
        finite = False
    if not finite:
        fail(field, "a finite number or null", x)


def string(x: object, field: str, *, optional: bool = True) -> None:
    """Check a string (or null, where ``optional``)."""
    if x is None and optional:
        return
    if not isinstance(x, str):
        fail(field, "a string or null" if optional else "a string", x)


def one_of(x: object, field: str, allowed: frozenset[str], *, optional: bool = False) -> None:
    """Check one of the ``allowed`` names (or null, where ``optional``)."""
    if x is None and optional:
        return
    if not isinstance(x, str) or x not in allowed:
        expected = f"one of {sorted(allowed)}" + (" or null" if optional else "")
        fail(field, expected, x)


def check_bounds(value: float | None, low: float | None, high: float | None) -> None:
    """Check amounts and bounds: finite numbers, ``low <= value <= high`` where given."""
    number(value, "value")
    number(low, "low")
    number(high, "high")
    if low is not None and high is not None and low > high:
        msg = f"fields 'low' and 'high' are out of order: {low!r} > {high!r}"
        raise InvalidValueError(msg, value=(low, high))
    if value is not None and (
        (low is not None and value < low) or (high is not None and value > high)
    ):
        msg = f"field 'value' {value!r} lies outside its bounds {low!r}..{high!r}"
        raise InvalidValueError(msg, value=(value, low, high))


# ASCII digits only: ``\d`` alone would take Arabic-Indic or Devanagari digits.
ISO_DAY: Final = re.compile(r"\d{4}-\d\d-\d\d", re.ASCII)
REFS: Final = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def iso_day(s: object, field: str) -> dt.date:
    """Check and read an ISO date, YYYY-MM-DD."""
    if not isinstance(s, str) or not ISO_DAY.fullmatch(s):
        fail(field, "an ISO date (YYYY-MM-DD)", s)
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        fail(field, "a date on the calendar", s)


def calendar_granularity(value: str) -> str | None:
    """The granularity a record states for a TIMEX3 calendar value, or raise for another value.

    The date kind's calendar is the one authority on value forms, so a value
    `normalize` can produce is one the check accepts.
    """
    from conflictnorm.dates._calendar import record_granularity  # noqa: PLC0415 - a cycle

    try:
        return record_granularity(value)
    except ValueError:
        fail("value", "a TIMEX3 calendar value on the calendar, or *_REF", value)


def duration_granularity(value: str) -> str:
    """The granularity of a TIMEX3 duration, or raise for a value that is not one.

    The date kind's calendar reads the value, as for `calendar_granularity`.
    """
    from conflictnorm.dates import _calendar  # noqa: PLC0415 - a cycle

    granularity = _calendar.duration_granularity(value)
    if granularity is None:
        fail("value", "a TIMEX3 duration (P3D, PT7H, PXM)", value)
    return granularity


def check_published(published: object) -> None:
    """Check a document's dateline: null, an ISO date, or an ISO date and time.

    Raises:
        InvalidValueError: ``published`` is none of these.
    """
    if published is None:
        return
    if not isinstance(published, str) or not ISO_DAY.match(published):
        fail("published", "an ISO date or date and time, or null", published)
    try:
        if len(published) == 10:  # noqa: PLR2004 - YYYY-MM-DD
            dt.date.fromisoformat(published)
        else:
            dt.datetime.fromisoformat(published)
    except ValueError:
        fail("published", "a date and time on the calendar", published)
