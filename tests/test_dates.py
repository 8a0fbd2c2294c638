# SPDX-License-Identifier: MIT
"""Examples and properties of dates."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.dates import render_relative
from conflictnorm.models import DateValue
from conflictnorm.strategies import calendar_values

#: Each example: text, published, value, granularity, mod, anchored.
Example = tuple[str, str | None, str | None, str | None, str | None, bool]
EXAMPLES: list[Example] = [
    ("Nov. 10, 2025", None, "2025-11-10", "day", None, False),
    ("November 10, 2025", None, "2025-11-10", "day", None, False),
    ("10 November 2025", None, "2025-11-10", "day", None, False),
    ("10 Nov", "2025-11-12", "2025-11-10", "day", None, True),
    ("Feb. 24, 2022", None, "2022-02-24", "day", None, False),
    ("Feb. 24", "2022-09-13", "2022-02-24", "day", None, True),
    ("2025-11-10", None, "2025-11-10", "day", None, False),
    ("24.02.2022", None, "2022-02-24", "day", None, False),
    ("13/11/2025", None, "2025-11-13", "day", None, False),
    ("Wednesday, November 12", "2025-11-14", "2025-11-12", "day", None, True),
    ("February 2022", None, "2022-02", "month", None, False),
    ("in 2023", None, "2023", "year", None, False),
    ("the 2020s", None, "202", "decade", None, False),
    ("spring 2024", None, "2024-SP", "quarter", None, False),
    ("early 2023", None, "2023", "year", "start", False),
    ("mid-November", "2025-11-20", "2025-11", "month", "mid", True),
    ("late last year", "2025-11-20", "2024", "year", "end", True),
    ("the start of 2025", None, "2025", "year", "start", False),
    ("the beginning of the month", "2022-09-13", "2022-09", "month", "start", True),
    ("in November", "2023-02-21", "2022-11", "month", None, True),
    ("today", "2025-11-12", "2025-11-12", "day", None, True),
    ("yesterday", "2025-11-12", "2025-11-11", "day", None, True),
    ("tomorrow", "2025-11-12", "2025-11-13", "day", None, True),
    ("tonight", "2025-11-12", "2025-11-12", "day", None, True),
    ("this morning", "2025-11-12", "2025-11-12", "day", None, True),
    ("overnight", "2025-11-12", "2025-11-12", "day", None, True),
    ("overnight into Saturday", "2025-11-09", "2025-11-08", "day", None, True),
    ("on Monday", "2025-11-12", "2025-11-10", "day", None, True),
    ("Wednesday", "2025-11-12", "2025-11-12", "day", None, True),
    ("last Monday", "2025-11-12", "2025-11-10", "day", None, True),
    ("next Tuesday", "2025-11-12", "2025-11-18", "day", None, True),
    ("Saturday night", "2025-11-12", "2025-11-08", "day", None, True),
    ("early on Wednesday", "2025-11-13", "2025-11-12", "day", "start", True),
    ("this week", "2025-11-12", "2025-W46", "week", None, True),
    ("last week", "2025-11-12", "2025-W45", "week", None, True),
    ("earlier this week", "2025-11-12", "2025-W46", "week", None, True),
    ("since the beginning of this week", "2025-11-12", "2025-W46", "week", "start", True),
    ("last month", "2025-01-12", "2024-12", "month", None, True),
    ("this year", "2025-11-12", "2025", "year", None, True),
    ("three years ago", "2025-02-24", "2022", "year", None, True),
    ("Three years ago today", "2025-02-24", "2022-02-24", "day", None, True),
    ("7 hours ago", "2025-11-12", "2025-11-12", "day", None, True),
    ("7 hours ago", "2025-11-12T05:00:00", "2025-11-11", "day", None, True),
    ("a week ago", "2025-11-12", "2025-W45", "week", None, True),
    ("in recent days", None, "PAST_REF", None, None, False),
    ("recently", None, "PAST_REF", None, None, False),
    ("now", None, "PRESENT_REF", None, None, False),
    ("currently", None, "PRESENT_REF", None, None, False),
    ("in the coming days", None, "FUTURE_REF", None, None, False),
    ("for more than a year", None, "P1Y", "year", "more_than", False),
    ("about seven months", None, "P7M", "month", "approx", False),
    ("for 10 days", None, "P10D", "day", None, False),
    ("the past 24 hours", None, "PT24H", "hour", None, False),
    ("the past week", None, "P1W", "week", None, False),
    ("within 24 hours", None, "PT24H", "hour", "equal_or_less", False),
    ("for years", None, "PXY", "year", None, False),
]


@pytest.mark.parametrize("case", EXAMPLES, ids=[f"{e[0]}@{e[1]}" for e in EXAMPLES])
def test_date_examples(case: Example) -> None:
    """Each expression resolves to its TIMEX3 value, granularity, mod and anchoring."""
    text, published, value, granularity, mod, anchored = case
    v = cn.date(text, published=published)
    assert (value, granularity, mod, anchored) == (v.value, v.granularity, v.mod, v.anchored)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2026-01-01", "2025-12-29"),  # a Monday relative to a Thursday 1 January
        ("2024-03-01", "2024-02-26"),  # across a leap-year February
    ],
)
def test_weekday_across_boundaries(published: str, expected: str) -> None:
    """'on Monday' crosses month and year boundaries."""
    assert expected == cn.date("on Monday", published=published).value


def test_leap_day_and_week_53() -> None:
    """Leap days parse; ISO week 53 has the right value and range."""
    assert "2024-02-29" == cn.date("29 February 2024").value
    with pytest.raises(cn.UnparseableDateError):
        cn.date("29 February 2023")
    week = cn.date("this week", published="2020-12-31")
    assert ("2020-W53", ("2020-12-28", "2021-01-03")) == (week.value, week.range)


def test_invalid_calendar_date_is_not_a_date() -> None:
    """30 February does not exist."""
    with pytest.raises(cn.UnparseableDateError):
        cn.date("30 February 2023")


def test_future_clause_takes_the_next_weekday() -> None:
    """'will ... on Monday' is the coming Monday."""
    doc = cn.normalize("The talks will resume on Monday.", published="2025-11-12")
    assert ["2025-11-17"] == [m.value.value for m in doc.by_kind("date")]  # type: ignore[union-attr]


def test_without_published() -> None:
    """Relative expressions get no value and a note; absolute ones still resolve."""
    rel = cn.date("yesterday")
    assert (None, True) == (rel.value, rel.note is not None)
    assert "2022-11-11" == cn.date("Nov. 11, 2022").value


def test_ambiguous_numeric_date_needs_an_option() -> None:
    """'11/10/2025' is read only with an explicit numeric_dates option."""
    with pytest.raises(cn.UnparseableDateError):
        cn.date("11/10/2025")
    assert "2025-10-11" == cn.date("11/10/2025", options=cn.Options(numeric_dates="dmy")).value
    assert "2025-11-10" == cn.date("11/10/2025", options=cn.Options(numeric_dates="mdy")).value


def test_duration_range_is_not_a_date() -> None:
    """'eight to 16 hours a day' is a duration range, and 'a day' is no duration."""
    found = cn.normalize("shelling for eight to 16 hours a day", published="2025-11-12")
    dates = found.by_kind("date")
    assert ["eight to 16 hours"] == [m.text for m in dates]
    assert "duration" == dates[0].value.type  # type: ignore[union-attr]


NOT_DATES = [
    "the 1486th Motorised Rifle Regiment",
    "an Mi-26 helicopter",
    "Ukraine may agree",
    "a march on Kyiv",
    "the Sunday Times reported",
    "the Union Resolve-2022 exercise",
    "a 67-year-old woman",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    """Ordinals, model names, verbs, newspapers, exercise names and ages are not dates."""
    assert () == cn.normalize(text, published="2025-11-12").by_kind("date")


@given(calendar_values())
def test_date_round_trip(v: DateValue) -> None:
    """date(render(v)) == v for every value kind."""
    assert v == cn.date(cn.render(v))


@given(calendar_values())
def test_date_render_idempotent(v: DateValue) -> None:
    """Rendering the parse of a canonical form gives that form again."""
    once = cn.render(v)
    assert once == cn.render(cn.date(once))


@given(st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)), st.integers(-6, 6))
def test_relative_phrase_resolves_to_target(published: dt.date, delta: int) -> None:
    """The phrase for a day within ±6 days of the dateline resolves back to that day."""
    target = published + dt.timedelta(days=delta)
    phrase = render_relative(target, published)
    assert target.isoformat() == cn.date(phrase, published=published).value


@given(st.text(), st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)))
def test_dates_in_any_text(text: str, published: dt.date) -> None:
    """Date mentions in arbitrary text are exact; nothing but our errors escapes."""
    for m in cn.normalize(text, published=published).by_kind("date"):
        assert m.text == text[m.start : m.end]


def test_tense_decides_a_date_without_a_year() -> None:
    """A past-tense clause takes the past date; a future one the coming date."""
    past = cn.normalize("Russian sources claimed on Jan. 5 that forces advanced.", "2024-11-20")
    future = cn.normalize("Talks will resume on Jan. 5.", "2024-11-20")
    neutral = cn.normalize("The summit on Dec. 10 drew leaders.", "2024-11-20")
    assert ["2024-01-05"] == [m.value.value for m in past.by_kind("date")]  # type: ignore[union-attr]
    assert ["2025-01-05"] == [m.value.value for m in future.by_kind("date")]  # type: ignore[union-attr]
    assert ["2024-12-10"] == [m.value.value for m in neutral.by_kind("date")]  # type: ignore[union-attr]
