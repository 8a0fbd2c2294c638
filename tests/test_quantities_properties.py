# SPDX-License-Identifier: MIT
"""Properties of counts, percents and measurements in running text.

A canonical form planted in a sentence is found there with its value; the
same values and offsets come back whatever apostrophe, dash or space the text
uses; normalizing is idempotent.
"""

import unicodedata

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.models import Count, Percent, Quantity, Value
from conflictnorm.strategies import counts, measurements, percents

#: Sentences to plant a canonical form in ({} is the form).
_COUNT_FRAMES = ["Officials said {} were reported on Monday.", "In all, {} were lost."]
_FRAMES = ["Officials said it was {} on Monday.", "By Friday, {} had been reported."]

_SPACES = [unicodedata.lookup(n) for n in ("NO-BREAK SPACE", "THIN SPACE")]
_DASHES = [unicodedata.lookup(n) for n in ("EN DASH", "MINUS SIGN", "NON-BREAKING HYPHEN")]
_APOSTROPHES = [
    unicodedata.lookup(n) for n in ("RIGHT SINGLE QUOTATION MARK", "MODIFIER LETTER APOSTROPHE")
]


def _found(text: str, kind: str) -> list[Value]:
    return [m.value for m in cn.normalize(text).by_kind(kind)]


@given(counts(), st.sampled_from(_COUNT_FRAMES))
@example(Count(value=300.0, mod="approx"), _COUNT_FRAMES[0]).via("a bare count needs its verb")
@example(Count(value=1e30, noun="drones"), _COUNT_FRAMES[1]).via("a huge count")
def test_planted_count_is_found_with_its_value(c: Count, frame: str) -> None:
    """A rendered count planted in a sentence is found there, with its value and noun."""
    assert [c] == _found(frame.format(cn.render(c)), "count")


@given(percents(), st.sampled_from(_FRAMES))
@example(Percent(value=-1.3), _FRAMES[0]).via("a negative share after a space")
def test_planted_percent_is_found_with_its_value(p: Percent, frame: str) -> None:
    """A rendered percent planted in a sentence is found there, with its value."""
    assert [p] == _found(frame.format(cn.render(p)), "percent")


@given(measurements(), st.sampled_from(_FRAMES))
def test_planted_measurement_is_found_with_its_value(q: Quantity, frame: str) -> None:
    """A rendered measurement (with its conversion) planted in a sentence is one mention."""
    assert [q] == _found(frame.format(cn.render(q)), "quantity")


def _variant(text: str, space: str, dash: str, apostrophe: str) -> str:
    return text.replace(" ", space).replace("-", dash).replace("'", apostrophe)


def _records(text: str) -> list[tuple[int, int, Value]]:
    return [(m.start, m.end, m.value) for m in cn.normalize(text).mentions]


@given(
    st.one_of(counts().filter(lambda c: c.noun is not None), percents(), measurements()),
    st.sampled_from(_SPACES),
    st.sampled_from(_DASHES),
    st.sampled_from(_APOSTROPHES),
)
@example(Percent(value=-1.3), _SPACES[0], _DASHES[1], _APOSTROPHES[0]).via("a minus sign")
def test_variant_characters_give_the_same_records(
    v: Count | Percent | Quantity, space: str, dash: str, apostrophe: str
) -> None:
    """Other spaces, dashes and apostrophes give the same values at the same offsets."""
    text = f"Ukraine's army said {cn.render(v)} on Monday."
    assert _records(text) == _records(_variant(text, space, dash, apostrophe))


@given(st.one_of(counts().filter(lambda c: c.noun is not None), percents(), measurements()))
def test_normalizing_a_canonical_form_is_idempotent(v: Count | Percent | Quantity) -> None:
    """The canonical form of the value found in a canonical form is that form."""
    once = cn.render(v)
    (m,) = [m for m in cn.normalize(once).mentions if m.kind == v.kind]
    assert once == cn.render(m.value)


_FRAGMENTS = [
    "minus", "-", "5", "1,500", "1 100", "two and a half", "10 1/2", "to", "and", "between",
    "about", "more than", "up to", "%", "percent", "basis points", "km", "miles", "feet",
    "inches", "m", "tons", "drones", "others", "more", "were", "the number of", "deaths",
    "was", "totalled", ",", "(", ")", ".", "Kharkiv", "of", "a", "half", "one", "third",
    "times", "'", '"', "2022", "in", "May",
]  # fmt: skip


def _parse(kind: str, text: str) -> Value:
    if kind == "count":
        return cn.count(text)
    if kind == "percent":
        return cn.percent(text)
    return cn.quantity(text)


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25))
@example(["basis points", "totalled", "5"]).via("a frame's noun is one its count can have")
def test_every_value_found_reads_back_from_its_canonical_form(parts: list[str]) -> None:
    """Whatever counts, percents and measurements a text yields, parse(render(v)) == v.

    A measurement's note and direction are not rendered, so they are left out.
    """
    for m in cn.normalize(" ".join(parts)).mentions:
        if m.kind in {"count", "percent", "quantity"}:
            v = m.value
            if isinstance(v, Quantity):
                v = attrs.evolve(v, note=None, direction=None)
            assert v == _parse(m.kind, cn.render(v))
