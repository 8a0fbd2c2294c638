# SPDX-License-Identifier: MIT
"""Measurements: "four miles", "about 6 kilometers", "50 kilometers (31 miles)".

Values are converted to the canonical unit of their dimension (km, km2, kg, l,
km/h); ``original`` keeps what the text said. A value followed by its own
conversion in parentheses is one mention, valued from the first; when the two
disagree by more than 10 % the record says so in ``note``.

>>> from conflictnorm.quantities import parse_quantity, render_quantity
>>> q = parse_quantity("about 4 miles")
>>> q.value, q.unit, q.mod, q.original.unit
(6.437376, 'km', 'approx', 'mile')
>>> render_quantity(q)
'about 4 miles (6.437376 km)'
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

import attrs

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._text import DASHES, esc
from conflictnorm.errors import InvalidInputError, ParseError, UnknownUnitError, ensure_type
from conflictnorm.models import Original, Quantity
from conflictnorm.numbers import (
    AMOUNT_CORE,
    AND_FRACTION,
    NUMBER,
    NUMBER_AFTER_DASH,
    QUALIFIER,
    QUALIFIERS,
    Amount,
    AmountSpan,
    article_amount,
    bounded,
    change_partner,
    fraction_after,
    is_change,
    match_tokens,
    parse_amount,
    parse_number,
    render_amount,
    render_number,
    takes_of,
)
from conflictnorm.quantities._nouns import SHAPED, noun_class
from conflictnorm.quantities._units import CANONICAL, Unit, surface_table, unit_for, unit_named
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["build_quantity", "find_quantities", "parse_quantity", "render_quantity"]

#: A parenthetical conversion further off than this gets a ``note``.
_TOLERANCE: Final = 0.10
_DASH: Final = "[" + esc(DASHES) + "]"
_COMPASS: Final = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE",
    "northwest": "NW", "southeast": "SE", "southwest": "SW",
}  # fmt: skip
#: The word `render` writes for each compass point.
_COMPASS_WORD: Final = {point: word for word, point in _COMPASS.items()}
_DIRECTION: Final = re.compile(
    r"\s+(?:to\s+the\s+|to\s+)?(?P<d>(?:north|south)(?:" + _DASH + r"|\s)?(?:east|west)"
    r"|north|south|east|west)(?:wards?|ern|erly)?\b",
    re.IGNORECASE,
)
#: A word after a bare "m" that shows it means "million" ("5m people", "$5m euros").
_MILLION_CONTEXT: Final = frozenset({"dollars", "euros", "pounds", "hryvnias", "roubles"})
_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
#: How far after a measurement its compass direction may end ("to the north-east").
_DIRECTION_CHARS: Final = 40


def _unit_alternation(words_only: bool = False) -> str:  # noqa: FBT001, FBT002 - private helper
    parts = []
    for surface, _, _, _, any_case in sorted(surface_table(), key=lambda r: -len(r[0])):
        if words_only and not (surface.isalpha() and len(surface) > 2):  # noqa: PLR2004
            continue
        p = re.escape(surface).replace(r"\ ", r"\s+")
        parts.append(p if any_case else f"(?-i:{p})")
    return "|".join(parts)


def _gap(million: str) -> str:
    """Between an amount and its unit: a hyphen, "of", nothing, or "m" for million ("1.2m tons")."""
    word_unit = r"(?:" + _unit_alternation(words_only=True) + r")(?!\w)"
    return (
        r"(?:(?P<" + million + r">(?-i:m))\s+(?=" + word_unit + r")"
        r"|\s*" + _DASH + r"\s*|\s+of\s+|\s*)"
    )


_FRACTION_AFTER: Final = r"(?P<frac>" + AND_FRACTION + r")"
#: What stands between the two parts of a compound measurement ("5 feet 2 inches").
_COMPOUND_JOIN: Final = r"(?:\s*,?\s*and\s+|\s+)"


def _tail_source(*, simple: bool) -> str:
    unit = r"(?:" + _unit_alternation() + r")(?![\w²³])"
    conv = r"(?:" + QUALIFIER + r"\s+)?+(?:" + AMOUNT_CORE + r"|\b(?:half\s+)?an?)"
    more = (
        r"(?:\s*(?:to|and|" + _DASH + r")\s*(?P<second>" + NUMBER_AFTER_DASH + r")\s*"
        r"(?P<unit2>" + unit + r")"
        r"|" + _COMPOUND_JOIN + r"(?P<part>" + NUMBER + r")\s*(?P<punit>" + unit
        + r"|(?-i:in)\b)"
        r"|" + _FRACTION_AFTER + r")?"
    )  # fmt: skip
    return (
        _gap("million") + r"(?P<unit>" + unit + r")" + ("" if simple else more)
        + r"(?:\s*\(\s*(?P<conv>" + conv + r")" + _gap("cmillion") + r"(?P<cunit>" + unit
        + r")\s*\))?"
    )  # fmt: skip


@functools.cache
def _tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may follow the amount of a measurement: everything, then a unit alone.

    Its unit (with a range's second number and unit, a compound's smaller
    part, or "and a half"), then an optional conversion in parentheses. The
    second reads a single unit only: "10 km and 5 kg" is the measurement "10 km".
    """
    return (
        re.compile(_tail_source(simple=False), re.IGNORECASE),
        re.compile(_tail_source(simple=True), re.IGNORECASE),
    )


#: How many tokens after its amount a measurement may end (a range's second
#: number and unit, and a conversion in parentheses); a longer one grows the window.
_TAIL_TOKENS: Final = 30
#: "a mile or two": one to the number after "or".
_OR_NUMBER: Final = re.compile(r"\s+or\s+(?P<n>" + NUMBER + r")(?![\w-])", re.IGNORECASE)
#: How many tokens "or two" may take after the unit of "a mile or two".
_OR_TOKENS: Final = 4


class _Reading(NamedTuple):
    """A measurement as read: where it starts, its amount as written, and what follows."""

    start: int
    amount: Amount
    amount_text: str
    between: bool
    tail: re.Match[str]


def _readings(tokens: Tokens, ctx: Context) -> Iterator[tuple[int, int, Quantity]]:
    """Measurements whose number is an amount of the shared scan, then "a mile" forms.

    Each is (start, end, value).
    """
    start, key, n, text = tokens.start, tokens.key, len(tokens.key), tokens.text
    for span in ctx.amounts.spans:
        j = span.last + 1
        if j < n and key[j] == "'" and start[j] == span.end:
            found = _feet_and_inches(tokens, span.end, span.amount)
            if found is not None:
                yield span.start, *found
            continue
        if not _unit_next(tokens, j, n):
            if span.first and key[span.first - 1] == "from":
                changed = _changed_from(tokens, ctx, span)
                if changed is not None:
                    yield span.start, span.end, changed
            continue
        between = span.first > 0 and key[span.first - 1] == "between"
        # "rose from 10 km to 15 km" is a change: two measurements, no range.
        for tail in _tails()[1:] if is_change(tokens, span.first) else _tails():
            t = match_tokens(tail, tokens, span.end, j, span.last + _TAIL_TOKENS)
            if t is None:
                continue
            two = between and _group(t, "unit2") is not None
            first = start[span.first - 1] if two else span.start
            reading = _Reading(
                start=first,
                amount=span.amount,
                amount_text=text[first : span.end],
                between=two,
                tail=t,
            )
            q = _valued(tokens.cased, reading)
            if q is not None:
                yield first, t.end(), q
                break
    yield from _article_readings(tokens)


def _changed_from(tokens: Tokens, ctx: Context, span: AmountSpan) -> Quantity | None:
    """The first measurement of a change, in the unit of the second ("from 10 to 15 km")."""
    partner = change_partner(tokens, ctx.amounts, span)
    if partner is None or not _unit_next(tokens, partner.last + 1, len(tokens.key)):
        return None
    t = match_tokens(_tails()[1], tokens, partner.end, partner.last + 1, partner.last + 3)
    if t is None or t["million"]:
        return None
    reading = _Reading(start=span.start, amount=span.amount, amount_text="", between=False, tail=t)
    try:
        q = _value(reading)
    except ParseError:
        return None
    return None if _is_calibre(tokens.cased, t.end(), q) else attrs.evolve(q, note=None)


#: Feet and inches with primes: 5'11" (the apostrophes of the ``cased`` view are ').
_FEET_INCHES: Final = re.compile(
    r"'\s?(?P<inches>\d{1,2}(?:\.\d+)?)\s?(?:\"|''|\N{DOUBLE PRIME})(?!\w)"
)


def _feet_and_inches(tokens: Tokens, pos: int, amount: Amount) -> tuple[int, Quantity] | None:
    """A height in feet and inches written with primes (5'11"): its end and value."""
    m = _FEET_INCHES.match(tokens.cased, pos, min(len(tokens.cased), pos + 12))
    foot, inch = unit_named("foot"), unit_named("inch")
    if m is None or amount.value is None or foot is None or inch is None:
        return None
    inches = float(m["inches"])
    if not inches < 12:  # noqa: PLR2004 - inches in a foot
        return None
    value = amount.value + inches * (inch.factor / foot.factor)
    return m.end(), build_quantity(_with_value(amount, value), foot)


def _or_more(tokens: Tokens, unit: int, amount: Amount) -> tuple[int, Amount] | None:
    """Where "a mile or two" ends, and its range: from one to the number after "or"."""
    if amount.value != 1.0:
        return None
    m = match_tokens(_OR_NUMBER, tokens, tokens.end[unit], unit + 1, unit + _OR_TOKENS)
    if m is None:
        return None
    try:
        high = parse_number(m["n"])
    except ParseError:
        return None
    if not high > 1:
        return None
    return m.end(), Amount(value=None, low=1.0, high=high, mod=amount.mod)


def _article_readings(tokens: Tokens) -> Iterator[tuple[int, int, Quantity]]:
    """Measurements whose amount is an article: "a mile", "about a mile", "half a mile".

    "a mile or two" is the range from one to two miles.
    """
    start, end, key, cased = tokens.start, tokens.end, tokens.key, tokens.cased
    tail = _tails()[0]
    for i in tokens.anchors(Tag.UNIT):
        a = i - 1
        if a < 0 or key[a] not in {"a", "an"} or start[i] == end[a]:
            continue
        found = article_amount(tokens, a)
        if found is None:
            continue
        first, amount = found
        amount_start = start[first]
        unit = unit_for(tokens.surface(i))
        ranged = None if unit is None else _or_more(tokens, i, amount)
        if unit is not None and ranged is not None:
            yield amount_start, ranged[0], build_quantity(ranged[1], unit)
            continue
        t = match_tokens(tail, tokens, end[a], i, i + _TAIL_TOKENS)
        if t is None or t.start("unit") != start[i]:
            continue
        reading = _Reading(
            start=amount_start,
            amount=amount,
            amount_text=tokens.text[amount_start : end[a]],
            between=False,
            tail=t,
        )
        q = _valued(cased, reading)
        if q is not None:
            yield amount_start, t.end(), q


def _unit_next(tokens: Tokens, j: int, n: int) -> bool:
    """Whether a unit can follow an amount that ends before token ``j``.

    Its first word, maybe after a hyphen or "of" ("a 30-mile front", "tens of
    kilometres"), is tagged as a unit's.
    """
    if j < n and (tokens.shape[j] == Shape.DASH or tokens.key[j] == "of"):
        j += 1
    return j < n and bool(tokens.tags[j] & Tag.UNIT)


def _valued(text: str, r: _Reading) -> Quantity | None:
    """The value of a reading, or None where it is no measurement (a calibre, "5m people")."""
    if _means_million(text, r.tail):
        return None
    try:
        q = _value(r)
    except ParseError:
        return None
    numbers = (q.value, q.low, q.high, None if q.original is None else q.original.value)
    if not all(x is None or math.isfinite(x) for x in numbers):
        return None  # an absurd amount: beyond a float's range once converted
    if _is_calibre(text, r.tail.end(), q):
        return None
    return q


#: An article for the amount of a conversion: "(a mile)", "(about half a mile)".
_ARTICLE: Final = re.compile(
    r"(?:(?P<q>" + QUALIFIER + r")\s+)?(?:(?P<half>half)\s+)?an?", re.IGNORECASE
)


def _read_amount(text: str) -> Amount:
    """The amount of a conversion in parentheses: a number, or an article for one or a half."""
    text = text.strip()
    m = _ARTICLE.fullmatch(text)
    if m is None:
        return parse_amount(text)
    mod = None if m["q"] is None else QUALIFIERS[" ".join(m["q"].lower().split())]
    return bounded(0.5 if m["half"] else 1.0, mod)


def _mul(x: float | None, f: float) -> float | None:
    return None if x is None else x * f


def build_quantity(amount: Amount, unit: Unit, *, note: str | None = None) -> Quantity:
    """Convert an amount in ``unit`` to a quantity in the canonical unit."""
    f = unit.factor
    return Quantity(
        dimension=unit.dimension,
        value=_mul(amount.value, f),
        unit=CANONICAL[unit.dimension][0],
        low=_mul(amount.low, f),
        high=_mul(amount.high, f),
        mod=amount.mod,
        original=Original(value=amount.value, unit=unit.name),
        note=note,
    )


def _middle(a: Amount) -> float | None:
    if a.value is not None:
        return a.value
    if a.low is not None and a.high is not None:
        return (a.low + a.high) / 2
    return None  # pragma: no cover - every parsed amount has a value or both bounds


def _conversion_note(main: Quantity, conv: Amount, cunit: Unit, conv_text: str) -> str | None:
    if cunit.dimension != main.dimension:
        return f"the conversion in parentheses ({conv_text}) is not a {main.dimension}"
    ours = (
        main.value
        if main.value is not None
        else _middle(Amount(value=None, low=main.low, high=main.high))
    )
    theirs = _middle(conv)
    if ours is None or theirs is None or ours == 0:
        return None
    off = abs(theirs * cunit.factor - ours) / ours
    if off > _TOLERANCE:
        return f"the conversion in parentheses ({conv_text}) disagrees by {off:.0%}"
    return None


def _with_value(a: Amount, v: float) -> Amount:
    """``a`` with another value, its bounds following its mod."""
    return Amount(
        value=v,
        low=None if a.low is None else v,
        high=None if a.high is None else v,
        mod=a.mod,
    )


def _unit(surface: str) -> Unit:
    unit = unit_for(surface)
    if unit is None:  # pragma: no cover - the pattern admits only table units
        msg = f"unknown unit {surface!r}"
        raise UnknownUnitError(msg, value=surface)
    return unit


def _two_units(r: _Reading) -> tuple[Amount, Unit]:
    """A range ("10 km to 15 km") or a compound ("5 feet 2 inches", "2 km and 1 metre")."""
    t = r.tail
    second, other_surface = (t["second"], t["unit2"]) if t["unit2"] else (t["part"], t["punit"])
    unit = _unit(t["unit"])
    # "5 ft 2 in": a bare "in" is inches only as the smaller part after feet.
    inches = other_surface == "in"
    other = _unit("inches") if inches else _unit(other_surface)
    if inches and unit.name != "foot":
        msg = f"'in' after another unit than feet: {t[0]!r}"
        raise ParseError(msg, value=t[0])
    if unit == other and t["unit2"]:
        joiner = " and " if r.between else " to "
        return parse_amount(r.amount_text + joiner + second), unit
    whole = r.amount
    if (
        r.between
        or whole.value is None
        or other.dimension != unit.dimension
        or not other.factor < unit.factor
    ):
        msg = f"neither a range nor a compound measurement: {t[0]!r}"
        raise ParseError(msg, value=t[0])
    return _with_value(
        whole, whole.value + parse_number(second) * (other.factor / unit.factor)
    ), unit


def _group(m: re.Match[str], name: str) -> str | None:
    """A group of a tail match, None where that tail has no such group (the short one)."""
    return m[name] if name in m.re.groupindex else None


def _value(r: _Reading) -> Quantity:
    t = r.tail
    if _group(t, "unit2") is not None or _group(t, "part") is not None:
        amount, unit = _two_units(r)
    else:
        amount, unit = r.amount, _unit(t["unit"])
        if t["million"]:
            amount = amount.scaled(1e6)
        if _group(t, "frac"):
            if amount.value is None:
                msg = f"a fraction after a range: {t[0]!r}"
                raise ParseError(msg, value=t[0])
            amount = _with_value(amount, amount.value + fraction_after(t["frac"]))
    q = build_quantity(amount, unit)
    if t["conv"] is not None:
        cunit = unit_for(t["cunit"])
        if cunit is not None:
            conv = _read_amount(t["conv"])
            if t["cmillion"]:
                conv = conv.scaled(1e6)
            conv_text = t.string[t.start("conv") : t.end("cunit")]
            note = _conversion_note(q, conv, cunit, conv_text)
            if note is not None:
                q = build_quantity(amount, unit, note=note)
    return q


#: A calibre, not a distance: "155mm artillery shells", "a 120-mm mortar".
_CALIBRE_UNITS: Final = frozenset({"millimeter", "centimeter"})
_CALIBRE_NOUN: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:artillery|shells?|rounds?|howitzers?|guns?|cannons?|mortars?"
    r"|ammunition|munitions|calibre|caliber|projectiles?|rifles?|bullets?|cartridges?)\b",
    re.IGNORECASE,
)


def _is_calibre(text: str, end: int, q: Quantity) -> bool:
    return (
        q.original is not None
        and q.original.unit in _CALIBRE_UNITS
        and _CALIBRE_NOUN.match(text, end, min(len(text), end + 60)) is not None
    )


def _means_million(text: str, m: re.Match[str]) -> bool:
    """A bare "m" followed by a currency or a counted noun is a million, not metres."""
    if m["unit"] is None or m["unit"] != "m":
        return False
    nxt = _NEXT_WORD.match(text, m.end("unit"))
    if nxt is None:
        return False
    word = nxt[1].lower()
    return word in _MILLION_CONTEXT or bool(noun_class(word) & SHAPED)


def find_quantities(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every measurement, with a compass direction where one follows.

    In running text the direction ("10 km to the south-east") is read from
    the words after the mention, which stays the measurement (as a date's
    tense is read from its clause). A string that is one measurement
    (``ctx.strict``, the strict parser) may end with its direction, as
    `render_quantity` writes it.
    """
    cased = tokens.cased
    for start, end, q in _readings(tokens, ctx):
        d = _DIRECTION.match(cased, end, min(len(cased), end + _DIRECTION_CHARS))
        if d is None:
            yield Candidate(start=start, end=end, value=q)
            continue
        key = re.sub(r"[\W_]", "", d["d"].lower())
        value = attrs.evolve(q, direction=_COMPASS[key])
        yield Candidate(start=start, end=d.end() if ctx.strict else end, value=value)


def parse_quantity(s: str) -> Quantity:
    """Parse exactly one measurement ("four miles", "10-15 km", "50 km (31 miles)").

    Raises:
        InvalidInputError: ``s`` is not a str.
        ParseError: ``s`` is not one measurement.
    """
    tokens = tokenize(ensure_type(s, str, "a measurement").strip())
    found = spanning(tokens, find_quantities(tokens, context_for(tokens, strict=True)))
    if found is None:
        msg = f"not a measurement: {s!r}"
        raise ParseError(msg, value=s)
    return found.value  # type: ignore[return-value]


@functools.cache
def _render_surface(name: str, *, singular: bool) -> str:
    surfaces = [row[0] for row in surface_table() if row[1] == name]
    first = surfaces[0]
    if singular and first.endswith("es") and first[:-2] in surfaces:
        return first[:-2]
    if singular and first.endswith("s") and first[:-1] in surfaces:
        return first[:-1]
    if singular and first == "feet":
        return "foot"
    return first


def _recover(x: float | None, f: float) -> float | None:
    """Undo a conversion exactly: the shortest number ``y`` with ``y * f == x``.

    `build_quantity` multiplied the written bound by ``f``; dividing back can
    miss it by a rounding step, so the neighbours of ``x / f`` are tried, and
    among those that convert back to ``x`` the one with the fewest digits is
    written. Where none does (a record no parser made), ``x / f`` is.
    """
    if x is None:
        return None
    guess = x / f
    found = [y for y in _near(guess) if y * f == x]
    if not found:
        return guess
    for digits in range(1, 18):
        for y in found:
            short = float(f"{y:.{digits}g}")
            if short * f == x:
                return short
    return found[0]  # pragma: no cover - 17 digits always spell a float exactly


def _near(x: float) -> list[float]:
    """``x`` and its floating-point neighbours, two steps either way."""
    out = [x]
    down = up = x
    for _ in range(2):
        down, up = math.nextafter(down, -math.inf), math.nextafter(up, math.inf)
        out += [down, up]
    return out


def render_quantity(q: Quantity) -> str:
    """Return the canonical English form: as written, with the canonical value after it.

    ``"about 4 miles (6.437376 km)"``; a value already in its canonical unit has
    no parenthesis (``"10 km"``). A ``note`` is not rendered.

    Raises:
        InvalidInputError: the value has no canonical form (inconsistent bounds).
        UnknownUnitError: the original unit is not in the units table.
    """
    canonical = CANONICAL.get(q.dimension)
    if canonical is None:
        msg = f"cannot render a quantity of dimension {q.dimension!r}"
        raise UnknownUnitError(msg, value=q)
    unit = unit_named(q.original.unit if q.original is not None else canonical[2])
    if unit is None:
        msg = f"cannot render a quantity in {q.original!r}"
        raise UnknownUnitError(msg, value=q)
    if q.value is not None:
        written_value = q.value if q.original is None else q.original.value
        if written_value is None:
            msg = f"a quantity with a value needs its original value: {q!r}"
            raise InvalidInputError(msg, value=q)
        amount = bounded(written_value, q.mod)
    else:
        amount = Amount(
            value=None,
            low=_recover(q.low, unit.factor),
            high=_recover(q.high, unit.factor),
            mod=q.mod,
        )
    written = render_amount(amount)
    singular = written.endswith(" 1") or written == "1"
    of = " of" if takes_of(amount) else ""
    text = f"{written}{of} {_render_surface(unit.name, singular=singular)}"
    if unit.name != canonical[2]:
        if q.value is not None:
            value = render_number(q.value)
        else:
            value = f"{render_number(q.low or 0.0)} to {render_number(q.high or 0.0)}"
        text = f"{text} ({value} {_render_surface(canonical[2], singular=False)})"
    if q.direction is not None:
        text = f"{text} {_COMPASS_WORD[q.direction]}"
    return text
