# SPDX-License-Identifier: MIT
"""The date rules: patterns over token windows, and the pieces they find.

Each rule is a pattern, the tokens it anchors on (with a cheap test that
refuses most of them), a window of tokens around each anchor (``data/windows.tsv``)
and a handler that turns a match into pieces. Patterns run over the ``cased``
view of the text, where every dash is ``-`` and every apostrophe ``'``.

The rules were written for conflictnorm after reading HeidelTime's English rule
resources (https://github.com/HeidelTime/heideltime, ``resources/english``) and
the English DateTime specs of Microsoft Recognizers-Text
(https://github.com/microsoft/Recognizers-Text, ``Specs/DateTime/English``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from conflictnorm._core import Context
from conflictnorm._lazy import lazy_pattern
from conflictnorm.dates import _calendar as cal
from conflictnorm.dates._forms import (
    NO_ANTECEDENT,
    Env,
    Form,
    Known,
    Lazy,
    Piece,
    Yearless,
    dated,
    outside,
    reference,
    relative,
    unresolved,
)
from conflictnorm.dates._words import Words, cues, rels, windows, words
from conflictnorm.models import DateValue
from conflictnorm.text import Shape, Tag, Tokens

__all__ = ["Rule", "expand_year", "month_number", "parse_day", "parse_year", "rules"]

_MONTHS_IN_YEAR: Final = 12


# --------------------------------------------------------------------- words


def _alternation(
    title_upper: Iterable[str],
    lower: Iterable[str] = (),
    dotted: Iterable[str] = (),
    dotted_lower: Iterable[str] = (),
) -> str:
    """A case-sensitive alternation of names (Title and UPPER case, some lower case)."""
    forms: set[str] = set()
    for w in title_upper:
        forms |= {w.title(), w.upper()}
    forms |= set(lower)
    for a in dotted:
        forms |= {a.title() + r"\.?", a.upper() + r"\.?"}
    forms |= {a + r"\.?" for a in dotted_lower}
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![^\W\d_])"


def _words_alt(names: Iterable[str]) -> str:
    """An alternation of words and phrases, longest first; a space matches any white space."""
    forms = (re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return "(?:" + "|".join(forms) + ")"


class Blocks(NamedTuple):
    """The pattern fragments the rules share."""

    mon: str
    mon_d: str
    wd: str
    wd_any: str
    day: str
    day_ord: str
    day_card: str
    year: str
    year4: str
    year_words: str
    ordinal: str
    prefix: str
    decade_word: str


@functools.cache
def blocks() -> Blocks:
    """The shared fragments, built once from ``data/words.tsv``."""
    w = words()
    full_months = {name.lower() for name in w.month_names}
    abbrev_months = set(w.month) - full_months
    full_days = set(w.weekday_lc)
    abbrev_days = set(w.weekday) - full_days
    units = [k for k, v in w.ordinal.items() if v < 10]  # noqa: PLR2004 - ordinal units
    ordinals = list(w.ordinal)
    cards = [k for k, v in w.cardinal.items() if v < 10]  # noqa: PLR2004 - cardinal units
    day_ord = (
        r"(?:twenty[\s-]+" + _words_alt(units) + r"|thirty[\s-]+first|" + _words_alt(ordinals) + ")"
    )
    day_card = r"(?:twenty[\s-]+" + _words_alt(cards) + r"|thirty[\s-]+one)"
    teen = _words_alt([k for k, v in w.cardinal.items() if 11 <= v <= 19])  # noqa: PLR2004
    tens = _words_alt([k for k, v in w.cardinal.items() if v >= 20 and v % 10 == 0])  # noqa: PLR2004
    unit = _words_alt(cards)
    two = (
        r"(?:" + tens + r"(?:[\s-]+" + unit + r")?|ten|" + teen + r"|(?:oh|zero)[\s-]+" + unit + ")"
    )
    year_words = (
        r"(?:(?:"
        + teen
        + r"|twenty)[\s-]+(?:hundred(?:\s+(?:and\s+)?(?:"
        + two
        + "|"
        + unit
        + "))?"
        r"|" + two + r")|two\s+thousand(?:\s+(?:and\s+)?(?:" + two + "|" + unit + r"))?)(?![\w-])"
    )
    prefix = (
        r"(?P<pre>(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|rest)\s+of"
        r"|the\s+(?:first|second)\s+half\s+of|early|mid|late)(?:\s*-\s*|\s+)"
    )
    return Blocks(
        mon=_alternation(full_months, w.month_lc, abbrev_months),
        mon_d=_alternation(
            full_months, w.month_lc, abbrev_months, abbrev_months - set(w.month_word)
        ),
        wd=_alternation(full_days, full_days),
        wd_any=_alternation(full_days, full_days, abbrev_days),
        day=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[^\W\d_])",
        day_ord=day_ord,
        day_card=day_card,
        year=r"(?:1[89]\d\d|20\d\d)(?!\d)",
        year4=r"(?:1\d\d\d|20\d\d)(?!\d)",
        year_words=year_words,
        ordinal=_words_alt(ordinals),
        prefix=prefix,
        decade_word=_words_alt(w.decade),
    )


def month_number(s: str) -> int:
    """The number of a month name or abbreviation ("Sept." is 9)."""
    return words().month[s.rstrip(".").lower()]


def _weekday_number(s: str) -> int:
    return words().weekday[s.rstrip(".").lower()]


_SPLIT: Final = lazy_pattern(r"[\s-]+")


def _number_words(s: str, w: Words) -> int | None:
    total = 0
    for part in _SPLIT().split(s.lower()):
        if part in {"and", ""}:
            continue
        if part in {"oh", "zero"}:
            continue
        n = w.cardinal.get(part, w.ordinal.get(part))
        if n is None:
            return None
        total += n
    return total


def parse_day(s: str) -> int | None:
    """The day of a month written in digits ("21st") or words ("twenty-first")."""
    digits = re.match(r"\d+", s)
    if digits is not None:
        return int(digits[0])
    return _number_words(s, words())


def parse_year(s: str, pub: dt.date | None) -> int | None:
    """A year in digits, as "'87", or in words ("nineteen ninety-six", "two thousand and five")."""
    s = s.strip()
    if s.isdigit():
        return int(s) if len(s) == 4 else expand_year(int(s), pub)  # noqa: PLR2004 - YYYY
    if s.startswith("'"):
        return expand_year(int(s[1:]), pub)
    low = _words_of(s)
    w = words()
    if low.startswith("two thousand"):
        rest = low.removeprefix("two thousand").strip()
        n = _number_words(rest, w) if rest else 0
        return None if n is None else 2000 + n
    head, _, rest = low.replace("-", " ").partition(" ")
    first = w.cardinal.get(head)
    if first is None:
        return None
    rest = rest.strip()
    if rest.startswith("hundred"):
        rest = rest.removeprefix("hundred").strip()
    tail = _number_words(rest, w) if rest else 0
    return None if tail is None else first * 100 + tail


def expand_year(yy: int, pub: dt.date | None) -> int:
    """A two-digit year: in this century up to 20 years past the dateline's, else the last."""
    pivot = (pub.year % 100 + 20) if pub is not None else 49
    century = (pub.year // 100 * 100) if pub is not None else 2000
    return century + yy if yy <= pivot else century - 100 + yy


def _words_of(s: str) -> str:
    """``s`` in lower case with single spaces ("the  Previous" -> "the previous")."""
    return " ".join(s.lower().split())


def part_mod(word: str | None) -> str | None:
    """The TIMEX3 mod a word puts on its date ("early": ``start``, "mid": ``mid``), or None."""
    return None if word is None else words().part.get(word.lower())


def _mod_of(pre: str | None) -> str | None:
    """The mod of a prefix ("the end of", "early", "the first half of")."""
    if pre is None:
        return None
    low = _words_of(pre).split()
    if "half" in low:
        return "start" if "first" in low else "end"
    return next((mod for w in low if (mod := part_mod(w)) is not None), None)


# --------------------------------------------------------------------- rules

Handler = Callable[[re.Match[str], Tokens, Context], list[Piece]]
Accept = Callable[[Tokens, int], bool]


class Rule(NamedTuple):
    """A date pattern, its handler, its anchors and window, and where its matches start.

    ``starts`` and ``start_tags`` say which tokens a match can start at (its
    first word); the pattern is tried only there, from the window's first
    token to the anchor, so each anchor costs a few anchored matches.
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    anchor: int
    before: int
    after: int
    accept: Accept | None
    starts: frozenset[str]
    start_tags: int

    def find(self, tokens: Tokens, ctx: Context) -> Iterator[Piece]:
        """The pieces this rule finds in the tokens."""
        select = _SELECT.get(self.name)
        found: Iterable[int] = tokens.anchors(self.anchor) if select is None else select(tokens)
        accept = self.accept
        if accept is not None:
            found = [i for i in found if accept(tokens, i)]
        for m in self._matches(tokens, found):
            try:
                yield from self.handler(m, tokens, ctx)
            except (ValueError, OverflowError):
                continue

    def _matches(self, tokens: Tokens, anchors: Iterable[int]) -> Iterator[re.Match[str]]:
        """The leftmost match around each anchor that contains it; matches do not overlap."""
        cased, key, tags, start, end = (
            tokens.cased,
            tokens.key,
            tokens.tags,
            tokens.start,
            tokens.end,
        )
        starts, start_tags, match = self.starts, self.start_tags, self.pattern.match
        last = len(key) - 1
        last_end = 0
        for a in anchors:
            a_end = end[a]
            if start[a] < last_end:
                continue
            hi = end[min(last, a + self.after)]
            for j in range(max(0, a - self.before), a + 1):
                if not (key[j] in starts or tags[j] & start_tags):
                    continue
                pos = start[j]
                if pos < last_end:
                    continue
                m = match(cased, pos, hi)
                if m is not None and m.end() >= a_end:
                    yield m
                    last_end = m.end()
                    break


def _piece(m: re.Match[str], form: Form | None, group: str = "", **kw: object) -> list[Piece]:
    """One piece over the match (or over ``group``), or none."""
    if form is None:
        return []
    start, end = (m.start(group), m.end(group)) if group and m[group] is not None else m.span()
    return [Piece(start=start, end=end, form=form, **kw)]  # type: ignore[arg-type]


def _yearless(
    month: int,
    day: int | None,
    *,
    weekday: int | None = None,
    mod: str | None = None,
    cue: str = "",
) -> Yearless:
    def build(y: int, anchored: bool) -> DateValue | None:  # noqa: FBT001 - a callback
        if not cal.in_calendar(y):
            return outside(mod)
        if day is None:
            return dated(cal.month_value(y, month), anchored=anchored, mod=mod)
        d = cal.day_of(y, month, day)
        if d is None:
            return None
        note = None
        if weekday is not None and d.weekday() != weekday:
            note = f"{words().weekday_names[weekday]} does not fall on {d.isoformat()}"
        return dated(d.isoformat(), anchored=anchored, mod=mod, note=note)

    return Yearless(month=month, day=day, build=build, weekday=weekday, cue=cue, mod=mod)


def _day_form(
    month: int,
    day: int | None,
    year: int | None,
    *,
    weekday: int | None = None,
    mod: str | None = None,
) -> Form | None:
    """A day (or month) with or without its year."""
    if day is not None and not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return None
    form = _yearless(month, day, weekday=weekday, mod=mod)
    if year is None:
        return form
    value = form.build(year, False)  # noqa: FBT003 - positional callback
    return None if value is None else Known(value, year)


# ---- month and day: Feb. 24; 24 February 2022; Friday, 13 September


def _full(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    mon = m["mon"] or m["mon2"] or m["mon3"]
    day = parse_day(m["day"] or m["day2"] or m["day3"])
    year_text = m["year"] or m["year2"] or m["yy"] or m["yy2"] or m["year3"]
    year = None if year_text is None else parse_year(year_text, ctx.published)
    weekday = None if m["wd"] is None else _weekday_number(m["wd"])
    mod = part_mod(m["dpre"])
    form = _day_form(month_number(mon), day, year, weekday=weekday, mod=mod)
    return _piece(m, form, role="day")


def _day_range(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    """Two days of one month: "February 24-28", "4 to 22 January", "from 4 to 22 this month"."""
    first_text, second_text = (m["d1"], m["d2"]) if m["d1"] is not None else (m["e1"], m["e2"])
    d1, d2 = parse_day(first_text), parse_day(second_text)
    conn = (m["conn"] or m["conn2"] or "").lower()
    if d1 is None or d2 is None or (conn not in {"and", "or"} and d1 >= d2):
        return []
    year_text = m["year"] or m["year2"]
    year = None if year_text is None else parse_year(year_text, ctx.published)
    mon = m["mon"] or m["mon2"]
    if mon is not None:
        month = month_number(mon)
        f1, f2 = _day_form(month, d1, year), _day_form(month, d2, year)
    else:
        step = rels("days")[_words_of(m["rel"] or "this")].step
        f1, f2 = _month_day(step, d1), _month_day(step, d2)
    if f1 is None or f2 is None:
        return []
    if m["d1"] is not None:
        s1, e1, s2 = m.start("mon"), m.end("d1"), m.start("d2")
    else:
        s1, e1, s2 = m.start("e1"), m.end("e1"), m.start("e2")
    return [
        Piece(start=s1, end=e1, form=f1, role="day", data=("range-start",)),
        Piece(start=s2, end=m.end(), form=f2, role="day", data=("range-end",)),
    ]


def _month_day(step: int, day: int) -> Lazy:
    """Day ``day`` of the month ``step`` months from the dateline's."""

    def fn(pub: dt.date, env: Env) -> DateValue | None:  # noqa: ARG001
        ym = cal.add_months(pub.year, pub.month, step)
        if ym is None:
            return outside()
        d = cal.day_of(ym[0], ym[1], day)
        return None if d is None else dated(d.isoformat(), anchored=True)

    return relative(fn)


def _month_year(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    year = parse_year(m["year"] or m["yy"] or m["yq"] or m["y0"], ctx.published)
    if year is None or not cal.in_calendar(year):
        return []
    month = month_number(m["mon"] or m["mon0"])
    value = dated(cal.month_value(year, month), anchored=False, mod=_mod_of(m["pre"]))
    return _piece(m, Known(value, year), role="month")


# ---- a month without a year ("in March", "last May", "December's figures")


@functools.cache
def _common_words(where: str = "any") -> frozenset[str]:
    """Month names that are common English words (``any``: capitalised too, as "May")."""
    return frozenset(w for w, v in words().month_word.items() if where in {"lower", v})


def _bare_month(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:
    mon = m["mon"]
    key = mon.rstrip(".").lower()
    i = tokens.index_at(m.start("mon"))
    cue = (m["cue"] or "").lower()
    rel = (m["rel"] or "").lower()
    if cue in {"to", "and", "or"} and not _after_date_word(tokens, tokens.index_at(m.start("cue"))):
        cue = ""  # "and" joins a month to a date, not to any word
    if not (cue or rel or m["pre"] or m["poss"] or ctx.strict or _month_in_context(tokens, i, key)):
        return []
    month = month_number(mon)
    mod = _mod_of(m["pre"])
    if rel:
        return _piece(m, _relative_month(month, rel, mod), "body", role="month")
    return _piece(m, _yearless(month, None, mod=mod, cue=cue), "body", role="month")


def _month_in_context(tokens: Tokens, i: int, key: str) -> bool:
    """A month name without a cue: a month after "the", or capitalised and not in a name."""
    shape, n = tokens.shape, len(tokens.key)
    prev = i - 1
    if prev >= 0 and tokens.key[prev] == "the":
        return True  # "the October offensive", "the May talks"
    if shape[i] != Shape.CAPITALISED or key in _common_words() or len(key) < 4:  # noqa: PLR2004
        return False
    if prev >= 0 and shape[prev] in _NAME_SHAPES and not _sentence_start(tokens, i):
        return False
    nxt = i + 1
    return not (nxt < n and shape[nxt] in _NAME_SHAPES and not tokens.tags[nxt] & _CALENDAR)


_NAME_SHAPES: Final = frozenset({Shape.CAPITALISED, Shape.UPPER})
_CALENDAR: Final = Tag.MONTH | Tag.WEEKDAY | Tag.YEAR | Tag.DIGITS


def _sentence_start(tokens: Tokens, i: int) -> bool:
    return tokens.sentence_span(i)[0] == i


def _after_date_word(tokens: Tokens, i: int) -> bool:
    """Token ``i`` (a range word) follows a month or a number ("June to August")."""
    prev = i - 1
    return prev >= 0 and bool(tokens.tags[prev] & (Tag.MONTH | Tag.DIGITS))


def _relative_month(month: int, rel: str, mod: str | None) -> Lazy:
    def fn(pub: dt.date, env: Env) -> DateValue | None:  # noqa: ARG001
        if rel == "this":
            y = pub.year
        elif rel in {"last", "past", "previous"}:
            y = pub.year if month < pub.month else pub.year - 1
        else:
            y = pub.year if month > pub.month else pub.year + 1
        if not cal.in_calendar(y):
            return outside(mod)
        return dated(cal.month_value(y, month), anchored=True, mod=mod)

    return relative(fn, mod)


# ---- quarters and halves: Q1 2016; the third quarter; the first half of 2023

_ORD_NUMBER: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip


def _quarter(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    code = m["code"]
    if code is not None:
        letter, n = code[0].upper(), int(code[1])
    else:
        letter = "Q" if m["unit"].lower() == "quarter" else "H"
        n = _ORD_NUMBER[m["ord"].lower()]
        if letter == "H" and n == 4:  # noqa: PLR2004 - "the last half" is the second
            n = 2
    if (letter == "H" and n > 2) or not 1 <= n <= 4:  # noqa: PLR2004 - halves and quarters
        return []
    value_of = cal.quarter_value if letter == "Q" else cal.half_value
    year_text = m["y0"] or m["y1"] or m["y2"]
    if year_text is not None:
        year = parse_year(year_text, ctx.published)
        if year is None:
            return []
        return _piece(m, Known(dated(value_of(year, n), anchored=False), year), role="part")
    rel = m["rel"]
    if rel is not None:
        return _piece(m, _year_part(value_of, n, rel), role="part")
    if letter == "H" and code is None:
        return []  # "the first half" of a match, a talk
    first_month = 3 * n - 2 if letter == "Q" else 6 * n - 5

    def build(y: int, anchored: bool) -> DateValue | None:  # noqa: FBT001 - a callback
        if not cal.in_calendar(y):
            return outside()
        return dated(value_of(y, n), anchored=anchored)

    return _piece(m, Yearless(month=first_month, day=None, build=build), role="part")


def _year_part(value_of: Callable[[int, int], str], n: int, rel: str) -> Lazy:
    low = _words_of(rel)

    def fn(env: Env) -> DateValue | None:
        pub = env.pub
        if pub is None:
            return unresolved()
        found = rels("year").get(low)
        y = pub.year + (0 if found is None else found.step)
        if not cal.in_calendar(y):
            return outside()
        return dated(value_of(y, n), anchored=True)

    return Lazy(fn)


# ---- periods relative to the dateline or to the last date ("last week", "the following month")

_PERIOD_UNITS: Final = frozenset(
    {"day", "week", "weekend", "month", "year", "quarter", "decade", "century", "spring",
     "summer", "autumn", "fall", "winter", "workweek"}
)  # fmt: skip
_UNIT_GRANULARITY: Final = {
    "day": "day", "week": "week", "workweek": "week", "weekend": "week", "month": "month",
    "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
    "spring": "year", "summer": "year", "autumn": "year", "fall": "year", "winter": "year",
}  # fmt: skip
_SEASON_UNITS: Final = frozenset({"spring", "summer", "autumn", "fall", "winter"})
#: Units a part of the period is written before with a hyphen: "mid-year", "late-month".
_HYPHENATED_UNITS: Final = frozenset({"week", "month", "year", "decade", "century"})


def base_date(env: Env, unit_granularity: str, *, anaphoric: bool) -> tuple[dt.date, bool] | None:
    """The day a relative period counts from, and whether it came from the dateline.

    An anaphoric expression counts from the last date mentioned when that date
    is at least as fine as its unit; otherwise, and for dateline-relative ones,
    from the dateline.
    """
    if anaphoric:
        ref = env.ref
        if (
            ref is not None
            and ref.range is not None
            and cal.FINENESS.get(ref.granularity or "", 9) <= cal.FINENESS[unit_granularity]
        ):
            return dt.date.fromisoformat(ref.range[0]), ref.anchored
    pub = env.pub
    return None if pub is None else (pub, True)


def _period(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    if m["dayba"] is not None:
        step = 1 if m["ba"].lower() == "after" else -1
        form = Lazy(_period_value("day", step, "the", None, anaphoric=True))
        return _piece(m, form, "body", role="day")
    if m["yend"] is not None:
        unit = m["yend"].lower()
        form = Lazy(_period_value(unit, 0, "the", "end", anaphoric=False))
        return _piece(m, form, "body")
    unit = _words_of(m["punit"])
    unit = {
        "calendar year": "year",
        "working week": "week",
        "work week": "week",
        "workweek": "week",
    }.get(unit, unit)
    rel = _words_of(m["elw"] or "the") if m["el"] is not None else _words_of(m["rel"] or "the")
    if (
        rel == "the"
        and m["pre"] is None
        and m["el"] is None
        and m["cue"] is None
        and m["after"] is None
        and unit != "weekend"
    ):
        return []
    if unit == "day" and rel in {"this", "current", "coming", "upcoming", "the coming"}:
        return []  # "this day" is read by the day words
    if m["hyph"] is not None and (m["pre"] is None or unit not in _HYPHENATED_UNITS):
        return []  # "mid-year" is the dateline's year; "mid-day" is a time of day
    step, anaphoric, _ = rels("period")[rel]
    after = (m["after"] or "").lower()
    if "next" in after:
        step = 2
    elif "last" in after:
        step = -2
    mod = _mod_of(m["pre"])
    role = {"week": "week", "workweek": "week", "month": "monthrel", "year": "yearrel"}.get(
        unit, ""
    )
    form = Lazy(_period_value(unit, step, rel, mod, anaphoric=anaphoric))
    return _piece(m, form, "body", role=role, data=(step,))


def _period_value(
    unit: str, step: int, rel: str, mod: str | None, *, anaphoric: bool
) -> Callable[[Env], DateValue | None]:
    def fn(env: Env) -> DateValue | None:
        base = base_date(env, _UNIT_GRANULARITY[unit], anaphoric=anaphoric)
        if base is None:
            return unresolved(mod)
        d, anchored = base
        if anaphoric and anchored and step > 0 and env.ref is None and env.tense() == "past":
            return unresolved(mod, NO_ANTECEDENT)  # "The next day, talks resumed": after what?
        if unit in _SEASON_UNITS:
            value = _season_value(words().season[unit], d, rel, step)
        elif unit == "weekend":
            value = _weekend_value(d, step, rel, env)
        else:
            value = cal.shift_value(d, unit, step)
        if value is None:
            return outside(mod)
        return dated(value, anchored=anchored, mod=mod)

    return fn


def _weekend_value(d: dt.date, step: int, rel: str, env: Env) -> str | None:
    """A weekend: "this weekend" in a past clause before Saturday is the one just gone."""
    before_saturday = d.weekday() < 5  # noqa: PLR2004 - Saturday is day 5
    if (
        rel in {"this", "the", "current"}
        and step == 0
        and before_saturday
        and env.tense() == "past"
    ):
        step = -1
    moved = cal.add_days(d, 7 * step)
    return None if moved is None else cal.weekend_value(moved)


def _season_value(code: str, d: dt.date, rel: str, step: int) -> str | None:
    """A season relative to ``d``: "last winter" is the latest winter over before it."""
    first = cal.SEASONS[code][0]

    def span(y: int) -> tuple[dt.date, dt.date] | None:
        r = cal.value_range(cal.season_value(y, code)) if cal.in_calendar(y) else None
        return None if r is None else (dt.date.fromisoformat(r[0]), dt.date.fromisoformat(r[1]))

    current = (
        d.year - 1
        if code == "WI" and d.month < first and d.month <= cal.SEASONS["WI"][1]
        else d.year
    )
    if step == 0 or rel in {"the", "that", "the same", "that same"}:
        y = current
    elif step < 0:
        y = next((y for y in range(d.year, d.year - 3, -1) if (s := span(y)) and s[1] < d), 0)
    else:
        y = next((y for y in range(d.year - 1, d.year + 2) if (s := span(y)) and s[0] > d), 0)
    return cal.season_value(y, code) if cal.in_calendar(y) else None


# ---- years: in 2023; spring 2024; 2009-2010; the 1990s; the 20th century


def _year(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    year = int(m["year"])
    mod = _mod_of(m["pre"])
    if m["fiscal"] is not None:
        return _piece(m, Known(dated(cal.fiscal_value(year), anchored=False, mod=mod), year))
    if m["season"] is not None:
        code = words().season[m["season"].lower()]
        return _piece(m, Known(dated(cal.season_value(year, code), anchored=False, mod=mod), year))
    return _piece(m, Known(dated(cal.year_value(year), anchored=False, mod=mod), year), role="year")


def _year_range(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    y1 = int(m["y1"])
    tail = m["y2"]
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)  # noqa: PLR2004 - YYYY
    if y2 <= y1:
        return []
    return [
        Piece(start=m.start("y1"), end=m.end("y1"), form=_year_known(y1), role="year"),
        Piece(start=m.start("y2"), end=m.end("y2"), form=_year_known(y2), role="year"),
    ]


def _year_known(y: int) -> Known:
    return Known(dated(cal.year_value(y), anchored=False), y)


_POSSESSIVES: Final = frozenset({"their", "his", "her", "my", "your", "our", "its", "whose"})


def _decade(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:
    mod = part_mod(m["dpre"])
    i = tokens.index_at(m.start())
    if i > 0 and tokens.key[i - 1] in _POSSESSIVES:
        return []  # "in their 70s" is an age
    pub = ctx.published
    if m["dec"] is not None:
        decade = int(m["dec"]) // 10
    elif m["tens"] is not None:
        decade = 201
    elif m["thous"] is not None:
        decade = 200
    else:
        if m["the"] is None and mod is None and m["cent"] is None:
            return []
        dec2 = m["dec2"]
        digit = int(dec2) // 10 if dec2 is not None else words().decade[m["dw"].lower()]
        if m["cent"] is not None:
            cent = parse_year(m["cent"] + " hundred", pub)
            if cent is None:
                return []
            decade = cent // 10 + digit
        elif digit == 0 and m["dw"] is not None:
            decade = 200
        else:
            decade = _two_digit_decade(digit, pub)
    return _piece(m, Known(dated(cal.decade_value(decade), anchored=False, mod=mod)))


def _two_digit_decade(digit: int, pub: dt.date | None) -> int:
    """A decade in two digits ("the 70s"): the latest such that began by the dateline."""
    if pub is None:
        return 190 + digit
    century = pub.year // 100 * 10
    if (century + digit) * 10 <= pub.year or century == 0:
        return century + digit
    return century - 10 + digit


def _century(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    n = parse_day(m["n"])
    if n is None or not 1 <= n <= 100:  # noqa: PLR2004 - centuries of the calendar
        return []
    mod = part_mod(m["dpre"])
    return _piece(m, Known(dated(cal.century_value(n - 1), anchored=False, mod=mod)))


# ---- all-digit dates ("2025-11-10", "16/09/2024", "14-31/08/2024", "2016-11", "4/22")


def _numeric(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:
    pub = ctx.published
    if m["iso"] is not None:
        return _piece(m, _numeric_day(int(m["iso"]), int(m["im"]), int(m["id"])), role="day")
    if m["compact"] is not None:
        c = m["compact"]
        return _piece(m, _numeric_day(int(c[:4]), int(c[4:6]), int(c[6:])), role="day")
    if m["ym_y"] is not None:
        y, mo = int(m["ym_y"]), int(m["ym_m"])
        return _month_piece(m, y, mo)
    if m["my_y"] is not None:
        y, mo = int(m["my_y"]), int(m["my_m"])
        return _month_piece(m, y, mo)
    order = day_first(ctx)
    if m["a2"] is not None or m["a3"] is not None:
        dotted = m["a3"] is not None
        a, b = int(m["a3" if dotted else "a2"]), int(m["b3" if dotted else "b2"])
        year = parse_year(m["y3" if dotted else "y2"], pub)
        dm = _day_month(a, b, "." if dotted else m["sep2"], order)
        if dm is None or year is None:
            return []
        return _piece(m, _numeric_day(year, dm[1], dm[0]), role="day")
    if m["a1"] is not None:
        first, a, b = int(m["r1"]), int(m["a1"]), int(m["b1"])
        year = parse_year(m["y1"], pub)
        dm = _day_month(a, b, m["sep1"], order)
        if dm is None or year is None or dm[0] <= first:
            return []
        f1, f2 = _numeric_day(year, dm[1], first), _numeric_day(year, dm[1], dm[0])
        if f1 is None or f2 is None:
            return []
        return [
            Piece(start=m.start("r1"), end=m.end("r1"), form=f1, role="day"),
            Piece(start=m.start("a1"), end=m.end(), form=f2, role="day"),
        ]
    p, q = int(m["p"]), int(m["q"])
    i = tokens.index_at(m.start())
    if not (ctx.strict or _digits_cued(tokens, i)):
        return []  # "4/22" needs a preposition: "24/7" and "9/11" are no dates
    dm = _day_month(p, q, "/", order)
    if dm is None:
        return []
    day, month = dm
    if not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return []
    return _piece(m, _yearless(month, day), role="day")


def _digits_cued(tokens: Tokens, i: int) -> bool:
    """A month and day in digits at token ``i`` follows a preposition or another such date.

    "on 4/22", "since 16/09", "on 11/20, 11/22 or 11/25".
    """
    key = tokens.key
    if i == 0:
        return False
    if key[i - 1] in cues("digits"):
        return True
    return key[i - 1] in {",", "or"} and i > 1 and "/" in key[i - 2] and key[i - 2][0].isdigit()


def _month_piece(m: re.Match[str], y: int, mo: int) -> list[Piece]:
    if not 1 <= mo <= _MONTHS_IN_YEAR or not cal.in_calendar(y):
        return []
    return _piece(m, Known(dated(cal.month_value(y, mo), anchored=False), y), role="month")


def _numeric_day(y: int, mo: int, d: int) -> Known | None:
    day = cal.day_of(y, mo, d)
    return None if day is None else Known(dated(day.isoformat(), anchored=False), y)


def _day_month(a: int, b: int, sep: str, order: str) -> tuple[int, int] | None:
    """(day, month) of an all-digit date, or None where the reading is undecided."""
    if sep == "." or a > _MONTHS_IN_YEAR >= b:
        return a, b
    if b > _MONTHS_IN_YEAR >= a:
        return b, a
    if a == b:
        return a, b
    if order == "dmy":
        return a, b
    if order == "mdy":
        return b, a
    return None


_PARTS_SPLIT: Final = lazy_pattern(r"[/.-]")


def day_first(ctx: Context) -> str:
    """How this document's ambiguous all-digit dates read: ``dmy``, ``mdy`` or the option.

    Set once per document by `note_day_first` in the kind's notes
    (``ctx.memory.notes["date"]["order"]``); the strict parsers see only their string.
    """
    notes = ctx.memory.notes.get("date")
    found = notes.get("order") if isinstance(notes, dict) else None
    return found if isinstance(found, str) else ctx.options.numeric_dates


def note_day_first(tokens: Tokens, ctx: Context) -> None:
    """Count the all-digit dates that can only be day first, or only month first."""
    dmy = mdy = 0
    key = tokens.key
    for i in tokens.anchors(Tag.DIGITS):
        k = key[i]
        if "/" not in k and "." not in k:
            continue
        parts = _PARTS_SPLIT().split(k)
        if len(parts) >= 3:  # noqa: PLR2004 - day, month, year
            parts = parts[-3:-1]
        elif "/" not in k:
            continue  # "4.5" is a decimal
        if len(parts) != 2 or not all(p.isdigit() and len(p) <= 2 for p in parts):  # noqa: PLR2004
            continue
        a, b = int(parts[0]), int(parts[1])
        if a > _MONTHS_IN_YEAR >= b >= 1:
            dmy += 1
        elif b > _MONTHS_IN_YEAR >= a >= 1:
            mdy += 1
    if dmy != mdy:
        ctx.memory.notes["date"] = {"order": "dmy" if dmy > mdy else "mdy"}


# ---- days named by words ("yesterday", "the day after tomorrow", "overnight")


def _day_word(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:
    word = _words_of(m["w"])
    if word == "today" and not ctx.strict and _not_today(tokens, tokens.index_at(m.start("w"))):
        return []
    shift = {"yesterday": -1, "tomorrow": 1, "tmrw": 1}.get(word, 0)
    if m["ba"] is not None:
        shift += 1 if m["ba"].lower() == "after" else -1
    role = "night" if word in {"overnight", "last night"} or word.endswith("the night") else "day"

    def fn(pub: dt.date, env: Env) -> DateValue | None:  # noqa: ARG001
        d = cal.add_days(pub, shift)
        return outside() if d is None else dated(d.isoformat(), anchored=True)

    return _piece(m, relative(fn), role=role)


def _not_today(tokens: Tokens, i: int) -> bool:
    """Whether "Today" is part of a name ("USA Today") or a one-word sentence of a title."""
    shape, key, n = tokens.shape, tokens.key, len(tokens.key)
    if shape[i] == Shape.WORD:
        return False
    prev, nxt = i - 1, i + 1
    if prev >= 0 and shape[prev] in _NAME_SHAPES and key[prev] not in {"the", "and"}:
        return True
    alone_before = prev < 0 or shape[prev] in {Shape.SENTENCE_END, Shape.NEWLINE}
    alone_after = nxt >= n or shape[nxt] in {Shape.SENTENCE_END, Shape.NEWLINE}
    return alone_before and alone_after


# ---- weekdays: on Monday; last Friday; early on Wednesday; Friday the 15th

#: How a weekday reads a relative word: (anaphoric, step) -> its rule in `weekday_date`.
_WEEKDAY_RULE: Final = {
    (False, -1): "last", (False, 0): "this", (False, 1): "next",
    (True, -1): "preceding", (True, 0): "", (True, 1): "following",
}  # fmt: skip


def _weekday(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    rel_text = _words_of(m["rel"] or "")
    mod = part_mod(rel_text)
    found = rels("weekday").get(rel_text)
    rel = "" if found is None else _WEEKDAY_RULE[(found.anaphoric, found.step)]
    wd = _weekday_number(m["wd"])
    form = Lazy(_weekday_value(wd, rel, mod))
    return _piece(m, form, role="weekday", data=(wd, rel))


def _weekday_value(wd: int, rel: str, mod: str | None) -> Callable[[Env], DateValue | None]:
    def fn(env: Env) -> DateValue | None:
        if rel in {"following", "preceding"}:
            base = base_date(env, "day", anaphoric=True)
            if base is None:
                return unresolved(mod)
            d0, anchored = base
            if rel == "following":
                d = cal.weekday_after(d0, wd, strictly=True)
            else:
                d = cal.weekday_before(d0, wd, strictly=True)
            return outside(mod) if d is None else dated(d.isoformat(), anchored=anchored, mod=mod)
        pub = env.pub
        if pub is None:
            return unresolved(mod)
        d = weekday_date(wd, rel, pub, env)
        return outside(mod) if d is None else dated(d.isoformat(), anchored=True, mod=mod)

    return fn


def weekday_date(wd: int, rel: str, pub: dt.date, env: Env) -> dt.date | None:
    """A weekday relative to the dateline (see ``docs/dates.md``, "Bare weekdays")."""
    if rel == "last":
        return cal.weekday_before(pub, wd, strictly=True)
    if rel == "next":
        return cal.weekday_after(pub, wd, strictly=True)
    if rel == "this":
        return cal.add_days(pub, wd - pub.weekday())
    if env.tense() == "future":
        return cal.weekday_after(pub, wd, strictly=False)
    return cal.weekday_before(pub, wd, strictly=False)


def _weekday_day(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    """A weekday and a day of the month ("Friday the 15th"): the nearest such date."""
    day = parse_day(m["day"])
    if day is None or not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return []
    if m["the"] is None and not re.search(r"[a-z]$", m["day"], re.IGNORECASE):
        return []  # "Tuesday 12 drones": a count, not a day of the month
    wd = _weekday_number(m["wd"])

    def fn(pub: dt.date, env: Env) -> DateValue | None:  # noqa: ARG001
        best: dt.date | None = None
        for k in range(-12, 13):
            ym = cal.add_months(pub.year, pub.month, k)
            d = None if ym is None else cal.day_of(ym[0], ym[1], day)
            if (
                d is not None
                and d.weekday() == wd
                and (best is None or abs((d - pub).days) < abs((best - pub).days))
            ):
                best = d
        return None if best is None else dated(best.isoformat(), anchored=True)

    return _piece(m, relative(fn), role="day")


# ---- operators that need what follows ("the first Friday of", "3 days after", "week 27 of")


def _nth(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    if m["wn"] is not None:
        n = int(m["wn"])
        if not 1 <= n <= 53:  # noqa: PLR2004 - ISO weeks
            return []
        return [
            Piece(start=m.start(), end=m.end("wn"), form=_week_number(n), role="weeknum", data=(n,))
        ]
    if m["nwd"] is not None:
        n = _nth_number(m["nwd"])
        return [_op(m, "nthwd", (n, _weekday_number(m["wd"])))]
    if m["nweek"] is not None:
        return [_op(m, "nthweek", (_nth_number(m["nweek"]),))]
    if m["nmonth"] is not None:
        month = parse_day(m["nmonth"])
        if month is None or not 1 <= month <= _MONTHS_IN_YEAR:
            return []
        return [_op(m, "nthmonth", (month,))]
    if m["wof"] is not None:
        weekend = "weekend" in m["wof"].lower()
        return [_op(m, "weekof", (weekend, _mod_of(m["pre"])))]
    day = parse_day(m["nday"])
    if day is None or not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return []
    return [_op(m, "nthday", (day,))]


def _nth_number(s: str) -> int:
    low = s.lower()
    if low in {"last", "final"}:
        return -1
    return parse_day(low) or 1


def _op(m: re.Match[str], role: str, data: tuple[object, ...]) -> Piece:
    """An operator piece: it stands only as part of a composition with what follows."""
    return Piece(start=m.start(), end=m.end(), form=Lazy(_no_value), role=role, data=data, op=True)


def _no_value(env: Env) -> DateValue | None:  # noqa: ARG001 - an operator alone has no value
    return None


def _week_number(n: int) -> Yearless:
    def build(y: int, anchored: bool) -> DateValue | None:  # noqa: FBT001 - a callback
        value = cal.iso_week_value(y, n)
        return None if value is None else dated(value, anchored=anchored)

    first = dt.date.fromisocalendar(2001, min(n, 52), 1).month
    return Yearless(month=first, day=None, build=build)


# ---- a year in words ("in nineteen ninety-six"), a day of the month alone ("on the 27th")


def _year_words(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    year = parse_year(m["yw"], ctx.published)
    if year is None or not 1000 <= year <= 2099:  # noqa: PLR2004 - years written in words
        return []
    return _piece(m, _year_known(year), "body", role="year")


def _day_of_month(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    """A day of the month alone ("on the 27th"): in this month, or the one before or after."""
    day = parse_day(m["d"])
    if day is None or not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return []

    def fn(pub: dt.date, env: Env) -> DateValue | None:
        options = []
        for k in (-1, 0, 1):
            ym = cal.add_months(pub.year, pub.month, k)
            d = None if ym is None else cal.day_of(ym[0], ym[1], day)
            if d is not None:
                options.append(d)
        if not options:
            return outside()
        tense = env.tense()
        past = [d for d in options if d <= pub]
        ahead = [d for d in options if d >= pub]
        if tense == "past" and past:
            best = max(past)
        elif tense == "future" and ahead:
            best = min(ahead)
        else:
            best = min(options, key=lambda d: (abs((d - pub).days), d > pub))
        return dated(best.isoformat(), anchored=True)

    return _piece(m, relative(fn), "body", role="day")


# ---- holidays on a fixed day ("before Christmas", "on New Year's Eve 2024")


def _holiday(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    month, day = map(int, words().holiday[_words_of(m["h"])].split("-"))
    year = None if m["year"] is None else int(m["year"])
    return _piece(m, _day_form(month, day, year), role="day")


def _select_holiday(tokens: Tokens) -> list[int]:
    """The anchors of holidays: "Christmas", and "year" after "New" ("New Year's Day")."""
    key = tokens.key
    christmas = [i for i in tokens.anchors(Tag.DAYWORD) if key[i] == "christmas"]
    years = tokens.anchors(Tag.TIMEUNIT)
    new_year = [i for i in years if key[i] == "year" and i > 0 and key[i - 1] == "new"]
    return _merge(christmas, new_year) if new_year else christmas


# ---- vague references ("recently", "now", "soon", "in the weeks ahead", "at this time")


def _refs(m: re.Match[str], tokens: Tokens, ctx: Context) -> list[Piece]:  # noqa: ARG001
    if m["past"] is not None:
        value = "PAST_REF"
    elif m["future"] is not None:
        value = "FUTURE_REF"
    else:
        value = "PRESENT_REF"
    role = "now" if (m["present"] or "").lower() == "now" else ""
    return _piece(m, Known(reference(value)), "body", role=role)


# --------------------------------------------------------------------- table


def _patterns(b: Blocks) -> dict[str, str]:
    """The pattern of each rule, by name (see ``data/windows.tsv`` for their windows)."""
    year_tail = (
        r"(?:(?:\s*,\s*|\s+|\s*[-/]\s*)(?:(?:of|in)\s+)?(?P<{0}>"
        + b.year4
        + "|"
        + b.year_words
        + r"|'\d\d(?!\d))|\s+of\s+(?P<yy{1}>\d\d)(?![\d:]))"
    )
    day_any = "(?:" + b.day + "|" + b.day_ord + "|" + b.day_card + ")"
    day_ord = "(?:" + b.day + "|" + b.day_ord + ")"
    full = (
        r"(?:(?P<dpre>early|late)\s+(?:on\s+)?)?"
        r"(?:(?P<wd>" + b.wd_any + r")\.?,?\s+(?:the\s+)?)?"
        r"(?:(?P<mon>"
        + b.mon_d
        + r")(?:\.?\s*[-/]\s*|\.?,?\s+(?:the\s+)?|\.)(?P<day>"
        + day_any
        + ")"
        + year_tail.format("year", "")
        + "?"
        r"|(?:the\s+)?(?<![$\u20ac\u00a3\u00a5\u20b4\u20bd])(?P<day2>"
        + day_ord
        + r")\.?(?:\s+day)?(?:\s+of\s+|\s*[-/]\s*|,?\s+)"
        r"(?P<mon2>" + b.mon_d + ")" + year_tail.format("year2", "2") + r"?"
        r"|(?P<year3>" + b.year4 + r")\s*(?P<sep3>[-/])\s*(?P<mon3>" + b.mon_d + r")\s*(?P=sep3)\s*"
        r"(?P<day3>" + b.day + r"))(?![^\W\d_])"
    )
    conn = r"\s*(?P<{0}>-|to|through|thru|until|till|and|or)\s*(?:the\s+)?"
    day_range = (
        r"(?:(?:from|between)\s+)?(?:the\s+)?"
        r"(?:(?P<mon>"
        + b.mon_d
        + r")\.?\s+(?:the\s+)?(?P<d1>"
        + day_ord
        + ")"
        + conn.format("conn")
        + r"(?P<d2>"
        + day_ord
        + ")"
        + year_tail.format("year", "")
        + "?"
        r"|(?P<e1>" + day_ord + ")" + conn.format("conn2") + r"(?P<e2>" + day_ord + r")"
        r"(?:\s+of|,)?\s+(?:(?P<mon2>" + b.mon_d + ")" + year_tail.format("year2", "2") + "?"
        r"|(?:in\s+)?(?P<rel>" + _words_alt(rels("days")) + r")"
        r"\s+month))(?![^\W\d_])"
    )
    month_year = (
        r"(?:" + b.prefix + r")?(?P<mon>" + b.mon_d + r")(?:\s*[-/]\s*|,?\s+(?:of\s+)?)"
        r"(?:(?P<year>" + b.year + "|" + b.year_words + r")|(?<=of\s)(?P<yy>\d\d)(?![\d:])"
        r"|(?P<yq>'\d\d)(?!\d))"
        r"|(?P<y0>" + b.year + r")\s*,?\s*(?P<mon0>" + b.mon_d + r")(?!\s*\d)"
    )
    bare_month = (
        r"(?:\b(?P<cue>" + _words_alt(cues("month")) + r")\s+(?:the\s+)?(?:month\s+of\s+)?)?"
        r"(?P<body>(?:" + b.prefix + r")?(?:(?P<rel>" + _words_alt(rels("month")) + r")\s+)?"
        r"(?P<mon>" + b.mon + r")(?P<poss>'s)?)(?![\w-])"
    )
    year_ref = r"(?P<rel>" + _words_alt(rels("year")) + r")\s+(?:calendar\s+|fiscal\s+)?year"
    quarter = (
        r"(?:(?P<y0>" + b.year + r")\s*-?\s*(?:the\s+)?)?"
        r"(?:(?P<code>(?-i:[Qq][1-4]|H[12]))|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd"
        r"|4th|last|final)\s+(?P<unit>quarter|half))"
        r"(?:\s*-\s*(?P<y1>"
        + b.year
        + r")|(?:\s*,\s*|\s+)(?:of\s+)?(?:(?P<y2>"
        + b.year
        + "|"
        + b.year_words
        + r")|"
        + year_ref
        + r"))?(?![^\W\d_])"
    )
    period = (
        r"(?:(?P<cue>during|throughout|over|at|in)\s+(?=the\s))?(?P<body>"
        r"(?P<dayba>the\s+day\s+(?P<ba>before|after))(?=\s*(?:[.,;:!?)]|$))"
        r"|(?P<yend>year|month)\s*-\s*end(?![\w-])"
        r"|(?:" + b.prefix + r")?"
        r"(?:(?P<el>earlier|later)\s+(?:(?P<elw>this|that)|in\s+the)\s+"
        r"|(?P<rel>" + _words_alt(rels("period")) + r")\s+|(?<=\sof\s)"
        r"|(?P<hyph>(?<=mid-)|(?<=early-)|(?<=late-)))"
        r"(?P<punit>day|week|weekend|month|year|quarter|decade|century|spring|summer"
        r"|autumn|fall|winter|calendar\s+year|working\s+week|work\s?week)"
        r"(?P<after>\s+after\s+(?:the\s+)?next|\s+before\s+last)?)(?![\w-]"
        r"|\s*\d\d?\b(?!\s*(?:[ap]\.?m\b|[:.]\d))"
        r"|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    )
    year = (
        r"(?:" + b.prefix + r"|(?<![\w$.,/:-]))(?:(?:the\s+)?(?:calendar\s+)?year\s+"
        r"|(?P<fiscal>(?:the\s+)?fiscal\s+(?:year\s+)?|(?-i:FY)\s*-?\s*))?"
        r"(?:(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?P<year>" + b.year + r")"
        r"(?![\w%-]|[.,/:]\d|\s*(?:per\s?cent|percent))"
    )
    year_range = (
        r"(?<![\w$.,/:-])(?P<y1>" + b.year + r")\s*-\s*(?P<y2>" + b.year + r"|\d\d(?!\d))"
        r"(?![\w%-]|[.,/:]\d|\s*(?:per\s?cent|percent))"
    )
    decade = (
        r"(?P<the>the\s+)?(?:(?P<dpre>early|mid|late)\s*-?\s*)?"
        r"(?:(?P<dec>(?:1\d|20)\d0)\s?'?s|'?(?P<dec2>\d0)'?s"
        r"|(?:(?P<cent>(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
        r"|nineteen|twenty))[\s-]+)?(?P<dw>" + b.decade_word + r")"
        r"|(?P<tens>two\s+thousand\s+and\s+tens|twenty[\s-]+tens)|(?P<thous>two\s+thousands))"
        r"(?![^\W\d_])"
    )
    century = (
        r"(?:the\s+)?(?:(?P<dpre>early|mid|late)\s*-?\s*)?(?P<n>\d\d?(?:st|nd|rd|th)|"
        + b.day_ord
        + r")\s+century"
    )
    numeric = (
        r"(?<![\w./-])(?:(?P<iso>\d{4})(?P<s1>[-/.])(?P<im>\d\d?)(?P=s1)(?P<id>\d\d?)"
        r"|(?P<r1>\d\d?)-(?P<a1>\d\d?)(?P<sep1>[./])(?P<b1>\d\d?)(?P=sep1)(?P<y1>\d{4}|\d\d)"
        r"|(?P<a2>\d\d?)(?P<sep2>[/-])(?P<b2>\d\d?)(?P=sep2)(?P<y2>\d{4}|\d\d)"
        r"|(?P<a3>\d\d?)\.(?P<b3>\d\d?)\.(?P<y3>\d{4})"
        r"|(?P<compact>(?:19|20)\d{6})"
        r"|(?P<ym_y>(?:1[89]|20)\d\d)\s*[-/]\s*(?P<ym_m>\d\d?)"
        r"|(?P<my_m>\d\d?)\s*[-/]\s*(?P<my_y>(?:1[89]|20)\d\d)"
        r"|(?P<p>\d\d?)/(?P<q>\d\d?))"
        r"(?!\d|[./-]\d|\s*[-/]\s*\d|\s*%)"
    )
    day_word = (
        r"(?:(?:the\s+)?day\s+(?P<ba>after|before)\s+)?(?P<w>today|yesterday|tomorrow|tmrw|tonight"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night"
        r"|(?:in|through|during|throughout)\s+the\s+night|overnight)(?![\w-])"
    )
    weekday = (
        r"(?:(?P<rel>" + _words_alt({*rels("weekday"), "early", "late"}) + r")\s+(?:on\s+)?)?"
        r"(?P<wd>" + b.wd + r")"
        r"(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])"
        r"(?!\s+(?-i:Times|Telegraph|Express|Mirror|Mail|Post|Herald|People|World))"
    )
    weekday_day = (
        r"(?P<wd>" + b.wd_any + r")\.?,?\s+(?P<the>the\s+)?(?P<day>" + day_any + r")"
        r"(?!\s*(?:of\s+)?" + b.mon_d + r"|\s*[-/.]\s*\d|\s*%|[\w-])"
    )
    ordinal = r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
    nth = (
        r"(?:week\s+(?P<wn>\d\d?)(?![\d/.:-]|[^\W\d_]|\s*[ap]\.?m\b)"
        r"|(?:the\s+)?(?P<nwd>"
        + ordinal
        + r")\s+(?P<wd>"
        + b.wd
        + r")\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?"
        r"|(?:the\s+)?(?P<nweek>" + ordinal + r")\s+week\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?"
        r"|(?:the\s+)?(?P<nmonth>" + day_ord + r")\s+month\s+of\s+"
        r"|(?:" + b.prefix + r")?(?P<wof>(?:the\s+)?week(?:end)?\s+(?:of|(?:commencing|starting"
        r"|beginning)(?:\s+on)?))\s+"
        r"|(?:the\s+)?(?P<nday>" + day_ord + r")(?:\s+day)?\s+of\s+(?=(?:this|next|last"
        r"|the\s+(?:previous|following|next|current))\s+month))"
    )
    refs = (
        r"(?:(?:in|at|for|over|during)\s+)?(?P<body>"
        r"(?P<past>recent\s+(?:days|weeks|months|years|times)|recently|lately"
        r"|the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months|years)"
        r"|the\s+past(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|as|when|while|which|that|has|have|had"
        r"|is|was|were|are)\b)|recent(?=\s+[^\W\d_]))"
        r"|(?P<future>the\s+(?:coming|next\s+few)\s+(?:days|weeks|months|years)"
        r"|the\s+(?:days|weeks|months|years)\s+ahead"
        r"|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+(?:of|for)\b)"
        r"|soon(?!\s+(?:as|after|afterwards?|before|thereafter)\b))"
        r"|(?P<present>now|currently|nowadays|(?<=at\s)(?:this\s+time|the\s+present\s+time|the\s+moment"
        r"|present)))(?![\w-])"
    )
    year_words = (
        r"(?:" + _words_alt(cues("year")) + r")\s+(?P<body>(?:(?:the\s+)?year\s+)?"
        r"(?P<yw>"
        + b.year_words
        + r"))(?!\s+(?!(?:and|or|to|until|till|through|when|after|before|as"
        r"|but)\b)[^\W\d_])"
    )
    day_of_month = (
        r"(?:" + _words_alt(cues("day")) + r")\s+(?P<body>the\s+"
        r"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?))(?![\d:])"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|until|till|through)\b)"
    )
    holiday = (
        r"(?P<h>" + _words_alt(words().holiday) + r")(?:,?\s+(?P<year>" + b.year4 + r"))?"
        r"(?![\w-]|\s+" + _words_alt(words().holiday_noun) + r"\b)"
    )
    return {
        "day_range": day_range, "full": full, "month_year": month_year, "quarter": quarter,
        "decade": decade, "century": century, "year_range": year_range, "numeric": numeric,
        "period": period, "year": year, "bare_month": bare_month, "day_word": day_word,
        "weekday_day": weekday_day, "weekday": weekday, "nth": nth, "refs": refs,
        "year_words": year_words, "day_of_month": day_of_month, "holiday": holiday,
    }  # fmt: skip


_HANDLERS: Final[dict[str, Handler]] = {
    "day_range": _day_range, "full": _full, "month_year": _month_year, "quarter": _quarter,
    "decade": _decade, "century": _century, "year_range": _year_range, "numeric": _numeric,
    "period": _period, "year": _year, "bare_month": _bare_month, "day_word": _day_word,
    "weekday_day": _weekday_day, "weekday": _weekday, "nth": _nth, "refs": _refs,
    "year_words": _year_words, "day_of_month": _day_of_month, "holiday": _holiday,
}  # fmt: skip


# --------------------------------------------------------------------- anchors


def _month_name(tokens: Tokens, i: int) -> bool:
    """Month names are capitalised ("may" is a verb), but for unambiguous full names."""
    return (
        tokens.shape[i] != Shape.WORD
        or tokens.key[i] in words().month_lc
        or _before_digits(tokens, i)
    )


def _before_digits(tokens: Tokens, i: int) -> bool:
    """A lower-case month abbreviation is a month before a number ("jan 5", "dec 2018")."""
    key = tokens.key
    if key[i] in _common_words("lower"):
        return False
    nxt = i + 1
    if nxt < len(key) and key[nxt] in {".", "-", "/"}:
        nxt += 1
    if nxt < len(key) and (tokens.tags[nxt] & Tag.DIGITS or key[nxt] in _day_word_starts()):
        return True
    prev = i - 1
    if prev > 0 and key[prev] == ",":
        prev -= 1
    return prev >= 0 and bool(tokens.tags[prev] & Tag.DIGITS)


@functools.cache
def _day_word_starts() -> frozenset[str]:
    """The first words of a day of the month in words ("fifth", "twenty-first")."""
    return frozenset({"twenty", "thirty", *words().ordinal})


@functools.cache
def _last_words(rule: str) -> frozenset[str]:
    """The last words of the relative phrases ``rule`` reads ("the previous": "previous")."""
    return frozenset(phrase.split()[-1] for phrase in rels(rule))


_RANGE_WORDS: Final = frozenset({"-", "to", "through", "thru", "until", "till", "and", "or"})


def _number_near(tokens: Tokens, i: int, before: int, after: int) -> bool:
    key, tags = tokens.key, tokens.tags
    w = words()
    ordinal, cardinal = w.ordinal, w.cardinal
    for j in range(max(0, i - before), min(len(key), i + after + 1)):
        if j != i and (tags[j] & Tag.DIGITS or key[j] in ordinal or key[j] in cardinal):
            return True
    return False


def _full_anchor(tokens: Tokens, i: int) -> bool:
    """A month with a number near it ("Feb. 24", "the 24th of February", "May twenty one")."""
    return _month_name(tokens, i) and _number_near(tokens, i, 5, 4)


def _day_range_anchor(tokens: Tokens, i: int) -> bool:
    key = tokens.key
    if tokens.tags[i] & Tag.MONTH:
        if not _month_name(tokens, i):
            return False
    elif key[i] != "month" or i == 0 or key[i - 1] not in _last_words("days"):
        return False
    lo, hi = max(0, i - 8), min(len(key), i + 4)
    return any(
        key[j] in _RANGE_WORDS or ("-" in key[j] and key[j][0].isdigit()) for j in range(lo, hi)
    )


def _month_year_anchor(tokens: Tokens, i: int) -> bool:
    """A month with a year after it ("March 2022", "April of 87", "June of nineteen ninety")."""
    if not _month_name(tokens, i):
        return False
    key, tags = tokens.key, tokens.tags
    if i > 0 and tags[i - 1] & Tag.YEAR:
        return True
    if i > 1 and key[i - 1] == "," and tags[i - 2] & Tag.YEAR:
        return True
    for j in range(i + 1, min(len(tokens.key), i + 4)):
        if tags[j] & Tag.DIGITS or key[j] in _YEAR_WORD_STARTS or key[j] == "'":
            return True
    return False


_YEAR_WORD_STARTS: Final = frozenset(
    {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "two"}
)  # fmt: skip


_PART_WORDS: Final = frozenset({"half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2"})


#: Words before a unit of time that start a period besides the relative words.
_PERIOD_PREV: Final = frozenset({"calendar", "working", "work", "of"})


def _period_anchor(tokens: Tokens, i: int) -> bool:
    key = tokens.key
    if key[i] not in _PERIOD_UNITS:
        return False
    if i > 0 and (key[i - 1] in _PERIOD_PREV or key[i - 1] in _last_words("period")):
        return True
    if i > 1 and key[i - 1] == "-" and key[i - 2] in {"mid", "early", "late"}:
        return True  # "mid-year"
    return i + 2 < len(key) and key[i + 1] == "-" and key[i + 2] == "end"  # "year-end"


def _century_anchor(tokens: Tokens, i: int) -> bool:
    return tokens.key[i] in {"century", "centuries"}


_DAY_WORDS: Final = frozenset({"today", "yesterday", "tomorrow", "tmrw", "tonight", "overnight"})


def _day_word_anchor(tokens: Tokens, i: int) -> bool:
    key = tokens.key
    k = key[i]
    if k in _DAY_WORDS:
        return True
    prev = key[i - 1] if i > 0 else ""
    if k in {"morning", "afternoon", "evening"}:
        return prev == "this"
    return k == "night" and prev in {"last", "the"}


def _weekday_name(tokens: Tokens, i: int) -> bool:
    """A full weekday name ("Monday", "monday"); abbreviations only where a day follows."""
    return tokens.key[i] in words().weekday_lc


def _weekday_day_anchor(tokens: Tokens, i: int) -> bool:
    nxt = i + 1
    if nxt >= len(tokens.key) or (tokens.shape[i] == Shape.WORD and not _weekday_name(tokens, i)):
        return False
    k = tokens.key[nxt]
    if k in {",", "."}:
        nxt += 1
        if nxt >= len(tokens.key):
            return False
        k = tokens.key[nxt]
    return (
        k == "the"
        or bool(tokens.tags[nxt] & Tag.DIGITS)
        or k in words().ordinal
        or k
        in {
            "twenty",
            "thirty",
        }
    )


_ORDINAL_KEYS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"})


def _nth_anchor(tokens: Tokens, i: int) -> bool:
    key, n = tokens.key, len(tokens.key)
    k = key[i]
    prev = key[i - 1] if i > 0 else ""
    nxt = key[i + 1] if i + 1 < n else ""
    if tokens.tags[i] & Tag.WEEKDAY:
        return (
            prev in _ORDINAL_KEYS
            or prev in {"1st", "2nd", "3rd", "4th", "5th"}
            or (prev in {"st", "nd", "rd", "th"})
        ) and nxt in {"of", "in"}
    if tokens.tags[i] & Tag.DIGITS:
        return nxt in {"st", "nd", "rd", "th"} and i + 2 < n and key[i + 2] in {"of", "day"}
    if k in {"week", "weekend"}:
        return (
            nxt in {"of", "commencing", "starting", "beginning"}
            or bool(i + 1 < n and tokens.tags[i + 1] & Tag.DIGITS)
            or prev in _ORDINAL_KEYS
            or prev in {"st", "nd", "rd", "th"}
        )
    if k in {"month", "day"}:
        return nxt == "of" and (prev in words().ordinal or prev in {"st", "nd", "rd", "th"})
    return False


_REF_PREV: Final = {
    "time": frozenset({"this"}), "moment": frozenset({"the"}), "present": frozenset({"at", "the"}),
    "past": frozenset({"the"}), "future": frozenset({"the", "near", "distant", "foreseeable"}),
}  # fmt: skip


def _refs_anchor(tokens: Tokens, i: int) -> bool:
    key, n = tokens.key, len(tokens.key)
    k = key[i]
    prev = key[i - 1] if i > 0 else ""
    if tokens.tags[i] & Tag.DATEREF:
        if k == "ahead":
            return prev in {"days", "weeks", "months", "years"}
        allowed = _REF_PREV.get(k)
        return allowed is None or prev in allowed
    return prev in {"recent", "few", "coming", "past", "last"} or (
        i + 1 < n and key[i + 1] == "ahead"
    )


def _year_words_anchor(tokens: Tokens, i: int) -> bool:
    key = tokens.key
    return (
        key[i] in _YEAR_WORD_STARTS
        and i > 0
        and (key[i - 1] in cues("year") or key[i - 1] == "year")
    )


_ACCEPT: Final[dict[str, Accept]] = {
    "day_range": _day_range_anchor, "full": _full_anchor, "month_year": _month_year_anchor,
    "century": _century_anchor,
    "period": _period_anchor,
    "bare_month": _month_name, "day_word": _day_word_anchor,
    "weekday_day": _weekday_day_anchor, "weekday": _weekday_name, "nth": _nth_anchor,
    "refs": _refs_anchor, "year_words": _year_words_anchor,
}  # fmt: skip

#: Picks a rule's anchors itself, from the anchor lists of single tags (a list of
#: several tags costs a merge per document) and the words around them.
Select = Callable[[Tokens], list[int]]
_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
_DECADE_FOLLOWERS: Final = frozenset({"s", "'s", "'"})


def _merge(*lists: Iterable[int]) -> list[int]:
    return sorted(i for found in lists for i in found)


def _select_nth(tokens: Tokens) -> list[int]:
    """Weekdays, units, and numbers with an ordinal suffix and "of" or "day" ("20th of")."""
    key = tokens.key
    n = len(key) - 2
    numbers = [
        i
        for i in tokens.anchors(Tag.DIGITS)
        if i < n and key[i + 1] in _SUFFIXES and key[i + 2] in {"of", "day"}
    ]
    return _merge(tokens.anchors(Tag.WEEKDAY), tokens.anchors(Tag.TIMEUNIT), numbers)


def _select_day_range(tokens: Tokens) -> list[int]:
    """Months, and "month" after a relative word ("from 4 to 22 this month")."""
    key = tokens.key
    months = [i for i in tokens.anchors(Tag.TIMEUNIT) if key[i] == "month" and key[i - 1] != "the"]
    return _merge(tokens.anchors(Tag.MONTH), months) if months else list(tokens.anchors(Tag.MONTH))


def _select_decade(tokens: Tokens) -> list[int]:
    """Decades in digits ("the 1990s", "the 70's") and in words ("the seventies")."""
    key = tokens.key
    n = len(key) - 1
    digits = [
        i
        for i in tokens.anchors(Tag.DIGITS)
        if key[i][-1] == "0" and i < n and key[i + 1] in _DECADE_FOLLOWERS
    ]
    decade_words = words().decade
    named = [
        i
        for i in tokens.anchors(Tag.TIMEUNIT)
        if key[i] in decade_words or key[i] in {"tens", "thousands"}
    ]
    return _merge(digits, named) if named else digits


def _select_year_range(tokens: Tokens) -> list[int]:
    """Years with a dash in them or after them ("2009-2010", "2009 - 10")."""
    key = tokens.key
    n = len(key) - 1
    return [i for i in tokens.anchors(Tag.DIGITS) if "-" in key[i] or (i < n and key[i + 1] == "-")]


def _select_numeric(tokens: Tokens) -> list[int]:
    """Numbers with inner separators, of eight digits, or before a separator."""
    key = tokens.key
    n = len(key) - 2
    return [
        i
        for i in tokens.anchors(Tag.DIGITS)
        if "/" in key[i]
        or "." in key[i]
        or "-" in key[i]
        or len(key[i]) == 8  # noqa: PLR2004 - "20161016"
        or (i < n and key[i + 1] in {"/", "-"})
    ]


def _select_day_of_month(tokens: Tokens) -> list[int]:
    """Numbers after "the" ("on the 27th")."""
    key = tokens.key
    return [i for i in tokens.anchors(Tag.DIGITS) if i > 0 and key[i - 1] == "the"]


def _select_quarter(tokens: Tokens) -> list[int]:
    """Quarter words and codes, and "half" ("the first half of 2023")."""
    key = tokens.key
    parts = [
        i for i in tokens.anchors(Tag.TIMEUNIT) if key[i] in _PART_WORDS or key[i] == "quarters"
    ]
    halves = [i for i in tokens.anchors(Tag.AMOUNT) if key[i] == "half"]
    return _merge(parts, halves) if halves else parts


def _select_units(tag: int, units: frozenset[str]) -> Select:
    def select(tokens: Tokens) -> list[int]:
        key = tokens.key
        return [i for i in tokens.anchors(tag) if key[i] in units]

    return select


def _select_period(tokens: Tokens) -> list[int]:
    """Units of time and seasons that a period can name ("last week", "next spring")."""
    key = tokens.key
    units = [i for i in tokens.anchors(Tag.TIMEUNIT) if key[i] in _PERIOD_UNITS]
    seasons = [i for i in tokens.anchors(Tag.SEASON) if key[i] in _PERIOD_UNITS]
    return _merge(units, seasons) if seasons else units


_SELECT: Final[dict[str, Select]] = {
    "nth": _select_nth,
    "day_range": _select_day_range,
    "decade": _select_decade,
    "year_range": _select_year_range,
    "numeric": _select_numeric,
    "day_of_month": _select_day_of_month,
    "quarter": _select_quarter,
    "holiday": _select_holiday,
    "period": _select_period,
    "century": _select_units(Tag.TIMEUNIT, frozenset({"century", "centuries"})),
}

#: Every expression starts a word: a cheap test that spares the engine most positions.
_WORD_START: Final = r"(?<!\w)(?=[\w'])"


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The rules, in the order that breaks ties between pieces of equal length."""
    patterns = _patterns(blocks())
    win = windows()
    starts = _starts()
    return tuple(
        Rule(
            name,
            re.compile(_WORD_START + "(?:" + src + ")", re.IGNORECASE),
            _HANDLERS[name],
            win[name].anchor,
            win[name].before,
            win[name].after,
            _ACCEPT.get(name),
            starts[name][0],
            starts[name][1],
        )
        for name, src in patterns.items()
    )


_PREFIX_STARTS: Final = frozenset(
    {"the", "very", "start", "beginning", "end", "middle", "rest", "early", "mid", "late"}
)
#: First words of a period besides the relative words ("earlier this year", "later that month").
_EARLIER_LATER: Final = frozenset({"earlier", "later"})


def _starts() -> dict[str, tuple[frozenset[str], int]]:
    """The words (and tags) a match of each rule can start with."""
    w = words()
    numbers = frozenset(w.ordinal) | frozenset(w.cardinal)
    rel_starts = frozenset(phrase.split()[0] for phrase in w.rel) - {"the"} | _EARLIER_LATER
    calendar = Tag.MONTH | Tag.WEEKDAY | Tag.DIGITS
    return {
        "day_range": (frozenset({"from", "between", "the"}) | numbers, calendar),
        "full": (frozenset({"early", "late", "the"}) | numbers, calendar),
        "month_year": (_PREFIX_STARTS, Tag.MONTH | Tag.DIGITS),
        "quarter": (
            frozenset({"the"})
            | _PART_WORDS
            | numbers
            | {"1st", "2nd", "3rd", "4th", "last", "final"},
            Tag.DIGITS,
        ),
        "decade": (
            frozenset({"the", "early", "mid", "late", "'", "two"}) | numbers | frozenset(w.decade),
            Tag.DIGITS,
        ),
        "century": (frozenset({"the", "early", "mid", "late"}) | numbers, Tag.DIGITS),
        "year_range": (frozenset(), Tag.DIGITS),
        "numeric": (frozenset(), Tag.DIGITS),
        "period": (
            _PREFIX_STARTS
            | rel_starts
            | frozenset({"during", "throughout", "over", "at", "in", "year", "month"}),
            0,
        ),
        "year": (
            _PREFIX_STARTS | frozenset({"year", "calendar", "fiscal", "fy"}) | frozenset(w.season),
            Tag.DIGITS,
        ),
        "bare_month": (_PREFIX_STARTS | rel_starts | cues("month"), Tag.MONTH),
        "day_word": (
            frozenset({"the", "day", "this", "last", "in", "through", "during", "throughout"}),
            Tag.DAYWORD,
        ),
        "holiday": (frozenset(p.split()[0] for p in w.holiday), 0),
        "weekday_day": (frozenset(), Tag.WEEKDAY),
        "weekday": (rel_starts | frozenset({"the", "early", "late"}), Tag.WEEKDAY),
        "nth": (
            _PREFIX_STARTS
            | frozenset({"week", "weekend"})
            | numbers
            | {"1st", "2nd", "3rd", "4th", "5th", "last", "final"},
            Tag.DIGITS,
        ),
        "year_words": (cues("year"), 0),
        "day_of_month": (cues("day"), 0),
        "refs": (
            frozenset(
                {
                    "in",
                    "at",
                    "for",
                    "over",
                    "during",
                    "the",
                    "recent",
                    "recently",
                    "lately",
                    "soon",
                    "now",
                    "currently",
                    "nowadays",
                    "present",
                    "this",
                }
            ),
            Tag.DATEREF,
        ),
    }
