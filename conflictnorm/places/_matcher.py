# SPDX-License-Identifier: MIT
"""Find place names in text and resolve each to one gazetteer entry.

The matcher reads the token layer. Candidate names are runs of capitalised
words (a word may join parts with dashes: "Kupiansk-Vuzlovyi"), tried longest
first up to four words, then the parts of a compound one by one ("Russia" and
"Ukraine" in "Russia-Ukraine"). A name takes a suffix ("Kharkiv region",
"Donetska oblast", "Oskil River", "Pokrovskyi raion", "Kharkiv City") or is
made a region by the text: a list governed by "regions" or "oblasts", "the
region of X", "X remains one of the regions", a list in which one member is
called a region. Names inside the names of institutions, units and outlets
("Armed Forces of Ukraine", "Battlegroup Vostok", "Rossiya 1 channel") are
not places; weekdays, months, number words, personal names and common words
are read only as the exact name of a prominent place, or after a cue.
Villages and small towns need a geographic cue: a word before ("near",
"liberated", "the village of"), after ("the X direction"), or a list one of
whose members is a place. Homonyms are ranked by the regions, raions and
directions named nearby, by the oblast and raion the document is about, and
by population; a place that stays ambiguous gets a lower score.

>>> import conflictnorm as cn
>>> doc = cn.normalize("Shelling hit the regions of Kharkiv and Sumy; Moscow-appointed men fled.")
>>> [(m.text, m.value.name) for m in doc.by_kind("place")]
[('Kharkiv', 'Kharkiv Oblast'), ('Sumy', 'Sumy Oblast'), ('Moscow', 'Moscow')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final, NamedTuple, cast

import regex

from conflictnorm._core import Candidate, Context
from conflictnorm._lazy import once
from conflictnorm._text import APOSTROPHES, SPACES, esc
from conflictnorm.models import Place
from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import (
    Entry,
    Gazetteer,
    column,
    common_words,
    english_words,
    figures,
    first_names,
    gazetteer,
    not_places,
)
from conflictnorm.places._words import matcher_words, word_class
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["Span", "confidence", "find_places", "raion_stem", "rank", "strip_possessive"]

_APOS_RE: Final = regex.compile("[" + esc(APOSTROPHES) + "]")
#: The characters that may separate two words of one name.
_SPACE_CHARS: Final = frozenset(" " + SPACES)
#: No place name is longer than this; longer words are not looked up at all.
_MAX_TOKEN: Final = 60
#: Words of one name; parts of one dash compound.
_MAX_WORDS: Final = 4
_MAX_PARTS: Final = 4
_CAPS: Final = (Shape.CAPITALISED, Shape.UPPER)
_PART_SHAPES: Final = (Shape.WORD, Shape.CAPITALISED, Shape.UPPER)
_CALENDAR: Final = Tag.MONTH | Tag.WEEKDAY | Tag.NUMBER

#: Suffix words and the feature they give the name before them.
_SUFFIX_FEATURE: Final = MappingProxyType(
    {
        "region": "region", "oblast": "region", "province": "region", "republic": "region",
        "krai": "region",
        "district": "district", "raion": "district", "river": "river", "reservoir": "other",
        "regions": "region", "oblasts": "region", "provinces": "region",
        "districts": "district", "raions": "district", "rivers": "river",
    }
)  # fmt: skip
#: Type words that name a raion and never a district of a city.
_RAION_WORDS: Final = frozenset({"raion", "raions"})
#: The Ukrainian word after a raion's adjective in its native name.
_RAION_NATIVE: Final = " район"
_PLURAL: Final = frozenset({"regions", "oblasts", "provinces", "districts", "raions", "rivers"})
_SETTLEMENTS: Final = frozenset({"city", "town", "village"})
_SETTLEMENT_WORDS: Final = frozenset({"city", "town", "village", "settlement"})
#: Words after a name that make it a typed name ("Kharkiv region", "Kherson regional").
_TYPED: Final = frozenset({*_SUFFIX_FEATURE, "regional"})
#: Directions, axes and sectors: their place decides nearby homonyms.
_FRONT: Final = frozenset({"direction", "directions", "axis", "sector", "front"})
_LIST_GAPS: Final = frozenset({(",",), ("and",), ("or",), (",", "and"), (",", "or"), ("&",)})
_SEPARATORS: Final = frozenset({",", "and", "or", "&"})
_ELLIPSIS: Final = frozenset({".", "\N{HORIZONTAL ELLIPSIS}"})
#: Punctuation between a plural type word and its list ("four regions: X, Y").
_OPENERS: Final = frozenset({":", "-", "(", ","})
#: The most tokens between two members of one list.
_MAX_GAP: Final = 6

#: Below this population a village or town needs a geographic cue to be read.
_CUE_POPULATION: Final = 10_000
#: A name spelled with common words is read without a cue only as a city this large.
_COMMON_CITY: Final = 500_000
#: A single word of a class of `word_class` is read without a cue only as a
#: country, a region, a sea, or a city this large: a given name stands for a
#: person more often than a surname does; a weapon or unit never for a city.
_CLASS_CITY: Final = MappingProxyType(
    {"given": 1_000_000, "surname": 500_000, "english": 500_000, "war": 10**12}
)
_FEATURE_BASE: Final = MappingProxyType(
    {"country": 9.0, "region": 8.5, "river": 7.0, "other": 7.0, "district": 5.0}
)
#: The base score of a place without a population, by feature.
_UNPOPULATED_BASE: Final = MappingProxyType({"city": 6.0, "town": 4.0, "station": 4.0})
_VILLAGE_BASE: Final = 3.5
_FREE_FEATURES: Final = frozenset({"country", "region", "other"})
#: Characters either side of a mention within which a region or direction counts as near.
_WINDOW: Final = 250
#: A place that the text spells letter for letter by its canonical name; one whose
#: name has the text's variant key ("Myrne" for "Mirne"); both over a place
#: that only a rule or an alternate name reaches.
_EXACT_BONUS: Final = 2.0
_KEY_BONUS: Final = 1.0
#: A country, a region, or a city this large that the text spells letter for letter
#: keeps its name from the Ukrainian forms a rule derives ("Voronezh" is no "Voronizh").
_PROMINENT: Final = 100_000
#: Conflict reporting about Ukraine: a Ukrainian place over a namesake elsewhere.
_UKRAINE_PRIOR: Final = 1.0
_NEAR_REGION: Final = 6.0
_NEAR_RAION: Final = 3.0
#: A district of the city named nearest ("in Mykolaiv ... the Tsentralnyi district").
_NEAR_CITY: Final = 6.0
_DOMINANT: Final = 3.0
_MIN_DOMINANT: Final = 3
#: Tokens read after a copula for the noun that makes the name a region.
_COPULA_REACH: Final = 10
#: Tokens either side of a region in which a name after the same preposition is one too.
_PARALLEL_REACH: Final = 16

_FUZZY_FEATURES: Final = frozenset(
    {"country", "region", "river", "other", "district", "station", "city", "town"}
)
_FUZZY_COUNTRIES: Final = frozenset({"UA", "RU", "BY", "MD"})
_FUZZY_MIN_KEY: Final = 6
_FUZZY_LONG_KEY: Final = 12
_FUZZY_MIN_POPULATION: Final = 10_000
_SHORT_KEY: Final = 7
#: The vowels of a variant key (y and j fold to i).
_VOWELS: Final = "aeiou"
#: Russian forms that differ from the Ukrainian name in a regular way: a short
#: "-sk" for "-ske" (Yalynsk for Yalynske), "o"/"e" for "i" in the last closed
#: syllable (Bor for Bir).
_IKAVISM: Final = regex.compile(r"[oe](?=[^aeiou]{1,2}$)")
#: Russian adjective endings, on a folded word, and the Ukrainian ones: -aya/-a
#: ("Zolotaya" for Zolota), -oy/-yi ("Krutoy" for Krutyi), -cheskoye/-chne
#: ("Agronomicheskoye" for Ahronomichne). The folding has read -oye as -e already.
_ADJECTIVE: Final = (
    (re.compile(r"cheske$"), "chne"),
    (re.compile(r"cheska(?:ia)?$"), "chna"),
    (re.compile(r"cheski$"), "chni"),
    (re.compile(r"iaia$"), "ia"),
    (re.compile(r"aia$"), "a"),
    (re.compile(r"([^aeiou])oi$"), r"\1i"),
)
#: A Russian adjective in -n- that Ukrainian forms with -ov- ("Stepnaya" for Stepova).
_ADJECTIVE_OV: Final = re.compile(r"([^aeiou])n([aei])$")
#: Whether a word may be a Russian adjective form (cheap test before the rules).
_ADJECTIVE_END: Final = re.compile(r"(?:aia|oi|cheske|cheska|cheski|[^aeiou]n[aei])$")
#: The word that joins a town to its river, and the endings of the river's locative.
_CITY_LOOKUP_PARTS: Final = frozenset({"on", "upon", "na"})
_LOCATIVE: Final = ("", "u", "i", "e")


class Span(NamedTuple):
    """A candidate place name in the text with the entries it may stand for.

    ``cue_only`` are the entries read only near a geographic cue (villages,
    names spelled with common words); ``first`` and ``last`` are the token
    numbers of the span (-1 outside a token scan); ``name`` is the bare name
    without suffix or possessive, for a list that makes it a region;
    ``suffixed`` says a type word or the text made it a region, raion or
    river; ``plural`` that a plural type word follows ("the X and Y regions");
    ``word`` is the first token of the dash compound the span is a part of.
    (A named tuple, not an attrs class: the scan makes one per candidate.)
    """

    start: int
    end: int
    indexes: tuple[int, ...]
    match: str
    exact: tuple[int, ...] = ()
    cue_only: tuple[int, ...] = ()
    first: int = -1
    last: int = -1
    name: str = ""
    suffixed: bool = False
    plural: bool = False
    word: int = -1


#: (oblast, raion as KATOTTG names it)
_Raion = tuple[str | None, str | None]


class _Reading(NamedTuple):
    """What a surface names, before any context: entries, how matched, exact ones."""

    hits: tuple[int, ...]
    match: str
    exact: tuple[int, ...]
    cue_only: tuple[int, ...]


_NONE: Final = _Reading((), "", (), ())


def strip_possessive(surface: str) -> str:
    """Strip a possessive ending, whatever its apostrophe ("Kharkiv's")."""
    if len(surface) > 2 and surface[-1] == "s" and surface[-2] in APOSTROPHES:  # noqa: PLR2004
        return surface[:-2]
    return surface


def _base_name(name: str) -> str:
    """The name of an oblast, raion or river without its type word."""
    for suffix in (" Oblast", " Raion", " District", " Krai"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name.removeprefix("Republic of ")


class _Index:
    """The lookups of one gazetteer, cached per surface text."""

    def __init__(self, g: Gazetteer) -> None:
        self.g = g
        self.plain = functools.lru_cache(maxsize=1 << 15)(self._plain)
        self.word = functools.lru_cache(maxsize=1 << 15)(self._word)
        self.based = functools.lru_cache(maxsize=1 << 12)(self._based)
        self.settlement = functools.lru_cache(maxsize=1 << 10)(self._settlement)
        self.fuzzy_key = functools.lru_cache(maxsize=1 << 14)(self._fuzzy_key)
        self.fuzzy = functools.lru_cache(maxsize=1 << 13)(self._fuzzy)
        self.place = functools.lru_cache(maxsize=1 << 14)(self._place)
        self.villages = functools.lru_cache(maxsize=1 << 14)(self._villages)
        #: Whether a word alone names nothing, by (strict, fuzzy).
        self.dead = {
            (strict, fuzzy): functools.lru_cache(maxsize=1 << 15)(
                functools.partial(self._dead, strict=strict, fuzzy=fuzzy)
            )
            for strict in (False, True)
            for fuzzy in (False, True)
        }
        self.spelled_near = functools.lru_cache(maxsize=1 << 10)(self._spelled_near)
        self.person = functools.lru_cache(maxsize=1 << 14)(self._person)

    def entry(self, x: int) -> Entry:
        return self.g.entries[x]

    @functools.cached_property
    def literals(self) -> tuple[str, ...]:
        """Every place's canonical name without its type word, case-folded (one column)."""
        names = cast("Sequence[str]", column(self.g.entries, "name"))
        features = cast("Sequence[str]", column(self.g.entries, "feature"))
        return tuple(
            (_base_name(n) if f in _FEATURE_BASE else n).casefold()
            for n, f in zip(names, features, strict=True)
        )

    @functools.cached_property
    def city_districts(self) -> frozenset[int]:
        """The districts of cities (a district whose ``raion`` names its city)."""
        features = column(self.g.entries, "feature")
        raions = column(self.g.entries, "raion")
        return frozenset(
            x
            for x, (f, r) in enumerate(zip(features, raions, strict=True))
            if f == "district" and r is not None
        )

    @functools.cached_property
    def base_scores(self) -> tuple[float, ...]:
        """The score of every place before context, computed once from two columns."""
        features = cast("Sequence[str]", column(self.g.entries, "feature"))
        populations = cast("Sequence[int | None]", column(self.g.entries, "population"))
        return tuple(_base_score(f, p) for f, p in zip(features, populations, strict=True))

    def _villages(self, ok: tuple[int, ...]) -> bool:
        """Whether every candidate is a Ukrainian village or town."""
        for x in ok:
            e = self.g.entries[x]
            if e.feature not in {"village", "town"} or e.country != "UA":
                return False
        return True

    def _place(self, x: int, surface: str, match: str, confidence: float) -> Place:
        """The record of entry ``x`` as ``surface`` names it."""
        return _place(self.g.entries[x], surface, match, confidence)

    def _person(self, first_word: str) -> bool:
        """Whether a name's first word makes it a person's (a first name, a figure's surname)."""
        word = strip_possessive(first_word).casefold()
        return word in first_names() or word in figures()

    def cue_only(self, hits: tuple[int, ...]) -> tuple[int, ...]:
        """The villages and small towns among ``hits``: read only near a cue."""
        return tuple(x for x in hits if _needs_cue(self.g.entries[x]))

    def _word(self, surface: str, calendar: bool, strict: bool, upper: bool) -> _Reading:  # noqa: FBT001 - cached, positional
        """A name as running text reads it: common words and personal names kept short.

        "George", "White House" or "Victoria" is a place only when it is the
        canonical name itself and a country, a region, a sea, or a large city,
        or (then read only near a cue) another place of that name. A weekday,
        month or number word is never a place.
        """
        single = " " not in surface
        cls = word_class(surface) if single else ""
        if calendar or cls == "calendar":
            return _NONE
        if upper:
            return self._caps(surface)
        found = self.plain(surface)
        if not found.hits:
            return found
        if cls:
            size = _CLASS_CITY[cls]
        elif strict or not _all_common(surface):
            return found
        else:
            size = _COMMON_CITY
        plain = surface.casefold()
        # A spelling of a prominent place's own name ("Odessa") is that place; a
        # personal name may name another place by a variant only right after a
        # cue ("near Bor" is Bir); other words only by their own name. An
        # alternate name from GeoNames ("Victoria" for Hong Kong) is no spelling.
        spelled = fold(surface) in self.g.by_key
        variants = cls in {"given", "surname"} and not strict
        kept, cue_only = [], []
        for x in found.hits:
            e = self.g.entries[x]
            free = (
                e.feature in _FREE_FEATURES
                or (e.population or 0) >= size
                # A Ukrainian city spelled like a personal name ("Brody") is the city.
                or (variants and e.country == "UA" and not _needs_cue(e) and e.name == surface)
            )
            if e.name.casefold() != plain and not (spelled and free):
                if variants:
                    kept.append(x)
                    cue_only.append(x)
                continue
            if not free:
                if strict:
                    continue
                cue_only.append(x)
            kept.append(x)
        if not kept:
            return _NONE
        exact = tuple(x for x in kept if x in found.exact)
        return _Reading(tuple(kept), found.match, exact, tuple(cue_only))

    def _caps(self, surface: str) -> _Reading:
        """A word in capitals: a canonical name ("KYIV") or a short country/region form ("UK")."""
        g = self.g
        key = fold(surface)
        if len(surface) <= 3 or "." in surface:  # noqa: PLR2004 - "UK", "U.S.", "DPR"
            hits = tuple(
                x for x in g.by_key.get(key, ()) if g.entries[x].feature in {"country", "region"}
            )
            return _Reading(hits, "variant", (), ()) if hits else _NONE
        # Not an alias: "MONSTER" in a tabloid headline is not Münster.
        hits = tuple(x for x in g.by_key.get(key, ()) if fold(g.entries[x].name) == key)
        return _Reading(hits, "variant", hits, self.cue_only(hits)) if hits else _NONE

    def _settlement(self, base: str) -> _Reading:
        """A settlement the text names with its type word ("Kharkiv City"): cue enough."""
        found = self.plain(base)
        hits = tuple(x for x in found.hits if self.g.entries[x].feature in _SETTLEMENTS)
        if not hits:
            return _NONE
        return _Reading(hits, found.match, tuple(x for x in found.exact if x in hits), ())

    def _dead(self, surface: str, *, strict: bool, fuzzy: bool) -> bool:
        """Whether a word alone names no place, not even by a typo."""
        upper = not strict and surface.isupper()
        if self.word(surface, False, strict, upper).hits:  # noqa: FBT003 - cached, positional
            return False
        key = self.fuzzy_key(surface, False) if fuzzy else ""  # noqa: FBT003
        return not (key and self.fuzzy(key))

    def _spelled_near(self, key: str, area: tuple[str | None, str | None]) -> tuple[int, ...]:
        """The one settlement of an area spelled one edit away ("Semianovka" for Simianivka).

        ``area`` is (oblast, raion), or (oblast, ``"*"``) for the whole oblast.
        The keys one vowel, one deleted letter or one swap away are looked up
        directly: Russian and hybrid spellings differ from the national name by
        a vowel.
        """
        if len(key) < _FUZZY_MIN_KEY:
            return ()
        admin1, raion = area
        g = self.g
        hits = tuple(
            dict.fromkeys(
                x
                for k in _one_edit(key)
                for x in g.by_key.get(k, ())
                if g.entries[x].admin1 == admin1
                and raion in {"*", g.entries[x].raion}
                and g.entries[x].feature in _SETTLEMENTS
                and g.entries[x].country == "UA"
            )
        )
        return hits if len({g.entries[x].name for x in hits}) == 1 else ()

    def _fuzzy_key(self, surface: str, calendar: bool) -> str:  # noqa: FBT001 - cached, positional
        """The key a typo-level match may use, or "" for a word that is no typo."""
        key = fold(surface)
        if len(key) < _FUZZY_MIN_KEY or calendar or surface.isupper() or _all_common(surface):
            return ""
        if " " not in surface and word_class(surface):
            return ""
        return key

    def _plain(self, surface: str) -> _Reading:
        """A name looked up by its variant key: a curated former name first.

        A former name from the curated renamings outranks a village, or a place
        abroad, that bears that name today (Krasnoarmeysk is Pokrovsk); a
        Ukrainian city that bears it stays a candidate beside the renamed place.
        A name that no Ukrainian place bears may be the Russian form of one
        (`_ukrainian_forms`), unless it is the very name of a prominent place
        elsewhere.
        """
        g = self.g
        key = fold(surface)
        former = g.by_former.get(key, ())
        if former:
            current = tuple(
                x
                for x in g.by_key.get(key, ())
                if g.entries[x].feature in _SETTLEMENTS
                and g.entries[x].country == "UA"
                and not _needs_cue(g.entries[x])
            )
            hits = former + current
            return _Reading(hits, "former", current, self.cue_only(hits))
        hits = g.by_key.get(key, ()) or g.by_alt.get(key, ())
        exact = tuple(x for x in hits if fold(g.entries[x].name) == key)
        if not any(g.entries[x].country == "UA" for x in hits) and not self._prominent(
            surface, exact
        ):
            more = self._ukrainian_forms(surface, key)
            hits = tuple(dict.fromkeys(hits + more))
        return _Reading(hits, "variant", exact, self.cue_only(hits)) if hits else _NONE

    def _prominent(self, surface: str, exact: tuple[int, ...]) -> bool:
        """Whether the text spells a country, a region or a large city letter for letter."""
        literal = surface.casefold()
        for x in exact:
            e = self.g.entries[x]
            if e.name.casefold() == literal and (
                e.feature in _FREE_FEATURES or (e.population or 0) >= _PROMINENT
            ):
                return True
        return False

    def _ukrainian_forms(self, surface: str, key: str) -> tuple[int, ...]:
        """Ukrainian settlements a Russian form names by a regular sound change.

        The whole key: a short "-sk" for "-ske", "o"/"e" for "i" in the last
        closed syllable. Each word: the Russian adjective endings (`_ADJECTIVE`,
        `_ADJECTIVE_OV`), so that "Zolotaya Niva" finds Zolota Nyva.
        """
        keys = []
        if key.endswith("sk"):
            keys.append(key + "e")
        changed = _IKAVISM.sub("i", key)
        if changed != key:
            keys.append(changed)
        keys.extend(_adjective_keys(surface))
        g = self.g
        return tuple(
            x
            for k in keys
            for x in g.by_key.get(k, ())
            if g.entries[x].country == "UA" and g.entries[x].feature in _SETTLEMENTS
        )

    def _based(self, base: str, feature: str, word: str) -> _Reading:
        """A name with a type word ("Kharkiv region", "Donetska oblast", "Krasnohrad district").

        "raion" names a raion, never a district of a city; "district" either.
        """
        g = self.g
        key = fold(base)
        hits = tuple(
            x
            for x in g.by_base.get(key, ())
            if g.entries[x].feature == feature
            and not (word in _RAION_WORDS and _city_district(g.entries[x]))
        )
        match = "variant"
        if not hits and word:
            # The Ukrainian adjective form of the whole name ("Donetska oblast").
            whole = fold(f"{base} {word}")
            hits = tuple(x for x in g.by_key.get(whole, ()) if g.entries[x].feature == feature)
        if not hits and feature == "district":
            # A raion named after its centre, by the centre's former name
            # ("Krasnohrad district" is Berestyn Raion).
            centre = self.plain(base)
            for x in centre.hits:
                e = g.entries[x]
                if e.feature in _SETTLEMENTS:
                    hits += tuple(
                        y
                        for y in g.by_base.get(fold(e.name), ())
                        if g.entries[y].feature == "district" and g.entries[y].admin1 == e.admin1
                    )
            hits = tuple(dict.fromkeys(hits))
            match = centre.match if hits else match
        if not hits and len(key) >= _FUZZY_MIN_KEY - 1:
            hits = self._fuzzy_base(key, feature, raion_only=word in _RAION_WORDS)
            match = "fuzzy"
        if not hits:
            return _NONE
        exact = tuple(x for x in hits if fold(_base_name(g.entries[x].name)) == key)
        return _Reading(hits, match, exact if match == "variant" else (), ())

    @functools.cached_property
    def base_keys(self) -> Mapping[str, tuple[str, ...]]:
        """The base keys of regions, raions and rivers, by feature."""
        out: dict[str, list[str]] = {}
        for key, xs in self.g.by_base.items():
            for f in {self.g.entries[x].feature for x in xs}:
                out.setdefault(f, []).append(key)
        return MappingProxyType({f: tuple(sorted(v)) for f, v in out.items()})

    def _fuzzy_base(self, key: str, feature: str, *, raion_only: bool) -> tuple[int, ...]:
        """A type word is a strong cue: a base name one or two edits away."""
        keys = self.base_keys.get(feature, ())
        limit = 1 if len(key) < _SHORT_KEY else 2
        found = _near(key, keys, limit)
        # A key inside another is another word ("In Donetsk"), not a typo.
        scored = sorted((d, k) for k, d, _ in found if 0 < d <= limit and k not in key)
        best = [k for d, k in scored if d == scored[0][0]] if scored else []
        entries = self.g.entries
        hits = tuple(
            dict.fromkeys(
                x
                for k in best
                for x in self.g.by_base[k]
                if entries[x].feature == feature and not (raion_only and _city_district(entries[x]))
            )
        )
        # One nearest key (its homonyms are ranked later), or one name; not a tie.
        one = len(best) == 1 or len({entries[x].name for x in hits}) == 1
        return hits if one else ()

    @functools.cached_property
    def buckets(self) -> Mapping[tuple[str, int], tuple[str, ...]]:
        """Keys of the larger places by their first two letters and length.

        A typo rarely touches the first two letters, so a key is compared only
        with keys that share them and are at most two letters longer or shorter.
        """
        g = self.g
        out: dict[tuple[str, int], list[str]] = {}
        for key, indexes in g.by_key.items():
            if len(key) < _FUZZY_MIN_KEY - 1:
                continue
            if any(_fuzzy_target(g.entries[x]) for x in indexes):
                out.setdefault((key[:2], len(key)), []).append(key)
        return MappingProxyType({k: tuple(sorted(v)) for k, v in out.items()})

    def _fuzzy(self, key: str) -> tuple[int, ...]:
        """Places whose key is one or two edits from ``key``; none if the nearest are tied."""
        if len(key) > _MAX_TOKEN:
            return ()
        g = self.g
        limit = 1 if len(key) < _SHORT_KEY else 2
        near = [
            k
            for n in range(len(key) - limit, len(key) + limit + 1)
            for k in self.buckets.get((key[:2], n), ())
        ]
        # A typo changes letters inside a name; a key that only extends or cuts
        # another ("North Koreans", "Ukrainian", "In Donetsk") is another word.
        near = [k for k in near if k not in key and key not in k]
        # Optimal string alignment: a transposition is one edit ("Donestk").
        matches = _near(key, near, limit)
        scored = sorted((d, k) for k, d, _ in matches if 0 < d <= limit)
        if not scored:
            return ()
        best = [k for d, k in scored if d == scored[0][0]]
        found = tuple(
            dict.fromkeys(x for k in best for x in g.by_key[k] if _fuzzy_target(g.entries[x]))
        )
        names = {g.entries[x].name for x in found if g.entries[x].feature != "village"}
        return found if len(names) <= 1 else ()


def _one_edit(key: str) -> frozenset[str]:
    """The keys one vowel, one deleted letter or one swap of neighbours away from ``key``."""
    out = set()
    for i in range(len(key)):
        head, tail = key[:i], key[i + 1 :]
        out.add(head + tail)
        out.update(head + v + tail for v in _VOWELS)
        out.update(head + v + key[i:] for v in _VOWELS)
        if tail:
            out.add(head + tail[0] + key[i] + tail[1:])
    out.discard(key)
    return frozenset(out)


def _adjective_keys(surface: str) -> list[str]:
    """The keys of a name with its Russian adjective endings read as Ukrainian ones."""
    words = [fold(w) for w in surface.split()]
    if len(words) > _MAX_WORDS or not any(_ADJECTIVE_END.search(w) for w in words):
        return []
    options = []
    for w in words:
        forms = [w]
        for pattern, repl in _ADJECTIVE:
            changed = pattern.sub(repl, w)
            if changed != w:
                forms.append(changed)
                break
        forms += [_ADJECTIVE_OV.sub(r"\1ov\2", f) for f in forms if _ADJECTIVE_OV.search(f)]
        options.append(forms)
    keys = {fold(" ".join(p)) for p in itertools.product(*options)}
    keys.discard(fold(surface))
    return sorted(keys)


def _fuzzy_target(e: Entry) -> bool:
    """A place a typo may stand for: a larger place of the region of the war, or a country."""
    if e.feature in {"country", "region", "river", "other"}:
        return True
    if e.country not in _FUZZY_COUNTRIES:
        return False
    return e.feature in _FUZZY_FEATURES or (e.population or 0) >= _FUZZY_MIN_POPULATION


@once
def _packaged_index() -> _Index:
    return _Index(gazetteer())


def _index(g: Gazetteer) -> _Index:
    return _packaged_index() if g is gazetteer() else _Index(g)


class _Word(NamedTuple):
    """One capitalised word: its tokens, a joined possessive, and dash-joined parts."""

    first: int
    last: int
    possessive: int
    parts: tuple[int, ...]


def _initials(tokens: Tokens, i: int) -> int:
    """The last token of initials such as "U.S." starting at ``i``, or -1."""
    key, shape, n = tokens.key, tokens.shape, len(tokens.key)
    j = i
    while (
        j + 1 < n
        and len(key[j]) == 1
        and shape[j] == Shape.CAPITALISED
        and key[j + 1] == "."
        and tokens.joined(j + 1)
        and (j == i or tokens.joined(j))
    ):
        j += 2
    return j - 1 if j - i >= 4 else -1  # noqa: PLR2004 - two letters and their stops


#: Tokens that may start a name (found with a C-level scan of the shape bytes).
_STARTS: Final = re.compile(bytes([ord("["), Shape.CAPITALISED, Shape.UPPER, ord("]")]))
_STRICT_STARTS: Final = re.compile(
    bytes([ord("["), Shape.WORD, Shape.CAPITALISED, Shape.UPPER, ord("]")])
)


def _runs(tokens: Tokens, *, strict: bool) -> list[list[_Word]]:
    """Runs of name words, in order.

    A word is a capitalised token with its dash-joined parts ("Kupiansk-Vuzlovyi",
    "Russia-Ukraine") and a joined possessive; initials such as "U.S." are one
    word. Words one space apart, or joined by "of" ("Sea of Azov"), make a run.
    """
    runs: list[list[_Word]] = []
    shape, key, n = tokens.shape, tokens.key, len(tokens.key)
    start, end, text = tokens.start, tokens.end, tokens.cased
    find = (_STRICT_STARTS if strict else _STARTS).search
    dash, number = Shape.DASH, Shape.NUMBER
    tail = -9  # the last token of the word before
    found = find(shape)
    while found is not None:
        i = found.start()  # a word, capitalised or upper-case, starts with a letter
        last = _initials(tokens, i) if len(key[i]) == 1 else -1
        parts: tuple[int, ...] = (i,)
        if last < 0:
            last = i
            while (
                last + 2 < n
                and shape[last + 1] == dash
                and start[last + 1] == end[last]
                and start[last + 2] == end[last + 1]
            ):
                if shape[last + 2] in _PART_SHAPES and len(parts) <= _MAX_PARTS:
                    last += 2
                    parts += (last,)
                    continue
                if shape[last + 2] == number:
                    # A designation ("Su-34", "Rossiya-24"), not a name.
                    last = -1
                break
            if last < 0:
                found = find(shape, found.end())
                continue
        poss = -1
        if last + 1 < n and key[last + 1] == "'s" and start[last + 1] == end[last]:
            poss = last + 1
        if end[last] - start[i] <= _MAX_TOKEN:
            w = _Word(i, last, poss, parts)
            gap = i - tail
            if (gap == 1 and end[tail] + 1 == start[i] and text[end[tail]] in _SPACE_CHARS) or (
                gap == 2  # noqa: PLR2004 - a word and "of"
                and key[tail + 1] == "of"
                and end[tail] + 1 == start[tail + 1]
                and end[tail + 1] + 1 == start[i]
                and text[end[tail]] in _SPACE_CHARS
                and text[end[tail + 1]] in _SPACE_CHARS
            ):
                runs[-1].append(w)
            else:
                runs.append([w])
            tail = poss if poss >= 0 else last
        else:
            tail = -9
        found = find(shape, (poss if poss >= 0 else last) + 1)
    return runs


@functools.cache
def _org_words() -> frozenset[str]:
    """Words after a name that make it an organisation or outlet, in any case."""
    words = {w.casefold() for w in not_places()["org"]}
    return frozenset(words | matcher_words()["outlet"])


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(not_places()["title"])


@functools.cache
def _admin_words() -> tuple[Mapping[str, str], frozenset[str]]:
    """Administration abbreviations ("OVA") with their feature, and all typed-name words.

    The second are the words after a name that make it a typed name ("region",
    "regional", "OVA").
    """
    words = matcher_words()
    admin = MappingProxyType(
        dict.fromkeys(words["admin_region"], "region")
        | dict.fromkeys(words["admin_raion"], "district")
        | dict.fromkeys(words["admin_city"], "city")
    )
    return admin, _TYPED | frozenset(admin)


@functools.cache
def _common_place_words() -> frozenset[str]:
    return common_words() | english_words()


def _near(key: str, keys: Sequence[str], limit: int) -> list[tuple[str, int, int]]:
    """The keys at most ``limit`` optimal-string-alignment edits from ``key`` (rapidfuzz).

    A transposition is one edit ("Donestk"); rapidfuzz is imported on the
    first typo-level lookup, not with the library.
    """
    from rapidfuzz import process  # noqa: PLC0415 - on first use: see the docstring
    from rapidfuzz.distance import OSA  # noqa: PLC0415

    return process.extract(key, list(keys), scorer=OSA.distance, score_cutoff=limit, limit=None)


_WORD_BREAK: Final = re.compile(r"[\s\-]+")


@functools.lru_cache(maxsize=16384)
def _all_common(surface: str) -> bool:
    """Whether every word of ``surface`` is a common English word."""
    words = _common_place_words()
    parts = [w.lower() for w in _WORD_BREAK.split(surface) if w]
    return bool(parts) and all(w in words for w in parts)


class _Scanner:
    """One pass over the name words of a text: tries spans of up to four words at each word."""

    def __init__(self, tokens: Tokens, index: _Index, *, fuzzy: bool, strict: bool) -> None:
        self.tokens = tokens
        self.index = index
        self.g = index.g
        self.fuzzy = fuzzy
        self.strict = strict
        self.words = matcher_words()
        self.cased = tokens.cased
        self.key = tokens.key
        self.shape = tokens.shape
        self.tags = tokens.tags
        self.start = tokens.start
        self.end = tokens.end
        self.n = len(tokens.key)
        self.titles = _titles()
        self.first_names = first_names()
        self.units = self.words["unit"]
        self.outlets = self.words["outlet"]
        self.org = _org_words()
        self.outlet_heads = self.words["outlet_head"]
        self.admin, self.typed_words = _admin_words()
        self.dead_surface = index.dead[strict, fuzzy]
        #: The last token of the last span found, for a list a typo continues.
        self.last_found = -1

    def surface(self, first: int, last: int) -> str:
        return self.cased[self.start[first] : self.end[last]]

    def span(
        self,
        first: int,
        last: int,
        reading: _Reading,
        *,
        name: str,
        end_token: int | None = None,
        suffixed: bool = False,
        plural: bool = False,
        word: int = -1,
    ) -> Span | None:
        """A span over tokens ``first`` to ``end_token`` (default ``last``) for a reading."""
        if not reading.hits:
            return None
        stop = last if end_token is None else end_token
        return Span(
            start=self.start[first],
            end=self.end[stop],
            indexes=reading.hits,
            match=reading.match,
            exact=reading.exact,
            cue_only=reading.cue_only,
            first=first,
            last=stop,
            name=name,
            suffixed=suffixed,
            plural=plural,
            word=word,
        )

    def excluded(self, run: Sequence[_Word], i: int, span: Span) -> bool:
        """People, titles, institutions, units and outlets are not places."""
        key, shape, n = self.key, self.shape, self.n
        first = run[i].first
        if self.index.person(self.surface(first, run[i].last)):
            return True
        before = first - 1
        if before >= 0:
            if shape[before] in _CAPS:
                if self.surface(before, before) in self.titles:
                    return True
                if i > 0 and (
                    key[before] in self.units  # "Battlegroup Vostok"
                    or self.key[run[i - 1].first] in self.first_names
                ):
                    return True
                if shape[before] == Shape.UPPER and self.acronym_before(first, span):
                    return True
            elif key[before] in {"of", "the"} and self.institution(first):
                return True
        if i and self.after_outlet_head(run, i):
            return True  # "Radio Free Europe", "Suspilne Kharkiv"
        end = span.last + 1
        if end < n and key[end] == "'s":
            end += 1
        if end < n:
            after = key[end]
            if after in self.org and not (shape[end] == Shape.WORD and after in _SETTLEMENTS):
                return True
            if shape[end] == Shape.NUMBER and (
                (end + 1 < n and key[end + 1] in self.outlets) or self.channel_number(span, end)
            ):
                return True  # "Rossiya 1 channel", "France 24 reported"
        return False

    def after_outlet_head(self, run: Sequence[_Word], i: int) -> bool:
        """Whether an earlier word of the run starts an outlet's name ("Radio ...")."""
        heads, key = self.outlet_heads, self.key
        return any(key[run[k].first] in heads for k in range(i))

    def channel_number(self, span: Span, j: int) -> bool:
        """A country with a number after it that counts nothing: a channel ("France 24")."""
        key, shape, n = self.key, self.shape, self.n
        if len(key[j]) > 2 or self.start[j] != self.end[span.last] + 1:  # noqa: PLR2004
            return False
        if self.cased[self.end[span.last]] != " ":
            return False  # a table's cells are apart by a tab
        if not any(self.g.entries[x].feature == "country" for x in span.indexes):
            return False
        k = j + 1
        if k >= n or shape[k] in {Shape.SENTENCE_END, Shape.NEWLINE} or key[k] in _SEPARATORS:
            return True
        if shape[k] in _CAPS:
            return not self.tags[k] & _CALENDAR
        return key[k] in self.words["reports"]

    def institution(self, first: int) -> bool:
        """The name after "of" in a national institution ("Armed Forces of Ukraine")."""
        key = self.key
        j = first - 1
        if j >= 0 and key[j] == "the":
            j -= 1
        if j < 1 or key[j] != "of":
            return False
        head = j - 1
        return self.shape[head] in _CAPS and key[head] in self.words["head"]

    def acronym_before(self, first: int, span: Span) -> bool:
        """A country after an organisation's acronym names its office ("WFP Ukraine")."""
        before = first - 1
        if self.end[before] + 1 != self.start[first]:
            return False
        g = self.g
        if not any(g.entries[x].feature == "country" for x in span.indexes):
            return False
        acronym = self.surface(before, before)
        if not acronym.isalpha() or len(acronym) > 6:  # noqa: PLR2004
            return False
        return not any(
            g.entries[x].feature in {"country", "region"} for x in g.by_key.get(fold(acronym), ())
        )

    def suffix_after(self, last: int) -> tuple[str, int, bool] | None:
        """A lower-case type word right after token ``last``: (word, its token, plural)."""
        j = last + 1
        if j >= self.n or self.shape[j] != Shape.WORD:
            return None
        word = self.key[j]
        if word not in _SUFFIX_FEATURE or self.start[j] != self.end[last] + 1:
            return None
        return word, j, word in _PLURAL

    def reading(self, run: Sequence[_Word], i: int, n: int) -> Span | None:
        """The reading of words ``i`` to ``i + n - 1`` of a run, before context.

        A type word ("region", "River", "City") is tried first; a name that
        contains one ("Czech Republic", "Mexico City") is then looked up whole.
        """
        index, key = self.index, self.key
        tail = run[i + n - 1]
        first, last = run[i].first, tail.last
        surface = self.surface(first, last)
        if n > 1 and len(tail.parts) == 1 and run[i + n - 2].possessive < 0:
            word = key[tail.first]
            if word in _SUFFIX_FEATURE or word in _SETTLEMENT_WORDS:
                found = self.typed(run, i, n, word)
                if found is not None:
                    return found
        if n > 1 and key[first] == "river" and run[i].possessive < 0:
            base = self.surface(run[i + 1].first, last)
            found = self.span(
                first, last, index.based(base, "river", "river"), name=base, suffixed=True
            )
            if found is not None:
                return found
        if tail.possessive < 0 and i + n == len(run):
            after = self.suffix_after(last)
            if after is not None:
                word, j, plural = after
                reading = index.based(surface, _SUFFIX_FEATURE[word], "" if plural else word)
                found = self.span(
                    first, last, reading, name=surface, end_token=last if plural else j,
                    suffixed=True, plural=plural,
                )  # fmt: skip
                if found is not None:
                    return found
        j = (tail.possessive if tail.possessive >= 0 else last) + 1
        if j < self.n and key[j] == "regional":
            # "the Kherson regional administration", "Odesa's regional prosecutor"
            found = self.span(
                first, last, index.based(surface, "region", "region"), name=surface, suffixed=True
            )
            if found is not None:
                return found
        if j < self.n and self.shape[j] == Shape.UPPER and key[j] in self.admin:
            # "the Sumy OVA" (oblast military administration), "the Izium MVA"
            feature = self.admin[key[j]]
            if feature == "city":
                reading = index.settlement(surface)
            else:
                reading = index.based(
                    surface, feature, "region" if feature == "region" else "raion"
                )
            found = self.span(first, last, reading, name=surface, suffixed=feature != "city")
            if found is not None:
                return found
        calendar = first == last and bool(self.tags[first] & _CALENDAR)
        upper = n == 1 and len(tail.parts) == 1 and not self.strict and surface.isupper()
        reading = index.word(surface, calendar, self.strict, upper)
        return self.span(first, last, reading, name=surface)

    def typed(self, run: Sequence[_Word], i: int, n: int, word: str) -> Span | None:
        """A name whose last word is a capitalised type word ("Kharkiv Oblast", "Kharkiv City")."""
        first, last = run[i].first, run[i + n - 1].last
        base_last = run[i + n - 2].last
        base = self.surface(first, base_last)
        if word in _SUFFIX_FEATURE:
            if word in _PLURAL:
                return None
            reading = self.index.based(base, _SUFFIX_FEATURE[word], word)
            return self.span(first, last, reading, name=base, suffixed=True)
        if self.index.plain(self.surface(first, last)).hits:
            return None  # "Mexico City" is a name of its own
        # "Kharkiv City", "Hrabovske Settlement": a settlement of that name.
        reading = self.index.settlement(base)
        return self.span(first, last if word == "city" else base_last, reading, name=base)

    def at(self, run: Sequence[_Word], i: int) -> tuple[list[Span], int]:
        """The longest span starting at word ``i`` and how many words it takes."""
        dead = len(run) > 1 and self.dead(run[i])  # a run of one was asked before
        for n in range(min(_MAX_WORDS, len(run) - i), 0, -1):
            if n == 1 and dead:
                return [], 1
            if n > 1 and self.plainly_nothing(run, i, n):
                continue
            span = self.reading(run, i, n)
            if span is None:
                continue
            # People, titles and organisations are checked only for a found name.
            if self.excluded(run, i, span):
                if n == 1:
                    return [], 1
                continue
            return [span], n
        if len(run[i].parts) > 1:
            on = self.on_river(run[i])
            if on is not None:
                return on, 1
            parts = self.parts(run[i])
            if parts:
                return parts, 1
        if self.fuzzy:
            found = self.fuzzy_span(run, i)
            if found is not None:
                return [found[0]], found[1]
        return [], 0

    def typed_after(self, w: _Word) -> bool:
        """Whether a type word follows the word ("region", "regional", "oblast", "OVA")."""
        after = (w.possessive if w.possessive >= 0 else w.last) + 1
        return after < self.n and self.key[after] in self.typed_words

    def plainly_nothing(self, run: Sequence[_Word], i: int, n: int) -> bool:
        """Whether words ``i`` to ``i + n - 1`` name nothing, with no type word to try."""
        key = self.key
        tail = run[i + n - 1]
        if key[tail.first] in _TYPED or key[tail.first] in _SETTLEMENT_WORDS:
            return False
        if key[run[i].first] == "river":
            return False
        after = (tail.possessive if tail.possessive >= 0 else tail.last) + 1
        if after < self.n and key[after] in self.typed_words:
            return False
        return not self.index.plain(self.surface(run[i].first, tail.last)).hits

    def dead(self, w: _Word) -> bool:
        """Whether a word alone names nothing, whatever its context (decided by its surface)."""
        if len(w.parts) > 1 or self.typed_after(w):
            return False
        if w.first == w.last and self.tags[w.first] & _CALENDAR:
            return True
        return self.dead_surface(self.cased[self.start[w.first] : self.end[w.last]])

    def single(self, run: Sequence[_Word]) -> Span | None:
        """The place a run of one plain word names, if any (the common case, made short)."""
        w = run[0]
        first, last = w.first, w.last
        if first == last and self.tags[first] & _CALENDAR:
            return None
        surface = self.cased[self.start[first] : self.end[last]]
        if self.dead_surface(surface):
            return None
        upper = not self.strict and surface.isupper()
        reading = self.index.word(surface, False, self.strict, upper)  # noqa: FBT003
        if reading.hits:
            span = Span(
                self.start[first], self.end[last], reading.hits, reading.match, reading.exact,
                reading.cue_only, first, last, surface,
            )  # fmt: skip
            return None if self.excluded(run, 0, span) else span
        if self.fuzzy:
            found = self.fuzzy_span(run, 0)
            if found is not None:
                return found[0]
        return None

    def on_river(self, w: _Word) -> list[Span] | None:
        """A town "on" a river, one place however written ("Kalach-on-Don", "Kalach-na-Donu").

        English renders the Russian "-na-" and the river's locative case as
        "-on-" and its nominative; the name is looked up in the Russian form
        too. A name of that shape that names nothing is no place, and neither
        are its parts (the river is part of the town's name).
        """
        parts = w.parts
        if len(parts) != 3 or self.key[parts[1]] not in _CITY_LOOKUP_PARTS:  # noqa: PLR2004
            return None
        if self.shape[parts[0]] not in _CAPS or self.shape[parts[2]] not in _CAPS:
            return None
        town, river = self.surface(parts[0], parts[0]), self.surface(parts[2], parts[2])
        for ending in _LOCATIVE:
            surface = f"{town}-na-{river}{ending}"
            reading = self.index.word(surface, False, self.strict, False)  # noqa: FBT003
            found = self.span(w.first, w.last, reading, name=surface)
            if found is not None:
                return [found]
        return []

    def parts(self, w: _Word) -> list[Span]:
        """Places among the parts of a dash compound ("Russia-Ukraine", "Moscow-appointed")."""
        out: list[Span] = []
        parts = w.parts
        a = 0
        while a < len(parts):
            if self.key[parts[a]] in self.outlet_heads:
                break  # "RBC-Ukraine": the rest names the outlet
            if self.shape[parts[a]] not in _CAPS:
                a += 1
                continue
            for b in range(len(parts) - 1, a - 1, -1):
                surface = self.surface(parts[a], parts[b])
                calendar = a == b and bool(self.tags[parts[a]] & _CALENDAR)
                reading = self.index.word(surface, calendar, self.strict, surface.isupper())
                span = self.span(parts[a], parts[b], reading, name=surface, word=w.first)
                if span is not None:
                    out.append(span)
                    a = b
                    break
            a += 1
        return out

    def fuzzy_span(self, run: Sequence[_Word], i: int) -> tuple[Span, int] | None:
        """A typo-level match: in strict mode, near a geographic cue, or for long compounds."""
        for n in range(min(3, len(run) - i), 0, -1):
            first, last = run[i].first, run[i + n - 1].last
            surface = self.surface(first, last)
            calendar = first == last and bool(self.tags[first] & _CALENDAR)
            key = self.index.fuzzy_key(surface, calendar)
            if not key:
                continue
            if not (
                self.strict
                or len(key) >= _FUZZY_LONG_KEY
                or _direct_cue(self.tokens, first, last, self.words)
                or self.suffix_after(last) is not None
                or self.listed(first)
            ):
                continue
            reading = _Reading(self.index.fuzzy(key), "fuzzy", (), ())
            span = self.span(first, last, reading, name=surface)
            if span is not None and not self.excluded(run, i, span):
                return span, n
        return None

    def listed(self, first: int) -> bool:
        """Whether the word follows a place just found, in a list ("Donestk and Kupyanks")."""
        if self.last_found < 0:
            return False
        return self.key[self.last_found + 1 : first] in _LIST_GAPS


def _needs_cue(e: Entry) -> bool:
    return e.feature in {"village", "town"} and (e.population or 0) < _CUE_POPULATION


def _direct_cue(tokens: Tokens, first: int, last: int, words: Mapping[str, frozenset[str]]) -> bool:
    """A geographic cue word right before the name or right after it, in its sentence."""
    key = tokens.key
    j = first - 1
    lo = tokens.sentence_span(first)[0]
    if j >= lo and key[j] in words["cue"]:
        return True
    k = last + 1
    if j > lo and key[j] == "(" and tokens.shape[j - 1] in _CAPS and key[k : k + 1] == (")",):
        return True  # "Zolota Nyva (Zolotaya Niva)": another name of the name before
    if k < len(tokens.key) and key[k] == "'s":
        k += 1
    if k >= len(tokens.key):
        return False
    if key[k] == "(" or key[k] in words["cue_after"]:
        return True
    if key[k] != "," or k + 2 >= len(tokens.key):
        return False
    # "Dovhenke, Izium district", "Tavilzhanka, Kharkiv Oblast"; "Menkovka, in the
    # Soledar direction", "Tavilzhanka, east of Kupiansk"
    return (tokens.shape[k + 1] in _CAPS and key[k + 2] in _SUFFIX_FEATURE) or key[k + 1] in words[
        "located"
    ]


def _spans(
    text: str | Tokens, g: Gazetteer, *, fuzzy: bool = False, strict: bool = False
) -> list[Span]:
    """Every candidate name of the text, in order, before context."""
    tokens = tokenize(text) if isinstance(text, str) else text
    scan = _Scanner(tokens, _index(g), fuzzy=fuzzy, strict=strict)
    key, n = tokens.key, len(tokens.key)
    out: list[Span] = []
    plural = False
    for run in _runs(tokens, strict=strict):
        w = run[0]
        if len(run) == 1 and len(w.parts) == 1:
            after = (w.possessive if w.possessive >= 0 else w.last) + 1
            if after >= n or key[after] not in scan.typed_words:
                # Most runs are one word, decided by its surface and a few neighbours.
                span = scan.single(run)
                if span is not None:
                    out.append(span)
                    scan.last_found = span.last
                continue
        i = 0
        while i < len(run):
            spans, taken = scan.at(run, i)
            i += max(taken, 1)
            out.extend(spans)
            if spans:
                scan.last_found = spans[-1].last
                plural = plural or spans[-1].plural
    return _plural_members(scan, out) if plural else out


def _plural_members(scan: _Scanner, spans: list[Span]) -> list[Span]:
    """Members of a list before a plural type word that name nothing alone.

    "the Volyn, Rivne and Lviv oblasts": Volyn is no settlement, so the scan
    left it; the plural noun makes each member of its list a region, raion or
    river by the base name alone.
    """
    key, shape = scan.key, scan.shape
    ends = {s.last: s for s in spans}
    extra = []
    for s in spans:
        if not s.plural:
            continue
        feature = scan.index.entry(s.indexes[0]).feature
        lo = scan.tokens.sentence_span(s.first)[0]
        j = s.first - 1
        while j > lo:
            k = j
            while k > lo and key[k] in _SEPARATORS:
                k -= 1
            if k == j or shape[k] not in _CAPS:
                break
            if k in ends:
                j = ends[k].first - 1
                continue
            first = k
            while (
                first - 2 >= lo
                and shape[first - 1] == Shape.DASH
                and scan.tokens.joined(first)
                and scan.tokens.joined(first - 1)
            ):
                first -= 2  # "Ivano-Frankivsk"
            surface = scan.surface(first, k)
            reading = scan.index.based(surface, feature, "")
            if not reading.hits or reading.match == "fuzzy":
                break
            found = scan.span(first, k, reading, name=surface, suffixed=True)
            if found is None:  # pragma: no cover - a reading with hits makes a span
                break
            extra.append(found)
            j = first - 1
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans


def _linked(tokens: Tokens, a: Span, b: Span) -> bool:
    """Whether two spans are neighbours in a list ("X, Y and Z", "X-Y", "Oblast: X")."""
    if a.word >= 0 and a.word == b.word:
        return True
    if b.first - a.last > _MAX_GAP + 2:
        return False
    lo = a.last + 1
    if lo < len(tokens.key) and tokens.key[lo] == "'s":
        lo += 1
    gap = tokens.key[lo : b.first]
    if gap[:1] == (")",):
        gap = gap[1:]  # "X (Kharkiv Oblast) and Y"
    if gap in _LIST_GAPS or gap == (":",):
        return True
    # A member that is no known place between two that are ("X, Unknown, and Z").
    if len(gap) > _MAX_GAP or gap[:1] != (",",):
        return False
    shape = tokens.shape
    words = [k for k in range(lo, b.first) if tokens.key[k] not in _SEPARATORS]
    return (
        bool(words)
        and all(shape[k] in _CAPS for k in words)
        and all(tokens.key[k - 1] in _SEPARATORS for k in words)
        and tokens.key[b.first - 1] in _SEPARATORS
    )


def _links(tokens: Tokens, spans: Sequence[Span]) -> list[bool]:
    """Whether each span is linked in a list to the one before it."""
    return [False] + [_linked(tokens, spans[k - 1], spans[k]) for k in range(1, len(spans))]


def _components(links: Sequence[bool]) -> list[int]:
    """The list each span belongs to, as the number of its first span."""
    comp = list(range(len(links)))
    for k in range(1, len(links)):
        if links[k]:
            comp[k] = comp[k - 1]
    return comp


def _region_reading(index: _Index, span: Span, feature: str = "region") -> Span | None:
    """The span read as the region (or raion) of its bare name."""
    if span.suffixed or not span.name:
        return None
    reading = index.based(span.name, feature, "")
    if not reading.hits or reading.match == "fuzzy":
        return None
    return span._replace(
        indexes=reading.hits, match=reading.match, exact=reading.exact, cue_only=(),
        suffixed=True,
    )  # fmt: skip


class _Regions:
    """The bare names the text makes regions, by the cues of one document."""

    def __init__(
        self,
        tokens: Tokens,
        spans: Sequence[Span],
        links: Sequence[bool],
        words: Mapping[str, frozenset[str]],
    ) -> None:
        self.tokens = tokens
        self.key = tokens.key
        self.spans = spans
        self.links = links
        self.words = words
        self.by_first = {s.first: k for k, s in enumerate(spans)}
        self.by_last = {s.last: k for k, s in enumerate(spans)}
        self.forced: dict[int, str] = {}

    def forward(self, k: int, feature: str) -> None:
        """Span ``k`` and the members of its list after it."""
        self.forced[k] = feature
        while k + 1 < len(self.spans) and self.links[k + 1] and not self.colon(k):
            k += 1
            self.forced[k] = feature

    def backward(self, k: int, feature: str) -> None:
        """Span ``k`` and the members of its list before it."""
        self.forced[k] = feature
        while k > 0 and self.links[k] and not self.colon(k - 1):
            k -= 1
            self.forced[k] = feature

    def colon(self, k: int) -> bool:
        """Whether a colon follows span ``k`` (the list after it is its own)."""
        nxt = self.spans[k].last + 1
        return nxt < len(self.key) and self.key[nxt] == ":"

    def by_spans(self, index: _Index) -> None:
        """Lists before a plural type word; names after "territories of"."""
        key, territory = self.key, self.words["territory"]
        for k, s in enumerate(self.spans):
            if s.plural:
                # "the Kyiv, Kharkiv and Odesa regions": the list before the noun.
                self.backward(k, index.entry(s.indexes[0]).feature)
            j = s.first - 1
            if j > 0 and key[j] in {"in", "of"} and key[j - 1] in territory:
                # "the occupied territories of Donetsk and Luhansk"
                self.forward(k, "region")

    def by_nouns(self) -> None:
        """Lists after "the regions of", "four regions:", and before "... oblasts"."""
        key, shape, words, n = self.key, self.tokens.shape, self.words, len(self.key)
        for r in self.tokens.anchors(Tag.REGIONWORD):
            if shape[r] != Shape.WORD:
                continue
            word, nxt = key[r], r + 1
            if word in words["regions"]:
                # "the Odesa, Sumy, Cherkasy, Kyiv ... oblasts": an ellipsis in the list.
                j = r - 1
                while j > 0 and key[j] in _ELLIPSIS:
                    j -= 1
                if j != r - 1 and j in self.by_last:
                    self.backward(self.by_last[j], "region")
            if word in words["region"] and nxt + 1 < n and key[nxt] == "of":
                # "the region of Kherson", "the regions of Poltava, Sumy and Chernihiv"
                j = nxt + 2 if key[nxt + 1] == "the" else nxt + 1
                if j in self.by_first:
                    self.forward(self.by_first[j], "region")
            elif word in words["regions"]:
                # A colon, dash or "including" opens the list: "four regions: Donetsk, ..."
                j = nxt
                while j < min(n, nxt + 3) and j not in self.by_first:
                    if key[j] not in _OPENERS and key[j] not in words["opens"]:
                        break
                    j += 1
                if j != nxt and j in self.by_first:
                    self.forward(self.by_first[j], "region")

    def by_table(self) -> None:
        """The cells of a table column headed "Region" or "Oblast" are regions.

        A table is written in lines whose cells are apart by "|" or a tab; the
        column of a cell is the number of separators before it on its line.
        """
        tokens, key, shape = self.tokens, self.key, self.tokens.shape
        if "|" not in tokens.cased and "\t" not in tokens.cased:
            return
        starts = tokens.paragraph_starts
        for r in tokens.anchors(Tag.REGIONWORD):
            if shape[r] not in _CAPS or key[r] not in self.words["region"]:
                continue
            line = tokens.paragraph_of(r)
            col = self.column(r, line)
            if col < 0:
                continue
            for nxt in range(line + 1, len(starts)):
                lo = starts[nxt]
                hi = starts[nxt + 1] if nxt + 1 < len(starts) else len(key)
                if self.column(lo, nxt) < 0 and not self.table_line(nxt):
                    break
                for t in range(lo, hi):
                    k = self.by_first.get(t)
                    if k is not None and self.column(t, nxt) == col:
                        self.forced[k] = "region"

    def table_line(self, line: int) -> bool:
        """Whether a line has cells ("|" or a tab between them)."""
        starts, text = self.tokens.paragraph_starts, self.tokens.cased
        lo = self.tokens.start[starts[line]]
        hi = self.tokens.start[starts[line + 1]] if line + 1 < len(starts) else len(text)
        return "|" in text[lo:hi] or "\t" in text[lo:hi]

    def column(self, t: int, line: int) -> int:
        """The column of token ``t`` in its table line, or -1 outside a table."""
        if not self.table_line(line):
            return -1
        text = self.tokens.cased
        head = text[self.tokens.start[self.tokens.paragraph_starts[line]] : self.tokens.start[t]]
        return head.count("|") + head.count("\t")


def _forced_regions(
    tokens: Tokens,
    spans: list[Span],
    links: Sequence[bool],
    index: _Index,
    words: Mapping[str, frozenset[str]],
) -> None:
    """Read as regions the bare names the text makes regions (in place)."""
    if not spans:
        return
    found = _Regions(tokens, spans, links, words)
    found.by_spans(index)
    found.by_nouns()
    found.by_table()
    forced = found.forced
    key, n, copula = tokens.key, len(tokens.key), words["copula"]
    for k, s in enumerate(spans):
        after = s.last + 1
        if (
            after < n
            and key[after] in copula
            and k not in forced
            and not s.suffixed
            and _copula_region(tokens, s, found.by_first, words)
        ):
            forced[k] = "region"
    _parallel_regions(tokens, spans, forced, index, words)
    for k, feature in forced.items():
        if _named_settlement(tokens, spans[k], words):
            continue
        region = _region_reading(index, spans[k], feature)
        if region is not None:
            spans[k] = region


def _named_settlement(tokens: Tokens, s: Span, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether the text itself calls the name a settlement ("the city of Kherson")."""
    key = tokens.key
    j = s.first - 1
    if j >= 0 and key[j] == "of":
        j -= 1
    return j >= 0 and key[j] in words["settlement"]


def _copula_region(
    tokens: Tokens, s: Span, by_first: Mapping[int, int], words: Mapping[str, frozenset[str]]
) -> bool:
    """Whether a copula makes the name a region ("Sumy remains among the most shelled regions")."""
    key, shape = tokens.key, tokens.shape
    k = s.last + 1
    if k >= len(tokens.key) or key[k] not in words["copula"]:
        return False
    hi = tokens.sentence_span(k)[1]
    for j in range(k + 1, min(hi + 1, k + _COPULA_REACH)):
        if j in by_first or key[j] in words["stops"] or shape[j] == Shape.SENTENCE_END:
            return False
        if key[j] in {",", ";", ":"}:
            return False
        if key[j] in words["region"] and shape[j] == Shape.WORD:
            return True
    return False


def _preposition(tokens: Tokens, first: int) -> str:
    j = first - 1
    if j >= 0 and tokens.key[j] == "the":
        j -= 1
    return tokens.key[j] if j >= 0 and tokens.shape[j] == Shape.WORD else ""


def _parallel_regions(
    tokens: Tokens,
    spans: Sequence[Span],
    forced: dict[int, str],
    index: _Index,
    words: Mapping[str, frozenset[str]],
) -> None:
    """A name parallel to a region is one ("five over the Belgorod region, three over Kursk")."""
    for k, r in enumerate(spans):
        if not (r.suffixed and r.name and r.indexes) or r.plural:
            continue
        if any(index.entry(x).feature != "region" for x in r.indexes):
            continue
        prep = _preposition(tokens, r.first)
        if prep not in words["parallel"]:
            continue
        sent = tokens.sentence_of(r.first)
        for j in (k - 1, k + 1, k - 2, k + 2):
            if not 0 <= j < len(spans) or j in forced:
                continue
            s = spans[j]
            if s.suffixed or tokens.sentence_of(s.first) != sent:
                continue
            if abs(s.first - r.first) > _PARALLEL_REACH:
                continue
            if _preposition(tokens, s.first) == prep:
                forced[j] = "region"


def _base_score(feature: str, population: int | None) -> float:
    """The score of a place before context: its feature, else its population."""
    if feature in _FEATURE_BASE:
        return _FEATURE_BASE[feature]
    if population:
        return 3.0 + math.log10(population)
    return _UNPOPULATED_BASE.get(feature, _VILLAGE_BASE)


def _raion_key(e: Entry) -> tuple[str | None, str | None]:
    """(oblast, raion as KATOTTG names it) of a settlement, or of a raion itself."""
    if e.feature == "district" and e.raion is None:
        return e.admin1, raion_stem(e.native)
    return e.admin1, e.raion


def raion_stem(native: str | None) -> str | None:
    """The raion as KATOTTG names it ("Харківський") from its native name ("... район")."""
    return None if native is None else native.removesuffix(_RAION_NATIVE)


def rank(
    g: Gazetteer,
    span: Span,
    *,
    near: frozenset[str] = frozenset(),
    dominant: tuple[str | None, str | None] = (None, None),
    allowed: frozenset[int] | None = None,
    raions: frozenset[tuple[str | None, str | None]] = frozenset(),
) -> list[tuple[float, Entry]]:
    """Score the entries a span may stand for, best first.

    Population and feature give the base; a place the span spells by its own
    canonical name, a Ukrainian place, the regions and raions named nearby, and
    the oblast and raion the document is about add to it.
    """
    ranked = _ranked(_index(g), span, near=near, dominant=dominant, allowed=allowed, raions=raions)
    return [(sc, g.entries[x]) for sc, x in ranked]


def _ranked(
    index: _Index,
    span: Span,
    *,
    near: frozenset[str],
    dominant: tuple[str | None, str | None],
    allowed: frozenset[int] | None,
    raions: frozenset[tuple[str | None, str | None]],
    cities: frozenset[tuple[str | None, str | None]] = frozenset(),
) -> list[tuple[float, int]]:
    entries, base, literals = index.g.entries, index.base_scores, index.literals
    literal = span.name.casefold()
    scored = []
    for x in span.indexes:
        if allowed is not None and x not in allowed:
            continue
        e = entries[x]
        s = base[x]
        if x in span.exact:
            s += _EXACT_BONUS if literals[x] == literal else _KEY_BONUS
        if e.country == "UA":
            s += _UKRAINE_PRIOR
        if e.feature != "region":
            if e.admin1 is not None and e.admin1 in near:
                s += _NEAR_REGION
            if raions and e.feature != "district" and _raion_key(e) in raions:
                s += _NEAR_RAION
        if cities and (e.admin1, e.raion) in cities and _city_district(e):
            s += _NEAR_CITY
        if e.country == "UA" and e.feature not in {"region", "country"}:
            if dominant[0] is not None and e.admin1 == dominant[0]:
                s += _DOMINANT
            if dominant[1] is not None and e.raion == dominant[1]:
                s += _DOMINANT
        scored.append((s, x))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return scored


def _city_district(e: Entry) -> bool:
    """Whether the entry is a district of a city (its ``raion`` names the city)."""
    return e.feature == "district" and e.raion is not None


def confidence(ranked: Sequence[tuple[float, object]]) -> float:
    """1.0 for a single candidate; lower the closer the runner-up scored."""
    if len(ranked) < 2:  # noqa: PLR2004
        return 1.0
    margin = ranked[0][0] - ranked[1][0]
    return 0.6 + 0.4 * min(1.0, margin / 5.0)


def _place(e: Entry, surface: str, match: str, confidence: float) -> Place:
    plain = strip_possessive(surface)
    if match == "former" and fold(plain) == fold(e.name):
        match = "variant"  # a place that bears the name today, beside the renamed one
    exact = (
        fold(plain) == fold(e.name)
        and fold(plain) == fold(e.name.casefold())
        and (_APOS_RE.sub("'", plain.casefold()) == e.name.casefold())
    )
    if match == "variant" and exact:
        match = "exact"
    if (
        match == "variant"
        and e.feature == "river"
        and plain.lower().rsplit(" ", 1)[0] == e.name.lower()
    ):
        match = "exact"
    base = {"exact": 1.0, "variant": 0.95, "former": 0.9}.get(match, 0.75)
    return Place(
        name=e.name,
        feature=e.feature,
        country=e.country,
        admin1=e.admin1,
        id=e.id,
        lat=e.lat,
        lon=e.lon,
        native=e.native,
        match=match,
        score=round(base * confidence, 3),
    )


def _cues(
    tokens: Tokens,
    spans: Sequence[Span],
    links: Sequence[bool],
    words: Mapping[str, frozenset[str]],
) -> list[bool]:
    """Whether each span has a cue: its own, or a list one of whose members is a place."""
    direct = [
        len(s.cue_only) < len(s.indexes) or _direct_cue(tokens, s.first, s.last, words)
        for s in spans
    ]
    comp = _components(links)
    good = {c for c, d in zip(comp, direct, strict=True) if d}
    # Two settlements named together are a cue for each other ("Borova and Olhivka
    # came under fire"), unless a member is a common word or a personal name.
    size = Counter(comp)
    lists = {c for c, k in size.items() if k > 1 and c not in good}
    if lists:
        lists -= {c for c, s in zip(comp, spans, strict=True) if c in lists and _is_word(s)}
        good |= lists
    return [d or c in good for c, d in zip(comp, direct, strict=True)]


def _is_word(s: Span) -> bool:
    """Whether a span's name is a common word or a personal name, not only a name."""
    return bool(_all_common(s.name) or (" " not in s.name and word_class(s.name)))


class _Named(NamedTuple):
    """What a text names that decides homonyms: each as (position, what), in order."""

    regions: list[tuple[int, str]]
    raions: list[tuple[int, _Raion]]
    #: The oblast and raion the text is about.
    dominant: _Raion


def _cities(
    g: Gazetteer, spans: Sequence[Span], allowed: Sequence[tuple[int, ...]]
) -> list[tuple[int, _Raion]]:
    """The Ukrainian cities a name of the text may be, as (position, (oblast, native name)).

    Every city a name may be counts (two cities may share a name): only a city
    that has a district the text names is asked for.
    """
    entries = g.entries
    out = []
    for s, ok in zip(spans, allowed, strict=True):
        for x in ok:
            e = entries[x]
            if e.feature == "city" and e.country == "UA":
                out.append((s.start, (e.admin1, e.native)))
    return out


def _context(
    g: Gazetteer, tokens: Tokens, spans: Sequence[Span], allowed: Sequence[tuple[int, ...]]
) -> _Named:
    """Regions, raions and directions named in the text, and the dominant oblast and raion.

    A city that is a first-level region of its own (Kyiv, Sevastopol) does not
    count towards the dominant oblast: the capital is named for its government
    ("Kyiv said") more often than for a front.
    """
    front = matcher_words()["cue_after"] & _FRONT
    key, n = tokens.key, len(tokens.key)
    entries = g.entries
    named = _Named([], [], (None, None))
    settled: Counter[_Raion] = Counter()
    admins: Counter[str | None] = Counter()
    for s, ok in zip(spans, allowed, strict=True):
        if not ok:
            continue
        e = entries[ok[0]]
        if len(ok) == 1 or (s.suffixed and len({entries[x].name for x in ok}) == 1):
            if e.feature == "region":
                named.regions.append((s.start, e.name))
                if e.country == "UA":
                    admins[e.name] += 1
                continue
            if e.feature == "district":
                if not _city_district(e):
                    named.raions.append((s.start, _raion_key(e)))
                    settled[_raion_key(e)] += 1
                continue
            if e.country == "UA" and e.feature in _SETTLEMENTS and e.admin1 != e.name:
                settled[(e.admin1, e.raion)] += 1
        if s.last + 1 < n and key[s.last + 1] in front:
            # "the Kupiansk direction": its oblast decides nearby homonyms.
            admin = {entries[x].admin1 for x in ok if entries[x].country == "UA"}
            if len(admin) == 1:
                (a,) = admin
                if a is not None:
                    named.regions.append((s.start, a))
    for (a, _), c in settled.items():
        admins[a] += c
    top_admin = admins.most_common(1)
    top_raion = settled.most_common(1)
    dominant = (
        top_admin[0][0] if top_admin and top_admin[0][1] >= _MIN_DOMINANT else None,
        top_raion[0][0][1] if top_raion and top_raion[0][1] >= _MIN_DOMINANT else None,
    )
    return named._replace(dominant=dominant)


def _closer(
    g: Gazetteer,
    index: _Index,
    s: Span,
    ok: Sequence[int],
    *,
    near: Sequence[tuple[int, str]],
    dominant: _Raion,
) -> tuple[int, ...]:
    """A settlement spelled one edit away in the oblast named nearby or the raion of the text.

    Russian and hybrid spellings differ from the national name by a vowel
    ("Menkovka, in the Soledar direction" is Minkivka; "Semianovka" in a text
    about the Konotop raion is Simianivka). Only when no reading of the
    name lies in that oblast, and by the oblast named nearby only for a name
    that spells no candidate exactly.
    """
    admins = {g.entries[x].admin1 for x in ok}
    named = {a for _, a in near}
    key = fold(s.name)
    literal = s.name.casefold()
    if named and not named & admins and all(g.entries[x].name.casefold() != literal for x in ok):
        # A place the text spells exactly stays itself beside another oblast.
        found: tuple[int, ...] = ()
        for a in sorted(named):
            found += index.spelled_near(key, (a, "*"))
        return found if len({g.entries[x].name for x in found}) == 1 else ()
    if dominant[1] is not None and not (named | {dominant[0]}) & admins:
        return index.spelled_near(key, dominant)
    return ()


def _nearby(positions: Sequence[int], pos: int) -> slice:
    """The items whose position is within `_WINDOW` characters of ``pos``."""
    return slice(
        bisect.bisect_left(positions, pos - _WINDOW), bisect.bisect_right(positions, pos + _WINDOW)
    )


def _cities_of(g: Gazetteer, ok: Sequence[int]) -> frozenset[tuple[str | None, str | None]]:
    """The cities, as (oblast, native name), that the districts among ``ok`` belong to."""
    return frozenset(
        (g.entries[x].admin1, g.entries[x].raion) for x in ok if _city_district(g.entries[x])
    )


def _nearest(
    named: Sequence[tuple[int, _Raion]], pos: int, among: frozenset[_Raion]
) -> frozenset[_Raion]:
    """The one of ``named`` that is ``among`` and closest to ``pos`` (as a set, maybe empty)."""
    found = [t for t in named if t[1] in among]
    if not found:
        return frozenset()
    return frozenset([min(found, key=lambda t: abs(t[0] - pos))[1]])


def find_places(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every place name with its canonical record."""
    return _resolve_spans(gazetteer(), tokens, fuzzy=ctx.options.fuzzy_places)


def _resolve_spans(g: Gazetteer, tokens: Tokens, *, fuzzy: bool) -> Iterator[Candidate]:
    index = _index(g)
    words = matcher_words()
    spans = list(_spans(tokens, g, fuzzy=fuzzy))
    if not spans:
        return
    links = _links(tokens, spans)
    _forced_regions(tokens, spans, links, index, words)
    cues = _cues(tokens, spans, links, words)
    allowed = [
        s.indexes if cue or not s.cue_only else tuple(x for x in s.indexes if x not in s.cue_only)
        for s, cue in zip(spans, cues, strict=True)
    ]
    regions, raions, dominant = _context(g, tokens, spans, allowed)
    region_at = [p for p, _ in regions]
    raion_at = [p for p, _ in raions]
    cities: list[tuple[int, _Raion]] | None = None  # found when a district of a city is
    text = tokens.cased
    for s, ok in zip(spans, allowed, strict=True):
        if not ok:
            continue
        near_city: frozenset[_Raion] = frozenset()
        if not index.city_districts.isdisjoint(ok):
            # A district of a city is read only beside its city, named somewhere in the text.
            if cities is None:
                cities = _cities(g, spans, allowed)
            near_city = _nearest(cities, s.start, _cities_of(g, ok))
            if not near_city:
                ok = tuple(x for x in ok if x not in index.city_districts)  # noqa: PLW2901
                if not ok:
                    continue
        surface = text[s.start : s.end]
        if s.match == "variant" and index.villages(ok):
            nearby = regions[_nearby(region_at, s.start)]
            closer = _closer(g, index, s, ok, near=nearby, dominant=dominant)
            if closer:
                s, ok = s._replace(indexes=closer, match="fuzzy", exact=()), closer  # noqa: PLW2901
        if len(ok) == 1:
            yield Candidate(
                start=s.start, end=s.end, value=index.place(ok[0], surface, s.match, 1.0)
            )
            continue
        ranked = _ranked(
            index,
            s,
            near=frozenset(name for _, name in regions[_nearby(region_at, s.start)]),
            dominant=dominant,
            allowed=frozenset(ok),
            raions=frozenset(r for _, r in raions[_nearby(raion_at, s.start)]),
            cities=near_city,
        )
        value = index.place(ranked[0][1], surface, s.match, confidence(ranked))
        yield Candidate(start=s.start, end=s.end, value=value)
