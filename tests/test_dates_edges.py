# SPDX-License-Identifier: MIT
"""Dates at the edges of the calendar and of the text: never a crash, never a malformed value."""

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.dates._calendar import (
    OUT_OF_RANGE,
    duration_granularity,
    duration_parts,
    duration_value,
    granularity_of,
    record_granularity,
    value_at,
    value_fields,
    value_range,
)
from conflictnorm.models import DateValue

#: Relative expressions of every kind the grammar resolves against the dateline.
RELATIVE = [
    "today", "yesterday", "tomorrow", "the day after tomorrow", "overnight into Saturday",
    "last Monday", "next Tuesday", "on Friday", "this week", "last week", "next week",
    "this weekend", "the weekend after next", "last month", "next month", "this year",
    "last year", "next year", "last winter", "next summer", "this spring", "the next decade",
    "last decade", "this century", "next quarter", "last quarter", "3 days ago",
    "3 years ago", "three years ago today", "2 weeks ago", "5 months ago", "7 hours ago",
    "1 month 21 days ago", "in 3 weeks", "two weeks from now", "3 days later", "a year earlier",
    "the next 3 days", "the past 3 months", "within 5 years", "in March", "last May",
    "next June", "since July", "Feb. 24", "on the 27th", "Friday the 13th",
    "the first Friday of next month", "the third week of next month", "Tuesday next week",
    "week 10", "the 70s", "the following day", "the previous month", "that year", "Q3",
    "the third quarter", "earlier this week", "later this year", "the end of the year",
    "mid-November", "3 days after Feb. 24", "2 weeks starting tomorrow", "by mid-year",
    "before Christmas", "New Year's Eve", "week 53 of next year", "through the night",
    "weeks ago", "from March to May",
]  # fmt: skip
_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def _well_formed(v: DateValue) -> bool:
    """A value with its granularity and range, or null with a note."""
    if v.value is None:
        return bool(v.note)
    if v.type == "duration":
        return v.granularity == duration_granularity(v.value) and (
            v.range is None or v.range[0] <= v.range[1]
        )
    if v.value in _REFS:
        return v.granularity is None and v.range is None
    if granularity_of(v.value) is None:
        return False
    return v.granularity == record_granularity(v.value) and v.range == value_range(v.value)


@given(st.sampled_from(RELATIVE), st.dates(dt.date.min, dt.date.max))
@example("last winter", dt.date(999, 6, 1))
@example("last Monday", dt.date(1, 1, 1))
@example("next month", dt.date(9999, 12, 15))
@example("3 years ago", dt.date(2, 1, 1))
@example("the weekend after next", dt.date(9999, 12, 25))
@example("the next decade", dt.date(9999, 1, 1))
@example("this century", dt.date(1, 1, 1))
@example("the 70s", dt.date(5, 11, 27))
def test_relative_dates_at_every_dateline(phrase: str, published: dt.date) -> None:
    """Every relative expression at every dateline gives a well-formed value or null with a note."""
    found = cn.normalize(phrase, published=published).by_kind("date")
    assert [] == [m.text for m in found if not _well_formed(m.value)]  # type: ignore[arg-type]


def test_last_winter_before_the_year_1000() -> None:
    """A season before the year 1000 is zero-padded, as every TIMEX3 year."""
    [m] = cn.normalize("last winter", published="0999-06-01").by_kind("date")
    assert ("0998-WI", ("0998-12-01", "0999-02-28")) == (m.value.value, m.value.range)  # type: ignore[union-attr]


def test_last_monday_before_the_calendar() -> None:
    """No Monday precedes 1 January 1: null, with a note that says why."""
    v = cn.date("last Monday", "0001-01-01")
    assert (None, OUT_OF_RANGE) == (v.value, v.note)


def test_next_month_after_the_calendar() -> None:
    """No month follows December 9999: null, with a note that says why."""
    v = cn.date("next month", "9999-12-15")
    assert (None, OUT_OF_RANGE) == (v.value, v.note)


def test_week_at_the_end_of_the_calendar_is_clipped() -> None:
    """The last ISO week of 9999 runs past the calendar: its range stops at 9999-12-31."""
    v = cn.date("this week", "9999-12-31")
    assert ("9999-W52", ("9999-12-27", "9999-12-31")) == (v.value, v.range)


@pytest.mark.parametrize("spaces", [1, 2, 79, 80, 81, 200])
def test_spaces_do_not_change_a_date(spaces: int) -> None:
    """The number of spaces between a month and its day does not change the reading."""
    text = "in January" + " " * spaces + "5"
    dates = cn.normalize(text, published="2025-11-12").by_kind("date")
    assert [("2026-01-05", "day")] == [(m.value.value, m.value.granularity) for m in dates]  # type: ignore[union-attr]


def test_a_long_amount_of_decades_is_no_duration() -> None:
    """Decades whose years overflow a float give no duration, never "PinfY"."""
    dates = cn.normalize("9" * 308 + " decades", published="2025-11-12").by_kind("date")
    values = [m.value.value for m in dates if isinstance(m.value, DateValue)]
    assert [] == [v for v in values if v is not None and "inf" in v]


def test_a_week_the_year_does_not_have() -> None:
    """2021 has 52 ISO weeks: "week 53 of 2021" is null, with a note that says so."""
    v = cn.date("week 53 of 2021")
    assert (None, "no ISO week 53 in 2021", False) == (v.value, v.note, v.anchored)


_UNITS = ["second", "minute", "hour", "day", "week", "month", "year"]


@given(st.sampled_from(_UNITS), st.one_of(st.none(), st.integers(0, 10**6)))
def test_durations_read_back(unit: str, amount: int | None) -> None:
    """A duration written by the calendar reads back as its amount and unit."""
    value = duration_value(amount, unit)
    assert ("X" if amount is None else str(amount), unit) == duration_parts(value or "")


@given(
    st.dates(dt.date.min, dt.date.max),
    st.sampled_from(["day", "week", "month", "quarter", "half", "year", "decade", "century"]),
)
def test_the_period_of_a_day_holds_it(day: dt.date, granularity: str) -> None:
    """The value of the period around a day is of that form and its range holds the day."""
    value = value_at(day, granularity)
    fields, span = value_fields(value), value_range(value)
    assert (granularity, True) == (
        None if fields is None else fields.form,
        span is not None and span[0] <= day.isoformat() <= span[1],
    )
