# SPDX-License-Identifier: MIT
"""Counts: how many of something ("150,000 troops", "several hundred soldiers").

A number is a count when a counted noun heads the phrase after it ("17
artillery guns" counts guns; any plural noun will do, see `_nouns`), when its
sentence says what it counts ("the number of deaths in April was 169", "nine
were injured", "14 more"), or when it states a population. Fractions and
ordinals ("a third battalion", "three and a half times"), years, model names
("S-300"), times and ratios are not counts.

>>> from conflictnorm.quantities import parse_count, render_count
>>> c = parse_count("about 300 Russian soldiers")
>>> c.value, c.mod, c.noun, render_count(c)
(300.0, 'approx', 'soldiers', 'about 300 soldiers')

More information: RECORDS.md, "count" and "Counts whose noun is elsewhere".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._lazy import lazy_pattern
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Count
from conflictnorm.numbers import (
    AMOUNT,
    Amount,
    Amounts,
    AmountSpan,
    parse_amount,
    render_amount,
    takes_of,
)
from conflictnorm.quantities._nouns import LISTED, PLURAL, SHAPED, link_roles, noun_class
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["find_counts", "parse_count", "render_count"]

_POPULATION: Final = (
    r"\bpopulation\s+(?:of|was|is|stood\s+at|numbered|had\s+been|reached)\s+"
    r"(?P<pop>" + AMOUNT + r")(?![\w%]|\s*(?:per\s?cent|percent)|[.,]\d)"
)
_POPULATION_RE: Final = lazy_pattern(_POPULATION, re.IGNORECASE)
_POPULATION_TOKENS: Final = 30
#: How many words a count's noun phrase may take after its amount: up to three
#: modifiers and the noun (a hyphenated compound is one word).
_PHRASE_WORDS: Final = 4
#: How far before a number its sentence's cue ("the number of", "totaled") may be.
_FRAME_TOKENS: Final = 60
#: How far before a change verb ("totaled") its subject's noun may be.
_SUBJECT_TOKENS: Final = 40
#: How far before a number a change verb may be ("fell from ... 1,500").
_CHANGE_TOKENS: Final = 12
#: How far after a count a number may continue its list ("..., 97 in June").
_LIST_TOKENS: Final = 30
_WORD_SHAPES: Final = frozenset({Shape.WORD, Shape.CAPITALISED, Shape.UPPER})
#: Tags of words that end a count's noun phrase: number words, calendar words, shares.
_ENDS_PHRASE: Final = (
    Tag.NUMBER | Tag.VAGUE | Tag.MONTH | Tag.WEEKDAY | Tag.TIMEUNIT | Tag.PERCENT | Tag.AGO
)
#: Suffixes after digits that scale them ("5m people", "1.2m tons", "20k troops").
_SCALE_SUFFIXES: Final = {"m": 1e6, "k": 1e3}
#: Words before a year-shaped number that make it a year ("in 2022 drones were...").
_BEFORE_YEAR: Final = frozenset(
    {"in", "since", "by", "from", "until", "till", "during", "before", "after", "of", "for",
     "to", "and", "or", "early", "mid", "late", "year", "through"}
)  # fmt: skip
#: Words before a number that make it the subject of the verb after it.
_SUBJECT_BEFORE: Final = frozenset(
    {",", ";", ":", "(", "-", "and", "but", "while", "whereas", "another", "only", "just",
     "then", "that", "said", "says", "say", "reported", "added"}
)  # fmt: skip
#: How far inside brackets a number may stand ("(a week earlier some 18,657)").
_BRACKET_TOKENS: Final = 5
_COORDINATORS: Final = frozenset({"and", "or", "to"})
_OUT: Final = "out"
_OF: Final = "of"


class _Head(NamedTuple):
    """The noun a count's phrase ends with, and where a place inside it starts."""

    noun: str
    last: int
    cut: int | None


class _Taken:
    """Spans the kinds before counts found (dates, measurements, percents): no bare count there."""

    def __init__(self, ctx: Context) -> None:
        spans = sorted(
            (c.start, c.end)
            for kind in ("date", "quantity", "percent")
            for c in ctx.memory.found.get(kind, ())
        )
        self._starts = [s for s, _ in spans]
        #: The furthest end of the spans up to each one (they may nest).
        self._reach: list[int] = []
        far = 0
        for _, e in spans:
            far = max(far, e)
            self._reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any taken span overlaps ``[start, end)``."""
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start


def _places(ctx: Context) -> Mapping[int, int]:
    """Start -> end of every place found before counts ran."""
    return {c.start: c.end for c in ctx.memory.found.get("place", ())}


def _whole(a: Amount) -> bool:
    """A count is a whole number: fractions ("a third", "three and a half") are not counts."""
    return all(x is None or float(x).is_integer() for x in (a.value, a.low, a.high))


def _count(a: Amount, noun: str | None) -> Count:
    return Count(value=a.value, low=a.low, high=a.high, mod=a.mod, noun=noun)


def _scaled(a: Amount, factor: float) -> Amount | None:
    scaled = a.scaled(factor)
    return scaled if _whole(scaled) else None


def _joined(tokens: Tokens, i: int) -> bool:
    return tokens.start[i] == tokens.end[i - 1]


def _noun_phrase(
    tokens: Tokens, first: int, *, one: bool, places: Mapping[int, int]
) -> _Head | None:
    """The head noun of the phrase from token ``first`` ("Iskander-M ballistic missiles").

    Words are runs of tokens without space between them ("Shahed-type",
    "Su-34"). The first plural is the head; for "one" the last known counted
    noun of the run is ("one armoured combat vehicle"). A place inside the
    phrase is skipped over and remembered: the count stops before it.
    """
    key, shape, tags, start, n = tokens.key, tokens.shape, tokens.tags, tokens.start, len(tokens)
    i = first
    if i < n and key[i] == _OF and i + 1 < n:
        i += 1
    words = 0
    listed: int | None = None
    weak: int | None = None
    cut: int | None = None
    while i < n and words < _PHRASE_WORDS:
        place_end = places.get(start[i])
        if place_end is not None:
            cut = i if cut is None else cut
            while i < n and start[i] < place_end:
                i += 1
            words += 1
            continue
        if shape[i] not in _WORD_SHAPES or tags[i] & _ENDS_PHRASE:
            break
        # One word: this token and the tokens joined to it ("Shahed-type", "Tu-95MS").
        j = i
        while j + 1 < n and _joined(tokens, j + 1) and shape[j + 1] != Shape.APOSTROPHE:
            if shape[j + 1] not in (*_WORD_SHAPES, Shape.DASH, Shape.NUMBER):
                break
            j += 1
        last_part = j if shape[j] in _WORD_SHAPES else None
        if j == i:
            cls = noun_class(key[i])
            if cls == 0:
                break
        else:
            cls = 0 if last_part is None else noun_class(key[last_part])
        if last_part is not None and cls & PLURAL and not one:
            if not cls & SHAPED or (
                shape[last_part] == Shape.UPPER and tokens.text[tokens.end[last_part] - 1] == "S"
            ):
                # "artillery guns", "HIMARS rockets": a collective or a name may modify.
                weak = last_part if weak is None else weak
            else:
                return _Head(key[last_part], last_part, cut)
        if last_part is not None and cls & LISTED:
            listed = last_part
        words += 1
        i = j + 1
    if one and listed is not None:
        return _Head(key[listed], listed, cut)
    if weak is not None:
        return _Head(key[weak], weak, cut)
    return None


def _is_one(a: Amount) -> bool:
    return a.value == 1.0


def _fits(a: Amount, noun: str) -> bool:
    """Whether ``noun`` could head a count of ``a`` written out ("1 vehicle", "3 drones")."""
    return bool(noun_class(noun) & (LISTED if _is_one(a) else PLURAL))


def _year_like(tokens: Tokens, span: AmountSpan) -> bool:
    """A bare year-shaped number ("2022"), read as a count only before a known noun."""
    return span.first == span.last and bool(tokens.tags[span.first] & Tag.YEAR)


def _compound_after(tokens: Tokens, span: AmountSpan) -> bool:
    """Whether the amount is part of a hyphenated word ("16-storey", "one-third"): no count."""
    j = span.last + 1
    return (
        j + 1 < len(tokens)
        and tokens.shape[j] == Shape.DASH
        and _joined(tokens, j)
        and _joined(tokens, j + 1)
    )


def _multiplier(tokens: Tokens, head: _Head) -> bool:
    """Whether "times" multiplies ("three times more", "four times as many"): no count."""
    j = head.last + 1
    return head.noun == "times" and j < len(tokens) and tokens.key[j] in link_roles()["times"]


def _named(tokens: Tokens, first: int) -> bool:
    """Whether the number is part of a name: "Article 5", "Route 66", "No. 3", "#4"."""
    key, names = tokens.key, link_roles()["name"]
    before = key[first - 1] if first > 0 else ""
    return before in names or (before == "." and first > 1 and key[first - 2] in names)


def _counted(
    tokens: Tokens, span: AmountSpan, places: Mapping[int, int]
) -> tuple[Amount, _Head] | None:
    """The amount and head noun of a count read from its own phrase, if there is one."""
    amount, first, n = span.amount, span.last + 1, len(tokens)
    if first >= n or _named(tokens, span.first):
        return None
    if _joined(tokens, first):
        factor = (
            _SCALE_SUFFIXES.get(tokens.key[first]) if tokens.shape[first] == Shape.WORD else None
        )
        scaled = None if factor is None else _scaled(amount, factor)
        if scaled is None or first + 1 >= n or _joined(tokens, first + 1):
            return None
        head = _noun_phrase(tokens, first + 1, one=False, places=places)
        return None if head is None else (scaled, head)
    head = _noun_phrase(tokens, first, one=_is_one(amount), places=places)
    if head is None or _multiplier(tokens, head):
        return None
    if _year_like(tokens, span) and (
        not noun_class(head.noun) & LISTED
        or (span.first > 0 and tokens.key[span.first - 1] in _BEFORE_YEAR)
    ):
        return None
    return amount, head


def _phrase_end(tokens: Tokens, span: AmountSpan, head: _Head) -> int:
    """Where a count ends: after its noun, or before a place inside its phrase."""
    if head.cut is None:
        return tokens.end[head.last]
    last = head.cut - 1
    while last > span.last and tokens.key[last] == _OF:
        last -= 1
    return tokens.end[last]


class _Sentence:
    """What one sentence says it counts, read once when a bare number asks."""

    def __init__(self, tokens: Tokens, amounts: Amounts, i: int) -> None:
        self.first, self.last = tokens.sentence_span(i)
        self.tokens = tokens
        self.amounts = amounts
        #: Token of the last count of the list this sentence is in, and its noun.
        self.last_count: int | None = None
        self.last_noun: str | None = None

    def frame_noun(self, i: int) -> tuple[bool, str | None]:
        """Whether a frame before token ``i`` says what the sentence counts, and its noun.

        Frames: "the number of X", "the toll", "a total of"; and a change verb
        ("totaled", "fell to") after a plural subject.
        """
        tokens, roles = self.tokens, link_roles()
        key, lo = tokens.key, max(self.first, i - _FRAME_TOKENS)
        for k in range(i - 1, lo - 1, -1):
            word = key[k]
            if word in roles["frame"] and (word != "number" or (k + 1 < i and key[k + 1] == _OF)):
                head = _frame_head(tokens, k + 1, i)
                if head is not None or word != "number":
                    return True, head
        clause = max(self.first, tokens.clause_start(i), i - _CHANGE_TOKENS)
        for k in range(i - 1, clause - 1, -1):
            if key[k] in roles["change"]:
                subject = self._subject(k)
                if subject is not None:
                    return True, subject
        return False, None

    def _subject(self, verb: int) -> str | None:
        """The nearest plural noun before a change verb, unless it counts no things ("prices")."""
        tokens, uncounted = self.tokens, link_roles()["uncounted"]
        key = tokens.key
        for k in range(verb - 1, max(self.first, verb - _SUBJECT_TOKENS) - 1, -1):
            if (
                tokens.shape[k] in _WORD_SHAPES
                and not tokens.tags[k] & _ENDS_PHRASE
                and noun_class(key[k]) & PLURAL
            ):
                return None if key[k] in uncounted else key[k]
        return None


def _frame_head(tokens: Tokens, first: int, before: int) -> str | None:
    """The counted noun of "number of [modifiers] X", read as a count's own phrase."""
    head = _noun_phrase(tokens, first, one=False, places={})
    return None if head is None or head.last >= before else head.noun


def _capitalised_name_before(tokens: Tokens, i: int, sentence_first: int) -> bool:
    """Whether a capitalised word (not a month) names the number: "Article 5", "Route 66"."""
    j = i - 1
    return (
        j > sentence_first
        and tokens.shape[j] in {Shape.CAPITALISED, Shape.UPPER}
        and not tokens.tags[j] & (Tag.MONTH | Tag.QUALIFIER)
    )


def _bare_link(
    tokens: Tokens, span: AmountSpan, sentence: _Sentence
) -> tuple[int, str | None] | None:
    """Whether a number with no noun after it is a count: (its end, its noun) or None."""
    key, shape, n, roles = tokens.key, tokens.shape, len(tokens), link_roles()
    first, nxt = span.first, span.last + 1
    before = key[first - 1] if first > sentence.first else ""
    if (
        before in roles["guard"]
        or _named(tokens, first)
        or _capitalised_name_before(tokens, first, sentence.first)
    ):
        return None
    if (
        nxt < n
        and _joined(tokens, nxt)
        and shape[nxt] not in {Shape.PUNCTUATION, Shape.SENTENCE_END}
    ):
        return None
    after = key[nxt] if nxt < n else ""
    framed, frame_noun = sentence.frame_noun(first)
    local = frame_noun if framed else None
    # "14 more", "three others": the word is part of the count.
    if after in roles["tail"] and not (nxt + 1 < n and key[nxt + 1] == "than"):
        follow = key[nxt + 1] if nxt + 1 < n else ""
        if nxt + 1 >= n or not noun_class(follow) or follow in roles["verb"]:
            return tokens.end[nxt], local
    # "nine out of the 15 victims", "12 of them", "three of the five drones".
    if (after == _OUT and nxt + 1 < n and key[nxt + 1] == _OF) or (
        after == _OF and not _is_one(span.amount) and _partitive(tokens, nxt + 1, sentence)
    ):
        return span.end, local
    # "nine were injured", "two flew into Belarus": the number is the subject.
    subject = first == sentence.first or before in _SUBJECT_BEFORE
    if subject and after and shape[nxt] in _WORD_SHAPES and _is_verb(tokens, nxt):
        return span.end, local
    # "14 and 9 vehicles": the number shares the noun of the next one.
    shared = _shared_noun(tokens, span, sentence)
    if shared is not None:
        return span.end, shared
    # A number of a list the sentence counts: "the number of wounded in July was 240,
    # compared with 212 in May"; "410 people fled, in May 380".
    listed = (
        before in roles["before"]
        or before in roles["change"]
        or bool(first > sentence.first and tokens.tags[first - 1] & Tag.MONTH)
        or _in_brackets_after_count(tokens, first, sentence)
    )
    if not listed or (after and after not in roles["after"] and nxt < n):
        return None
    if before == "," and after == "," and first >= 2 and shape[first - 2] in _WORD_SHAPES:  # noqa: PLR2004
        return None  # "a woman, 55, was injured": an age
    if framed:
        return span.end, frame_noun
    if sentence.last_count is not None and first - sentence.last_count <= _LIST_TOKENS:
        return span.end, sentence.last_noun
    return None


def _in_brackets_after_count(tokens: Tokens, first: int, sentence: _Sentence) -> bool:
    """Whether a number stands in brackets right after a count.

    "8,709 deaths (8,574)", "18,817 civilians (a week earlier some 18,657)".
    """
    last = sentence.last_count
    if last is None:
        return False
    for k in range(first - 1, max(sentence.first, first - _BRACKET_TOKENS) - 1, -1):
        if tokens.key[k] == "(":
            return k - 1 == last
    return False


def _shared_noun(tokens: Tokens, span: AmountSpan, sentence: _Sentence) -> str | None:
    """The noun a number shares with the next one: "1,520 and 1,517 systems"."""
    nxt = span.last + 1
    if nxt + 1 > sentence.last or tokens.key[nxt] not in _COORDINATORS:
        return None
    other = sentence.amounts.by_first.get(nxt + 1)
    if other is None:
        return None
    found = _counted(tokens, other, {})
    return None if found is None else found[1].noun


def _partitive(tokens: Tokens, j: int, sentence: _Sentence) -> bool:
    """Whether "N of" goes on with a pronoun or another amount: "12 of them", "3 of the 5"."""
    key = tokens.key
    if j > sentence.last:
        return False
    if key[j] in link_roles()["pronoun"]:
        return True
    if key[j] == "the" and j + 1 <= sentence.last:
        j += 1
    return sentence.amounts.by_first.get(j) is not None


def _is_verb(tokens: Tokens, i: int) -> bool:
    """A verb right after a number makes it a subject: "were", "died", "flew", "crashed"."""
    word = tokens.key[i]
    return (
        word in link_roles()["verb"]
        or bool(tokens.tags[i] & Tag.PAST)
        or (len(word) > 4 and word.endswith("ed") and not noun_class(word) & LISTED)  # noqa: PLR2004
    )


def _countable(tokens: Tokens, span: AmountSpan) -> bool:
    """Guards every count: whole numbers, no hyphenated word, no decimal year."""
    return _whole(span.amount) and not _compound_after(tokens, span)


def find_counts(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every count: an amount and its noun, a number its sentence counts, a population.

    With ``ctx.strict`` (the whole text is one expression) a bare amount is a
    count too, with no noun.
    """
    places = _places(ctx)
    taken: _Taken | None = None
    sentence: _Sentence | None = None
    for span in ctx.amounts.spans:
        if not _countable(tokens, span):
            continue
        if sentence is None or not sentence.first <= span.first <= sentence.last:
            sentence = _Sentence(tokens, ctx.amounts, span.first)
        found = _counted(tokens, span, places)
        if found is not None:
            amount, head = found
            sentence.last_count, sentence.last_noun = head.last, head.noun
            yield Candidate(
                start=span.start,
                end=_phrase_end(tokens, span, head),
                value=_count(amount, head.noun),
            )
            continue
        if ctx.strict:
            # The whole text is one count: a bare amount, or one with its own word ("14 more").
            yield Candidate(start=span.start, end=span.end, value=_count(span.amount, None))
        elif _year_like(tokens, span):
            continue
        else:
            taken = _Taken(ctx) if taken is None else taken
            if taken.overlaps(span.start, span.end):
                continue
        link = _bare_link(tokens, span, sentence)
        if link is None:
            # "aged 4, 7 and 12": a number that is no count ends the list before it.
            sentence.last_count = None
            continue
        end, noun = link
        sentence.last_count, sentence.last_noun = span.last, noun
        if noun is not None and not _fits(span.amount, noun):
            noun = None  # a noun its own count could not have: "1 consumers"
        yield Candidate(start=span.start, end=end, value=_count(span.amount, noun))
    yield from _populations(tokens)


def _populations(tokens: Tokens) -> Iterator[Candidate]:
    cased, end, n = tokens.cased, tokens.end, len(tokens)
    for i in tokens.positions("population"):
        m = _POPULATION_RE().match(cased, tokens.start[i], end[min(n - 1, i + _POPULATION_TOKENS)])
        if m is None:
            continue
        try:
            value = _count(parse_amount(m["pop"]), None)
        except ParseError:
            continue
        yield Candidate(start=m.start("pop"), end=m.end(), value=value)


def parse_count(s: str) -> Count:
    """Parse one count ("about 300 soldiers", "several hundred", "150,000").

    A bare amount is accepted and gets ``noun`` None.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not one count.
    """
    tokens = tokenize(ensure_type(s, str, "a count").strip())
    found = spanning(tokens, find_counts(tokens, context_for(tokens, strict=True)))
    if found is None:
        msg = f"not a count: {s!r}"
        raise ParseError(msg, value=s)
    return found.value  # type: ignore[return-value]


def render_count(c: Count) -> str:
    """Return the canonical English form ("more than 30 settlements").

    Raises:
        InvalidInputError: the value has no canonical form (inconsistent bounds).
    """
    a = Amount(value=c.value, low=c.low, high=c.high, mod=c.mod)
    amount = render_amount(a)
    if c.noun is None:
        return amount
    return amount + (" of " if takes_of(a) else " ") + c.noun
