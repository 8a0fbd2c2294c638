# SPDX-License-Identifier: MIT
"""The gazetteer: generated package data, loaded once on first use, read-only.

``data/gazetteer.tsv.gz`` is written by ``tools/build_gazetteer.py`` from
KATOTTG, GeoNames (CC BY 4.0) and our supplement; each place carries its
variant keys (see `conflictnorm.places._fold`), the keys of its former names
and, for regions, rivers and raions, the base names that take a suffix
("Kharkiv" in "Kharkiv region").
"""

from __future__ import annotations

import functools
import gzip
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs

__all__ = ["Entry", "Gazetteer", "gazetteer"]


@attrs.frozen(kw_only=True)
class Entry:
    """One place of the gazetteer."""

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


@attrs.frozen(kw_only=True)
class Gazetteer:
    """Places and the read-only indexes from variant keys to them."""

    entries: tuple[Entry, ...]
    by_key: Mapping[str, tuple[int, ...]]
    by_alt: Mapping[str, tuple[int, ...]]
    by_former: Mapping[str, tuple[int, ...]]
    by_base: Mapping[str, tuple[int, ...]]
    by_name: Mapping[str, tuple[int, ...]]


def _opt(s: str) -> str | None:
    return s or None


def _index(d: defaultdict[str, list[int]]) -> Mapping[str, tuple[int, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in d.items()})


def parse(text: str) -> Gazetteer:
    """Build a gazetteer from the text of a gazetteer file."""
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


@functools.cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, parsed on first use."""
    raw = resources.files(__package__).joinpath("data", "gazetteer.tsv.gz").read_bytes()
    return parse(gzip.decompress(raw).decode("utf-8"))


@functools.cache
def not_places() -> Mapping[str, frozenset[str]]:
    """The words that keep a token from being read as a place, by type."""
    text = resources.files(__package__).joinpath("data", "not_places.tsv").read_text("utf-8")
    out: defaultdict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            out[kind].add(word)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@functools.cache
def common_words() -> frozenset[str]:
    """Words of place names that are also common English words (generated)."""
    text = resources.files(__package__).joinpath("data", "common_words.txt").read_text("utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))
