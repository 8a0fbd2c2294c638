# SPDX-License-Identifier: MIT
"""The calendar words and rule windows of the date grammar, read from ``data/``.

>>> from conflictnorm.dates._words import cues, words
>>> words().month["sept"], words().weekday["thurs"], words().ordinal["fifth"]
(9, 3, 5)
>>> words().month_names[8], sorted(cues("lead"))[:3], words().rel["the next"].step
('September', ['after', 'at', 'before'], 1)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

import attrs

from conflictnorm._data import data_rows
from conflictnorm._lazy import once
from conflictnorm.text import Tag

__all__ = ["Rel", "Window", "Words", "cues", "rels", "windows", "words"]


def _rows(name: str) -> list[list[str]]:
    return data_rows(__package__, name)


class Rel(NamedTuple):
    """A relative word: the periods it moves, whether from the last date, the rules reading it."""

    step: int
    anaphoric: bool
    rules: frozenset[str]


@attrs.frozen(kw_only=True)
class Words:
    """The word lists of ``data/words.tsv``, each a read-only mapping of lower-case words.

    ``month_names`` and ``weekday_names`` are the canonical English names
    ("January", "Monday"): the longest name of each number.
    """

    month: Mapping[str, int]
    month_lc: Mapping[str, int]
    month_word: Mapping[str, str]
    weekday: Mapping[str, int]
    weekday_lc: Mapping[str, int]
    ordinal: Mapping[str, int]
    cardinal: Mapping[str, int]
    decade: Mapping[str, int]
    season: Mapping[str, str]
    part: Mapping[str, str]
    unit: Mapping[str, str]
    unit_adj: Mapping[str, str]
    holiday: Mapping[str, str]
    holiday_noun: Mapping[str, str]
    cue: Mapping[str, frozenset[str]]
    rel: Mapping[str, Rel]
    month_names: tuple[str, ...]
    weekday_names: tuple[str, ...]


_NUMERIC: Final = frozenset(
    {"month", "month_lc", "weekday", "weekday_lc", "ordinal", "cardinal", "decade"}
)
_TEXT: Final = frozenset(
    {"month_word", "season", "part", "unit", "unit_adj", "holiday", "holiday_noun"}
)


def _names(table: Mapping[str, int]) -> tuple[str, ...]:
    """The longest word of each number, in order of the numbers, capitalised."""
    best: dict[int, str] = {}
    for word, n in table.items():
        if len(word) > len(best.get(n, "")):
            best[n] = word
    return tuple(best[n].title() for n in sorted(best))


@once
def words() -> Words:
    """The calendar words (read once).

    Raises:
        ValueError: a line names an unknown category (a packaging error).
    """
    tables: dict[str, dict[str, object]] = {c: {} for c in _NUMERIC | _TEXT | {"cue", "rel"}}
    for category, word, value, *more in _rows("words.tsv"):
        if category not in tables:
            msg = f"words.tsv: unknown category {category!r}"
            raise ValueError(msg)
        if category in _NUMERIC:
            tables[category][word] = int(value)
        elif category == "cue":
            tables[category][word] = frozenset(value.split(","))
        elif category == "rel":
            flag, rules = more
            tables[category][word] = Rel(
                int(value), flag == "anaphoric", frozenset(rules.split(","))
            )
        else:
            tables[category][word] = value
    frozen = {k: MappingProxyType(v) for k, v in tables.items()}
    return Words(
        **frozen,  # type: ignore[arg-type]
        month_names=_names(frozen["month"]),  # type: ignore[arg-type]
        weekday_names=_names(frozen["weekday"]),  # type: ignore[arg-type]
    )


@functools.cache
def cues(role: str) -> frozenset[str]:
    """The cue words that may come before ``role`` (``month``, ``digits``, ``year`` ...)."""
    return frozenset(w for w, roles in words().cue.items() if role in roles)


@functools.cache
def rels(rule: str) -> Mapping[str, Rel]:
    """The relative words ``rule`` (``period``, ``month``, ``weekday`` ...) reads."""
    return MappingProxyType({w: r for w, r in words().rel.items() if rule in r.rules})


@attrs.frozen
class Window:
    """Where a rule runs: its anchor tags and how many tokens either side."""

    anchor: int
    before: int
    after: int


_TAGS: Final = {
    "month": Tag.MONTH,
    "weekday": Tag.WEEKDAY,
    "timeunit": Tag.TIMEUNIT,
    "season": Tag.SEASON,
    "dayword": Tag.DAYWORD,
    "dateref": Tag.DATEREF,
    "digits": Tag.DIGITS,
    "number": Tag.NUMBER,
    "year": Tag.YEAR,
}


@once
def windows() -> Mapping[str, Window]:
    """Rule name -> its window, from ``data/windows.tsv``.

    Raises:
        ValueError: a line names an unknown tag (a packaging error).
    """
    found: dict[str, Window] = {}
    for rule, tags, before, after in _rows("windows.tsv"):
        bits = 0
        for name in tags.split(","):
            if name not in _TAGS:
                msg = f"windows.tsv: unknown tag {name!r} for rule {rule!r}"
                raise ValueError(msg)
            bits |= _TAGS[name]
        found[rule] = Window(bits, int(before), int(after))
    return MappingProxyType(found)
