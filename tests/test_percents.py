# SPDX-License-Identifier: MIT
"""Examples and properties of percents."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.models import Percent
from conflictnorm.strategies import percents

EXAMPLES = [
    ("19 percent", Percent(value=19.0)),
    ("19.1 per cent", Percent(value=19.1)),
    ("19%", Percent(value=19.0)),
    ("19 pct", Percent(value=19.0)),
    ("nineteen percent", Percent(value=19.0)),
    ("around 19,5 percent", Percent(value=19.5, mod="approx")),
    ("4.5 percentage points", Percent(value=4.5, unit="percentage_point")),
    ("Fewer than 25 percent", Percent(value=25.0, high=25.0, mod="less_than")),
    ("10 to 15 percent", Percent(value=None, low=10.0, high=15.0)),
    ("10%-15%", Percent(value=None, low=10.0, high=15.0)),
    ("between 10% and 15%", Percent(value=None, low=10.0, high=15.0)),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_percent_examples(text: str, expected: Percent) -> None:
    """Each surface form parses to its record."""
    assert expected == cn.percent(text)


def test_up_from_is_its_own_mention() -> None:
    """'19 percent, up from 18 percent' gives two percent mentions."""
    doc = cn.normalize("roughly 19 percent of Ukraine, up from 18 percent in 2024")
    assert ["roughly 19 percent", "18 percent"] == [m.text for m in doc.by_kind("percent")]


def test_bare_points_need_a_percent_before() -> None:
    """'points' is a percentage point only after a percent in the text."""
    with_context = cn.normalize("Support fell to 40%, down 3 points.")
    without = cn.normalize("The team scored 3 points.")
    assert ["40%", "3 points"] == [m.text for m in with_context.by_kind("percent")]
    assert "percentage_point" == with_context.by_kind("percent")[1].value.unit  # type: ignore[union-attr]
    assert () == without.by_kind("percent")


@pytest.mark.parametrize("text", ["19", "percent", "19 percent of Ukraine", "1486th"])
def test_percent_rejects(text: str) -> None:
    """Strict parsing refuses anything but one percent expression."""
    with pytest.raises(cn.ParseError):
        cn.percent(text)


@given(percents())
def test_percent_round_trip(p: Percent) -> None:
    """percent(render(p)) == p."""
    assert p == cn.percent(cn.render(p))


@given(percents(), st.text(max_size=20), st.text(max_size=20))
def test_percent_offsets_in_sentences(p: Percent, before: str, after: str) -> None:
    """A rendered percent planted in any text is found with exact offsets."""
    text = f"{before} {cn.render(p)} {after}"
    for m in cn.normalize(text).mentions:
        assert m.text == text[m.start : m.end]


def test_from_to_is_a_change_not_a_range() -> None:
    """'rose from 38% to 52%' gives two percents; '38% to 52%' alone is a range."""
    change = cn.normalize("Support rose from 38% to 52% in a year.").by_kind("percent")
    assert [("38%", 38.0), ("52%", 52.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in change
    ]
    p = cn.percent("38% to 52%")
    assert (None, 38.0, 52.0) == (p.value, p.low, p.high)
