# SPDX-License-Identifier: MIT
"""Canonical English forms of date values, and the parser that reads them back."""

from __future__ import annotations

import datetime as dt
from typing import Final

from conflictnorm._core import Context, Options, parse_published
from conflictnorm.dates._calendar import (
    ValueFields,
    duration_parts,
    record_granularity,
    value_fields,
)
from conflictnorm.dates._foreign import foreign_date
from conflictnorm.dates._grammar import match_date
from conflictnorm.dates._words import words
from conflictnorm.errors import InvalidInputError, UnparseableDateError, ensure_type
from conflictnorm.models import DateValue
from conflictnorm.numbers import _CANONICAL_QUALIFIER, render_number

__all__ = ["parse_date", "render_date", "render_relative"]

_REFS: Final = {"PAST_REF": "recently", "PRESENT_REF": "now", "FUTURE_REF": "the coming days"}
_SEASONS: Final = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MOD_WORD: Final = {"start": "early", "mid": "mid-", "end": "late"}
#: The qualifier written before a duration: the one amounts are written with.
_DUR_QUALIFIER: Final = _CANONICAL_QUALIFIER


def parse_date(
    s: str,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
) -> DateValue:
    """Parse exactly one date expression, resolved against ``published``.

    English expressions are read by the date grammar; an absolute date in
    another language of the region ("24 февраля 2022") by `dateparser`.

    Raises:
        InvalidInputError: ``s`` is not a str or ``published`` is not a date.
        UnparseableDateError: ``s`` is not one date expression.
    """
    t = ensure_type(s, str, "a date expression").strip()
    day, stamp = parse_published(published)
    ctx = Context(published=day, published_time=stamp, options=options or Options())
    value = match_date(t, ctx)
    if value is None:
        value = foreign_date(t)
    if value is None:
        msg = f"not a date expression: {s!r}"
        raise UnparseableDateError(msg, value=s)
    return value


def _day_text(d: dt.date) -> str:
    return f"{d.day} {words().month_names[d.month - 1]} {d.year}"


def _with_mod(text: str, mod: str | None) -> str:
    if mod is None:
        return text
    word = _MOD_WORD.get(mod)
    if word is None:
        msg = f"no canonical form for mod {mod!r} on {text!r}"
        raise InvalidInputError(msg, value=mod)
    return f"{word}{text}" if word.endswith("-") else f"{word} {text}"


def _render_duration(v: DateValue) -> str:
    parts = duration_parts(v.value or "")
    if parts is None:
        msg = f"not a duration value: {v.value!r}"
        raise InvalidInputError(msg, value=v)
    amount, unit = parts
    if amount == "X":
        return f"for {unit}s"
    n = float(amount)
    text = f"{render_number(n)} {unit}{'' if n == 1 else 's'}"
    if v.range is not None:
        text += " starting " + _day_text(dt.date.fromisoformat(v.range[0]))
    if v.mod is None:
        return text
    if v.mod not in _DUR_QUALIFIER:
        msg = f"no canonical form for mod {v.mod!r} on a duration"
        raise InvalidInputError(msg, value=v)
    return f"{_DUR_QUALIFIER[v.mod]} {text}"


def render_date(v: DateValue) -> str:
    """Return the canonical English form of a date value.

    "10 November 2025", "the week of 10 November 2025", "the weekend of
    15 November 2025", "November 2025", "the third quarter of 2025", "the first
    half of 2025", "2025", "fiscal year 2025", "the 2020s", "the 20th century", "spring 2024",
    "recently", "3 days", "more than 1 year", "3 days starting 8 November 2016"
    (a duration whose days the text fixed).
    The form is absolute, so a value read from a relative phrase renders as the
    calendar date it resolved to.

    Raises:
        InvalidInputError: the value is null or has no canonical form.
    """
    v = ensure_type(v, DateValue, "a date value")
    if v.type == "duration":
        return _render_duration(v)
    value = v.value
    if value is None:
        msg = f"a date without a value has no canonical form: {v.note or ''}"
        raise InvalidInputError(msg, value=v)
    if value in _REFS:
        return _REFS[value]
    fields = value_fields(value)
    if fields is None or record_granularity(value) != v.granularity:
        msg = f"no canonical form for the date value {value!r} ({v.granularity})"
        raise InvalidInputError(msg, value=v)
    return _RENDER[fields.form](fields, v)


def _render_day(f: ValueFields, v: DateValue) -> str:
    assert isinstance(f.part, dt.date)  # noqa: S101 - value_fields gives a day its date
    text = _day_text(f.part)
    if v.mod is None:
        return text
    word = {"start": "early on", "end": "late on"}.get(v.mod)
    if word is None:
        msg = f"no canonical form for mod {v.mod!r} on a day"
        raise InvalidInputError(msg, value=v)
    return f"{word} {text}"


def _render_week(f: ValueFields, v: DateValue) -> str:
    text = "the week of " + _day_text(dt.date.fromisocalendar(f.number, _int(f), 1))
    if v.mod is None:
        return text
    prefix = {"start": "the start of ", "mid": "the middle of ", "end": "the end of "}.get(v.mod)
    if prefix is None:
        msg = f"no canonical form for mod {v.mod!r} on a week"
        raise InvalidInputError(msg, value=v)
    return prefix + text


def _render_weekend(f: ValueFields, v: DateValue) -> str:
    _no_mod(v)
    return "the weekend of " + _day_text(dt.date.fromisocalendar(f.number, _int(f), 6))


def _render_month(f: ValueFields, v: DateValue) -> str:
    return _with_mod(f"{words().month_names[_int(f) - 1]} {f.number:04d}", v.mod)


def _render_season(f: ValueFields, v: DateValue) -> str:
    return _with_mod(f"{_SEASONS[str(f.part)]} {f.number:04d}", v.mod)


def _render_quarter(f: ValueFields, v: DateValue) -> str:
    _no_mod(v)
    return f"the {_ORDINALS[_int(f) - 1]} quarter of {f.number:04d}"


def _render_half(f: ValueFields, v: DateValue) -> str:
    _no_mod(v)
    return f"the {_ORDINALS[_int(f) - 1]} half of {f.number:04d}"


def _render_year(f: ValueFields, v: DateValue) -> str:
    return _with_mod(f"{f.number:04d}", v.mod)


def _render_fiscal(f: ValueFields, v: DateValue) -> str:
    return _with_mod(f"fiscal year {f.number:04d}", v.mod)


def _render_decade(f: ValueFields, v: DateValue) -> str:
    return "the " + _with_mod(f"{f.number:03d}0s", v.mod)


def _render_century(f: ValueFields, v: DateValue) -> str:
    n = f.number + 1
    return "the " + _with_mod(f"{n}{_suffix(n)} century", v.mod)


def _int(f: ValueFields) -> int:
    """The week, month, quarter or half number of a value."""
    assert isinstance(f.part, int)  # noqa: S101 - value_fields gives these forms a number
    return f.part


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:  # noqa: PLR2004 - "11th" to "20th"
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _no_mod(v: DateValue) -> None:
    if v.mod is not None:
        msg = f"no canonical form for mod {v.mod!r} on {v.value!r}"
        raise InvalidInputError(msg, value=v)


_ORDINALS: Final = ("first", "second", "third", "fourth")
_RENDER: Final = {
    "day": _render_day,
    "week": _render_week,
    "weekend": _render_weekend,
    "month": _render_month,
    "season": _render_season,
    "quarter": _render_quarter,
    "half": _render_half,
    "year": _render_year,
    "fiscal": _render_fiscal,
    "decade": _render_decade,
    "century": _render_century,
}


def render_relative(target: dt.date, published: dt.date) -> str:
    """The phrase a reporter would use for ``target`` seen from ``published`` (±6 days).

    "today", "yesterday", "tomorrow", "on Monday" (within the past six days) or
    "next Monday" (within the coming seven).

    Raises:
        InvalidInputError: ``target`` is more than six days before or seven after.
    """
    delta = (target - published).days
    if delta == 0:
        return "today"
    if delta == -1:
        return "yesterday"
    if delta == 1:
        return "tomorrow"
    name = words().weekday_names[target.weekday()]
    if -6 <= delta < 0:  # noqa: PLR2004 - a week back
        return f"on {name}"
    if 0 < delta <= 7:  # noqa: PLR2004 - a week ahead
        return f"next {name}"
    msg = f"{target} is not within a week of {published}"
    raise InvalidInputError(msg, value=target)
