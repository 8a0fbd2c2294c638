# SPDX-License-Identifier: MIT
"""Counted nouns as an open class: which word after an amount is what it counts.

A count's noun is the head of the noun phrase after its amount: any plural
noun ("17 players", "two mosques", "54 pieces", "up to 420 servicepeople"),
or a noun of ``data/count_nouns.txt`` (singulars for "one X", collectives such
as "personnel"). Whether a word can be that head is decided once per word
(`noun_class` is cached), from its shape and two lists: the counted nouns and
``data/not_counted.txt`` (function words, money, ordinals and fractions,
words that end in "s" without being plurals). Units of measurement never are.

>>> from conflictnorm.quantities._nouns import PLURAL, noun_class
>>> bool(noun_class("mosques") & PLURAL), bool(noun_class("always") & PLURAL)
(True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from conflictnorm.quantities._common import data_lines
from conflictnorm.quantities._units import fold, surface_table
from conflictnorm.text import Tag, lexicon

__all__ = ["LISTED", "MODIFIER", "PLURAL", "SHAPED", "counted_nouns", "link_roles", "noun_class"]

#: The word may stand between an amount and its noun ("Iskander", "attack", "more").
MODIFIER: Final = 1
#: The word is a plural (or collective) noun: the head of a count of more than one.
PLURAL: Final = 2
#: The word is a known counted noun (or one typo away from one): the head of "one X".
LISTED: Final = 4
#: The word is a plural by its shape ("drones", "servicepeople"), not only by the list:
#: a collective ("artillery", "police") may still modify a plural after it.
SHAPED: Final = 8

#: Words of amounts ("dozens", "hundreds", "two"), which count nothing themselves.
_AMOUNT_WORDS: Final = Tag.NUMBER | Tag.VAGUE

#: Endings of plurals that do not end in "s" ("servicepeople", "policemen", "grandchildren").
_PLURAL_ENDINGS: Final = ("people", "men", "children", "folk")
#: Endings of words that end in "s" but are no plurals ("press", "status", "crisis").
_SINGULAR_ENDINGS: Final = ("ss", "us", "is")
#: Words shorter than this are never matched to a counted noun with a typo.
_FUZZY_MIN_LENGTH: Final = 7
#: Endings of verb forms: a word with one is no typo of a noun without it
#: ("destroyed" is no "destroyer"), and the other way round.
_VERB_ENDINGS: Final = ("ed", "ing")


@functools.cache
def _counted() -> Mapping[str, bool]:
    """Counted noun -> whether it is plural (marked ``plural`` or shaped like one)."""
    nouns: dict[str, bool] = {}
    for line in data_lines("count_nouns.txt"):
        word, _, mark = line.partition("\t")
        nouns[word] = mark.strip() == "plural" or _plural_shaped(word)
    return MappingProxyType(nouns)


def counted_nouns(*, plural: bool) -> tuple[str, ...]:
    """The known counted nouns that are plural (or singular), in file order."""
    return tuple(word for word, is_plural in _counted().items() if is_plural == plural)


@functools.cache
def _not_counted() -> frozenset[str]:
    words = set(data_lines("not_counted.txt"))
    words.update(
        fold(surface) for surface, *_ in surface_table() if " " not in surface and surface.isalpha()
    )
    return frozenset(words)


@functools.cache
def link_roles() -> Mapping[str, frozenset[str]]:
    """Role -> the words of ``data/count_links.tsv`` that play it."""
    roles: dict[str, set[str]] = {}
    for line in data_lines("count_links.tsv"):
        word, role = line.split("\t")
        roles.setdefault(role, set()).add(word)
    return MappingProxyType({role: frozenset(words) for role, words in roles.items()})


def _plural_shaped(word: str) -> bool:
    if word.endswith(_PLURAL_ENDINGS):
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS)  # noqa: PLR2004


@functools.lru_cache(maxsize=1 << 14)
def noun_class(key: str) -> int:
    """The class bits of a folded word: `MODIFIER`, `PLURAL`, `SHAPED`, `LISTED`, or 0.

    0 means the word ends a count's phrase.

    A word of ``not_counted.txt`` or the units table, a word of amounts
    ("dozens", "several"), or one that is not alphabetic, is 0. Typos of
    known counted nouns ("childern") count as the noun they miss, but a verb
    form is no typo of a noun ("destroyed" is no "destroyer").
    """
    if not key.isalpha() or key in _not_counted() or lexicon().get(key, 0) & _AMOUNT_WORDS:
        return 0
    counted = _counted()
    shaped = SHAPED | PLURAL if _plural_shaped(key) else 0
    if key in counted:
        return MODIFIER | LISTED | (PLURAL if counted[key] else 0) | shaped
    if shaped:
        return MODIFIER | shaped
    if len(key) >= _FUZZY_MIN_LENGTH:
        from rapidfuzz import process  # noqa: PLC0415 - on the first possible typo only
        from rapidfuzz.distance import OSA  # noqa: PLC0415

        found = process.extractOne(key, counted.keys(), scorer=OSA.distance, score_cutoff=1)
        if found is not None and all(
            key.endswith(ending) == found[0].endswith(ending) for ending in _VERB_ENDINGS
        ):
            return MODIFIER | LISTED | (PLURAL if counted[found[0]] else 0)
    return MODIFIER
