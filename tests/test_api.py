# SPDX-License-Identifier: MIT
"""The single-expression API: errors="coerce", argument checks, render's boundary."""

from collections.abc import Callable
from typing import Any

import pytest

import conflictnorm as cn

PARSERS: dict[str, Callable[..., object]] = {
    "place": cn.place,
    "date": cn.date,
    "quantity": cn.quantity,
    "percent": cn.percent,
    "count": cn.count,
}
GOOD = {
    "place": "Kupyansk",
    "date": "12 May 2025",
    "quantity": "four miles",
    "percent": "19.1 per cent",
    "count": "about 300 soldiers",
}


class _Missing:
    """Stands for pandas.NA: neither a str nor a float."""


@pytest.mark.parametrize("kind", PARSERS)
@pytest.mark.parametrize("cell", [None, float("nan"), _Missing(), 5, "", "not one of them at all"])
def test_coerce_gives_none(kind: str, cell: object) -> None:
    """errors="coerce" gives None for a missing cell, a foreign value or unparseable text."""
    assert PARSERS[kind](cell, errors="coerce") is None


@pytest.mark.parametrize("kind", PARSERS)
def test_coerce_parses_what_it_can(kind: str) -> None:
    """errors="coerce" returns the same record as errors="raise" for good text."""
    assert PARSERS[kind](GOOD[kind]) == PARSERS[kind](GOOD[kind], errors="coerce")


@pytest.mark.parametrize("kind", PARSERS)
def test_raise_is_the_default(kind: str) -> None:
    """Without errors=, unparseable text raises ParseError and None raises InvalidInputError."""
    with pytest.raises(cn.ParseError):
        PARSERS[kind]("not one of them at all")
    with pytest.raises(cn.InvalidInputError):
        PARSERS[kind](None)


@pytest.mark.parametrize("kind", PARSERS)
@pytest.mark.parametrize(("errors", "exc"), [("ignore", cn.InvalidValueError), (1, TypeError)])
def test_bad_errors_argument(kind: str, errors: object, exc: type[Exception]) -> None:
    """errors= other than "raise" or "coerce" raises, naming the argument."""
    with pytest.raises(exc, match="errors"):
        PARSERS[kind](GOOD[kind], errors=errors)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: cn.date("on Monday", "2025-11-12", options="dmy"), "options"),  # type: ignore[call-overload]
        (lambda: cn.place("Kyiv", near=5), "near"),  # type: ignore[call-overload]
        (lambda: cn.place("Kyiv", admin1=["Kyiv"]), "admin1"),  # type: ignore[call-overload]
        (lambda: cn.date("on Monday", published=20251112), "published"),  # type: ignore[call-overload]
    ],
)
def test_bad_arguments_raise_our_error(call: Callable[[], object], name: str) -> None:
    """A wrong argument raises InvalidInputError naming it, not AttributeError or TypeError."""
    with pytest.raises(cn.InvalidInputError, match=name):
        call()


def test_coerce_still_checks_other_arguments() -> None:
    """errors="coerce" covers the value, not a wrong published or options."""
    with pytest.raises(cn.InvalidValueError, match="published"):
        cn.date("on Monday", published="yesterday", errors="coerce")


def test_coerce_maps_a_column() -> None:
    """A column with gaps and junk cleans in one map."""
    column: list[Any] = ["12 km", None, "far away", float("nan"), "3 miles"]
    assert [12.0, None, None, None, 4.828032] == [
        None if q is None else q.value for q in (cn.quantity(c, errors="coerce") for c in column)
    ]


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
