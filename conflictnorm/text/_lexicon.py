# SPDX-License-Identifier: MIT
"""The one lexicon the token layer tags words with, and the tag bits.

Tags are plain ``int`` bits (not an ``enum.Flag``): the tokenizer combines and
tests them once per token, where enum arithmetic would cost more than the
lookup. The words live in ``data/lexicon.tsv``; the unit words come from the
units table of `conflictnorm.quantities`, so that a unit is added in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from conflictnorm._data import data_rows
from conflictnorm._lazy import once

__all__ = ["Tag", "lexicon", "tag_names"]


class Tag:
    """The tag bits of a token (see the header of ``data/lexicon.tsv``)."""

    NUMBER: Final = 1 << 0
    VAGUE: Final = 1 << 1
    AMOUNT: Final = 1 << 2
    ARTICLE: Final = 1 << 3
    QUALIFIER: Final = 1 << 4
    MONTH: Final = 1 << 5
    WEEKDAY: Final = 1 << 6
    TIMEUNIT: Final = 1 << 7
    SEASON: Final = 1 << 8
    DAYWORD: Final = 1 << 9
    DATEREF: Final = 1 << 10
    AGO: Final = 1 << 11
    PERCENT: Final = 1 << 12
    REGIONWORD: Final = 1 << 13
    FUTURE: Final = 1 << 15
    FUTURE_TO: Final = 1 << 23
    PAST: Final = 1 << 16
    ABBREV: Final = 1 << 17
    UNIT: Final = 1 << 19
    #: Not from the lexicon: set by the tokenizer on tokens of digits.
    DIGITS: Final = 1 << 20
    #: Not from the lexicon: digits that can be a year (1800-2099).
    YEAR: Final = 1 << 21
    #: Not from the lexicon: the percent sign.
    PERCENT_SIGN: Final = 1 << 22

    #: Tags whose tokens start a kind's search: `Tokens.anchors` lists them.
    ANCHORS: Final = (
        NUMBER
        | VAGUE
        | AMOUNT
        | ARTICLE
        | MONTH
        | WEEKDAY
        | TIMEUNIT
        | SEASON
        | DAYWORD
        | DATEREF
        | AGO
        | PERCENT
        | REGIONWORD
        | UNIT
        | DIGITS
        | YEAR
        | PERCENT_SIGN
    )


_BY_NAME: Final = {
    "number": Tag.NUMBER,
    "vague": Tag.VAGUE,
    "amount": Tag.AMOUNT,
    "article": Tag.ARTICLE,
    "qualifier": Tag.QUALIFIER,
    "month": Tag.MONTH,
    "weekday": Tag.WEEKDAY,
    "timeunit": Tag.TIMEUNIT,
    "season": Tag.SEASON,
    "dayword": Tag.DAYWORD,
    "dateref": Tag.DATEREF,
    "ago": Tag.AGO,
    "percent": Tag.PERCENT,
    "regionword": Tag.REGIONWORD,
    "future": Tag.FUTURE,
    "futureto": Tag.FUTURE_TO,
    "past": Tag.PAST,
    "abbrev": Tag.ABBREV,
    "unit": Tag.UNIT,
}


def tag_names(tags: int) -> tuple[str, ...]:
    """The names of the lexicon tags set in ``tags`` (for reading and debugging)."""
    return tuple(name for name, bit in _BY_NAME.items() if tags & bit)


@once
def lexicon() -> Mapping[str, int]:
    """Folded word -> tag bits, from ``data/lexicon.tsv`` and the units table.

    Raises:
        ValueError: a line of the lexicon names an unknown tag (a packaging error).
    """
    tags: dict[str, int] = {}
    for word, names in data_rows(__package__, "lexicon.tsv"):
        for name in names.split(","):
            if name not in _BY_NAME:
                msg = f"lexicon.tsv: unknown tag {name!r} for {word!r}"
                raise ValueError(msg)
            tags[word] = tags.get(word, 0) | _BY_NAME[name]
    from conflictnorm.text._tokens import fold_lookalikes  # noqa: PLC0415 - it imports us

    for row in data_rows("conflictnorm.quantities", "units.tsv"):
        # The key a token of this word gets (see `_tokens._classify`).
        first = fold_lookalikes(row[0].split()[0]).lower()
        tags[first] = tags.get(first, 0) | Tag.UNIT
    return MappingProxyType(tags)
