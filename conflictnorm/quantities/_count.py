# SPDX-License-Identifier: MIT
"""Counts: how many of something ("150,000 troops", "several hundred soldiers").

A number is a count only when a counted noun from ``data/count_nouns.txt``
follows within three modifier words (the last such noun is the head:
"17 artillery guns" counts guns), or when it states a population.
Years, ordinals ("1486th"), model names ("S-300"), times and ratios are not
counts.

>>> from conflictnorm.quantities import parse_count, render_count
>>> c = parse_count("about 300 Russian soldiers")
>>> c.value, c.mod, c.noun, render_count(c)
(300.0, 'approx', 'soldiers', 'about 300 soldiers')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._text import APOSTROPHES, DASHES, esc
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Count
from conflictnorm.numbers import AMOUNT, Amount, parse_amount, render_amount, takes_of
from conflictnorm.quantities._common import data_lines
from conflictnorm.text import Tokens, tokenize

__all__ = ["find_counts", "parse_count", "render_count"]

#: Words that end the search for a counted noun: function words, verbs, and
#: nouns of time and measure (those numbers are dates and quantities).
_STOP: Final = [
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "by",
    "did",
    "do",
    "does",
    "during",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "not",
    "no",
    "nor",
    "of",
    "on",
    "or",
    "over",
    "per",
    "said",
    "says",
    "she",
    "since",
    "so",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "under",
    "until",
    "up",
    "was",
    "were",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "would",
    "more_than",
    "percent",
    "per_cent",
    "pct",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "metre",
    "metres",
    "meter",
    "meters",
    "feet",
    "foot",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "hectares",
    "acres",
    "dollars",
    "euros",
    "hryvnias",
    "roubles",
    "rubles",
    "pounds",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]
_WORD_CHARS: Final = r"[\w" + esc(APOSTROPHES + DASHES) + r"]"
#: Number words cannot be modifiers: "1 damaged two substations" is no count of 1.
_NUMBER_WORDS: Final = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "several",
    "few",
]
_MODIFIER: Final = (
    r"(?!(?:"
    + "|".join(_STOP + _NUMBER_WORDS)
    + r")(?!"
    + _WORD_CHARS
    + r"))[^\W\d]"
    + _WORD_CHARS
    + r"*+"
)
_POPULATION: Final = (
    r"\bpopulation\s+(?:of|was|is|stood\s+at|numbered|had\s+been|reached)\s+"
    r"(?P<pop>" + AMOUNT + r")(?![\w%]|\s*(?:per\s?cent|percent)|[.,]\d)"
)


@functools.cache
def _tail_source() -> str:
    """What follows the amount of a count: "of", up to three modifiers, the noun."""
    nouns = sorted(data_lines("count_nouns.txt"), key=len, reverse=True)
    return (
        r"(?:\s+of(?!" + _WORD_CHARS + r"))?+(?:\s+" + _MODIFIER + r"){0,3}\s+(?P<noun>"
        + "|".join(re.escape(n) for n in nouns) + r")(?!" + _WORD_CHARS + r")"
    )  # fmt: skip


@functools.cache
def _tail() -> re.Pattern[str]:
    return re.compile(_tail_source(), re.IGNORECASE)


_POPULATION_RE: Final = re.compile(_POPULATION, re.IGNORECASE)
#: How many tokens after its amount a count's noun may end ("of", three modifiers
#: that may be hyphenated, the noun).
_TAIL_TOKENS: Final = 14
_POPULATION_TOKENS: Final = 30


def _count(a: Amount, noun: str | None) -> Count:
    return Count(value=a.value, low=a.low, high=a.high, mod=a.mod, noun=noun)


def find_counts(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every count: an amount followed by a counted noun, or a stated population.

    With ``ctx.strict`` (the whole text is one expression) a bare amount is a
    count too, with no noun.
    """
    tail, cased, end, n = _tail(), tokens.cased, tokens.end, len(tokens)
    for span in ctx.amounts.spans:
        t = tail.match(cased, span.end, end[min(n - 1, span.last + _TAIL_TOKENS)])
        if t is not None:
            yield Candidate(
                start=span.start, end=t.end(), value=_count(span.amount, t["noun"].lower())
            )
        elif ctx.strict:
            yield Candidate(start=span.start, end=span.end, value=_count(span.amount, None))
    for i in tokens.positions("population"):
        m = _POPULATION_RE.match(cased, tokens.start[i], end[min(n - 1, i + _POPULATION_TOKENS)])
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
