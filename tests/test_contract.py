# SPDX-License-Identifier: MIT
"""The contract every kind keeps: parse agrees with find, render is read back, variants agree."""

import datetime as dt
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm._core import Kind, context_for
from conflictnorm.kinds import kind_named, kind_of
from conflictnorm.models import Count, Mention, Quantity
from conflictnorm.text import tokenize

EXAMPLE = Path(__file__).parents[1] / "docs" / "examples" / "2025-11-13-kupiansk.txt"
PUBLISHED = "2025-11-13"

#: Sentences written for these tests: every kind, in running text.
SENTENCES = [
    "Russia fired 93 drones and two missiles at Kharkiv overnight, the air force said.",
    "About 300 soldiers advanced 6 kilometres (4 miles) toward Pokrovsk on Monday.",
    "Prices rose 4.5 percentage points, to 19.1% of the total, in March 2025.",
    "Several hundred residents left Kupiansk-Vuzlovyi in the past week.",
    "More than 1,500 troops were lost near Bakhmut between 10 and 15 km east of the town.",
]


def _mentions(text: str) -> tuple[Mention, ...]:
    return cn.normalize(text, published=PUBLISHED).mentions


def _context_free(kind: Kind, m: Mention) -> bool:
    """Whether a mention's value depends only on its own text (and the dateline)."""
    if kind.name == "place":
        return True
    if kind.name == "date":
        # A yearless or relative date may depend on its clause's tense; an absolute one may not.
        return not getattr(m.value, "anchored", True)
    return True


@pytest.mark.parametrize("text", [*SENTENCES, EXAMPLE.read_text(encoding="utf-8")])
def test_parse_agrees_with_find(text: str) -> None:
    """Reading a found mention's text alone gives the value find gave it."""
    ctx = context_for(tokenize(""), published=dt.date.fromisoformat(PUBLISHED))
    checked = 0
    for m in _mentions(text):
        kind = kind_named(m.kind)
        if not _context_free(kind, m):
            continue
        parsed = kind.parse(m.text, ctx)
        if kind.name == "place":
            assert m.value.name == parsed.name  # type: ignore[union-attr]
        elif isinstance(m.value, Quantity):
            # The direction comes from the words after the mention (its context).
            assert attrs.evolve(m.value, direction=None) == parsed
        elif isinstance(m.value, Count) and m.value.noun and m.value.noun not in m.text.lower():
            # A bare number's noun comes from its sentence ("down from 27,000").
            assert attrs.evolve(m.value, noun=None) == parsed
        else:
            assert m.value == parsed
        checked += 1
    assert checked > 0


def test_render_is_parsed_back_for_every_found_value() -> None:
    """Every value found in the sentences renders to a form its kind reads back equal."""
    for text in SENTENCES:
        for m in _mentions(text):
            kind = kind_of(m.value)
            if kind.name in {"place", "date"}:
                continue  # their round trips are the property tests of their kinds
            assert m.value == kind.parse(kind.render(m.value), context_for(tokenize("")))


_APOSTROPHES = [
    "'",
    unicodedata.lookup("RIGHT SINGLE QUOTATION MARK"),
    unicodedata.lookup("MODIFIER LETTER APOSTROPHE"),
]
_DASHES = ["-", unicodedata.lookup("EN DASH"), unicodedata.lookup("NON-BREAKING HYPHEN")]
_SPACES = [" ", unicodedata.lookup("NO-BREAK SPACE"), unicodedata.lookup("NARROW NO-BREAK SPACE")]

VARIANT_TEXT = (
    "Kharkiv's governor said 10-15 drones hit Kupiansk-Vuzlovyi's depot 5 km away; "
    "about 90 % were downed, and 300 soldiers left on Monday."
)


def _spell(apostrophe: str, dash: str, space: str) -> str:
    return VARIANT_TEXT.replace("'", apostrophe).replace("-", dash).replace(" ", space)


@given(st.sampled_from(_APOSTROPHES), st.sampled_from(_DASHES), st.sampled_from(_SPACES))
@example("'", "-", " ")
def test_variants_give_the_same_values_and_offsets(apostrophe: str, dash: str, space: str) -> None:
    """Whatever apostrophe, dash or space the text uses, the records are the same."""
    plain = [(m.kind, m.start, m.end, m.value) for m in _mentions(VARIANT_TEXT)]
    varied = [(m.kind, m.start, m.end, m.value) for m in _mentions(_spell(apostrophe, dash, space))]
    assert plain == varied
    assert len(plain) >= 6
