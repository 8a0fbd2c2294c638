# SPDX-License-Identifier: MIT
"""The words the place matcher reads around a name, and the words that are never places.

``data/matcher_words.tsv`` (hand-kept) lists the cue words, the nouns that make a
name a region, and the heads of institutions, units and outlets. Personal names
and common English words come from the gazetteer's word lists.

>>> from conflictnorm.places._words import matcher_words
>>> "direction" in matcher_words()["cue_after"]
True
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from conflictnorm.places._gazetteer import not_places

__all__ = ["english_words", "matcher_words", "person_names"]


@functools.cache
def matcher_words() -> Mapping[str, frozenset[str]]:
    """The matcher's word lists by type (see the header of ``data/matcher_words.tsv``)."""
    text = resources.files(__package__).joinpath("data", "matcher_words.tsv").read_text("utf-8")
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[kind].add(word)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@functools.cache
def person_names() -> frozenset[str]:
    """Given names and surnames, folded to lower case."""
    words = not_places()
    return frozenset(
        w.casefold() for w in words.get("first", frozenset()) | words.get("surname", frozenset())
    )


@functools.cache
def english_words() -> frozenset[str]:
    """Common English words that fold like place names, in lower case."""
    return frozenset(w.casefold() for w in not_places().get("common", frozenset()))
