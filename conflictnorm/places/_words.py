# SPDX-License-Identifier: MIT
"""The words the place matcher reads around a name, and the words that are never places.

``data/matcher_words.tsv`` (hand-kept) lists the cue words, the nouns that make a
name a region, and the heads of institutions, units and outlets. The words
that are not places (frequent English words, given names, surnames, calendar
and number words, weapons and units) come from the gazetteer's word lists
(see `conflictnorm.places._gazetteer`).

>>> from conflictnorm.places._words import matcher_words, word_class
>>> "direction" in matcher_words()["cue_after"]
True
>>> [word_class(w) for w in ["Monday", "Nine", "Yaroslav", "Logo", "Shahed", "Kupiansk"]]
['calendar', 'calendar', 'given', 'english', 'war', '']
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType

from conflictnorm._data import data_text
from conflictnorm.places import _gazetteer as data

__all__ = ["matcher_words", "word_class"]


@functools.cache
def matcher_words() -> Mapping[str, frozenset[str]]:
    """The matcher's word lists by type (see the header of ``data/matcher_words.tsv``)."""
    text = data_text(__package__, "matcher_words.tsv")
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[kind].add(word)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@functools.cache
def _classes() -> Mapping[str, str]:
    """Lower-case word -> its class; the first class listed wins."""
    hand = data.not_places()
    lists = (
        ("calendar", data.weekdays() | data.months() | data.number_words()),
        ("war", data.war_terms()),
        ("given", data.given_names()),
        ("surname", data.surnames()),
        ("english", data.english_words() | {w.casefold() for w in hand.get("common", ())}),
    )
    out: dict[str, str] = {}
    for name, words in lists:
        for w in words:
            out.setdefault(w, name)
    return MappingProxyType(out)


def word_class(word: str) -> str:
    """What a single word is besides a possible place name.

    ``calendar`` (a weekday, month or number word: never a place), ``war`` (a
    weapon, unit or operation), ``given``, ``surname``, ``english`` (a frequent
    English word that is no place's own name), or ``""``.
    """
    return _classes().get(word.casefold(), "")
