# SPDX-License-Identifier: MIT
"""Examples and properties of percents."""

import pytest
from hypothesis import example, given
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
    # issue 12: a sign is kept.
    ("-1.3%", Percent(value=-1.3)),
    ("\N{MINUS SIGN}0.4 percent", Percent(value=-0.4)),
    ("minus six percent", Percent(value=-6.0)),
    ("more than -5 percent", Percent(value=-5.0, low=-5.0, mod="more_than")),
    # issue 12: other ways to write the sign.
    ("31pc", Percent(value=31.0)),
    ("50-percent", Percent(value=50.0)),
    ("forty percentage points", Percent(value=40.0, unit="percentage_point")),
    ("75 basis points", Percent(value=0.75, unit="percentage_point")),
    ("25bps", Percent(value=0.25, unit="percentage_point")),
    # issue 12: ranges.
    ("40 to 70%", Percent(value=None, low=40.0, high=70.0)),
    ("3.9 percent to 3.6 percent", Percent(value=None, low=3.6, high=3.9)),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_percent_examples(text: str, expected: Percent) -> None:
    """Each surface form parses to its record."""
    assert expected == cn.percent(text)


def test_up_from_is_its_own_mention() -> None:
    """'27 percent, up from 22 percent' gives two percent mentions."""
    doc = cn.normalize("about 27 percent of the vote, up from 22 percent in 2019")
    assert ["about 27 percent", "22 percent"] == [m.text for m in doc.by_kind("percent")]


def test_bare_points_need_a_percent_before() -> None:
    """'points' is a percentage point only after a percent in its sentence."""
    with_context = cn.normalize("Support fell to 40%, down 3 points.")
    without = cn.normalize("The team scored 3 points.")
    next_sentence = cn.normalize("Turnout was 40%. The home side scored 3 points.")
    assert ["40%", "3 points"] == [m.text for m in with_context.by_kind("percent")]
    assert "percentage_point" == with_context.by_kind("percent")[1].value.unit  # type: ignore[union-attr]
    assert () == without.by_kind("percent")
    assert ["40%"] == [m.text for m in next_sentence.by_kind("percent")]


@pytest.mark.parametrize(
    "text", ["19", "percent", "19 percent of Ukraine", "1486th", "T-72%", "5-3%"]
)
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


CHANGES = [
    ("Approval rose from 31% to 47% in a year.", [("31%", 31.0), ("47%", 47.0)]),
    ("Approval rose from 31 to 47 percent in a year.", [("31", 31.0), ("47 percent", 47.0)]),
    ("Turnout fell sharply from 62 to 48 per cent.", [("62", 62.0), ("48 per cent", 48.0)]),
    ("The bill would raise the tax on fuel imports from 2% to 7%.", [("2%", 2.0), ("7%", 7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES, ids=[c[0] for c in CHANGES])
def test_from_to_is_a_change_not_a_range(text: str, expected: list[tuple[str, float]]) -> None:
    """'rose from 31% to 47%' and 'rose from 31 to 47 percent' give two percents each."""
    assert expected == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in cn.normalize(text).by_kind("percent")
    ]


def test_from_to_without_a_change_is_a_range() -> None:
    """'ranged from 31% to 47%' and '31% to 47%' alone are ranges."""
    (m,) = cn.normalize("Estimates ranged from 31% to 47%.").by_kind("percent")
    p = cn.percent("31% to 47%")
    assert [(None, 31.0, 47.0)] * 2 == [(v.value, v.low, v.high) for v in (m.value, p)]  # type: ignore[union-attr]


def test_dot_group_in_a_percent_is_a_decimal() -> None:
    """Issue: '16.500%' is no sixteen thousand percent where the text does not say so."""
    assert [16.5, -2.3] == [cn.percent(s).value for s in ["16.500%", "-2.300%"]]


def test_minus_zero_is_zero() -> None:
    """'minus 0 percent' is 0, never -0.0."""
    assert "0 percent" == cn.render(cn.percent("minus 0 percent"))


def test_one_percentage_point_is_singular() -> None:
    """The canonical form of one percentage point reads 'point', and parses back."""
    p = Percent(value=1.0, unit="percentage_point")
    assert ("1 percentage point", p) == (cn.render(p), cn.percent(cn.render(p)))


def test_sign_only_after_white_space() -> None:
    """A dash between a name or number and digits is no sign: 'T-72' and '10-15%' stay positive."""
    doc = cn.normalize("The T-72 took 3% losses; support fell to 10-15% (from -2%).")
    assert [(3.0, None, None), (None, 10.0, 15.0), (-2.0, None, None)] == [
        (m.value.value, m.value.low, m.value.high)  # type: ignore[union-attr]
        for m in doc.by_kind("percent")
    ]


def test_long_number_keeps_its_qualifier() -> None:
    """Issue 14: no window cuts an expression; 'up to' and ninety nines stay one percent."""
    text = "up to " + "9" * 90 + "%"
    (m,) = cn.normalize(text).by_kind("percent")
    assert (text, "equal_or_less") == (m.text, m.value.mod)


@given(percents())
@example(Percent(value=-1.3)).via("issue 12: a negative share")
@example(Percent(value=-5.0, low=-5.0, mod="more_than")).via("a negative bound keeps its side")
@example(Percent(value=None, low=1e-12, high=1e200)).via("issue 14: huge and tiny bounds")
def test_percent_round_trip_pinned(p: Percent) -> None:
    """percent(render(p)) == p, negative, huge and tiny values included."""
    assert p == cn.percent(cn.render(p))
