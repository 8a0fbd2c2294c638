# SPDX-License-Identifier: MIT
"""The contract every kind implements, and the context extractors read.

An extractor is a pure function ``find(text, ctx)`` that yields `Candidate`
values with offsets into the original text; `conflictnorm.document.normalize`
runs the extractors, resolves overlaps and builds the `Document`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Final, Protocol

import attrs

from conflictnorm.errors import InvalidInputError, InvalidValueError
from conflictnorm.models import KINDS, Value

__all__ = ["PRIORITY", "Candidate", "Context", "Extractor", "Options"]

#: Tie-break between candidates of equal length: lower wins. A measurement beats a
#: count over the same number, a date beats a count ("in 2023", "three days").
PRIORITY: Final = {"quantity": 0, "date": 1, "percent": 2, "count": 3, "place": 4}

_NUMERIC_DATES: Final = ("unambiguous", "dmy", "mdy")


def _kinds(value: object) -> frozenset[str]:
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, Iterable) or isinstance(value, bytes | bytearray | Mapping):
        msg = f"kinds must be a str or an iterable of str, not {type(value).__name__}"
        raise InvalidInputError(msg, value=value)
    items = list(value)
    if not all(isinstance(k, str) for k in items):
        msg = f"kinds must be names of kinds (str), not {items!r}"
        raise InvalidInputError(msg, value=items)
    kinds = frozenset(items)
    if not kinds:
        msg = f"kinds names no kind; expected some of {list(KINDS)}"
        raise InvalidValueError(msg, value=value)
    unknown = kinds - set(KINDS)
    if unknown:
        msg = f"unknown kind(s) {sorted(unknown)}; expected some of {list(KINDS)}"
        raise InvalidValueError(msg, value=sorted(unknown))
    return kinds


def _numeric_dates(_inst: object, _attr: object, value: object) -> None:
    if not isinstance(value, str):
        msg = f"numeric_dates must be a str, not {type(value).__name__}"
        raise InvalidInputError(msg, value=value)
    if value not in _NUMERIC_DATES:
        msg = f"numeric_dates must be one of {list(_NUMERIC_DATES)}, not {value!r}"
        raise InvalidValueError(msg, value=value)


def _boolean(_inst: object, attr: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{attr.name} must be True or False, not {value!r}"
        raise InvalidInputError(msg, value=value)


@attrs.frozen(kw_only=True)
class Options:
    """Knobs of `conflictnorm.normalize`; the defaults serve news text.

    Args:
        kinds: which kinds to find (any of ``place``, ``date``, ``quantity``,
            ``percent``, ``count``; a comma-separated string is accepted).
        numeric_dates: how to read all-digit dates such as ``11/10/2025``:
            ``unambiguous`` (only when one reading is possible, the default),
            ``dmy`` or ``mdy``.
        fuzzy_places: match place names with typos (only near a geographic cue).
    """

    kinds: frozenset[str] = attrs.field(default=frozenset(KINDS), converter=_kinds)
    numeric_dates: str = attrs.field(default="unambiguous", validator=_numeric_dates)
    fuzzy_places: bool = attrs.field(default=True, validator=_boolean)


@attrs.frozen(kw_only=True)
class Context:
    """What an extractor may know besides the text: the dateline and the options."""

    published: dt.date | None = None
    published_time: dt.datetime | None = None
    options: Options = Options()


@attrs.frozen(kw_only=True)
class Candidate:
    """A value an extractor found at ``text[start:end]``."""

    start: int
    end: int
    value: Value

    @property
    def priority(self) -> int:
        """Tie-break rank among candidates of equal length (lower wins)."""
        return PRIORITY[self.value.kind]


class Extractor(Protocol):
    """What every kind offers to `normalize`: a lenient finder over running text."""

    def __call__(self, text: str, ctx: Context) -> Iterator[Candidate]:
        """Yield the candidates of one kind found in ``text``; never raise on a str."""
        ...  # pragma: no cover - a protocol has no body


def parse_published(published: object) -> tuple[dt.date | None, dt.datetime | None]:
    """Read the publication date: ISO string, `date`, `datetime` or None.

    Returns:
        The calendar day, and the datetime when a time of day was given.

    Raises:
        InvalidInputError: ``published`` is of another type.
        InvalidValueError: ``published`` is a str but not an ISO date.
    """
    if published is None:
        return None, None
    if isinstance(published, dt.datetime):
        return published.date(), published
    if isinstance(published, dt.date):
        return published, None
    if not isinstance(published, str):
        msg = (
            "published must be an ISO date string, a date, a datetime or None, "
            f"not {type(published).__name__}"
        )
        raise InvalidInputError(msg, value=published)
    s = published.strip()
    try:
        if len(s) == 10:  # noqa: PLR2004 - YYYY-MM-DD
            return dt.date.fromisoformat(s), None
        stamp = dt.datetime.fromisoformat(s)
    except ValueError:
        msg = f"published is not an ISO date or datetime: {published!r}"
        raise InvalidValueError(msg, value=published) from None
    return stamp.date(), stamp
