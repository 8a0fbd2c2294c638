# SPDX-License-Identifier: MIT
"""Words that are not places stay no places, over the word lists themselves (issue 10).

Each word goes into "He said <word> was important.": a weekday, month or number
word is never a place; a common English word, a given name or a surname is one
only when it spells the name of a country, a region, a sea or a large city
(and then it is that place: "Jordan", "Paris", "Odessa"), or, for a personal
name, when it is the exact name of a Ukrainian city ("Brody").
"""

import pytest

import conflictnorm as cn
from conflictnorm.places import _gazetteer as data
from conflictnorm.places._fold import fold
from conflictnorm.places._words import word_class

#: The population from which a city named by a personal name or word is read alone.
LARGE_CITY = 500_000
#: A Ukrainian city this large needs no cue, even when a personal name spells it.
UKRAINIAN_CITY = 10_000


def _sample(words: frozenset[str], step: int) -> list[str]:
    """Every ``step``-th word in alphabetical order, capitalised as a name would be."""
    return [w.capitalize() for w in sorted(words)[::step] if w.isalpha()]


CALENDAR = _sample(data.weekdays() | data.months() | data.number_words(), 1)
WORDS = _sample(data.english_words(), 97)
GIVEN = _sample(data.given_names(), 53)
SURNAMES = _sample(data.surnames(), 89)


def _places(word: str) -> list[cn.Place]:
    return [m.value for m in cn.normalize(f"He said {word} was important.").by_kind("place")]  # type: ignore[misc]


@pytest.mark.parametrize("word", CALENDAR)
def test_calendar_and_number_words_are_never_places(word: str) -> None:
    """A weekday, month or number word is no place in running text, nor for place()."""
    assert [] == _places(word)
    with pytest.raises(cn.ParseError):
        cn.place(word)


def _spells(word: str, p: cn.Place) -> bool:
    """Whether ``word`` spells the place's own name (one of its transliterations)."""
    g = data.gazetteer()
    return any(g.entries[x].id == p.id for x in g.by_key.get(fold(word), ()))


def _prominent(p: cn.Place, word: str) -> bool:
    """Whether a place is prominent enough to be read from a word alone.

    A country, a region, a sea, a city of half a million, or, for a personal
    name that is its exact name, a Ukrainian city that is read without a cue.
    """
    if p.feature in {"country", "region", "other"}:
        return True
    g = data.gazetteer()
    size = max(
        (g.entries[x].population or 0 for x in g.by_name.get(p.name.casefold(), ())
         if g.entries[x].id == p.id),
        default=0,
    )  # fmt: skip
    ukrainian_city = p.country == "UA" and size >= UKRAINIAN_CITY and p.name == word
    return size >= LARGE_CITY or (ukrainian_city and word_class(word) in {"given", "surname"})


@pytest.mark.parametrize("word", WORDS + GIVEN + SURNAMES)
def test_words_and_names_are_places_only_by_their_own_prominent_name(word: str) -> None:
    """A word or personal name found as a place spells that place's name, a prominent one."""
    for p in _places(word):
        assert (True, True) == (_spells(word, p), _prominent(p, word))


@pytest.mark.parametrize("word", WORDS + GIVEN + SURNAMES)
def test_strict_place_guesses_no_place_for_words_and_names(word: str) -> None:
    """place() either raises ParseError or names a prominent place the word spells."""
    try:
        p = cn.place(word)
    except cn.ParseError:
        return
    assert (True, True) == (_spells(word, p), _prominent(p, word))
