# SPDX-License-Identifier: MIT
"""The calendar words and rule windows of the date grammar, read from ``data/``.

>>> from conflictnorm.dates._words import words
>>> words().month["sept"], words().weekday["thurs"], words().ordinal["fifth"]
(9, 3, 5)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from conflictnorm._data import data_rows
from conflictnorm._lazy import once
from conflictnorm.text import Tag

__all__ = ["Window", "Words", "windows", "words"]


def _rows(name: str) -> list[list[str]]:
    return data_rows(__package__, name)


@attrs.frozen(kw_only=True)
class Words:
    """The word lists of ``data/words.tsv``, each a read-only mapping of lower-case words."""

    month: Mapping[str, int]
    month_lc: Mapping[str, int]
    weekday: Mapping[str, int]
    weekday_lc: Mapping[str, int]
    ordinal: Mapping[str, int]
    cardinal: Mapping[str, int]
    decade: Mapping[str, int]
    season: Mapping[str, str]
    part: Mapping[str, str]


_NUMERIC: Final = frozenset(
    {"month", "month_lc", "weekday", "weekday_lc", "ordinal", "cardinal", "decade"}
)


@once
def words() -> Words:
    """The calendar words (read once).

    Raises:
        ValueError: a line names an unknown category (a packaging error).
    """
    tables: dict[str, dict[str, object]] = {f.name: {} for f in attrs.fields(Words)}
    for category, word, value in _rows("words.tsv"):
        if category not in tables:
            msg = f"words.tsv: unknown category {category!r}"
            raise ValueError(msg)
        tables[category][word] = int(value) if category in _NUMERIC else value
    return Words(**{k: MappingProxyType(v) for k, v in tables.items()})  # type: ignore[arg-type]


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
