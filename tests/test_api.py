# SPDX-License-Identifier: MIT
"""The single-expression API: render checks the record it is given."""

import pytest

import conflictnorm as cn


@pytest.mark.parametrize(
    "value",
    [
        cn.DateValue(type="date", value="2025-W46", granularity="week", mod="approx"),
        cn.DateValue(type="date", value="2025-13", granularity="month"),
        cn.DateValue(type="date", value="2025-00", granularity="month"),
        cn.DateValue(type="date", value="2025-11", granularity="day"),
        cn.Quantity(dimension="length", value=1.0, unit="km", original="mile"),  # type: ignore[arg-type]
        cn.Count(value=None, low=10.0, high=5.0),
        cn.Count(value=float("inf")),
        cn.Percent(value=float("nan")),
    ],
    ids=repr,
)
def test_render_refuses_malformed_records(value: cn.models.Value) -> None:
    """render() raises InvalidInputError (or InvalidValueError) on a malformed record."""
    with pytest.raises(cn.InvalidInputError):
        cn.render(value)


def test_render_refuses_other_objects() -> None:
    """render() of something that is not a record raises InvalidInputError."""
    with pytest.raises(cn.InvalidInputError, match="value record"):
        cn.render("10 km")


def test_render_still_renders() -> None:
    """A valid week renders as before the checks."""
    week = cn.DateValue(
        type="date", value="2025-W46", granularity="week", range=("2025-11-10", "2025-11-16")
    )
    assert "the week of 10 November 2025" == cn.render(week)
