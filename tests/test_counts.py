# SPDX-License-Identifier: MIT
"""Examples and properties of counts."""

import pytest
from hypothesis import given

import conflictnorm as cn
from conflictnorm.models import Count
from conflictnorm.strategies import counts

EXAMPLES = [
    ("150,000 troops", Count(value=150_000.0, noun="troops")),
    ("about 300 Russian soldiers", Count(value=300.0, mod="approx", noun="soldiers")),
    ("a few dozen soldiers", Count(value=None, low=24.0, high=60.0, noun="soldiers")),
    ("several hundred", Count(value=None, low=300.0, high=900.0)),
    ("over 600 children", Count(value=600.0, low=600.0, mod="more_than", noun="children")),
    ("hundreds of drones", Count(value=None, low=200.0, high=999.0, noun="drones")),
    ("more than 30 settlements", Count(value=30.0, low=30.0, mod="more_than", noun="settlements")),
    ("two Iskander-M ballistic missiles", Count(value=2.0, noun="missiles")),
    ("17 artillery guns", Count(value=17.0, noun="guns")),
    ("hundreds of apartment blocks", Count(value=None, low=200.0, high=999.0, noun="blocks")),
    ("a dozen missiles", Count(value=12.0, noun="missiles")),
    ("1.3 million people", Count(value=1_300_000.0, noun="people")),
    ("10 to 15 soldiers", Count(value=None, low=10.0, high=15.0, noun="soldiers")),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_count_examples(text: str, expected: Count) -> None:
    """Each surface form parses to its record."""
    assert expected == cn.count(text)


NOT_COUNTS = [
    "the 1486th Motorised Rifle Regiment",
    "the 68th brigade",
    "an Mi-26 helicopter",
    "S-300 systems",
    "at a 5:1 ratio",
    "at 10:30 people gathered",
    "in 2023",
    "call 555-1234 today",
    "B52 bombers",
    "on March 1 damaged",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text: str) -> None:
    """Ordinals, model names, ratios, times, years and numbers in words are not counts."""
    assert () == cn.normalize(text).by_kind("count")


def test_population_without_noun() -> None:
    """A population figure is a count even without a noun after it."""
    doc = cn.normalize("the pre-war population was about 60,000, officials said")
    assert [("about 60,000", 60_000.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in doc.by_kind("count")
    ]


@given(counts())
def test_count_round_trip(c: Count) -> None:
    """count(render(c)) == c."""
    assert c == cn.count(cn.render(c))


@given(counts().filter(lambda c: c.noun is not None))
def test_count_normalize_idempotent(c: Count) -> None:
    """Normalizing the canonical form of a count finds that count again."""
    found = cn.normalize(cn.render(c)).by_kind("count")
    assert [c] == [m.value for m in found]


def test_number_words_are_not_modifiers() -> None:
    """'1 damaged two power substations' is the count 'two power substations' only."""
    doc = cn.normalize("The strikes on Feb. 28 and March 1 damaged two power substations.")
    assert [("two power substations", 2.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in doc.by_kind("count")
    ]
