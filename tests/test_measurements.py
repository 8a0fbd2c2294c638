# SPDX-License-Identifier: MIT
"""Examples and properties of measurements."""

import functools

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.models import Quantity
from conflictnorm.numbers import Amount, render_amount
from conflictnorm.quantities._units import CANONICAL, surface_table, unit_for, unit_named
from conflictnorm.strategies import amounts, measurements

MILE = 1.609344


@functools.cache
def _ureg() -> pint.UnitRegistry[float]:
    return pint.UnitRegistry()


Example = tuple[str, float | None, float | None, float | None, str, str | None, str]
EXAMPLES: list[Example] = [
    # (text, value km|km2|kg|l|km/h, low, high, unit, mod, original unit)
    ("four miles", 4 * MILE, None, None, "km", None, "mile"),
    ("about 6 kilometers", 6.0, None, None, "km", "approx", "kilometer"),
    ("a mile", MILE, None, None, "km", None, "mile"),
    ("116,000 square kilometers", 116_000.0, None, None, "km2", None, "square_kilometer"),
    ("20 sq km", 20.0, None, None, "km2", None, "square_kilometer"),
    ("5 km²", 5.0, None, None, "km2", None, "square_kilometer"),
    ("300 hectares", 3.0, None, None, "km2", None, "hectare"),
    ("10-15km", None, 10.0, 15.0, "km", None, "kilometer"),
    ("10 to 15 km", None, 10.0, 15.0, "km", None, "kilometer"),
    ("between 10 km and 15 km", None, 10.0, 15.0, "km", None, "kilometer"),
    ("within six miles", 6 * MILE, None, 6 * MILE, "km", "equal_or_less", "mile"),
    ("more than 50 kilometers", 50.0, 50.0, None, "km", "more_than", "kilometer"),
    ("a few kilometres", None, 2.0, 5.0, "km", None, "kilometer"),
    ("several hundred metres", None, 0.3, 0.9, "km", None, "meter"),
    ("tens of kilometres", None, 20.0, 99.0, "km", None, "kilometer"),
    ("up to 1,500kg", 1500.0, None, 1500.0, "kg", "equal_or_less", "kilogram"),
    ("2 tonnes", 2000.0, None, None, "kg", None, "metric_ton"),
    ("1,000 litres", 1000.0, None, None, "l", None, "liter"),
    ("60 mph", 60 * MILE, None, None, "km/h", None, "mile_per_hour"),
    ("30 knots", 30 * 1.852, None, None, "km/h", None, "knot"),
    ("50 nautical miles", 50 * 1.852, None, None, "km", None, "nautical_mile"),
    ("a 30-mile front", 30 * MILE, None, None, "km", None, "mile"),
]


@pytest.mark.parametrize("case", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_measurement_examples(
    case: tuple[str, float | None, float | None, float | None, str, str | None, str],
) -> None:
    """Each surface form gives its canonical value, bounds, mod and original unit."""
    text, value, low, high, unit, mod, original = case
    found = [m for m in cn.normalize(text).mentions if m.kind == "quantity"]
    assert 1 == len(found)
    q = found[0].value
    assert isinstance(q, Quantity)
    assert (unit, mod, original) == (q.unit, q.mod, q.original and q.original.unit)
    for want, got in ((value, q.value), (low, q.low), (high, q.high)):
        assert (want is None) == (got is None)
        if want is not None:
            assert want == pytest.approx(got, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        ("50 kilometers (31 miles)", "50 kilometers (31 miles)"),
        ("31 miles (50 km)", "31 miles (50 km)"),
        ("the 1,000-kilometer (620-mile) front", "1,000-kilometer (620-mile)"),
    ],
)
def test_parenthetical_conversion_is_one_mention(text: str, covers: str) -> None:
    """A value and its conversion in parentheses are one mention valued from the first."""
    found = cn.normalize(text).mentions
    assert [covers] == [m.text for m in found]
    assert found[0].value.note is None  # type: ignore[union-attr]


def test_disagreeing_conversion_gets_a_note() -> None:
    """A conversion more than 10% off is kept but noted."""
    q = cn.quantity("50 kilometers (10 miles)")
    assert 50.0 == q.value
    assert q.note is not None
    assert "68%" in q.note


def test_direction_is_recorded_outside_the_span() -> None:
    """'four miles south of' carries direction S; the mention stays 'four miles'."""
    m = cn.normalize("four miles south of the centre").mentions[0]
    assert ("four miles", "S") == (m.text, m.value.direction)  # type: ignore[union-attr]


NOT_MEASUREMENTS = [
    "a $5m deal",
    "5m people fled",
    "an Mi-26 helicopter",
    "S-300 and F-16 and T-72",
    "the 1486th regiment",
    "at 10 pm",
    "a milestone",
    "155mm artillery shells",
    "a 120-mm mortar",
]


@pytest.mark.parametrize("text", NOT_MEASUREMENTS)
def test_not_measurements(text: str) -> None:
    """Money, model names, ordinals, times and words that start like units are not measurements."""
    assert () == cn.normalize(text).by_kind("quantity")


def test_quantity_rejects() -> None:
    """The strict parser refuses what is not exactly one measurement."""
    for bad in ["four", "miles", "four miles south", "10 km and 5 kg"]:
        with pytest.raises(cn.ParseError):
            cn.quantity(bad)


def test_render_canonical_unit_has_no_parenthesis() -> None:
    """A value written in the canonical unit renders plainly."""
    assert "about 10 km" == cn.render(cn.quantity("about 10 kilometres"))
    assert "4 miles (6.437376 km)" == cn.render(cn.quantity("four miles"))


def test_every_table_unit_converts() -> None:
    """Every surface form in the units table resolves and has a positive factor."""
    for surface, *_ in surface_table():
        unit = unit_for(surface)
        assert unit is not None
        assert unit.factor > 0


@given(measurements())
def test_quantity_round_trip(q: Quantity) -> None:
    """quantity(render(q)) == q."""
    assert q == cn.quantity(cn.render(q))


@given(amounts(), st.sampled_from([r[0] for r in surface_table()]))
def test_any_surface_form_parses_to_the_converted_value(a: Amount, surface: str) -> None:
    """Any amount in any surface form parses to amount x factor (relative error < 1e-9)."""
    unit = unit_for(surface)
    assert unit is not None
    q = cn.quantity(f"{render_amount(a)} {surface}")
    for written, canonical in ((a.value, q.value), (a.low, q.low), (a.high, q.high)):
        if written is None:
            assert canonical is None
        else:
            assert written * unit.factor == pytest.approx(canonical, rel=1e-9, abs=1e-12)


@given(measurements().filter(lambda q: q.value is not None))
def test_conversion_is_consistent(q: Quantity) -> None:
    """Converting the canonical value back with pint gives the written value (a -> km -> a)."""
    assert q.original is not None
    assert q.value is not None
    unit = unit_named(q.original.unit)
    assert unit is not None
    back = _ureg().Quantity(q.value, CANONICAL[q.dimension][1]).to(unit.expression).magnitude
    assert q.original.value == pytest.approx(back, rel=1e-9, abs=1e-12)


@given(measurements(), st.text(max_size=20), st.text(max_size=20))
def test_offsets_in_generated_sentences(q: Quantity, before: str, after: str) -> None:
    """A measurement planted in any text keeps exact offsets."""
    text = f"{before} {cn.render(q)} {after}"
    for m in cn.normalize(text).mentions:
        assert m.text == text[m.start : m.end]
