# SPDX-License-Identifier: MIT
"""The single-name API: ``place("Kupyansk")`` and its canonical, qualified form.

>>> from conflictnorm.places import parse_place, render_place
>>> p = parse_place("Kupyansk")
>>> p.name, p.admin1, p.match
('Kupiansk', 'Kharkiv Oblast', 'variant')
>>> render_place(parse_place("Oleksandrivka", admin1="Donetsk Oblast", near="Kostiantynivka"))
'Oleksandrivka, Kramatorsk Raion, Donetsk Oblast'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import regex

from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Place
from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import gazetteer
from conflictnorm.places._matcher import (
    _FUZZY_MIN_KEY,
    Span,
    _index,
    _place,
    _spans,
    confidence,
    raion_stem,
    rank,
    strip_possessive,
)
from conflictnorm.places._words import word_class
from conflictnorm.text import fold_lookalikes

__all__ = ["parse_place", "render_place"]

_THE: Final = regex.compile(r"^the\s+", regex.IGNORECASE)
_ID: Final = regex.compile(r"\s*\[(?P<id>[a-z]+:[\w-]+)\]\s*$")
_PAREN: Final = regex.compile(r"(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)")


@functools.cache
def _raion_names() -> Mapping[tuple[str | None, str], str]:
    """(admin1, raion as KATOTTG names it) -> the raion's canonical English name."""
    g = gazetteer()
    out = {}
    for e in g.entries:
        stem = raion_stem(e.native)
        if e.feature == "district" and e.raion is None and stem is not None:
            out[(e.admin1, stem)] = e.name
    return MappingProxyType(out)


_CLASS_NAMES: Final = {
    "calendar": "a weekday, month or number word",
    "war": "a weapon, unit or operation",
    "given": "a given name",
    "surname": "a surname",
    "english": "an English word",
}


@functools.cache
def _country_names() -> Mapping[str, str]:
    """ISO 3166-1 alpha-2 code -> the country's canonical name."""
    g = gazetteer()
    return MappingProxyType(
        {e.country: e.name for e in g.entries if e.feature == "country" and e.country is not None}
    )


def _resolve(name: str, *, qualified: bool = False) -> Span:
    """The one span a bare name makes: through the matcher, else by its whole key.

    Both go through the matcher's one lookup (`_Index.plain`): the scan of the
    name as running text, then the whole name, which lets a caller ask for
    names the running-text matcher is careful with ("Luka", "San Martin",
    "Paris 12e Arrondissement"). A weekday, month or number word, a personal
    name or a common English word is a place only as the exact name of a
    country, a region or a large city: there is no guessing a place behind
    "Monday", "Victoria" or "Logo". A name that the caller qualifies
    ("Victoria, Canada", an id) is looked up all the same.
    """
    g = gazetteer()
    index = _index(g)
    given = name
    if _THE.match(given) or strip_possessive(given) != given:
        whole = index.plain(given)
        if whole.hits:  # "The Hague", "St. John's": the article or "'s" is part of the name
            return Span(
                start=0, end=len(given), indexes=whole.hits, match=whole.match, exact=whole.exact
            )
    name = fold_lookalikes(strip_possessive(_THE.sub("", name)))
    cls = word_class(name) if " " not in name else ""
    if not (cls and qualified):
        spans = list(_spans(name, g, fuzzy=True, strict=True))
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(name):
            return spans[0]
    if cls and not qualified:
        msg = f"not a place name: {given!r} is {_CLASS_NAMES[cls]}"
        raise ParseError(msg, value=given)
    found = index.plain(name)
    hits, match, exact = found.hits, found.match, found.exact
    key = fold(name)
    if not hits and len(key) >= _FUZZY_MIN_KEY:
        hits, match, exact = index.fuzzy(key), "fuzzy", ()
    if not hits:
        msg = f"not a place name: {given!r}"
        raise ParseError(msg, value=given)
    return Span(start=0, end=len(name), indexes=hits, match=match, exact=exact)


def _alias(name: str) -> tuple[str, str | None]:
    """A name and the other name it gives in parentheses ("Pokrovsk (Krasnoarmeysk)")."""
    m = _PAREN.fullmatch(name)
    if m is None:
        return name, None
    return m["name"], m["alias"]


def _narrow(allowed: set[int], alias: str) -> set[int]:
    """The places the other name in parentheses names too, or its region names.

    "Pokrovsk (Krasnoarmeysk)" and "Oleksandrivka (Donetsk Oblast)" narrow;
    a note that names nothing ("Kyiv (capital)") leaves the places as they are.
    """
    g = gazetteer()
    try:
        other = {g.entries[x].id for x in _resolve(alias).indexes}
    except ParseError:
        return allowed
    both = {x for x in allowed if g.entries[x].id in other}
    if both:
        return both
    try:
        return _qualify(tuple(allowed), [alias], None, None) or allowed
    except ParseError:
        return allowed


def _qualify(
    indexes: tuple[int, ...],
    qualifiers: list[str],
    admin1: str | None,
    by_id: regex.Match[str] | None,
) -> set[int]:
    """The entries left after the raion/oblast qualifiers and an id in brackets."""
    g = gazetteer()
    allowed = set(indexes)
    codes = {name.casefold(): code for code, name in _country_names().items()}
    for q in [*qualifiers, *([admin1] if admin1 else [])]:
        code = codes.get(q.casefold())
        if code is not None:
            # "Kyiv, Ukraine", "Victoria, Hong Kong": the places of that country
            allowed = {x for x in allowed if g.entries[x].country == code}
            continue
        region = _parse(q, admin1=None, near=None, qualified=True) if q else None
        admin1s = {g.entries[x].admin1 for x in allowed}
        if region is not None and region.feature == "country" and region.country is not None:
            allowed = {x for x in allowed if g.entries[x].country == region.country}
        elif region is not None and (region.feature == "region" or region.name in admin1s):
            allowed = {x for x in allowed if g.entries[x].admin1 == region.name}
        elif region is not None and region.feature == "district":
            raions = _raion_names()
            allowed = {
                x
                for x in allowed
                if raions.get((g.entries[x].admin1, g.entries[x].raion or "")) == region.name
            }
        else:
            msg = f"{q!r} is not a region or raion that qualifies the name"
            raise ParseError(msg, value=q)
    if by_id is not None:
        allowed = {x for x in allowed if g.entries[x].id == by_id["id"]}
    return allowed


def parse_place(s: str, *, admin1: str | None = None, near: str | None = None) -> Place:
    """Resolve one place name ("Kupyansk", "Kharkiv region", "Oleksandrivka, Donetsk Oblast").

    Args:
        s: the name, optionally qualified by raion, oblast and country after
            commas, as `render_place` writes it ("Kyiv, Ukraine"), and followed
            by another name in parentheses ("Pokrovsk (Krasnoarmeysk)").
        admin1: keep only places in this first-level region (any spelling).
        near: prefer the homonym closest to this other place.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not a known place (weekdays, months, number words,
            personal names and common words are not, unless they are the exact
            name of a country, a region or a large city), or the qualifiers
            rule out every match.
    """
    text = ensure_type(s, str, "a place name").strip()
    return _parse(text, admin1=admin1, near=near, qualified=False)


def _parse(text: str, *, admin1: str | None, near: str | None, qualified: bool) -> Place:
    """`parse_place`; ``qualified`` when the caller names the place as a qualifier."""
    g = gazetteer()
    s = text
    by_id = _ID.search(text)
    if by_id is not None:
        text = text[: by_id.start()]
        for x in g.by_name.get(fold_lookalikes(text.strip()).casefold(), ()):
            if g.entries[x].id == by_id["id"]:
                # A name with a comma of its own ("Misato, Saitama [geonames:...]").
                return _place(g.entries[x], text.strip(), "variant", 1.0)
    name, *qualifiers = [part.strip() for part in text.split(",")]
    name, alias = _alias(name)
    span = _resolve(name, qualified=qualified or bool(qualifiers or admin1 or by_id or alias))
    allowed = _qualify(span.indexes, qualifiers, admin1, by_id)
    if alias is not None:
        allowed = _narrow(allowed, alias)
    if not allowed and span.match == "former":
        # A place that bears a former name today stays reachable by a qualifier.
        current = g.by_key.get(fold(strip_possessive(name)), ())
        span = Span(start=0, end=len(name), indexes=current, match="variant", exact=current)
        allowed = _qualify(current, qualifiers, admin1, by_id)
    span = span._replace(exact=tuple(x for x in span.exact if x in allowed))
    anchor = None
    if near is not None:
        anchor = rank(g, _resolve(near))[0][1]
    ranked = rank(
        g,
        span,
        near=frozenset([anchor.admin1] if anchor is not None and anchor.admin1 else []),
        dominant=(None, None) if anchor is None else (anchor.admin1, anchor.raion),
        allowed=frozenset(allowed),
    )
    if not ranked:
        msg = f"no place {s!r}" + (f" in {admin1!r}" if admin1 else "")
        raise ParseError(msg, value=s)
    return _place(ranked[0][1], name, span.match, confidence(ranked))


def render_place(p: Place) -> str:
    """Return the canonical name, qualified as far as the name alone is ambiguous.

    "Kupiansk"; "Oleksandrivka, Donetsk Oblast"; and, when that is still
    ambiguous, "Oleksandrivka, Pokrovsk Raion, Donetsk Oblast"; then the
    country ("Victoria, Canada"); a place that even these do not single out
    gets its id in brackets. Rivers take "River" ("Oskil River").

    Raises:
        InvalidInputError: ``p`` is not a Place.
        ParseError: ``p`` is not a place of the gazetteer.
    """
    p = ensure_type(p, Place, "a place")
    g = gazetteer()
    me = [g.entries[i] for i in g.by_name.get(p.name.casefold(), ()) if g.entries[i].id == p.id]
    if not me:
        msg = f"not a place of the gazetteer: {p.name!r} ({p.id})"
        raise ParseError(msg, value=p)
    e = me[0]
    name = f"{e.name} River" if e.feature == "river" else e.name
    raion = _raion_names().get((e.admin1, e.raion or ""))
    forms = [name]
    if e.admin1 is not None and e.admin1 != e.name:
        forms.append(f"{name}, {e.admin1}")
        if raion is not None:
            forms.append(f"{name}, {raion}, {e.admin1}")
    country = _country_names().get(e.country or "")
    if country is not None and e.feature != "country":
        forms.append(f"{forms[-1]}, {country}")
    for form in forms:
        try:
            if parse_place(form).id == e.id:
                return form
        except ParseError:
            continue
    # A name with a comma of its own is read whole before its id.
    return f"{name if ',' in name else forms[-1]} [{e.id}]"
