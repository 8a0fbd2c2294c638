# SPDX-License-Identifier: MIT
"""Examples and properties of the shared number grammar."""

import contextlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictnorm.errors import InvalidInputError, ParseError
from conflictnorm.numbers import (
    Amount,
    article_amount,
    fraction_after,
    parse_amount,
    parse_number,
    qualifier_before,
    render_amount,
    render_number,
    render_signed_amount,
    scan_amounts,
)
from conflictnorm.strategies import amounts, numbers
from conflictnorm.text import tokenize

_LONG = "one hundred and twenty-one thousand three hundred and forty-five"
_LONGER = "one hundred and twenty-two thousand three hundred and forty-six"

NUMBERS = [
    ("150,000", 150_000, "comma thousands"),
    ("150\N{NO-BREAK SPACE}000", 150_000, "NBSP thousands"),
    ("150\N{THIN SPACE}000", 150_000, "thin-space thousands"),
    ("1.200", 1_200, "dev-20: German dot thousands"),
    ("1.125", 1.125, "three decimals that do not end in 00 stay decimal"),
    ("19,5", 19.5, "dev-20: German decimal comma"),
    ("8.6", 8.6, "dev-06: decimal"),
    ("1.5 million", 1_500_000, "scale word"),
    ("2bn", 2_000_000_000, "abbreviated scale"),
    ("four", 4, "word"),
    ("twenty-one", 21, "hyphenated word"),
    ("one hundred and fifty thousand", 150_000, "long words"),
    ("a dozen", 12, "a dozen"),
    ("three dozen", 36, "dozen as multiplier"),
    ("a couple", 2, "a couple"),
    ("half", 0.5, "fraction"),
    ("a million", 1_000_000, "a + scale"),
    ("10 1/2", 10.5, "issue 12: a whole number and a fraction"),
    ("2\N{VULGAR FRACTION ONE HALF}", 2.5, "issue 12: a vulgar fraction"),
    ("two and a half", 2.5, "issue 12: 'and a half'"),
    ("one and three-quarters", 1.75, "issue 12: 'and three quarters'"),
    ("two and a half million", 2_500_000, "issue 12: a fraction of a scale word"),
    ("1 250", 1250, "issue 12: a plain space between thousands"),
    ("12 000 000", 12_000_000, "issue 12: plain spaces between thousands"),
]


@pytest.mark.parametrize(("text", "value", "why"), NUMBERS, ids=[n[2] for n in NUMBERS])
def test_parse_number_examples(text: str, value: float, why: str) -> None:
    """Each written form reads as its value."""
    assert value == pytest.approx(parse_number(text)), why


AMOUNTS = [
    ("about 300", Amount(value=300.0, mod="approx")),
    ("more than 30", Amount(value=30.0, low=30.0, mod="more_than")),
    ("at least 15", Amount(value=15.0, low=15.0, mod="equal_or_more")),
    ("nearly 500", Amount(value=500.0, high=500.0, mod="less_than")),
    ("up to 205", Amount(value=205.0, high=205.0, mod="equal_or_less")),
    ("just under 20", Amount(value=20.0, high=20.0, mod="less_than")),
    ("upward of 10", Amount(value=10.0, low=10.0, mod="more_than")),
    ("no fewer than 3", Amount(value=3.0, low=3.0, mod="equal_or_more")),
    ("10 to 15", Amount(value=None, low=10.0, high=15.0)),
    ("10-15", Amount(value=None, low=10.0, high=15.0)),
    ("10\N{EN DASH}15", Amount(value=None, low=10.0, high=15.0)),
    ("between 10 and 15", Amount(value=None, low=10.0, high=15.0)),
    ("two or three", Amount(value=None, low=2.0, high=3.0)),
    ("several hundred", Amount(value=None, low=300.0, high=900.0)),
    ("tens of thousands", Amount(value=None, low=20_000.0, high=99_999.0)),
    ("a few", Amount(value=None, low=2.0, high=5.0)),
    ("dozens", Amount(value=None, low=24.0, high=99.0)),
    ("More than a million", Amount(value=1e6, low=1e6, mod="more_than")),
    ("8- to 16", Amount(value=None, low=8.0, high=16.0)),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_parse_amount_examples(text: str, expected: Amount) -> None:
    """Qualifiers, ranges and vague amounts give the bounds of RECORDS.md."""
    assert expected == parse_amount(text)


@pytest.mark.parametrize("text", ["", "abc", "1486th", "15 to 10", "twenty twenty", "two three"])
def test_parse_amount_rejects(text: str) -> None:
    """Text that is not one amount raises ParseError."""
    with pytest.raises(ParseError):
        parse_amount(text)


def test_parse_rejects_non_str() -> None:
    """Non-str input raises InvalidInputError (a TypeError)."""
    with pytest.raises(InvalidInputError):
        parse_amount(15)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_number(b"15")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf"), True])
def test_render_number_rejects(bad: float) -> None:
    """Negative, non-finite and boolean numbers have no canonical form."""
    with pytest.raises(InvalidInputError):
        render_number(bad)


def test_render_amount_rejects_inconsistent_bounds() -> None:
    """An amount whose bounds do not follow from its mod cannot be rendered."""
    with pytest.raises(InvalidInputError):
        render_amount(Amount(value=5.0, low=1.0))
    with pytest.raises(InvalidInputError):
        render_amount(Amount(value=None, low=1.0))


def test_render_amount_rejects_decreasing_range() -> None:
    """Issue 14: a range whose bounds do not increase has no canonical form."""
    with pytest.raises(InvalidInputError):
        render_amount(Amount(value=None, low=10.0, high=5.0))


def test_render_signed_amount() -> None:
    """A negative value is written with a minus sign after its qualifier."""
    assert ["-1.3", "more than -5"] == [
        render_signed_amount(Amount(value=-1.3)),
        render_signed_amount(Amount(value=-5.0, low=-5.0, mod="more_than")),
    ]


def _scanned(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[s.start : s.end] for s in scan_amounts(tokens).spans]


SCANS = [
    ("issue 14: a window never cuts an amount (27 tokens)",
     "from " + _LONG + " to " + _LONGER + " x", [_LONG + " to " + _LONGER]),
    ("an amount never ends inside a token", "data of 14-31/08/2024", []),
    ("a scale word starts no amount", "pledged $1 billion more", []),
    ("a day is no thousands group", "on May 5 300 people", ["300"]),
    ("a compound is no thousands group", "dropped 10 500-kilogram bombs", ["10", "500"]),
    ("plain-space thousands", "lost 1 100 soldiers", ["1 100"]),
    ("a calibre after a plain space is no thousands group",
     "they fired 12 122 mm rockets", ["12", "122"]),
    ("a calibre joined to its digits neither", "they fired 40 122mm rockets", ["40", "122"]),
    ("a unit ends the number where the text never groups with plain spaces",
     "a column of 30 500 m long", ["30", "500"]),
    ("a unit does not where it does (a group starting with 0 is one number)",
     "about 12 050 troops on a front of 1 200 km", ["about 12 050", "1 200"]),
    ("a calibre even then", "12 000 troops fired 40 155 mm shells", ["12 000", "40", "155"]),
    ("'from' after a word of change: two amounts", "the toll rose from 10 to 15",
     ["10", "15"]),
    ("'from' without a word of change: a range", "from 10 to 15 people", ["10 to 15"]),
    ("'from' with bounds that do not increase: two amounts", "from 15 to 10 people",
     ["15", "10"]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "expected"), SCANS, ids=[s[0] for s in SCANS])
def test_scan_amounts(why: str, text: str, expected: list[str]) -> None:
    """The amounts of a text, each whole."""
    assert expected == _scanned(text), why


@given(numbers())
@example(1.2).via("a decimal that must not read as German thousands")
@example(1e16).via("a whole number beyond 2**53")
def test_number_round_trip(v: float) -> None:
    """parse_number(render_number(v)) == v for every non-negative finite number."""
    assert v == parse_number(render_number(v))


@given(amounts())
@example(Amount(value=None, low=1.0, high=1234567890123.0)).via("issue 14: a wide range")
@example(Amount(value=1e200, mod="approx")).via("a huge value")
def test_amount_round_trip(a: Amount) -> None:
    """parse_amount(render_amount(a)) == a."""
    assert a == parse_amount(render_amount(a))


@given(amounts())
def test_amount_render_idempotent(a: Amount) -> None:
    """Rendering a parsed canonical form gives the same canonical form."""
    once = render_amount(a)
    assert once == render_amount(parse_amount(once))


@given(st.text())
def test_parse_amount_raises_only_our_errors(s: str) -> None:
    """Arbitrary text either parses or raises ParseError."""
    with contextlib.suppress(ParseError):
        parse_amount(s)


def _values(text: str) -> list[float | None]:
    return [s.amount.value for s in scan_amounts(tokenize(text)).spans]


DOTS = [
    ("no say: trailing zeros are thousands", "a stock of 1.200 shells", [1200.0]),
    ("no say: never thousands in a percent", "inflation of 16.500% and 2.300 percent",
     [16.5, 2.3]),
    ("a decimal point with two digits says dots are decimals",
     "1.200 shells, 3.25 tonnes", [1.2, 3.25]),
    ("dots between three groups say dots are thousands",
     "1.200 shells of 2.500.000", [1200.0, 2_500_000.0]),
    ("a decimal comma says so too", "2.300 percent, up from 19,5", [2300.0, 19.5]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "expected"), DOTS, ids=[d[0] for d in DOTS])
def test_dot_thousands_follow_the_document(why: str, text: str, expected: list[float]) -> None:
    """One dot before three digits reads as the document's unambiguous numbers write them."""
    assert expected == _values(text), why


def test_qualifier_before() -> None:
    """One look-back finds the qualifier of an amount, its first token and its mod."""
    tokens = tokenize("Russia lost well over 300 tanks and 12 guns")
    assert [(2, "more_than"), (7, None)] == [
        qualifier_before(tokens, 4),
        qualifier_before(tokens, 7),
    ]


ARTICLES = [
    ("a mile", (0, Amount(value=1.0))),
    ("about a mile", (0, Amount(value=1.0, mod="approx"))),
    ("half a mile", (0, Amount(value=0.5))),
    ("more than three-quarters of a mile", (0, Amount(value=0.75, low=0.75, mod="more_than"))),
    ("two thirds of a mile", (0, Amount(value=2 / 3))),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_amount(text: str, expected: tuple[int, Amount]) -> None:
    """An article before a unit is one, or the fraction before it, with its qualifier."""
    tokens = tokenize(text)
    assert expected == article_amount(tokens, tokens.key.index("a"))


@pytest.mark.parametrize(("text", "value"), [(" and a half", 0.5), (" and three-quarters", 0.75)])
def test_fraction_after(text: str, value: float) -> None:
    """A fraction after a whole ("a mile and a half") reads with the number grammar's table."""
    assert value == fraction_after(text)


def test_fraction_after_rejects() -> None:
    """Anything else raises ParseError."""
    with pytest.raises(ParseError):
        fraction_after(" and a bit")
