# SPDX-License-Identifier: MIT
"""Examples and properties of measurements."""

import functools
import json

import pint
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.models import Quantity
from conflictnorm.numbers import Amount, render_amount
from conflictnorm.quantities import build_quantity
from conflictnorm.quantities._units import CANONICAL, Unit, surface_table, unit_for, unit_named
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
    # issue 12: units that were missing.
    ("9 inches", 9 * 0.0254e-3, None, None, "km", None, "inch"),
    ("80 yds", 80 * 0.9144e-3, None, None, "km", None, "yard"),
    ("45 m.p.h.", 45 * MILE, None, None, "km/h", None, "mile_per_hour"),
    ("70 km/hr", 70.0, None, None, "km/h", None, "kilometer_per_hour"),
    ("250 milligrams", 250e-6, None, None, "kg", None, "milligram"),
    ("330 millilitres", 0.33, None, None, "l", None, "milliliter"),
    ("5400m2", 5400e-6, None, None, "km2", None, "square_meter"),
    ("12 km^2", 12.0, None, None, "km2", None, "square_kilometer"),
    ("2.5m tons", 2.5e9, None, None, "kg", None, "metric_ton"),
    # issue 12: compound and fractional amounts.
    ("6 feet 1 inch", (6 + 1 / 12) * 0.3048e-3, None, None, "km", None, "foot"),
    ("3 km and 200 meters", 3.2, None, None, "km", None, "kilometer"),
    ("7 1/2 miles", 7.5 * MILE, None, None, "km", None, "mile"),
    ("three and a half miles", 3.5 * MILE, None, None, "km", None, "mile"),
    ("a mile and a half", 1.5 * MILE, None, None, "km", None, "mile"),
    ("about half a mile", 0.5 * MILE, None, None, "km", "approx", "mile"),
    ("5 ft 7 in", (5 + 7 / 12) * 0.3048e-3, None, None, "km", None, "foot"),
    ("5'9\"", (5 + 9 / 12) * 0.3048e-3, None, None, "km", None, "foot"),
    ("3/4 mile", 0.75 * MILE, None, None, "km", None, "mile"),
    ("two-thirds of a mile", 2 / 3 * MILE, None, None, "km", None, "mile"),
    ("8 cm2", 8e-10, None, None, "km2", None, "square_centimeter"),
    ("3 mi\N{SUPERSCRIPT TWO}", 3 * MILE**2, None, None, "km2", None, "square_mile"),
    ("40 square yards", 40 * 0.9144e-3**2, None, None, "km2", None, "square_yard"),
    # issue 12: ranges.
    ("5- to 12-meter", None, 0.005, 0.012, "km", None, "meter"),
    ("between 40 and 60 km", None, 40.0, 60.0, "km", None, "kilometer"),
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
        ("an 800-kilometre (497-mile) front line", "800-kilometre (497-mile)"),
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


def test_direction_is_read_after_the_mention() -> None:
    """'four miles south of' carries direction S; the mention stays 'four miles'."""
    m = cn.normalize("four miles south of the centre").mentions[0]
    assert ("four miles", "S") == (m.text, m.value.direction)  # type: ignore[union-attr]


def test_direction_round_trips_through_the_canonical_form() -> None:
    """render() writes the direction and the strict parser reads it back."""
    q = cn.normalize("about 10 km to the south-east of the town").mentions[0].value
    assert "SE" == q.direction  # type: ignore[union-attr]
    assert q == cn.quantity(cn.render(q))


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
    "a $5m deal for 5m people",
]


@pytest.mark.parametrize("text", NOT_MEASUREMENTS)
def test_not_measurements(text: str) -> None:
    """Money, model names, ordinals, times and words that start like units are not measurements."""
    assert () == cn.normalize(text).by_kind("quantity")


def test_quantity_rejects() -> None:
    """The strict parser refuses what is not exactly one measurement."""
    for bad in ["four", "miles", "south", "10 km and 5 kg", "south 10 km"]:
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


def test_two_measurements_of_two_dimensions_stay_two() -> None:
    """'12 km and 4 kg' is two measurements, not a range or a compound."""
    doc = cn.normalize("They carried it 12 km and 4 kg of it was left.")
    assert ["12 km", "4 kg"] == [m.text for m in doc.by_kind("quantity")]


def test_range_renders_its_bounds_exactly() -> None:
    """Issue 14: a range keeps every digit of its bounds through render and parse."""
    q = cn.quantity("1 to 1,234,567,890,123 kg")
    assert "1 to 1,234,567,890,123 kg" == cn.render(q)
    assert q == cn.quantity(cn.render(q))


def test_absurd_amount_is_no_measurement() -> None:
    """Issue 14: an amount beyond a float's range once converted is no mention."""
    doc = cn.normalize("1" + "0" * 308 + " square miles")
    assert () == doc.by_kind("quantity")
    json.loads(doc.to_json(), parse_constant=_reject)


def _reject(name: str) -> None:
    msg = f"not standard JSON: {name}"
    raise AssertionError(msg)


def _unit(name: str) -> Unit:
    unit = unit_named(name)
    assert unit is not None
    return unit


_KG = _unit("kilogram")
_MI = _unit("mile")


@given(measurements())
@example(build_quantity(Amount(value=None, low=1.0, high=1234567890123.0), _KG)).via("issue 14")
@example(build_quantity(Amount(value=None, low=1.0, high=1234567890123.0), _MI)).via("issue 14")
@example(build_quantity(Amount(value=None, low=1e-12, high=1e200, mod="approx"), _MI)).via(
    "huge and tiny bounds"
)
def test_quantity_round_trip_pinned(q: Quantity) -> None:
    """quantity(render(q)) == q, huge and tiny values and ranges included."""
    assert q == cn.quantity(cn.render(q))


def _quantities(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    out = []
    for m in cn.normalize(text).by_kind("quantity"):
        assert isinstance(m.value, Quantity)
        assert m.value.original is not None
        out.append((m.text, m.value.original.value, m.value.low, m.value.high))
    return out


def test_an_article_or_a_number_is_a_range() -> None:
    """'a yard or two' is one to two yards."""
    assert [("a yard or two", None, 0.0009144, 0.0018288)] == _quantities(
        "The water rose a yard or two overnight."
    )


def test_from_to_after_a_change_is_two_measurements() -> None:
    """'grew from 4 to 9 km' is two measurements in km; without 'grew', 'from 4 to 9 km' a range."""
    change = _quantities("The bridgehead grew from 4 to 9 km in a month.")
    both = _quantities("The bridgehead grew from 4 km to 9 km in a month.")
    plain = _quantities("Strikes hit points from 4 to 9 km behind the line.")
    assert [("4", 4.0, None, None), ("9 km", 9.0, None, None)] == change
    assert [("4 km", 4.0, None, None), ("9 km", 9.0, None, None)] == both
    assert [("4 to 9 km", None, 4.0, 9.0)] == plain


def test_conversion_with_an_article_and_a_qualifier() -> None:
    """'(about half a mile)' is a conversion too: a qualifier and "half a" read as amounts."""
    q = cn.quantity("1 km (about half a mile)")
    assert (1.0, "the conversion in parentheses (about half a mile) disagrees by 20%") == (
        q.value,
        q.note,
    )


def test_plain_space_thousands_before_a_unit() -> None:
    """'1 500 km' alone is 1,500 km; in a text that never groups so, 30 and 500 m."""
    doc = cn.normalize("They dug a trench 30 500 m long.")
    assert (1500.0, ["500 m"]) == (cn.quantity("1 500 km").value, [m.text for m in doc.mentions])
