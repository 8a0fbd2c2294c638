# SPDX-License-Identifier: MIT
"""What the date rules find before it is resolved: pieces and their forms.

The date kind reads a text in three steps (see ``docs/dates.md``):

1. rules find *pieces*: a span of text and a *form*, what it says;
2. adjacent pieces compose ("3 days" + "after" + "January 12", "Tuesday" +
   "next week") or link as the two ends of a range;
3. the pieces resolve in text order against the document: the dateline, the
   last date mentioned (anaphora), the year the paragraph names, the reading
   of all-digit dates the document supports.

A form is one of

- `Known`: a value that needs nothing more (an absolute date, a duration);
- `Yearless`: a month or day written without a year, built once its year is
  known;
- `Lazy`: a value computed from the `Env` (dateline, last date, tense).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final, NamedTuple, Protocol

import attrs

from conflictnorm.dates._calendar import (
    OUT_OF_RANGE,
    granularity_of,
    record_granularity,
    value_range,
)
from conflictnorm.models import DateValue

__all__ = [
    "NO_ANTECEDENT",
    "NO_DATELINE",
    "Env",
    "Form",
    "Known",
    "Lazy",
    "Piece",
    "Yearless",
    "absent",
    "dated",
    "duration",
    "outside",
    "reference",
    "unresolved",
]

NO_DATELINE: Final = "relative expression: no publication date to resolve it against"
NO_ANTECEDENT: Final = "anaphoric expression: no earlier date in the text to resolve it against"


def dated(
    value: str, *, anchored: bool, mod: str | None = None, note: str | None = None
) -> DateValue:
    """A date value with its granularity and range (null with a note if it left the calendar)."""
    if granularity_of(value) is None:
        return outside(mod)
    return DateValue(
        type="date",
        value=value,
        granularity=record_granularity(value),
        range=value_range(value),
        anchored=anchored,
        mod=mod,
        note=note,
    )


def reference(value: str) -> DateValue:
    """A vague reference: ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF``."""
    return DateValue(type="date", value=value, anchored=False)


def unresolved(mod: str | None = None, note: str = NO_DATELINE) -> DateValue:
    """A relative date without a dateline (or an antecedent) to resolve it: null, with a note."""
    return DateValue(type="date", value=None, anchored=True, note=note, mod=mod)


def absent(note: str, *, anchored: bool, mod: str | None = None) -> DateValue:
    """A date the calendar has no such period for ("week 53 of 2021"): null, with a note."""
    return DateValue(type="date", value=None, anchored=anchored, note=note, mod=mod)


def outside(mod: str | None = None) -> DateValue:
    """A relative date that falls outside the calendar: null, with a note."""
    return DateValue(type="date", value=None, anchored=True, note=OUT_OF_RANGE, mod=mod)


def duration(
    value: str,
    granularity: str,
    *,
    mod: str | None = None,
    note: str | None = None,
    span: tuple[str, str] | None = None,
    anchored: bool = False,
) -> DateValue:
    """A duration (``P3D``), with the days it covers where the text anchors it."""
    return DateValue(
        type="duration",
        value=value,
        granularity=granularity,
        range=span,
        anchored=anchored,
        mod=mod,
        note=note,
    )


class Env(Protocol):
    """What a form may read while it resolves (implemented by the resolver)."""

    @property
    def pub(self) -> dt.date | None:
        """The dateline."""
        ...  # pragma: no cover - a protocol has no body

    @property
    def stamp(self) -> dt.datetime | None:
        """The dateline with its time of day, where given."""
        ...  # pragma: no cover - a protocol has no body

    @property
    def ref(self) -> DateValue | None:
        """The last date the text mentioned before this piece (anaphora)."""
        ...  # pragma: no cover - a protocol has no body

    def tense(self) -> str:
        """``past``, ``future`` or ``""``: the tense of the piece's clause."""
        ...  # pragma: no cover - a protocol has no body

    def year_named(self) -> int | None:
        """The year the text names earlier in the piece's paragraph, if any."""
        ...  # pragma: no cover - a protocol has no body

    def resolve(self, form: Form) -> DateValue | None:
        """The value of an inner form (an operand of a composition)."""
        ...  # pragma: no cover - a protocol has no body


@attrs.frozen
class Known:
    """A value that needs nothing more; ``year`` is the year its text writes out."""

    value: DateValue
    year: int | None = None


#: Builds the value of a yearless date once its year is known (None: no such day).
Build = Callable[[int, bool], DateValue | None]


@attrs.frozen
class Yearless:
    """A month, or a month and day, written without a year ("March", "Feb. 24").

    ``month`` and ``day`` order it within its year; ``build(year, anchored)``
    makes the value. ``cue`` is the word before it ("since" points back);
    ``weekday`` a weekday the text gives with it.
    """

    month: int
    day: int | None
    build: Build
    weekday: int | None = None
    cue: str = ""
    mod: str | None = None


@attrs.frozen
class Lazy:
    """A value computed from the environment (the dateline, the last date, the tense)."""

    fn: Callable[[Env], DateValue | None]


Form = Known | Yearless | Lazy


class Piece(NamedTuple):
    """A span of the text and what it says (a tuple: pieces are made by the thousand).

    ``role`` and ``data`` tell composition what the piece can combine with
    ("weekday" with its day number, "offset" with its signed amount); an
    ``op`` piece only stands as part of a composition.
    """

    start: int
    end: int
    form: Form
    role: str = ""
    data: tuple[object, ...] = ()
    op: bool = False
    order: int = 0

    def spanning(self, start: int, end: int, form: Form) -> Piece:
        """A new plain piece over ``start..end`` (the result of a composition)."""
        return Piece(start=start, end=end, form=form, order=self.order)


def relative(fn: Callable[[dt.date, Env], DateValue | None], mod: str | None = None) -> Lazy:
    """A form resolved from the dateline: null with a note where there is none."""

    def run(env: Env) -> DateValue | None:
        pub = env.pub
        if pub is None:
            return unresolved(mod)
        return fn(pub, env)

    return Lazy(run)
