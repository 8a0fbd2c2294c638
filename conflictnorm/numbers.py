# SPDX-License-Identifier: MIT
"""The number grammar shared by percents, counts and measurements.

A written amount is a number ("150,000", "1.5 million", "twenty-one", "a
dozen"), a range ("10 to 15", "between 10 and 15", "two or three") or a vague
amount ("several hundred", "tens of thousands"), optionally after a qualifier
("about", "more than", "up to"). `AMOUNT` is the pattern that finds one in
running text; `parse_amount` reads one strictly into an `Amount`, and
`render_amount` writes the canonical form back.

>>> from conflictnorm.numbers import parse_amount, render_amount
>>> parse_amount("more than 1,500")
Amount(value=1500.0, low=1500.0, high=None, mod='more_than')
>>> render_amount(parse_amount("several hundred"))
'several hundred'

Bounds follow RECORDS.md: "more than N" and "at least N" give ``low`` N,
"nearly N" and "up to N" give ``high`` N, "about N" gives no bounds, a range
gives ``low`` and ``high`` with no value, and a vague amount gives the bounds
of its table row.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Final, NamedTuple, overload

import attrs

from conflictnorm._lazy import lazy_pattern
from conflictnorm._text import DASHES, THOUSANDS_SEPARATORS, esc
from conflictnorm.errors import InvalidInputError, ParseError, ensure_type
from conflictnorm.text import Tag, Tokens, fold_lookalikes

__all__ = [
    "AMOUNT",
    "AMOUNT_CORE",
    "AND_FRACTION",
    "MAX_EXPRESSION_TOKENS",
    "NUMBER",
    "NUMBER_AFTER_DASH",
    "QUALIFIER",
    "QUALIFIERS",
    "Amount",
    "AmountSpan",
    "Amounts",
    "article_amount",
    "bounded",
    "change_partner",
    "fraction_after",
    "is_change",
    "match_tokens",
    "parse_amount",
    "parse_number",
    "qualifier_before",
    "render_amount",
    "render_number",
    "render_signed_amount",
    "scan_amounts",
    "takes_of",
]

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip
_ABBREVIATED_SCALES: Final = {"bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000}
#: Single-word amounts that are not built from the tables above.
_SPECIAL: Final = {
    "a dozen": 12, "half a dozen": 6, "a couple": 2, "a couple of": 2, "a pair": 2,
    "a pair of": 2, "half": 0.5, "a half": 0.5, "a third": 1 / 3, "a quarter": 0.25,
}  # fmt: skip

#: Qualifier phrases and the TIMEX3 ``mod`` they stand for.
QUALIFIERS: Final = {
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx",
    "approximately": "approx", "approx.": "approx", "an estimated": "approx",
    "estimated": "approx", "circa": "approx", "nearly": "less_than",
    "almost": "less_than", "just under": "less_than", "under": "less_than",
    "fewer than": "less_than", "less than": "less_than", "just below": "less_than",
    "below": "less_than", "close to": "less_than", "more than": "more_than",
    "over": "more_than", "above": "more_than", "upward of": "more_than",
    "upwards of": "more_than", "just over": "more_than", "in excess of": "more_than",
    "well over": "more_than", "up to": "equal_or_less", "as many as": "equal_or_less",
    "at most": "equal_or_less", "no more than": "equal_or_less",
    "not more than": "equal_or_less", "within": "equal_or_less",
    "at least": "equal_or_more",
    "no fewer than": "equal_or_more", "no less than": "equal_or_more",
    "not less than": "equal_or_more",
}  # fmt: skip

#: The qualifier `render_amount` writes for each mod.
_CANONICAL_QUALIFIER: Final = {
    "approx": "about",
    "less_than": "less than",
    "more_than": "more than",
    "equal_or_less": "up to",
    "equal_or_more": "at least",
}

#: Vague amounts and their bounds (RECORDS.md, "Vague amounts").
VAGUE: Final = {
    "a few": (2, 5), "several": (3, 9), "a few dozen": (24, 60), "several dozen": (36, 108),
    "dozens": (24, 99), "a few hundred": (200, 500), "several hundred": (300, 900),
    "hundreds": (200, 999), "a few thousand": (2_000, 5_000),
    "several thousand": (3_000, 9_000), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens": (20, 99), "a few million": (2_000_000, 5_000_000),
    "several million": (3_000_000, 9_000_000), "millions": (2_000_000, 9_999_999),
}  # fmt: skip
_VAGUE_BY_BOUNDS: Final[dict[tuple[float, float], str]] = {
    bounds: phrase for phrase, bounds in VAGUE.items()
}


def _alt(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any white space."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


#: Thousands separators: a comma, the spaces of THOUSANDS_SEPARATORS, and a plain space
#: ("1 100 soldiers", as translated Ukrainian and Russian copy writes it).
_SEP: Final = "[, " + esc(THOUSANDS_SEPARATORS) + "]"
_DASH: Final = "[" + esc(DASHES) + "]"

#: Digits, with thousands separators or a decimal part; never inside a token.
_DIGITS_CORE: Final = (
    r"(?:\d{1,3}(?:" + _SEP + r"\d{3})++(?:\.\d++)?+"
    r"|\d{1,3}(?:\.\d{3})++(?!\d)"
    r"|\d++(?:[.,]\d++)?+)"
    r"(?![.,:/]\d)"
)
#: What may not stand right before a number: a letter or digit, a separator, a
#: currency sign, a dash ("T-72", "S-300").
_DIGITS_BEFORE: Final = r"(?<![\w.,/:$€£¥₴₽" + esc(DASHES) + r"])"
_DIGITS: Final = _DIGITS_BEFORE + _DIGITS_CORE
_WORD: Final = _alt([*_UNITS, *_TENS, *_SCALES, "dozen"])
_WORDS: Final = (
    r"(?:\ba\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    r"\b(?:"
    + _WORD
    + r")(?:(?:\s+and\s+(?!(?:two|three)[\s"
    + esc(DASHES)
    + r"]+(?:thirds|quarters)\b)"
    r"|\s*" + _DASH + r"\s*|\s+)(?:" + _WORD + r")){0,11}+\b"
)
_SCALE_SUFFIX: Final = (
    r"(?:\s*(?:" + _alt(_ABBREVIATED_SCALES) + r")\b|\s+(?:" + _alt([*_SCALES, "dozen"]) + r")\b)"
)
#: Vulgar fractions written right after digits ("1\N{VULGAR FRACTION ONE HALF}").
_VULGAR: Final = {
    unicodedata.lookup("VULGAR FRACTION ONE HALF"): 1 / 2,
    unicodedata.lookup("VULGAR FRACTION ONE QUARTER"): 1 / 4,
    unicodedata.lookup("VULGAR FRACTION THREE QUARTERS"): 3 / 4,
    unicodedata.lookup("VULGAR FRACTION ONE THIRD"): 1 / 3,
    unicodedata.lookup("VULGAR FRACTION TWO THIRDS"): 2 / 3,
    unicodedata.lookup("VULGAR FRACTION ONE EIGHTH"): 1 / 8,
}
#: Fractions after a whole number in words ("two and a half", "one and three quarters").
_AND_FRACTIONS: Final = {
    "a half": 1 / 2, "one half": 1 / 2, "a quarter": 1 / 4, "one quarter": 1 / 4,
    "three quarters": 3 / 4, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
}  # fmt: skip
_AND_FRACTION: Final = (
    r"\s+and\s+(?:" + _alt(_AND_FRACTIONS).replace(r"\s+", r"[\s" + esc(DASHES) + r"]+") + r")\b"
)
#: A fraction after a whole number of at most three digits: "10 1/2", "2 and a half",
#: or a vulgar fraction right after the digits.
_DIGIT_FRACTION: Final = (
    r"(?:(?<!\d{4})\s+[1-9]/(?:16|2|3|4|8)(?![\d/])|(?<!\d{4})[" + "".join(_VULGAR) + r"]"
    r"|" + _AND_FRACTION + r")"
)

_WORDS_FRACTION: Final = (
    _WORDS + r"(?:" + _AND_FRACTION + r"(?:\s+(?:thousand|million|billion)\b)?)?+"
)
#: A fraction on its own: "1/2 mile", "3/4".
_BARE_FRACTION: Final = r"[1-9]/(?:16|2|3|4|8)(?![\d/])"
#: One number: digits (with an optional scale word or fraction), number words (with
#: an optional fraction), a fraction or a special amount.
NUMBER: Final = (
    r"(?:(?:" + _DIGITS + r"(?:" + _SCALE_SUFFIX + r"|" + _DIGIT_FRACTION + r")?+)"
    r"|" + _DIGITS_BEFORE + _BARE_FRACTION
    + r"|\b(?:" + _alt(_SPECIAL) + r")\b|" + _WORDS_FRACTION + r")"
)  # fmt: skip
#: `NUMBER` where it follows a dash inside a range ("10%-15%"): no look-behind.
NUMBER_AFTER_DASH: Final = (
    r"(?:(?:" + _DIGITS_CORE + r"(?:" + _SCALE_SUFFIX + r"|" + _DIGIT_FRACTION + r")?+)"
    r"|" + _BARE_FRACTION + r"|\b(?:" + _alt(_SPECIAL) + r")\b|" + _WORDS_FRACTION + r")"
)
_VAGUE_RE: Final = r"\b(?:" + _alt(VAGUE) + r")\b"
#: A qualifier before a number ("about", "more than", "up to").
QUALIFIER: Final = r"\b(?:" + _alt(QUALIFIERS) + r")(?!\w)"
_DIGIT_NUMBER: Final = r"(?:" + _DIGITS + _SCALE_SUFFIX + r"?+)"
_DIGIT_NUMBER_AFTER_DASH: Final = r"(?:" + _DIGITS_CORE + _SCALE_SUFFIX + r"?+)"


def _core(*, named: bool) -> str:
    """The one amount grammar: a range, a vague amount or a number.

    With ``named``, its parts are the named groups `_amount` reads (``a``/``b``
    "between A and B", ``c``/``d`` "C to D" or "C or D", ``e``/``f`` "E-F",
    ``vague``, ``num``); without, the same pattern to embed in others.
    """

    def part(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    return (
        r"(?:\bbetween\s+" + part("a", NUMBER) + r"\s+and\s+" + part("b", NUMBER)
        + r"|" + part("c", NUMBER) + r"(?:\s*" + _DASH + r")?\s+(?:to|or)\s+" + part("d", NUMBER)
        + r"|" + part("e", _DIGIT_NUMBER) + r"\s*" + _DASH + r"\s*"
        + part("f", _DIGIT_NUMBER_AFTER_DASH)
        + r"|" + part("vague", _VAGUE_RE) + r"|" + part("num", NUMBER) + r")"
    )  # fmt: skip


#: An amount without its qualifier: a range, a vague amount or a number.
AMOUNT_CORE: Final = _core(named=False)
#: A whole amount: an optional qualifier, then a range, a vague amount or a number.
AMOUNT: Final = r"(?:" + QUALIFIER + r"\s+)?+" + AMOUNT_CORE

_FLAGS: Final = re.IGNORECASE
#: "March 1", "Nov. 2024": a day or a year after a month name is a date, not an amount.
_MONTH_BEFORE: Final = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\Z"
)
_DAY_OR_YEAR: Final = re.compile(r"\d{1,2}|\d{4}")
#: The one amount grammar, with its named groups: finding (`scan_amounts`) and
#: parsing (`parse_amount`) both read it.
_CORE_RE: Final = lazy_pattern(_core(named=True), _FLAGS)
_QUALIFIER_RE: Final = re.compile(r"(?P<q>" + QUALIFIER + r")\s+", _FLAGS)
_NUMBER_FULL: Final = re.compile(NUMBER, _FLAGS)
_DIGIT_PART: Final = re.compile(
    r"(?P<d>\d(?:[\d.," + esc(THOUSANDS_SEPARATORS) + r"]|[ ](?=\d))*)\s*(?P<s>[a-z]*)", _FLAGS
)
#: A number with a fraction after it: the whole, the fraction, an optional scale word.
_FRACTION_PARTS: Final = re.compile(
    r"(?P<w>.+?)(?:\s*(?P<n>[1-9])/(?P<d>\d+)|(?P<v>[" + "".join(_VULGAR) + r"])"
    r"|\s+and\s+(?P<f>" + _alt(_AND_FRACTIONS).replace(r"\s+", r"[\s" + esc(DASHES) + r"]+") + r")"
    r"(?:\s+(?P<s>thousand|million|billion))?)",
    _FLAGS,
)
_BARE_FRACTION_RE: Final = re.compile(r"([1-9])/(\d+)")
_WORD_SPLIT: Final = re.compile(r"\s+and\s+|\s*" + _DASH + r"\s*|\s+", _FLAGS)
_SPACES: Final = re.compile(r"\s+")
#: How many tokens after its first one an amount may take ("between one hundred and
#: fifty thousand and two hundred thousand").
AMOUNT_TOKENS: Final = 24
#: No expression (amount, measurement, percent) is longer than this many tokens: a
#: match that would need more is no expression, never a cut one.
MAX_EXPRESSION_TOKENS: Final = 512
#: How many tokens a qualifier may take before its number ("no fewer than").
QUALIFIER_TOKENS: Final = 3


@attrs.frozen(kw_only=True)
class Amount:
    """A number as written: a value or a range or vague bounds, and its qualifier."""

    value: float | None
    low: float | None = None
    high: float | None = None
    mod: str | None = None

    def scaled(self, factor: float) -> Amount:
        """Return the amount with value and bounds multiplied by ``factor``."""

        def mul(x: float | None) -> float | None:
            return None if x is None else x * factor

        return Amount(value=mul(self.value), low=mul(self.low), high=mul(self.high), mod=self.mod)


_COMMA_GROUPS: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: Dots between three or more groups: thousands, whatever the document ("1.200.000").
_DOT_GROUPS: Final = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
#: One dot before three digits: thousands or a decimal, as the document writes numbers.
_ONE_DOT_GROUP: Final = re.compile(r"[1-9]\d{0,2}\.\d{3}")
#: Where the document does not say: a decimal with trailing zeros is thousands
#: ("1.200"), as English copy writes no decimal so.
_TRAILING_ZEROS: Final = re.compile(r"[1-9]\d{0,2}\.\d00")


def _parse_digits(s: str, *, dots: bool | None) -> float:
    """Read a run of digits with separators ("1,500", "1.200", "19,5", "8.6").

    ``dots`` says whether one dot before three digits ("1.200") separates
    thousands (True), is a decimal point (False), or is thousands only with
    trailing zeros (None: the document does not say).
    """
    for ch in " " + THOUSANDS_SEPARATORS:
        s = s.replace(ch, ",")
    if _COMMA_GROUPS.fullmatch(s):
        s = s.replace(",", "")
    elif _DOT_GROUPS.fullmatch(s) or (
        _ONE_DOT_GROUP.fullmatch(s)
        and (dots if dots is not None else _TRAILING_ZEROS.fullmatch(s) is not None)
    ):
        # "1.200" and "1.200.000": a dot between groups of three digits is a
        # thousands separator (German and Russian style).
        s = s.replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        return _finite(float(Decimal(s)), s)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        msg = f"not a number: {s!r}"
        raise ParseError(msg, value=s) from None


def _finite(x: float, s: str) -> float:
    """``x``, if it is finite: a number beyond a float's range is no amount."""
    if not math.isfinite(x):
        msg = f"not a finite number: {s[:40]!r}"
        raise ParseError(msg, value=s)
    return x


def _parse_words(s: str) -> float:
    """Read number words ("one hundred and fifty thousand", "twenty-one")."""
    words = [w for w in _WORD_SPLIT.split(s.lower()) if w]
    if words and words[0] == "a":
        words[0] = "one"
    total = 0
    current = 0
    last = ""
    for w in words:
        if w in _UNITS:
            if last in _UNITS or (last in _TENS and _UNITS[w] >= 10):  # noqa: PLR2004
                msg = f"not a number: {s!r}"
                raise ParseError(msg, value=s)
            current += _UNITS[w]
        elif w in _TENS:
            if last in _UNITS or last in _TENS:
                msg = f"not a number: {s!r}"
                raise ParseError(msg, value=s)
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            msg = f"not a number: {s!r}"
            raise ParseError(msg, value=s)
        last = w
    return float(total + current)


def parse_number(s: str, *, dots: bool | None = None) -> float:
    """Read one number ("1,500", "1.5 million", "twenty-one", "a dozen").

    ``dots`` says how to read one dot before three digits ("1.200"): as
    thousands (True), as a decimal point (False), or, by default, as
    thousands only with trailing zeros ("1.200" is 1200, "1.125" is 1.125).

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not exactly one number.
    """
    return _parse_number(fold_lookalikes(ensure_type(s, str, "a number").strip()), dots=dots)


@functools.lru_cache(maxsize=8192)
def _parse_number(t: str, *, dots: bool | None = None) -> float:
    """`parse_number` of a stripped, look-alike-folded string (cached: numbers repeat).

    ``dots`` is the document's reading of "1.200" (see `_parse_digits`).
    """
    s = t
    if not _NUMBER_FULL.fullmatch(t):
        msg = f"not a number: {s!r}"
        raise ParseError(msg, value=s)
    key = _SPACES.sub(" ", t.lower())
    if key in _SPECIAL:
        return float(_SPECIAL[key])
    f = _FRACTION_PARTS.fullmatch(t)
    if f is not None:
        return _parse_fraction(f)
    b = _BARE_FRACTION_RE.fullmatch(t)
    if b is not None:
        return int(b[1]) / int(b[2])
    m = _DIGIT_PART.fullmatch(t)
    if m:
        base = _parse_digits(m["d"], dots=dots)
        scale = m["s"].lower()
        if not scale:
            return base
        factor = _ABBREVIATED_SCALES.get(scale) or _SCALES.get(scale) or 12
        return _finite(float(Decimal(repr(base)) * factor), t)
    return _parse_words(t)


def _parse_fraction(f: re.Match[str]) -> float:
    """A whole number and a fraction ("10 1/2", "two and a half million")."""
    whole = _parse_number(f["w"])
    if f["n"] is not None:
        fraction = int(f["n"]) / int(f["d"])
    elif f["v"] is not None:
        fraction = _VULGAR[f["v"]]
    else:
        fraction = _AND_FRACTIONS[" ".join(_WORD_SPLIT.split(f["f"].lower()))]
    scale = _SCALES[f["s"].lower()] if f["s"] else 1
    if not whole.is_integer():
        msg = f"not a number: {f[0]!r} (a fraction after a decimal)"
        raise ParseError(msg, value=f[0])
    return _finite(float((Decimal(repr(whole)) + Decimal(repr(fraction))) * scale), f[0])


def bounded(value: float, mod: str | None) -> Amount:
    """The amount ``value`` with the bounds its ``mod`` implies (RECORDS.md, "count").

    >>> bounded(30.0, "more_than")
    Amount(value=30.0, low=30.0, high=None, mod='more_than')
    """
    if mod in {"more_than", "equal_or_more"}:
        return Amount(value=value, low=value, mod=mod)
    if mod in {"less_than", "equal_or_less"}:
        return Amount(value=value, high=value, mod=mod)
    return Amount(value=value, mod=mod)


def _mod(q: re.Match[str] | None) -> str | None:
    return None if q is None else QUALIFIERS[_SPACES.sub(" ", q["q"].lower())]


def _amount(m: re.Match[str], mod: str | None, *, dots: bool | None = None) -> Amount:
    """The amount a match of `_CORE_RE` (over folded text) spells, with its qualifier's mod.

    ``dots`` is the document's reading of "1.200" (see `_parse_digits`).

    Raises:
        ParseError: the numbers are not numbers, or a range does not increase.
    """
    if m["num"] is not None:
        return bounded(_parse_number(m["num"], dots=dots), mod)
    if m["vague"] is not None:
        lo, hi = VAGUE[_SPACES.sub(" ", m["vague"].lower())]
        return Amount(value=None, low=float(lo), high=float(hi), mod=mod)
    a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"]) if m["c"] else (m["e"], m["f"])
    low, high = _parse_number(a, dots=dots), _parse_number(b, dots=dots)
    if not low < high:
        msg = f"not a range (the bounds are not increasing): {m[0]!r}"
        raise ParseError(msg, value=m[0])
    return Amount(value=None, low=low, high=high, mod=mod)


def parse_amount(s: str) -> Amount:
    """Read one amount: an optional qualifier, then a number, range or vague amount.

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not exactly one amount.
    """
    t = fold_lookalikes(ensure_type(s, str, "an amount").strip())
    q = _QUALIFIER_RE.match(t)
    m = _CORE_RE().fullmatch(t, 0 if q is None else q.end())
    if m is None:
        msg = f"not an amount: {s!r}"
        raise ParseError(msg, value=s)
    try:
        return _amount(m, _mod(q))
    except ParseError as err:
        msg = f"not an amount: {s!r} ({err.message})"
        raise ParseError(msg, value=s) from None


class AmountSpan(NamedTuple):
    """An amount found in a text: its first and last token, its characters, its value."""

    first: int
    last: int
    start: int
    end: int
    amount: Amount


class _Spans(Sequence[AmountSpan]):
    """The amounts of a text, stored as four arrays and one list of values.

    A span is built when it is read; a 10 MB text keeps 300,000 amounts in
    about 20 bytes each instead of a tuple and five objects each.
    """

    def __init__(self, columns: tuple[array[int], array[int], array[int], array[int]],
                 amounts: list[Amount]) -> None:  # fmt: skip
        self._first, self._last, self._start, self._end = columns
        self._amounts = amounts

    def __len__(self) -> int:
        return len(self._amounts)

    @overload
    def __getitem__(self, k: int) -> AmountSpan: ...
    @overload
    def __getitem__(self, k: slice) -> Sequence[AmountSpan]: ...
    def __getitem__(self, k: int | slice) -> AmountSpan | Sequence[AmountSpan]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return AmountSpan(
            self._first[k], self._last[k], self._start[k], self._end[k], self._amounts[k]
        )

    def __iter__(self) -> Iterator[AmountSpan]:
        return map(AmountSpan, self._first, self._last, self._start, self._end, self._amounts)

    def index_of(self, column: array[int], token: int) -> int | None:
        k = bisect.bisect_left(column, token)
        return k if k < len(column) and column[k] == token else None


class _ByToken(Mapping[int, AmountSpan]):
    """Token number -> the amount that starts (or ends) there, found by bisection."""

    def __init__(self, spans: _Spans, column: array[int]) -> None:
        self._spans = spans
        self._column = column

    def __getitem__(self, token: int) -> AmountSpan:
        k = self._spans.index_of(self._column, token)
        if k is None:
            raise KeyError(token)
        return self._spans[k]

    def __iter__(self) -> Iterator[int]:
        return iter(self._column)

    def __len__(self) -> int:
        return len(self._column)


class Amounts:
    """Every amount of a text, found once: in order, not overlapping.

    ``spans`` lists them; ``by_first`` and ``by_last`` map the number of an
    amount's first (last) token to it.
    """

    __slots__ = ("by_first", "by_last", "spans")

    def __init__(self, spans: _Spans) -> None:
        self.spans: Sequence[AmountSpan] = spans
        self.by_first: Mapping[int, AmountSpan] = _ByToken(spans, spans._first)  # noqa: SLF001
        self.by_last: Mapping[int, AmountSpan] = _ByToken(spans, spans._last)  # noqa: SLF001

    def __repr__(self) -> str:
        """A short description."""
        return f"Amounts({len(self.spans)} spans)"


_STARTS: Final = Tag.DIGITS | Tag.NUMBER | Tag.VAGUE | Tag.AMOUNT
#: Words after "a"/"an" that make it part of an amount ("a dozen", "a few").
_AFTER_ARTICLE: Final = frozenset(
    {"few", "dozen", "hundred", "thousand", "million", "billion", "couple", "pair", "half",
     "third", "quarter"}
)  # fmt: skip


#: Scale words, which start no amount by themselves: "$1 billion more" has no amount
#: "billion"; "a billion" and "one billion" start at "a" and "one".
_BARE_SCALES: Final = frozenset({*_SCALES, "dozen"})


def _candidates(tokens: Tokens) -> list[int]:
    """Tokens where an amount may start, in order."""
    key = tokens.key
    found = [i for i in tokens.anchors(_STARTS) if key[i] not in _BARE_SCALES]
    found.extend(
        i for i in tokens.anchors(Tag.ARTICLE) if i + 1 < len(key) and key[i + 1] in _AFTER_ARTICLE
    )
    found.sort()
    return found


def _is_date_part(tokens: Tokens, m: re.Match[str]) -> bool:
    """A day or a year right after a month name ("March 1") is a date, not an amount."""
    return (
        _DAY_OR_YEAR.fullmatch(m[0]) is not None
        and _MONTH_BEFORE.search(tokens.cased, max(0, m.start() - 12), m.start()) is not None
    )


def qualifier_before(tokens: Tokens, i: int, lo: int = 0) -> tuple[int, str | None]:
    """The qualifier right before token ``i`` ("more than", "up to"): its first token and mod.

    It takes at most `QUALIFIER_TOKENS` tokens and starts at ``lo`` or after;
    without one, ``(i, None)``.

    >>> from conflictnorm.text import tokenize
    >>> qualifier_before(tokenize("no fewer than 3 drones"), 3)
    (0, 'equal_or_more')
    """
    tags, cased, start = tokens.tags, tokens.cased, tokens.start
    for j in range(max(lo, i - QUALIFIER_TOKENS), i):
        if tags[j] & Tag.QUALIFIER:
            q = _QUALIFIER_RE.fullmatch(cased, start[j], start[i])
            if q is not None:
                return j, _mod(q)
    return i, None


#: A fraction before "a"/"an" and a unit: "half a mile", "three quarters of a mile".
_FRACTION_OF: Final = re.compile(
    r"(?:(?P<half>half)|(?P<frac>(?:a|one|two|three)[\s"
    + esc(DASHES)
    + r"]+(?:quarters?|thirds?|half))\s+of)\s+\Z",
    re.IGNORECASE,
)
#: How far before an article its fraction may start ("three quarters of ").
_FRACTION_CHARS: Final = 24


def article_amount(tokens: Tokens, a: int) -> tuple[int, Amount] | None:
    """The amount the article at token ``a`` stands for before a unit ("a mile"): its first token.

    One, or the fraction before it ("half a mile", "three quarters of a
    mile"), with the qualifier before that ("about a mile"); None when the
    words before it are a fraction we do not read.

    >>> from conflictnorm.text import tokenize
    >>> article_amount(tokenize("about half a mile"), 2)
    (0, Amount(value=0.5, low=None, high=None, mod='approx'))
    """
    lo = tokens.start[a]
    first, value = a, 1.0
    f = _FRACTION_OF.search(tokens.cased, max(0, lo - _FRACTION_CHARS), lo)
    if f is not None:
        if f["half"]:
            value = 0.5
        else:
            words = " ".join(w for w in _WORD_SPLIT.split(f["frac"].lower()) if w)
            found = _AND_FRACTIONS.get(words) or _AND_FRACTIONS.get(words + "s")
            if found is None:
                return None
            value = found
        first = tokens.index_at(f.start())
    q_first, mod = qualifier_before(tokens, first)
    return q_first, bounded(value, mod)


#: " and a half", " and three quarters" after a unit ("a mile and a half").
AND_FRACTION: Final = _AND_FRACTION


def fraction_after(s: str) -> float:
    """The value of an `AND_FRACTION` (" and a half" is 0.5).

    Raises:
        ParseError: ``s`` is no such fraction.
    """
    m = re.fullmatch(_AND_FRACTION, s, _FLAGS)
    if m is None:
        msg = f"not a fraction after a whole: {s!r}"
        raise ParseError(msg, value=s)
    words = _WORD_SPLIT.split(s.strip().lower())
    return _AND_FRACTIONS[" ".join(words[1:])]


#: Words of change before "from X to Y", which is then two amounts, not a range
#: ("rose from 38 to 52", "an increase from 10 to 15").
_CHANGE_WORDS: Final = frozenset(
    {"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
     "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
     "decreasing", "dropped", "drop", "drops", "dropping", "climbed", "climb", "climbs",
     "climbing", "grew", "grow", "grows", "grown", "growing", "jumped", "jump", "jumps",
     "surged", "surge", "surges", "soared", "declined", "decline", "declines", "declining",
     "slipped", "slid", "sank", "dipped", "shrank", "shrunk", "shrinking", "moved", "move",
     "moves", "moving", "shifted", "shift", "went", "gone", "expanded", "widened", "narrowed",
     "raised", "raise", "raises", "raising", "cut", "cuts", "cutting", "reduced", "reduce",
     "reduces", "reducing", "lowered", "lower", "lowering", "lifted", "lift", "hiked", "hike",
     "boosted", "boost", "revised", "changed", "change", "doubled",
     "tripled", "tumbled", "plunged", "plummeted", "swelled", "edged", "crept", "leapt",
     "leaped", "eased", "rebounded", "improved", "worsened", "up", "down"}
)  # fmt: skip
#: How far before "from" its word of change may be ("raise the levy on incomes from").
_CHANGE_TOKENS: Final = 10
_TO: Final = re.compile(r"\s+to\s+", _FLAGS)


def is_change(tokens: Tokens, i: int) -> bool:
    """Whether "from" before token ``i`` follows a word of change in its clause.

    Then "from X to Y" is a change between two amounts ("rose from 38 to 52
    percent"), not a range.
    """
    key = tokens.key
    if i < 2 or key[i - 1] != "from":  # noqa: PLR2004 - a word, then "from"
        return False
    lo = max(tokens.clause_start(i), i - 1 - _CHANGE_TOKENS)
    return any(key[k] in _CHANGE_WORDS for k in range(i - 2, lo - 1, -1))


def change_partner(tokens: Tokens, amounts: Amounts, span: AmountSpan) -> AmountSpan | None:
    """The second amount of a change "from X to Y" whose first is ``span``, or None.

    `scan_amounts` reads such a change as two amounts; the second one's unit,
    sign or noun is the first one's too ("from 10 to 15 km").
    """
    j = span.last + 1
    key = tokens.key
    if span.first == 0 or key[span.first - 1] != "from" or j >= len(key) or key[j] != "to":
        return None
    return amounts.by_first.get(j + 1)


#: A number whose first group of digits is followed by a plain space and three digits.
_SPACE_GROUP: Final = re.compile(r"\d{1,3} \d{3}")
#: Numbers that can only be one number with plain spaces between their thousands:
#: three groups or more ("1 250 000"), or a group that starts with 0 ("12 050").
_SPACE_GROUPED: Final = re.compile(r"(?<![\d.,])\d{1,3}(?:(?: \d{3}){2,}| 0\d\d)(?![\d.,]\d)")
#: Units of calibres, after which a plain space never joins groups ("40 155 mm shells").
_CALIBRE_UNITS: Final = frozenset(
    {"mm", "cm", "millimetre", "millimetres", "millimeter", "millimeters"}
)
#: Tokens of numbers that show how a document writes thousands and decimals.
_CONTINENTAL: Final = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,})")
_ENGLISH: Final = re.compile(
    r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.(?:\d{1,2}|\d{4,})"
)
#: One dot between a group of digits and three more: thousands or a decimal.
_AMBIGUOUS_DOT: Final = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])")
_PERCENT_AFTER: Final = Tag.PERCENT | Tag.PERCENT_SIGN


class _Evidence:
    """What a document's unambiguous numbers say of its ambiguous ones, read when first asked.

    As a document that writes one date day first writes all so, a document
    that writes "1 250 000" groups thousands with plain spaces, and one that
    writes "1.250.000" or "19,5" groups them with dots.
    """

    __slots__ = ("_dots", "_spaces", "_tokens")

    def __init__(self, tokens: Tokens) -> None:
        self._tokens = tokens
        self._spaces: bool | None = None
        self._dots: tuple[bool | None] | None = None

    def space_grouping(self) -> bool:
        """Whether the document writes a number that only plain-space grouping explains."""
        if self._spaces is None:
            self._spaces = _SPACE_GROUPED.search(self._tokens.cased) is not None
        return self._spaces

    def dot_thousands(self) -> bool | None:
        """Whether "1.200" is 1200 (True) or 1.2 (False) here; None if the document does not say."""
        if self._dots is None:
            continental = english = False
            key = self._tokens.key
            for i in self._tokens.anchors(Tag.DIGITS):
                k = key[i]
                if "." not in k and "," not in k:
                    continue
                continental = continental or bool(
                    _DOT_GROUPS.fullmatch(k) or _CONTINENTAL.fullmatch(k)
                )
                english = english or _ENGLISH.fullmatch(k) is not None
            self._dots = (None if continental == english else continental,)
        return self._dots[0]


def _not_space_grouped(tokens: Tokens, m: re.Match[str], evidence: _Evidence) -> bool:
    """Whether "5 300" is two numbers, not one with a plain space between its thousands.

    A day and a count ("May 5 300 people"), a count and a compound ("10
    500-kilogram bombs"), a count and a calibre ("40 155 mm shells"), or a
    count and a measurement where the document never groups with plain spaces.
    """
    if _SPACE_GROUP.match(m[0]) is None:
        return False
    cased = tokens.cased
    if _MONTH_BEFORE.search(cased, max(0, m.start() - 12), m.start()) or cased.startswith(
        "-", m.end()
    ):
        return True
    j = tokens.index_at(m.end())
    n = len(tokens.key)
    if j < n and tokens.tags[j] & Tag.UNIT:
        if tokens.key[j] in _CALIBRE_UNITS:
            return True
        # A text that is only "1 500 km" says so itself.
        whole = m.start() == 0 and j == n - 1
        return not whole and not evidence.space_grouping()
    return False


def _dots(tokens: Tokens, m: re.Match[str], evidence: _Evidence) -> bool | None:
    """How ``m`` reads "1.200": as its document does, or (no say) never thousands in a percent."""
    if _AMBIGUOUS_DOT.search(m[0]) is None:
        return None
    found = evidence.dot_thousands()
    if found is not None:
        return found
    j = tokens.index_at(m.end())
    return False if j < len(tokens.key) and tokens.tags[j] & _PERCENT_AFTER else None


def _grow(
    match: Callable[[str, int, int], re.Match[str] | None],
    tokens: Tokens,
    pos: int,
    first: int,
    last: int,
) -> tuple[re.Match[str] | None, int]:
    """``match`` from character ``pos`` to the end of token ``last``, and the window's last token.

    The window is a bound on the cost, never on the expression: while the
    match reaches the window's end, the window doubles and the pattern runs
    again. Past `MAX_EXPRESSION_TOKENS` there is no expression (None).
    """
    n = len(tokens.key)
    cased, end = tokens.cased, tokens.end
    while True:
        limit = end[last]
        m = match(cased, pos, limit)
        if m is None or m.end() < limit or last == n - 1:
            return m, last
        if last - first >= MAX_EXPRESSION_TOKENS:
            return None, last
        last = min(n - 1, last + (last - first) + 1)


def match_tokens(
    pattern: re.Pattern[str],
    tokens: Tokens,
    pos: int,
    first: int,
    last: int,
    *,
    full: bool = False,
) -> re.Match[str] | None:
    """``pattern`` matched at character ``pos`` (token ``first``) up to the end of token ``last``.

    The window is a bound on the cost, never on the expression: while the
    match reaches the window's end, the window doubles and the pattern runs
    again, so no window cuts an expression in two ("up to" and ninety nines).
    Past `MAX_EXPRESSION_TOKENS` there is no expression (None), never a cut one.
    """
    n = len(tokens.key)
    if first >= n:
        return None
    last = max(first, min(n - 1, last))
    match = pattern.fullmatch if full else pattern.match
    limit = tokens.end[last]
    m = match(tokens.cased, pos, limit)
    if m is None or m.end() < limit or last == n - 1:
        return m
    return _grow(match, tokens, pos, first, last)[0]


def _read(
    tokens: Tokens, i: int, m: re.Match[str], mod: str | None, evidence: _Evidence
) -> tuple[re.Match[str], Amount] | None:
    """The amount the core match ``m`` at token ``i`` spells, and the match it keeps.

    "from X to Y" after a word of change ("rose from 10 to 15"), or with
    bounds that do not increase ("from 15 to 10"), keeps only X: Y is the
    next amount.
    """
    after_from = i > 0 and tokens.key[i - 1] == "from"
    if m["c"] is not None and after_from:
        to = _TO.fullmatch(m.string, m.end("c"), m.start("d")) is not None
        if to and is_change(tokens, i):
            first = _CORE_RE().match(m.string, m.start(), m.end("c"))
            if first is not None:
                m = first
    try:
        return m, _amount(m, mod, dots=_dots(tokens, m, evidence))
    except ParseError:
        if m["c"] is None or not after_from:
            return None
    first = _CORE_RE().match(m.string, m.start(), m.end("c"))
    if first is None:  # pragma: no cover - "c" is a number the grammar matched
        return None
    try:
        return first, _amount(first, mod, dots=_dots(tokens, first, evidence))
    except ParseError:
        return None


def scan_amounts(tokens: Tokens) -> Amounts:
    """Find every amount of a text once, from the tokens that can start one.

    Each try runs the grammar over a bounded window of tokens, so the cost is
    linear in the text. A qualifier up to `QUALIFIER_TOKENS` before the number
    joins the amount.
    """
    typecode = tokens.start.format
    columns = (array(typecode), array(typecode), array(typecode), array(typecode))
    first_col, last_col, start_col, end_col = columns
    amounts: list[Amount] = []
    n = len(tokens.key)
    cased, start, end = tokens.cased, tokens.start, tokens.end
    seen: dict[Amount, Amount] = {}
    evidence = _Evidence(tokens)
    next_free = 0
    core = _CORE_RE().match
    tags = tokens.tags
    for i in _candidates(tokens):
        if i < next_free:
            continue
        window = min(n - 1, i + AMOUNT_TOKENS)
        m = core(cased, start[i], end[window])
        if m is not None and m.end() == end[window] and window < n - 1:
            # The amount may go on past the window: grow it (no window cuts an
            # amount). Whatever is found or rejected in a grown window, its
            # tokens are not read again: the scan stays linear on "1 000 000 ...".
            m, limit = _grow(core, tokens, start[i], i, window)
            next_free = limit + 1 if m is None else tokens.index_at(m.end() - 1) + 1
        if m is not None and " " in m[0] and _not_space_grouped(tokens, m, evidence):
            m = core(cased, start[i], end[i])
        if m is None:
            continue
        first, mod = i, None
        lo = max(next_free, i - QUALIFIER_TOKENS)
        for j in range(lo, i):
            if tags[j] & Tag.QUALIFIER:
                first, mod = qualifier_before(tokens, i, lo)
                break
        if mod is None and _is_date_part(tokens, m):
            continue
        if m["c"] is None and "." not in m[0]:
            try:
                amount = _amount(m, mod)
            except ParseError:
                continue
        else:
            read = _read(tokens, i, m, mod, evidence)
            if read is None:
                continue
            m, amount = read
        last = tokens.index_at(m.end() - 1)
        if m.end() != end[last]:
            continue  # "14-31/08/2024": an amount never ends inside a token
        first_col.append(first)
        last_col.append(last)
        start_col.append(start[first])
        end_col.append(m.end())
        amounts.append(seen.setdefault(amount, amount))  # equal amounts share one object
        next_free = last + 1
    return Amounts(_Spans(columns, amounts))


def render_number(v: float) -> str:
    """Write a number canonically: digits, thousands commas, shortest exact decimals.

    Raises:
        InvalidInputError: ``v`` is negative, not finite or not a number.
    """
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v < 0:
        msg = f"cannot render {v!r}: a finite non-negative number is required"
        raise InvalidInputError(msg, value=v)
    if float(v).is_integer():
        return f"{int(v):,}"
    text = format(Decimal(repr(float(v))), "f")
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}.{frac}"


def takes_of(a: Amount) -> bool:
    """Whether a noun after this amount needs "of" ("hundreds of drones", "tens of km")."""
    if a.value is not None or a.low is None or a.high is None:
        return False
    phrase = _VAGUE_BY_BOUNDS.get((a.low, a.high))
    return phrase is not None and phrase.endswith("s")


def render_amount(a: Amount) -> str:
    """Write an amount canonically, so that ``parse_amount(render_amount(a)) == a``.

    Raises:
        InvalidInputError: the amount has no canonical form (bounds that do not
            follow from its mod, or an unknown vague range).
    """
    prefix = "" if a.mod is None else _CANONICAL_QUALIFIER.get(a.mod, "") + " "
    if a.mod is not None and prefix == " ":
        msg = f"no qualifier is written for mod {a.mod!r}"
        raise InvalidInputError(msg, value=a)
    if a.value is not None:
        if bounded(a.value, a.mod) != a:
            msg = f"the bounds of {a!r} do not follow from its mod"
            raise InvalidInputError(msg, value=a)
        return prefix + render_number(a.value)
    if a.low is None or a.high is None:
        msg = f"an amount without a value needs both bounds: {a!r}"
        raise InvalidInputError(msg, value=a)
    vague = _VAGUE_BY_BOUNDS.get((a.low, a.high))
    if vague is not None:
        return prefix + vague
    if not a.low < a.high:
        msg = f"a range needs increasing bounds: {a!r}"
        raise InvalidInputError(msg, value=a)
    return f"{prefix}{render_number(a.low)} to {render_number(a.high)}"


def render_signed_amount(a: Amount) -> str:
    """`render_amount`, where a single value may be negative ("-1.3", "more than -5").

    Raises:
        InvalidInputError: as `render_amount`; a negative range has no canonical form.
    """
    if a.value is None or a.value >= 0 or math.isnan(a.value):
        return render_amount(a)
    text = render_amount(a.scaled(-1.0))
    number = render_number(-a.value)
    return text[: len(text) - len(number)] + "-" + number
