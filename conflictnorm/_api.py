# SPDX-License-Identifier: MIT
"""The single-expression API: parse one expression strictly, render one value.

Each parser takes ``errors="coerce"`` to clean a column, as pandas does:

>>> import conflictnorm as cn
>>> [cn.percent(s, errors="coerce") for s in ["19.1 per cent", "unknown"]]
[Percent(value=19.1, unit='percent', low=None, high=None, mod=None), None]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final, Literal, TypeAlias, TypeVar, overload

from conflictnorm._core import Options, parse_published
from conflictnorm.dates import parse_date
from conflictnorm.errors import InvalidInputError, InvalidValueError, ParseError, ensure_type
from conflictnorm.models import Count, DateValue, Percent, Place, Quantity, Value, check_value
from conflictnorm.places import parse_place
from conflictnorm.quantities import (
    parse_count,
    parse_percent,
    parse_quantity,
)

__all__ = ["count", "date", "percent", "place", "quantity", "render"]

#: What the single-expression functions do with a value they cannot parse.
Errors: TypeAlias = Literal["raise", "coerce"]
_ERRORS: Final = ("raise", "coerce")
_V = TypeVar("_V")


def _check_errors(errors: object) -> None:
    if not isinstance(errors, str):
        msg = f"errors must be 'raise' or 'coerce', not {type(errors).__name__}"
        raise InvalidInputError(msg, value=errors)
    if errors not in _ERRORS:
        msg = f"errors must be 'raise' or 'coerce', not {errors!r}"
        raise InvalidValueError(msg, value=errors)


def _optional_str(value: object, name: str) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"{name} must be a str or None, not {type(value).__name__}"
        raise InvalidInputError(msg, value=value)


def _parse(s: object, parse: Callable[[str], _V], errors: str) -> _V | None:
    """Run a strict parser; with ``errors="coerce"``, None for what it cannot read."""
    if errors == "raise":
        return parse(s)  # type: ignore[arg-type] # the parser checks its argument
    if not isinstance(s, str):  # None, NaN, pd.NA, a number: a missing or foreign cell
        return None
    try:
        return parse(s)
    except ParseError:
        return None


@overload
def place(
    s: str,
    *,
    admin1: str | None = None,
    near: str | None = None,
    errors: Literal["raise"] = "raise",
) -> Place: ...
@overload
def place(
    s: object, *, admin1: str | None = None, near: str | None = None, errors: Errors
) -> Place | None: ...
def place(
    s: object, *, admin1: str | None = None, near: str | None = None, errors: Errors = "raise"
) -> Place | None:
    """Resolve one place name, e.g. ``place("Kupyansk")``.

    >>> place("Kupyansk").name
    'Kupiansk'
    >>> print(place("not a place at all", errors="coerce"))
    None

    Args:
        s: a name in any spelling, optionally qualified as `render` writes it
            ("Oleksandrivka, Donetsk Oblast").
        admin1: keep only homonyms in this first-level region.
        near: prefer the homonym in the region and raion of this other place.
        errors: ``"raise"`` (the default) raises on a value that is not a
            place; ``"coerce"`` returns None for it, and for None, NaN or any
            other value that is not a str (a missing cell of a column).

    Raises:
        InvalidInputError: ``s`` is not a str (with ``errors="raise"``), or
            ``admin1``, ``near`` or ``errors`` is of the wrong type.
        InvalidValueError: ``errors`` is neither "raise" nor "coerce".
        ParseError: ``s`` is not a known place name (with ``errors="raise"``).
    """
    _check_errors(errors)
    _optional_str(admin1, "admin1")
    _optional_str(near, "near")
    return _parse(s, lambda t: parse_place(t, admin1=admin1, near=near), errors)


@overload
def date(
    s: str,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
    errors: Literal["raise"] = "raise",
) -> DateValue: ...
@overload
def date(
    s: object,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
    errors: Errors,
) -> DateValue | None: ...
def date(
    s: object,
    published: str | dt.date | dt.datetime | None = None,
    *,
    options: Options | None = None,
    errors: Errors = "raise",
) -> DateValue | None:
    """Parse one date expression, e.g. ``date("on Monday", published="2025-11-12")``.

    >>> date("on Monday", published="2025-11-12").value
    '2025-11-10'
    >>> print(date(float("nan"), errors="coerce"))
    None

    Args:
        s: one date expression.
        published: the dateline relative expressions resolve against.
        options: `Options` (``numeric_dates`` decides all-digit dates).
        errors: ``"raise"`` or ``"coerce"``, as for `place`.

    Raises:
        InvalidInputError: ``s`` is not a str (with ``errors="raise"``),
            ``published`` is not a date, or ``options`` is not an `Options`.
        InvalidValueError: ``published`` is a str but not an ISO date, or
            ``errors`` is neither "raise" nor "coerce".
        UnparseableDateError: ``s`` is not exactly one date expression (with
            ``errors="raise"``).
    """
    _check_errors(errors)
    if options is not None:
        ensure_type(options, Options, "options")
    parse_published(published)
    return _parse(s, lambda t: parse_date(t, published, options=options), errors)


@overload
def quantity(s: str, *, errors: Literal["raise"] = "raise") -> Quantity: ...
@overload
def quantity(s: object, *, errors: Errors) -> Quantity | None: ...
def quantity(s: object, *, errors: Errors = "raise") -> Quantity | None:
    """Parse one measurement, e.g. ``quantity("four miles")``.

    >>> quantity("four miles").value
    6.437376

    Args:
        s: one measurement.
        errors: ``"raise"`` or ``"coerce"``, as for `place`.

    Raises:
        InvalidInputError: ``s`` is not a str (with ``errors="raise"``).
        InvalidValueError: ``errors`` is neither "raise" nor "coerce".
        ParseError: ``s`` is not exactly one measurement (with ``errors="raise"``).
    """
    _check_errors(errors)
    return _parse(s, parse_quantity, errors)


@overload
def percent(s: str, *, errors: Literal["raise"] = "raise") -> Percent: ...
@overload
def percent(s: object, *, errors: Errors) -> Percent | None: ...
def percent(s: object, *, errors: Errors = "raise") -> Percent | None:
    """Parse one percent expression, e.g. ``percent("19.1 per cent")``.

    >>> percent("19.1 per cent").value
    19.1

    Args:
        s: one percent expression.
        errors: ``"raise"`` or ``"coerce"``, as for `place`.

    Raises:
        InvalidInputError: ``s`` is not a str (with ``errors="raise"``).
        InvalidValueError: ``errors`` is neither "raise" nor "coerce".
        ParseError: ``s`` is not exactly one percent expression (with
            ``errors="raise"``).
    """
    _check_errors(errors)
    return _parse(s, parse_percent, errors)


@overload
def count(s: str, *, errors: Literal["raise"] = "raise") -> Count: ...
@overload
def count(s: object, *, errors: Errors) -> Count | None: ...
def count(s: object, *, errors: Errors = "raise") -> Count | None:
    """Parse one count, e.g. ``count("about 300 soldiers")``.

    >>> [count(s, errors="coerce") for s in ["300 soldiers", "n/a", None]]
    [Count(value=300.0, low=None, high=None, noun='soldiers', mod=None), None, None]

    Args:
        s: one count.
        errors: ``"raise"`` or ``"coerce"``, as for `place`.

    Raises:
        InvalidInputError: ``s`` is not a str (with ``errors="raise"``).
        InvalidValueError: ``errors`` is neither "raise" nor "coerce".
        ParseError: ``s`` is not exactly one count (with ``errors="raise"``).
    """
    _check_errors(errors)
    return _parse(s, parse_count, errors)


#: The mods a week value has a canonical form for.


def render(value: Value | object) -> str:
    """Return the canonical English form of any value record.

    The record is checked first (see each record's ``check``), so a malformed
    one raises this library's errors, never a bare ``KeyError``.

    >>> render(count("about 300 soldiers"))
    'about 300 soldiers'

    Raises:
        InvalidInputError: ``value`` is not a record, or has no canonical form.
        InvalidValueError: a field of ``value`` breaks the contract.
        ParseError: ``value`` is a place that is not in the gazetteer.
    """
    from conflictnorm.kinds import kind_of  # noqa: PLC0415 - the kinds import this module's peers

    check_value(value)
    return kind_of(value).render(value)  # type: ignore[arg-type]
