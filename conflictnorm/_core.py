# SPDX-License-Identifier: MIT
"""The contract every kind implements, and the context extractors read.

An extractor is a pure function ``find(text, ctx)`` that yields `Candidate`
values with offsets into the original text; `conflictnorm.document.normalize`
runs the extractors, resolves overlaps and builds the `Document`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, Protocol

import attrs

from conflictnorm._lazy import once
from conflictnorm.errors import InvalidInputError, InvalidValueError
from conflictnorm.models import KINDS, Value
from conflictnorm.numbers import Amounts, scan_amounts
from conflictnorm.text import Tokens, tokenize

__all__ = [
    "Candidate",
    "Context",
    "Kind",
    "KindSpec",
    "Memory",
    "Options",
    "context_for",
    "parse_published",
    "spanning",
]

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


@attrs.define
class Memory:
    """What the kinds have found so far in one document, in the order they ran.

    Per call of `conflictnorm.normalize`, never shared: a kind that runs later
    reads what an earlier one found (counts stop before a place), and a kind
    may keep its own notes (the dates resolved so far, for anaphora).
    """

    found: dict[str, list[Candidate]] = attrs.Factory(dict)
    notes: dict[str, object] = attrs.Factory(dict)


@once
def _NO_AMOUNTS() -> Amounts:  # noqa: N802 - a constant, built on first use
    """The amounts of an empty text: the default of a `Context` built without tokens."""
    return scan_amounts(tokenize(""))


@attrs.frozen(kw_only=True)
class Context:
    """What a kind may know besides the tokens: dateline, options, amounts, memory.

    ``strict`` is set when the whole text is one expression (the strict
    parsers): a kind may then accept what it would not in running text, such
    as a bare number for a count.
    """

    published: dt.date | None = None
    published_time: dt.datetime | None = None
    options: Options = Options()
    amounts: Amounts = attrs.field(factory=_NO_AMOUNTS)
    strict: bool = False
    memory: Memory = attrs.Factory(Memory)


@attrs.frozen(kw_only=True)
class Candidate:
    """A value a kind found at ``text[start:end]``."""

    start: int
    end: int
    value: Value


class Kind(Protocol):
    """The contract of every kind (see ``docs/kinds.md``).

    ``find`` walks from the kind's anchor tokens and yields candidates; it
    never raises on any text. ``parse`` reads a string that is exactly one
    candidate of ``find`` (one grammar for both) and raises `ParseError`
    otherwise. ``render`` writes the canonical form that ``parse`` reads back.
    """

    @property
    def name(self) -> str:
        """The kind's name in records: ``place``, ``date``, ..."""
        ...  # pragma: no cover - a protocol has no body

    @property
    def priority(self) -> int:
        """Tie-break between candidates of equal length: lower wins."""
        ...  # pragma: no cover - a protocol has no body

    @property
    def value_type(self) -> type[Value]:
        """The record class of the kind's values."""
        ...  # pragma: no cover - a protocol has no body

    def find(self, tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
        """Yield the candidates of this kind in the tokens; never raise."""
        ...  # pragma: no cover - a protocol has no body

    def parse(self, s: str, ctx: Context) -> Value:
        """Read exactly one expression of this kind."""
        ...  # pragma: no cover - a protocol has no body

    def render(self, value: Value) -> str:
        """Write a value's canonical form."""
        ...  # pragma: no cover - a protocol has no body


@attrs.frozen(kw_only=True)
class KindSpec:
    """A kind assembled from its functions: what `conflictnorm.kinds` lists."""

    name: str
    priority: int
    value_type: type[Value]
    finder: Callable[[Tokens, Context], Iterator[Candidate]]
    parser: Callable[[str, Context], Value]
    renderer: Callable[[Any], str]

    def find(self, tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
        """Yield the candidates of this kind in the tokens; never raise."""
        return self.finder(tokens, ctx)

    def parse(self, s: str, ctx: Context) -> Value:
        """Read exactly one expression of this kind.

        Raises:
            ParseError: ``s`` is not one expression of this kind.
        """
        return self.parser(s, ctx)

    def render(self, value: Value) -> str:
        """Write a value's canonical form.

        Raises:
            InvalidInputError: the value has no canonical form.
        """
        return self.renderer(value)


def context_for(
    tokens: Tokens,
    *,
    published: dt.date | None = None,
    published_time: dt.datetime | None = None,
    options: Options | None = None,
    strict: bool = False,
) -> Context:
    """The document context of ``tokens``: their amounts found once, an empty memory."""
    return Context(
        published=published,
        published_time=published_time,
        options=Options() if options is None else options,
        amounts=scan_amounts(tokens),
        strict=strict,
    )


def spanning(tokens: Tokens, candidates: Iterable[Candidate], *, lead: int = 0) -> Candidate | None:
    """The first candidate that covers the whole text (after ``lead`` characters), if any.

    A kind yields its candidates in the order of its grammar's preference, so
    the first that spans the text is the reading `parse` returns.
    """
    text = tokens.text
    end = len(text.rstrip())
    found = [c for c in candidates if c.start == lead and c.end == end]
    return found[0] if found else None


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
