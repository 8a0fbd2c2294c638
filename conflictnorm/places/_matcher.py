# SPDX-License-Identifier: MIT
"""Find place names in text and resolve each to one gazetteer entry.

Candidate spans are runs of capitalised tokens (Latin or Cyrillic, with
hyphens and apostrophes), up to four tokens, longest first, plus a suffix
("region", "Oblast", "district", "River") and lists such as "the Kyiv,
Kharkiv and Odesa regions". Each span is looked up by its variant key.
Person names, titles and organisations are kept out with a stop list and
cues; small places need a geographic cue nearby. Homonyms are ranked by the
region named nearby, by the oblast and raion the rest of the document is
about, and by population; a place that stays ambiguous gets a lower score.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs
import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from conflictnorm._core import Candidate, Context
from conflictnorm._text import APOSTROPHES, DASHES, SPACES, esc
from conflictnorm.models import Place
from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import Entry, Gazetteer, common_words, gazetteer, not_places
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["Span", "confidence", "find_places", "rank"]

_APOS: Final = esc(APOSTROPHES)
_DASH: Final = esc(DASHES)
#: No place name is longer than this; longer tokens are not looked up at all.
_MAX_TOKEN: Final = 60
_GAP: Final = regex.compile(r"[ " + esc(SPACES) + r"](?:of[ " + esc(SPACES) + r"])?")
_SUFFIX: Final = regex.compile(
    r"[ " + esc(SPACES) + r"](?P<s>regions?|oblasts?|provinces?|districts?|raions?|rivers?)\b",
    regex.IGNORECASE,
)
_SUFFIX_FEATURE: Final = {
    "region": "region", "oblast": "region", "province": "region",
    "district": "district", "raion": "district", "river": "river",
}  # fmt: skip
_POSSESSIVE: Final = regex.compile(r"[" + _APOS + r"]s$")


def _strip_possessive(surface: str) -> str:
    """Strip a possessive ending ("Kharkiv's"); a cheap test, as this runs for every token."""
    if len(surface) > 2 and surface[-1] == "s" and surface[-2] in APOSTROPHES:  # noqa: PLR2004
        return surface[:-2]
    return surface


_CUE_WORDS: Final = frozenset(
    [
        "in",
        "near",
        "of",
        "from",
        "to",
        "at",
        "outside",
        "around",
        "toward",
        "towards",
        "into",
        "across",
        "village",
        "town",
        "city",
        "settlement",
        "liberated",
        "captured",
        "seized",
        "took",
        "retook",
        "entered",
        "attacked",
        "shelled",
        "struck",
        "hit",
        "stormed",
        "encircled",
        "reached",
        "recaptured",
        "abandoned",
        "evacuated",
        "defended",
        "via",
        "through",
        "occupied",
    ]
)
_LIST_GAP: Final = regex.compile(r",\s*|,?\s+(?:and|or)\s+")
_WORD_SPLIT: Final = regex.compile(r"[\s" + _DASH + r"]+")
_WORD_AFTER: Final = regex.compile(r"[ ]+([\p{L}]+)")
_TYPE_WORD: Final = regex.compile(r" (?:Oblast|Raion)$")
_APOS_RE: Final = regex.compile("[" + _APOS + "]")
_CUE_AFTER: Final = regex.compile(
    r"[^\s,.;]{0,60}\s*(?:\(|,\s+[\p{Lu}][\p{L}]+\s+(?:Oblast|region))", regex.VERSION1
)
#: Below this population a village or town needs a geographic cue to be read.
_CUE_POPULATION: Final = 10_000
_FEATURE_BASE: Final = {"country": 9.0, "region": 8.5, "river": 7.0, "other": 7.0, "district": 5.0}
_WINDOW: Final = 250
#: A place that the text spells by its own canonical name, over one that only
#: shares a variant key with it.
_EXACT_BONUS: Final = 2.0
#: Conflict reporting about Ukraine: a Ukrainian place over a namesake elsewhere.
_UKRAINE_PRIOR: Final = 1.0
_MIN_DOMINANT: Final = 3


@attrs.frozen(kw_only=True)
class Span:
    """A candidate place name in the text with the entries it may stand for."""

    start: int
    end: int
    indexes: tuple[int, ...]
    match: str
    exact: tuple[int, ...] = ()


def _base_score(e: Entry) -> float:
    if e.feature in _FEATURE_BASE:
        return _FEATURE_BASE[e.feature]
    if e.population:
        return 3.0 + math.log10(e.population)
    return {"city": 6.0, "town": 4.0, "station": 4.0}.get(e.feature, 3.5)


def _needs_cue(e: Entry) -> bool:
    return e.feature in {"village", "town"} and (e.population or 0) < _CUE_POPULATION


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (punctuation stripped), or ""."""
    words = text[max(0, start - 24) : start].split()
    return words[-1].strip('.,;:()"') if words else ""


def _has_cue(text: str, start: int, prev_end: int | None) -> bool:
    if _word_before(text, start).lower() in _CUE_WORDS:
        return True
    if prev_end is not None and _LIST_GAP.fullmatch(text, prev_end, start):
        return True
    return _CUE_AFTER.match(text, start, min(len(text), start + 120)) is not None


_MILLION: Final = 500_000


@functools.lru_cache(maxsize=16384)
def _all_common(surface: str) -> bool:
    words = common_words()
    parts = [w.lower() for w in _WORD_SPLIT.split(surface) if w]
    return bool(parts) and all(w in words for w in parts)


def _common_word_hits(
    g: Gazetteer,
    hits: tuple[int, ...],
    surface: str,
    *,
    text: str,
    start: int,
    prev_end: int | None,
) -> tuple[int, ...]:
    """Keep the hits a name of common English words may stand for.

    "George", "White House" or "Human" is a place only when it is the canonical
    name itself and a country, a region, a city of half a million, or follows a
    geographic cue.
    """
    plain = surface.casefold()
    cue = None
    kept = []
    for x in hits:
        e = g.entries[x]
        if e.name.casefold() != plain:
            continue
        if e.feature in {"country", "region"} or (e.population or 0) >= _MILLION:
            kept.append(x)
            continue
        if cue is None:
            cue = _has_cue(text, start, prev_end)
        if cue:
            kept.append(x)
    return tuple(kept)


def _surface_key(surface: str) -> str:
    return fold(_strip_possessive(surface))


def _lookup(g: Gazetteer, key: str) -> tuple[tuple[int, ...], str]:
    former = g.by_former.get(key, ())
    if former:
        # A former name from the curated renamings outranks a place that
        # happens to bear that name today (Krasnoarmeysk is Pokrovsk).
        return former, "former"
    return g.by_key.get(key, ()) or g.by_alt.get(key, ()), "variant"


_CAPS: Final = (Shape.CAPITALISED, Shape.UPPER)
#: Parts a name may take after dashes ("Kupiansk-Vuzlovyi", "Rostov-on-Don").
_MAX_PARTS: Final = 4
_LIST_WORDS: Final = frozenset({"regions", "oblasts", "provinces"})
_LIST_SEPARATOR: Final = regex.compile(r",[ ]+|,?[ ]+(?:and|or)[ ]+")
_MAX_LIST: Final = 10


def _initials(tokens: Tokens, i: int) -> int:
    """The last token of initials such as "U.S." starting at ``i``, or -1."""
    key, shape, n = tokens.key, tokens.shape, len(tokens)
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


def _name_tokens(tokens: Tokens) -> list[tuple[int, int]]:
    """Candidate name words: a capitalised word with up to four dash-joined parts.

    Returns character spans, in order; "U.S." counts as one word.
    """
    out: list[tuple[int, int]] = []
    shape, start, end, n = tokens.shape, tokens.start, tokens.end, len(tokens)
    i = 0
    while i < n:
        if shape[i] not in _CAPS or not tokens.key[i][:1].isalpha():
            i += 1
            continue
        last = _initials(tokens, i)
        if last < 0:
            last = i
            for _ in range(_MAX_PARTS):
                nxt = last + 2
                if (
                    nxt < n
                    and shape[last + 1] == Shape.DASH
                    and tokens.joined(last + 1)
                    and tokens.joined(nxt)
                    and shape[nxt] in {Shape.WORD, Shape.CAPITALISED, Shape.UPPER}
                ):
                    last = nxt
                else:
                    break
            if last + 1 < n and tokens.key[last + 1] == "'s" and tokens.joined(last + 1):
                last += 1  # "People's" in "Donetsk People's Republic"; stripped at the end
        if end[last] - start[i] <= _MAX_TOKEN:
            out.append((start[i], end[last]))
        i = last + 1
    return out


def _runs(text: str, toks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for t in toks:
        if runs and _GAP.fullmatch(text, runs[-1][-1][1], t[0]):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _list_positions(tokens: Tokens, words: list[tuple[int, int]]) -> set[int]:
    """Starts of the names in a list governed by "regions" ("the Kyiv, Sumy and Odesa regions")."""
    text = tokens.cased
    by_end = {e: k for k, (_, e) in enumerate(words)}
    forced: set[int] = set()
    for r in tokens.anchors(Tag.REGIONWORD):
        if tokens.key[r] not in _LIST_WORDS or not tokens.surface(r).islower():
            continue
        gap_start = tokens.start[r]
        while gap_start > 0 and text[gap_start - 1] == " ":
            gap_start -= 1
        k = by_end.get(gap_start)
        if k is None or gap_start == tokens.start[r]:
            continue
        items = [k]
        while (
            k > 0
            and len(items) < _MAX_LIST
            and _LIST_SEPARATOR.fullmatch(text, words[k - 1][1], words[k][0])
        ):
            k -= 1
            items.append(k)
        if len(items) > 1:
            forced.update(words[x][0] for x in items)
    return forced


@functools.cache
def _org_words() -> frozenset[str]:
    """Organisation words, in any case ("the Vostok group", "Kyiv Post")."""
    return frozenset(w.casefold() for w in not_places()["org"])


def _excluded(text: str, run: Sequence[tuple[int, int]], i: int, n: int) -> bool:
    """Person names, titles and organisations are not places."""
    words = not_places()
    first = text[run[i][0] : run[i][1]]
    last_end = run[i + n - 1][1]
    if _word_before(text, run[i][0]) in words["title"]:
        return True
    if first in words["first"] or _strip_possessive(first) in words["surname"]:
        return True
    if i > 0 and text[run[i - 1][0] : run[i - 1][1]] in words["first"]:
        return True
    after = _WORD_AFTER.match(text, last_end, last_end + 30)
    return after is not None and after[1].casefold() in _org_words()


_FUZZY_FEATURES: Final = frozenset(
    {"country", "region", "river", "other", "district", "station", "city", "town"}
)
_FUZZY_MIN_KEY: Final = 6
_FUZZY_LONG_KEY: Final = 12
_FUZZY_MIN_POPULATION: Final = 10_000


@functools.cache
def _buckets() -> Mapping[tuple[str, int], tuple[str, ...]]:
    """Keys of the larger places by their first two letters and length.

    A typo rarely touches the first two letters, so a key is compared only
    with keys that share them and are at most two letters longer or shorter.
    """
    g = gazetteer()
    out: dict[tuple[str, int], list[str]] = {}
    for key, indexes in g.by_key.items():
        if len(key) < _FUZZY_MIN_KEY - 1:
            continue
        if any(
            g.entries[x].feature in _FUZZY_FEATURES
            or (g.entries[x].population or 0) >= _FUZZY_MIN_POPULATION
            for x in indexes
        ):
            out.setdefault((key[:2], len(key)), []).append(key)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in out.items()})


def _fuzzy(g: Gazetteer, key: str) -> tuple[int, ...]:
    """Places whose key is one or two edits from ``key``; none if the nearest are tied."""
    if g is not gazetteer():
        return ()
    return _fuzzy_key(key)


@functools.lru_cache(maxsize=16384)
def _fuzzy_key(key: str) -> tuple[int, ...]:
    g = gazetteer()
    if len(key) > _MAX_TOKEN:
        return ()
    buckets = _buckets()
    limit = 1 if len(key) < 7 else 2  # noqa: PLR2004 - short names allow one edit
    near = [
        k
        for n in range(len(key) - limit, len(key) + limit + 1)
        for k in buckets.get((key[:2], n), ())
    ]
    # A typo changes letters inside a name; a key that only extends or cuts
    # another ("North Koreans", "Ukrainian") is a different word, not a typo.
    near = [k for k in near if not (k.startswith(key) or key.startswith(k))]
    # Optimal string alignment: a transposition is one edit ("Donestk").
    matches = process.extract(key, near, scorer=OSA.distance, score_cutoff=limit, limit=None)
    scored = sorted((d, k) for k, d, _ in matches if 0 < d <= limit)
    if not scored:
        return ()
    best = [k for d, k in scored if d == scored[0][0]]
    found = tuple(dict.fromkeys(x for k in best for x in g.by_key[k]))
    names = {g.entries[x].name for x in found if g.entries[x].feature != "village"}
    return found if len(names) <= 1 else ()


@attrs.define
class _Scanner:
    """One pass over a text: tries spans of up to four tokens at each run position."""

    text: str
    g: Gazetteer
    fuzzy: bool
    strict: bool
    forced: set[int]
    prev_end: int | None = None

    def caps(self, start: int, end: int) -> Span | None:
        """A word in capitals: a canonical name ("KYIV") or a short country/region form ("UK")."""
        surface = self.text[start:end]
        key = _surface_key(surface)
        if len(surface) <= 3 or "." in surface:  # noqa: PLR2004 - "UK", "U.S.", "DPR"
            hits = [
                x
                for x in self.g.by_key.get(key, ())
                if self.g.entries[x].feature in {"country", "region"}
            ]
            return (
                Span(start=start, end=end, indexes=tuple(hits), match="variant") if hits else None
            )
        # Not an alias: "MONSTER" in a tabloid headline is not Münster.
        hits = [x for x in self.g.by_key.get(key, ()) if fold(self.g.entries[x].name) == key]
        if not hits:
            return None
        return Span(start=start, end=end, indexes=tuple(hits), match="variant", exact=tuple(hits))

    def suffixed(self, run: Sequence[tuple[int, int]], i: int, n: int, end: int) -> Span | None:
        """A name with a suffix ("Kharkiv region", "Oskil River") or in a region list."""
        start = run[i][0]
        surface = self.text[start:end]
        last = surface.rsplit(" ", 1)[-1].lower() if n > 1 else ""
        suffix = _SUFFIX.match(self.text, end)
        base_end, span_end = end, end
        if n > 1 and last in _SUFFIX_FEATURE:
            feature = _SUFFIX_FEATURE[last]
            base_end = run[i + n - 2][1]
        elif suffix is not None and start not in self.forced:
            feature = _SUFFIX_FEATURE[suffix["s"].lower().rstrip("s")]
            span_end = suffix.end()
        elif start in self.forced and n == 1:
            feature = "region"
        else:
            return None
        base_key = _surface_key(self.text[start:base_end])
        hits = [x for x in self.g.by_base.get(base_key, ()) if self.g.entries[x].feature == feature]
        if not hits:
            return None
        exact = tuple(
            x for x in hits if fold(_TYPE_WORD.sub("", self.g.entries[x].name)) == base_key
        )
        return Span(start=start, end=span_end, indexes=tuple(hits), match="variant", exact=exact)

    def plain(self, start: int, end: int, n: int) -> Span | None:
        """A name looked up by its variant key, then (for compounds) by a typo-level match."""
        surface = self.text[start:end]
        if surface in not_places().get("common", frozenset()) and not _has_cue(
            self.text, start, self.prev_end
        ):
            return None
        key = _surface_key(surface)
        hits, match = _lookup(self.g, key)
        if hits and not self.strict and _all_common(surface):
            hits = _common_word_hits(
                self.g, hits, surface, text=self.text, start=start, prev_end=self.prev_end
            )
        if hits:
            exact = tuple(
                x for x in hits if fold(self.g.entries[x].name) == key and match == "variant"
            )
            return Span(start=start, end=end, indexes=hits, match=match, exact=exact)
        if self.fuzzy and n > 1 and (self.strict or len(key) >= _FUZZY_LONG_KEY):
            # A compound with a typo ("Kupyansk Vazlovy") before its first word alone.
            near = _fuzzy(self.g, key)
            if near:
                return Span(start=start, end=end, indexes=near, match="fuzzy")
        return None

    def at(self, run: Sequence[tuple[int, int]], i: int) -> tuple[Span | None, int]:
        """The longest span starting at token ``i`` and how many tokens it takes."""
        for n in range(min(4, len(run) - i), 0, -1):
            start, end = run[i][0], run[i + n - 1][1]
            surface = self.text[start:end]
            if surface.isupper() and n == 1:
                span = self.caps(start, end)
            else:
                if _strip_possessive(surface) != surface:
                    end -= 2
                span = self.suffixed(run, i, n, end) or self.plain(start, end, n)
            # People, titles and organisations are checked only for a found name.
            if span is not None and _excluded(self.text, run, i, n):
                if n == 1:
                    return None, 1
                continue
            if span is not None:
                return span, n
        if self.fuzzy:
            found = _fuzzy_span(
                self.text, self.g, run, i, prev_end=self.prev_end, strict=self.strict
            )
            if found is not None:
                return found
        return None, 0


def _spans(
    text: str | Tokens, g: Gazetteer, *, fuzzy: bool = False, strict: bool = False
) -> Iterator[Span]:
    tokens = tokenize(text) if isinstance(text, str) else text
    words = _name_tokens(tokens)
    scan = _Scanner(
        text=tokens.cased,
        g=g,
        fuzzy=fuzzy,
        strict=strict,
        forced=_list_positions(tokens, words),
    )
    for run in _runs(tokens.cased, words):
        i = 0
        while i < len(run):
            span, n = scan.at(run, i)
            i += max(n, 1)
            if span is not None:
                scan.prev_end = span.end
                yield span


def _fuzzy_span(
    text: str,
    g: Gazetteer,
    run: Sequence[tuple[int, int]],
    i: int,
    *,
    prev_end: int | None,
    strict: bool,
) -> tuple[Span, int] | None:
    """A typo-level match: in strict mode, near a geographic cue, or for long compounds."""
    for n in range(min(3, len(run) - i), 0, -1):
        start, end = run[i][0], run[i + n - 1][1]
        surface = _strip_possessive(text[start:end])
        key = fold(surface)
        if len(key) < _FUZZY_MIN_KEY or surface.isupper() or _all_common(surface):
            continue
        if not (
            strict
            or len(key) >= _FUZZY_LONG_KEY
            or _has_cue(text, start, prev_end)
            or _SUFFIX.match(text, end) is not None
        ):
            continue
        hits = _fuzzy(g, key)
        if hits and not _excluded(text, run, i, n):
            return Span(start=start, end=start + len(surface), indexes=hits, match="fuzzy"), n
    return None


def rank(
    g: Gazetteer,
    span: Span,
    *,
    near: frozenset[str] = frozenset(),
    dominant: tuple[str | None, str | None] = (None, None),
    allowed: frozenset[int] | None = None,
) -> list[tuple[float, Entry]]:
    """Score the entries a span may stand for, best first.

    Population and feature give the base; a place the span spells by its own
    canonical name, a Ukrainian place, the regions named nearby, and the
    oblast and raion the document is about add to it.
    """
    pool = [x for x in span.indexes if allowed is None or x in allowed]
    scored = []
    for x in pool:
        e = g.entries[x]
        s = _base_score(e)
        if x in span.exact:
            s += _EXACT_BONUS
        if e.country == "UA":
            s += _UKRAINE_PRIOR
        if e.admin1 is not None and e.admin1 in near and e.feature != "region":
            s += 6.0
        if e.country == "UA" and e.feature not in {"region", "country"}:
            if dominant[0] is not None and e.admin1 == dominant[0]:
                s += 3.0
            if dominant[1] is not None and e.raion == dominant[1]:
                s += 3.0
        scored.append((s, x, e))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(sc, e) for sc, _, e in scored]


def confidence(ranked: Sequence[tuple[float, Entry]]) -> float:
    """1.0 for a single candidate; lower the closer the runner-up scored."""
    if len(ranked) < 2:  # noqa: PLR2004
        return 1.0
    margin = ranked[0][0] - ranked[1][0]
    return 0.6 + 0.4 * min(1.0, margin / 5.0)


def _choose(
    g: Gazetteer,
    span: Span,
    text: str,
    *,
    regions: Sequence[tuple[int, str]],
    dominant: tuple[str | None, str | None],
    prev_end: int | None,
) -> tuple[Entry, float] | None:
    cue = None
    allowed = set()
    for x in span.indexes:
        if _needs_cue(g.entries[x]):
            if cue is None:
                cue = _has_cue(text, span.start, prev_end)
            if not cue:
                continue
        allowed.add(x)
    lo = bisect.bisect_left(regions, (span.start - _WINDOW, ""))
    hi = bisect.bisect_right(regions, (span.start + _WINDOW, "\uffff"))
    near = frozenset(name for _, name in regions[lo:hi])
    ranked = rank(g, span, near=near, dominant=dominant, allowed=frozenset(allowed))
    if not ranked:
        return None
    return ranked[0][1], confidence(ranked)


def _place(e: Entry, surface: str, match: str, confidence: float) -> Place:
    plain = _strip_possessive(surface)
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


def find_places(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every place name with its canonical record."""
    g = gazetteer()
    text = tokens.cased
    spans = list(_spans(tokens, g, fuzzy=ctx.options.fuzzy_places))
    regions: list[tuple[int, str]] = []
    settled: Counter[tuple[str | None, str | None]] = Counter()
    for s in spans:
        entries = [g.entries[x] for x in s.indexes]
        if all(e.feature == "region" for e in entries) and len({e.name for e in entries}) == 1:
            regions.append((s.start, entries[0].name))
        if (
            len(entries) == 1
            and entries[0].country == "UA"
            and entries[0].feature in {"city", "town", "village"}
            and entries[0].admin1 != "Kyiv"
        ):
            settled[(entries[0].admin1, entries[0].raion)] += 1
    admin_counts: Counter[str | None] = Counter()
    for (a, _), c in settled.items():
        admin_counts[a] += c
    top_admin = admin_counts.most_common(1)
    top_raion = settled.most_common(1)
    dominant = (
        top_admin[0][0] if top_admin and top_admin[0][1] >= _MIN_DOMINANT else None,
        top_raion[0][0][1] if top_raion and top_raion[0][1] >= _MIN_DOMINANT else None,
    )
    prev_end = None
    for s in spans:
        chosen = _choose(g, s, text, regions=regions, dominant=dominant, prev_end=prev_end)
        prev_end = s.end
        if chosen is None:
            continue
        e, confidence = chosen
        yield Candidate(
            start=s.start, end=s.end, value=_place(e, text[s.start : s.end], s.match, confidence)
        )
