# SPDX-License-Identifier: MIT
"""Amounts of time: durations, "N units ago", "in N units", "N units later", offsets.

One walk over the amounts the document context found once (``ctx.amounts``)
and over the units of time written with an article ("a year ago") or none
("for days"): each amount followed by a unit of time, or a chain of them
("1 month 21 days"), is read by the words around it:

- "ago" points back from the dateline; "later" / "earlier" count from the
  last date the text mentioned; "hence", "from now" and "in N units" (outside
  a past-tense clause) point forward from the dateline;
- "after", "before", "from", "following" make an operator that composes with
  the date that follows ("3 days after January 12");
- "the next 3 days", "the past 3 weeks", "within 5 days" are durations whose
  days the dateline fixes (``range``);
- anything else is a duration ("for 10 days", "about seven months").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

from conflictnorm._core import Context
from conflictnorm._lazy import lazy_pattern
from conflictnorm.dates import _calendar as cal
from conflictnorm.dates._forms import (
    Env,
    Known,
    Lazy,
    Piece,
    dated,
    duration,
    outside,
    reference,
    relative,
    unresolved,
)
from conflictnorm.dates._words import rels, words
from conflictnorm.errors import ParseError
from conflictnorm.models import DateValue
from conflictnorm.numbers import QUALIFIER, Amount, AmountSpan, parse_amount
from conflictnorm.text import Tag, Tokens

__all__ = ["Part", "find_units", "shift_day", "span_of"]

_CLOCK: Final = cal.CLOCK_UNITS


@functools.cache
def _direction(step: int) -> frozenset[str]:
    """The words that point an amount of time forward (1), back (-1), or either (0)."""
    return frozenset(w for w, rel in rels("units").items() if step in {0, rel.step})


_OPERATOR_WORDS: Final = frozenset({"after", "before", "from", "following"})
_SPAN_WORDS: Final = frozenset({"starting", "beginning", "commencing"})
_RATE_BEFORE: Final = frozenset({"per", "times", "twice", "thrice", "once"})
#: Words that may follow "a second" when it is a second of time ("a second later").
_SECOND_FOLLOWERS: Final = frozenset(
    {"later", "earlier", "ago", "after", "before", "or", "and", "of", "longer", "more", "less"}
)
_MAX_PARTS: Final = 4


class Part(NamedTuple):
    """One amount of one unit ("21 days")."""

    amount: Amount
    unit: str


class Chain(NamedTuple):
    """Amounts of time written one after another, and their tokens."""

    parts: tuple[Part, ...]
    first: int
    last: int
    start: int
    end: int


class _UnitWords(NamedTuple):
    """The words `_unit_after` reads, fetched once per document."""

    units: Mapping[str, str]
    adjectives: Mapping[str, str]
    moving: frozenset[str]
    #: Every word that may come right after an amount of time: a unit or a word before it.
    after: frozenset[str]


@functools.cache
def _unit_words() -> _UnitWords:
    w = words()
    moving = _direction(0)
    after = frozenset({"-", "of", *w.unit_adj, *moving, *w.unit})
    return _UnitWords(w.unit, w.unit_adj, moving, after)


def _unit_after(
    tokens: Tokens, j: int, uw: _UnitWords, *, vague: bool = False
) -> tuple[str, int, str] | None:
    """The unit at token ``j``, its token, and the word before it.

    A dash may come first ("10-day"), "of" after a vague amount ("a couple of
    days"), a word that leaves the amount as it is ("three straight days"),
    and "next" / "past" before a plural unit ("2 next days").
    """
    key, n = tokens.key, len(tokens.key)
    if j >= n or key[j] not in uw.after:
        return None  # most amounts: no unit of time
    word = ""
    if j < n and (key[j] == "-" or (vague and key[j] == "of")):
        j += 1
    if j + 1 < n and key[j] in uw.adjectives:
        j += 1  # "three straight days"
    if j + 1 < n and key[j] in uw.moving and key[j + 1].endswith("s"):
        word = key[j]
        j += 1
    unit = uw.units.get(key[j]) if j < n else None
    return None if unit is None else (unit, j, word)


def _chains(tokens: Tokens, ctx: Context) -> Iterator[tuple[Chain, str]]:
    """Each chain of amounts of time, with the word between amount and unit ("2 next days")."""
    by_first = ctx.amounts.by_first
    start, end, key = tokens.start, tokens.end, tokens.key
    taken = -1
    uw = _unit_words()
    ordinals = words().ordinal
    for span in ctx.amounts.spans:
        if span.first <= taken:
            continue
        if key[span.first] in {"a", "an"} and key[span.last] in ordinals:
            continue  # "a third day": an ordinal, not a third of a day
        vague = span.amount.value is None and span.amount.low is None
        found = _unit_after(tokens, span.last + 1, uw, vague=vague)
        if found is None:
            continue
        unit, j, word = found
        parts = [Part(span.amount, unit)]
        last = j
        while len(parts) < _MAX_PARTS:
            k = last + 1
            if k < len(key) and key[k] in {",", "and"}:
                k += 1
            nxt: AmountSpan | None = by_first.get(k)
            if nxt is None:
                break
            more = _unit_after(tokens, nxt.last + 1, uw)
            if more is None or more[2]:
                break
            parts.append(Part(nxt.amount, more[0]))
            last = more[1]
        taken = last
        yield Chain(tuple(parts), span.first, last, span.start, end[last]), word
    units, adjectives = uw.units, uw.adjectives
    by_last = ctx.amounts.by_last
    for i in tokens.anchors(Tag.TIMEUNIT):
        word_unit = key[i]
        if word_unit not in units:
            continue
        unit = units[word_unit]
        prev = key[i - 1] if i > 0 else ""
        article = i - 2 if prev in adjectives and i > 1 else i - 1  # "a full day"
        if article >= 0 and key[article] in {"a", "an"}:
            first, amount = _qualified_one(tokens, article)
            yield Chain((Part(amount, unit),), first, i, start[first], end[i]), ""
        elif word_unit.endswith("s") and i + 1 < len(key) and key[i + 1] == "ago":
            if i - 1 not in by_last:  # "weeks ago": some weeks; "two weeks ago" has its amount
                yield Chain((Part(Amount(value=None), unit),), i, i, start[i], end[i]), ""
        elif word_unit.endswith("s") and prev == "for":
            yield Chain((Part(Amount(value=None), unit),), i, i, start[i - 1], end[i]), "for"
        elif prev in {"past", "last"} and i > 1 and key[i - 2] == "the" and word_unit == unit:
            yield Chain((Part(Amount(value=1.0), unit),), i - 2, i, start[i - 2], end[i]), prev


_QUALIFIER_BEFORE: Final = lazy_pattern(r"(?:" + QUALIFIER + r")\s+", re.IGNORECASE)
#: How many tokens a qualifier before "a" may take ("more than a year").
_QUALIFIER_TOKENS: Final = 3


def _qualified_one(tokens: Tokens, article: int) -> tuple[int, Amount]:
    """The article "a" as the amount one, with a qualifier before it ("more than a year")."""
    tags, start = tokens.tags, tokens.start
    for j in range(max(0, article - _QUALIFIER_TOKENS), article):
        if tags[j] & Tag.QUALIFIER:
            q = _QUALIFIER_BEFORE().fullmatch(tokens.cased, start[j], start[article])
            if q is not None:
                try:
                    return j, parse_amount(tokens.cased[start[j] : start[article]] + "one")
                except ParseError:
                    break
    return article, Amount(value=1.0)


def find_units(tokens: Tokens, ctx: Context) -> Iterator[Piece]:
    """Every amount of time in the text, read by the words around it."""
    for chain, word in _chains(tokens, ctx):
        yield from _read(chain, word, tokens, ctx)


def _read(chain: Chain, word: str, tokens: Tokens, ctx: Context) -> Iterator[Piece]:
    key, n = tokens.key, len(tokens.key)
    first, last = chain.first, chain.last
    parts = chain.parts
    after = key[last + 1] if last + 1 < n else ""
    after2 = key[last + 2] if last + 2 < n else ""
    lead = key[first]
    before = key[first - 1] if first > 0 else ""
    before2 = key[first - 2] if first > 1 else ""
    one = parts[0]
    if after == "old" or (after == "-" and after2 == "old"):
        return  # "a 67-year-old woman": an age
    if word == "for":
        yield _plain(chain, _vague(one.unit))
        return
    if after == "ago":
        end = tokens.end[last + 1]
        today = after2 == "today"
        if today:
            end = tokens.end[last + 2]
        yield Piece(start=chain.start, end=end, form=_ago(parts, today=today))
        return
    if after in {"later", "earlier"}:
        sign = 1 if after == "later" else -1
        yield Piece(start=chain.start, end=tokens.end[last + 1], form=_anaphoric(parts, sign))
        return
    if after == "hence" or (after == "from" and after2 == "now"):
        end = tokens.end[last + 2 if after == "from" else last + 1]
        yield Piece(start=chain.start, end=end, form=_from_dateline(parts, 1))
        return
    if len(parts) == 1 and _is_second_ordinal(tokens, chain, after):
        return
    if after in _OPERATOR_WORDS or (after == "prior" and after2 == "to"):
        sign = -1 if after in {"before", "prior"} else 1
        stop = last + (2 if after == "prior" else 1)
        yield Piece(
            start=chain.start,
            end=tokens.end[stop],
            form=Lazy(_nothing),
            role="offset",
            data=(parts, sign, _duration_piece(chain, word, tokens)),
            op=True,
        )
        return
    if after in _SPAN_WORDS:
        stop = last + 1
        if after2 in {"from", "on"}:
            stop += 1
        yield Piece(
            start=chain.start,
            end=tokens.end[stop],
            form=Lazy(_nothing),
            role="span",
            data=(parts, 1, _duration_piece(chain, word, tokens)),
            op=True,
        )
        return
    if len(parts) > 1:
        yield from _part_pieces(chain, tokens)
        return
    if lead in {"a", "an"} and _is_rate(ctx, first, before):
        return
    if before == "in" and not word and one.amount.value is not None and after != "of":
        yield Piece(start=chain.start, end=chain.end, form=_in_future(parts, chain, tokens))
        return
    piece = _duration_piece(chain, word, tokens, before=before, before2=before2)
    if piece is not None:
        yield piece


def _nothing(env: Env) -> DateValue | None:  # noqa: ARG001 - an operator alone has no value
    return None


def _is_second_ordinal(tokens: Tokens, chain: Chain, after: str) -> bool:
    """Whether "second" is an ordinal ("a second round", "twenty second of June")."""
    if chain.parts[0].unit != "second":
        return False
    key = tokens.key
    lead = key[chain.first]
    if lead.isdigit():
        return False
    if chain.first > 0 and key[chain.first - 1] == "the":
        return True  # "the twenty second"
    return after == "of" or (after.isalpha() and after not in _SECOND_FOLLOWERS)


def _is_rate(ctx: Context, first: int, before: str) -> bool:
    """Whether "a day" is a rate ("600 people a day", "16 hours a day", "twice a week")."""
    if before in _RATE_BEFORE or before in words().unit:
        return True
    by_last = ctx.amounts.by_last
    return any(j in by_last for j in range(max(0, first - 3), first - 1))


def _plain(chain: Chain, value: DateValue) -> Piece:
    return Piece(start=chain.start, end=chain.end, form=Known(value))


def _vague(unit: str) -> DateValue:
    value = cal.duration_value(None, unit)
    assert value is not None  # noqa: S101 - a vague amount is always written
    return duration(value, cal.duration_unit(unit))


def _duration_of(
    amount: float | None, unit: str, *, mod: str | None = None, note: str | None = None
) -> DateValue | None:
    value = cal.duration_value(amount, unit)
    if value is None:
        return None  # "9" * 309 decades: no finite duration
    return duration(value, cal.duration_unit(unit), mod=mod, note=note)


def _duration_value(part: Part) -> DateValue | None:
    """The duration of one amount of one unit, or None where it is not finite."""
    a, unit = part.amount, part.unit
    note = None
    if a.value is None and a.low is not None and a.high is not None:
        note = f"a range of durations: {a.low:g} to {a.high:g} {unit}s"
    return _duration_of(a.value, unit, mod=a.mod, note=note)


def _duration_piece(
    chain: Chain,
    word: str,
    tokens: Tokens,
    *,
    before: str = "",
    before2: str = "",
) -> Piece | None:
    """The chain as a duration; with its days where "next", "past" or "within" anchor it."""
    part = chain.parts[0]
    value = _duration_value(part)
    if value is None:
        return None
    start = chain.start
    key = tokens.key
    lead = key[chain.first]
    direction = ""
    forward, back = _direction(1), _direction(-1)
    if word in forward or before in forward:
        direction = "next"
    elif word in back or before in back:
        direction = "past"
    before3 = key[chain.first - 3] if chain.first > 2 else ""  # noqa: PLR2004
    if (
        lead == "within"
        or before == "within"
        or (before in forward and "within" in {before2, before3})
    ):
        direction = "within"
    if (before in forward or before in back) and chain.first > 0:
        start = tokens.start[chain.first - 1]
        if before2 == "the":
            start = tokens.start[chain.first - 2]
    if (
        not direction
        or part.unit in _CLOCK
        or part.amount.value is None
        or not part.amount.value.is_integer()
    ):
        return Piece(start=start, end=chain.end, form=Known(value))
    return Piece(start=start, end=chain.end, form=_anchored_duration(value, part, direction))


def _anchored_duration(value: DateValue, part: Part, direction: str) -> Lazy:
    def fn(pub: dt.date, env: Env) -> DateValue | None:  # noqa: ARG001
        n = int(part.amount.value or 0)
        if direction == "next":
            first = cal.add_days(pub, 1)
        elif direction == "within":
            first = pub
        else:
            first = shift_day(pub, (Part(Amount(value=float(n)), part.unit),), -1)
        if first is None:
            return value
        span = span_of(first, part.unit, n)
        if span is None:
            return value
        return DateValue(
            type="duration",
            value=value.value,
            granularity=value.granularity,
            range=span,
            anchored=True,
            mod=value.mod,
            note=value.note,
        )

    def run(env: Env) -> DateValue | None:
        pub = env.pub
        return value if pub is None else fn(pub, env)

    return Lazy(run)


def span_of(first: dt.date, unit: str, n: int) -> tuple[str, str] | None:
    """The days of ``n`` units starting on ``first``: (first, first + n units - 1 day)."""
    after = shift_day(first, (Part(Amount(value=float(n)), unit),), 1)
    last = None if after is None else cal.add_days(after, -1)
    if last is None or last < first:
        return None
    return first.isoformat(), last.isoformat()


def shift_day(d: dt.date, parts: tuple[Part, ...], sign: int) -> dt.date | None:
    """``d`` moved by the amounts of time (days and longer), or None."""
    for part in parts:
        n = part.amount.value
        if n is None or not n.is_integer():
            return None
        moved = cal.shift_day(d, part.unit, int(n) * sign)
        if moved is None:
            return None
        d = moved
    return d


def _clock_shift(
    stamp: dt.datetime | None, pub: dt.date, parts: tuple[Part, ...], sign: int
) -> dt.date | None:
    """The day a shift of hours, minutes and seconds lands on (from a dateline with a time)."""
    seconds = 0.0
    for part in parts:
        if part.unit in _CLOCK and part.amount.value is not None:
            seconds += part.amount.value * {"hour": 3600, "minute": 60, "second": 1}[part.unit]
    if stamp is None or seconds == 0:
        return pub
    try:
        return (stamp + sign * dt.timedelta(seconds=seconds)).date()
    except OverflowError:
        return None


_AGO_GRANULARITY: Final = {
    "year": "year", "decade": "year", "month": "month", "week": "week", "fortnight": "week",
    "day": "day",
}  # fmt: skip


def _ago(parts: tuple[Part, ...], *, today: bool) -> Lazy:
    """An amount of time ago: "three years ago" is a year, "1 month 21 days ago" a day."""
    amount = parts[0].amount
    mod = amount.mod
    if any(p.amount.value is None or not p.amount.value.is_integer() for p in parts):
        return Lazy(lambda env: reference("PAST_REF"))  # noqa: ARG005

    def fn(pub: dt.date, env: Env) -> DateValue | None:
        if all(p.unit in _CLOCK for p in parts):
            d = _clock_shift(env.stamp, pub, parts, -1)
            return outside(mod) if d is None else dated(d.isoformat(), anchored=True, mod=mod)
        d = shift_day(pub, parts, -1)
        if d is None:
            return outside(mod)
        gran = "day" if today or len(parts) > 1 else _AGO_GRANULARITY[parts[0].unit]
        return dated(cal.value_at(d, gran), anchored=True, mod=mod)

    return relative(fn, mod)


def _anaphoric(parts: tuple[Part, ...], sign: int) -> Lazy:
    """An amount of time later or earlier, counted from the last date the text mentioned."""
    mod = parts[0].amount.mod
    if any(p.amount.value is None for p in parts):
        vague = "FUTURE_REF" if sign > 0 else "PAST_REF"
        return Lazy(lambda env: reference(vague))  # noqa: ARG005
    unit_gran = "day" if len(parts) > 1 else _AGO_GRANULARITY.get(parts[0].unit, "day")

    def fn(env: Env) -> DateValue | None:
        ref = env.ref
        ref_gran = None if ref is None else ref.granularity
        if ref is not None and ref.range is not None and ref_gran in cal.FINENESS:
            base, anchored = dt.date.fromisoformat(ref.range[0]), ref.anchored
            gran = max(ref_gran or "", unit_gran, key=cal.FINENESS.__getitem__)
        else:
            pub = env.pub
            if pub is None:
                return unresolved(mod)
            base, anchored, gran = pub, True, unit_gran
        if all(p.unit in _CLOCK for p in parts):
            return dated(cal.value_at(base, gran), anchored=anchored, mod=mod)
        d = shift_day(base, parts, sign)
        return (
            outside(mod) if d is None else dated(cal.value_at(d, gran), anchored=anchored, mod=mod)
        )

    return Lazy(fn)


def _from_dateline(parts: tuple[Part, ...], sign: int) -> Lazy:
    """An amount of time from now ("two weeks from now", "2 days hence"): that day."""
    mod = parts[0].amount.mod
    if any(p.amount.value is None for p in parts):
        return Lazy(lambda env: reference("FUTURE_REF" if sign > 0 else "PAST_REF"))  # noqa: ARG005

    def fn(pub: dt.date, env: Env) -> DateValue | None:
        if all(p.unit in _CLOCK for p in parts):
            d = _clock_shift(env.stamp, pub, parts, sign)
        else:
            d = shift_day(pub, parts, sign)
        return outside(mod) if d is None else dated(d.isoformat(), anchored=True, mod=mod)

    return relative(fn, mod)


def _in_future(parts: tuple[Part, ...], chain: Chain, tokens: Tokens) -> Lazy:
    """In an amount of time ("in 3 weeks"): that day ahead, unless the clause is past."""
    plain = _duration_piece(chain, "", tokens)
    forward = _from_dateline(parts, 1)

    def fn(env: Env) -> DateValue | None:
        if env.pub is None or env.tense() == "past":
            return None if plain is None else env.resolve(plain.form)
        return forward.fn(env)

    return Lazy(fn)


def _part_pieces(chain: Chain, tokens: Tokens) -> Iterator[Piece]:
    """A chain that is neither "ago" nor an offset: one duration per part."""
    key, start, end = tokens.key, tokens.start, tokens.end
    i = chain.first
    for part in chain.parts:
        value = _duration_value(part)
        j = i
        while j <= chain.last and key[j] not in words().unit:
            j += 1
        if value is not None and j <= chain.last:
            yield Piece(start=start[i], end=end[j], form=Known(value))
        i = j + 1
        while i <= chain.last and key[i] in {",", "and"}:
            i += 1


def offset_form(parts: tuple[Part, ...], sign: int, operand: Piece) -> Lazy:
    """An offset composed with the date after it: "3 days after January 12th"."""

    def fn(env: Env) -> DateValue | None:
        base = env.resolve(operand.form)
        if base is None or base.value is None:
            return base
        if base.value == "PRESENT_REF":
            pub = env.pub
            if pub is None:
                return unresolved()
            start, anchored = pub, True
        elif base.range is None or base.granularity != "day":
            return None
        else:
            start, anchored = dt.date.fromisoformat(base.range[0]), base.anchored
        d = shift_day(start, parts, sign)
        return outside() if d is None else dated(d.isoformat(), anchored=anchored)

    return Lazy(fn)


def span_form(parts: tuple[Part, ...], operand: Piece) -> Lazy:
    """A duration whose first day the date after it fixes: "2 weeks starting May 20th"."""
    part = parts[0]
    value = _duration_value(part)

    def fn(env: Env) -> DateValue | None:
        base = env.resolve(operand.form)
        if value is None or base is None or base.range is None or base.granularity != "day":
            return None
        n = part.amount.value
        if n is None or not n.is_integer() or part.unit in _CLOCK:
            return value
        span = span_of(dt.date.fromisoformat(base.range[0]), part.unit, int(n))
        return DateValue(
            type="duration",
            value=value.value,
            granularity=value.granularity,
            range=span,
            anchored=base.anchored,
            mod=value.mod,
        )

    return Lazy(fn)
