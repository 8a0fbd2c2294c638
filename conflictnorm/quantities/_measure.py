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
import re
from collections.abc import Iterator
from typing import Final

import attrs

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm._text import DASHES, esc
from conflictnorm.errors import ParseError, UnknownUnitError, ensure_type
from conflictnorm.models import Original, Quantity
from conflictnorm.numbers import (
    AMOUNT_CORE,
    NUMBER,
    NUMBER_AFTER_DASH,
    QUALIFIER,
    Amount,
    parse_amount,
    render_amount,
    render_number,
    takes_of,
)
from conflictnorm.quantities._nouns import SHAPED, noun_class
from conflictnorm.quantities._units import CANONICAL, Unit, surface_table, unit_for, unit_named
from conflictnorm.text import Tag, Tokens, tokenize

__all__ = ["build_quantity", "find_quantities", "parse_quantity", "render_quantity"]

#: A parenthetical conversion further off than this gets a ``note``.
_TOLERANCE: Final = 0.10
_DASH: Final = "[" + esc(DASHES) + "]"
_COMPASS: Final = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE",
    "northwest": "NW", "southeast": "SE", "southwest": "SW",
}  # fmt: skip
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


@functools.cache
def _pattern() -> re.Pattern[str]:
    unit = r"(?:" + _unit_alternation() + r")(?![\w²³])"
    word_unit = r"(?:" + _unit_alternation(words_only=True) + r")(?!\w)"
    one = r"\ban?(?=\s+" + word_unit + r")"
    amount = r"(?:" + QUALIFIER + r"\s+)?+(?:" + AMOUNT_CORE + r"|" + one + r")"
    gap = r"(?:\s*" + _DASH + r"\s*|\s+of\s+|\s*)"
    return re.compile(
        r"(?<!\w)(?=\w)(?:(?P<first>(?:"
        + QUALIFIER
        + r"\s+)?+(?P<between>between\s+)?"
        + NUMBER
        + r")"
        r"\s*(?P<unit1>" + unit + r")\s*(?:to|and|" + _DASH + r")\s*"
        r"(?P<second>" + NUMBER_AFTER_DASH + r")\s*(?P<unit2>" + unit + r")"
        r"|(?P<amount>" + amount + r")" + gap + r"(?P<unit>" + unit + r"))"
        r"(?:\s*\(\s*(?P<conv>" + amount + r")" + gap + r"(?P<cunit>" + unit + r")\s*\))?",
        re.IGNORECASE,
    )


@functools.cache
def _tail() -> re.Pattern[str]:
    """What follows the amount of a measurement.

    Its unit (or a range's two units), then an optional conversion in parentheses.
    """
    unit = r"(?:" + _unit_alternation() + r")(?![\w²³])"
    gap = r"(?:\s*" + _DASH + r"\s*|\s+of\s+|\s*)"
    conv = r"(?:" + QUALIFIER + r"\s+)?+(?:" + AMOUNT_CORE + r"|\ban?)"
    return re.compile(
        r"(?:\s*" + unit + r"\s*(?:to|and|" + _DASH + r")\s*" + NUMBER_AFTER_DASH + r"\s*" + unit
        + r"|" + gap + unit + r")(?:\s*\(\s*" + conv + gap + unit + r"\s*\))?",
        re.IGNORECASE,
    )  # fmt: skip


#: How many tokens after its amount a measurement may end (a range's second
#: number and unit, and a conversion in parentheses).
_TAIL_TOKENS: Final = 30
#: How many tokens a qualifier may take before "a"/"an" ("about a mile").
_QUALIFIER_TOKENS: Final = 3


def _matches(tokens: Tokens, ctx: Context) -> Iterator[re.Match[str]]:
    """Measurements whose number is an amount of the shared scan, then "a mile" forms."""
    pattern, tail = _pattern(), _tail()
    cased, start, end, key, tags, n = (
        tokens.cased, tokens.start, tokens.end, tokens.key, tokens.tags, len(tokens),
    )  # fmt: skip
    for span in ctx.amounts.spans:
        limit = end[min(n - 1, span.last + _TAIL_TOKENS)]
        t = tail.match(cased, span.end, limit)
        if t is None:
            continue
        starts = [span.start]
        if span.first > 0 and key[span.first - 1] == "between":
            starts.insert(0, start[span.first - 1])
        for s in starts:
            m = pattern.fullmatch(cased, s, t.end())
            if m is not None:
                yield m
                break
    for i in tokens.anchors(Tag.UNIT):
        a = i - 1
        if a < 0 or key[a] not in {"a", "an"}:
            continue
        limit = end[min(n - 1, i + _TAIL_TOKENS)]
        for j in (*range(max(0, a - _QUALIFIER_TOKENS), a), a):
            if j != a and not tags[j] & Tag.QUALIFIER:
                continue
            m = pattern.match(cased, start[j], limit)
            if m is not None and m.end() >= end[i] and (j == a or m.start("amount") == start[j]):
                yield m
                break


def _read_amount(text: str) -> Amount:
    return parse_amount(re.sub(r"\ban?$", "one", text.strip(), flags=re.IGNORECASE))


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


def _value(m: re.Match[str]) -> Quantity:
    if m["amount"] is not None:
        amount = _read_amount(m["amount"])
        unit = unit_for(m["unit"])
    else:
        joiner = " and " if m["between"] else " to "
        amount = _read_amount(m["first"] + joiner + m["second"])
        unit = unit_for(m["unit1"])
        if unit != unit_for(m["unit2"]):
            msg = f"a range with two units: {m[0]!r}"
            raise ParseError(msg, value=m[0])
    if unit is None:  # pragma: no cover - the pattern admits only table units
        msg = f"unknown unit in {m[0]!r}"
        raise UnknownUnitError(msg, value=m[0])
    q = build_quantity(amount, unit)
    if m["conv"] is not None:
        cunit = unit_for(m["cunit"])
        if cunit is not None:
            conv_text = m[0][m.start("conv") - m.start() : m.end("cunit") - m.start()]
            note = _conversion_note(q, _read_amount(m["conv"]), cunit, conv_text)
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


def _is_calibre(text: str, m: re.Match[str], q: Quantity) -> bool:
    return (
        q.original is not None
        and q.original.unit in _CALIBRE_UNITS
        and _CALIBRE_NOUN.match(text, m.end(), min(len(text), m.end() + 60)) is not None
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
    """Yield every measurement, with a compass direction where one follows."""
    cased = tokens.cased
    for m in _matches(tokens, ctx):
        if _means_million(cased, m):
            continue
        try:
            q = _value(m)
        except ParseError:
            continue
        if _is_calibre(cased, m, q):
            continue
        d = _DIRECTION.match(cased, m.end(), min(len(cased), m.end() + _DIRECTION_CHARS))
        if d is not None:
            key = re.sub(r"[\W_]", "", d["d"].lower())
            q = attrs.evolve(q, direction=_COMPASS[key])
        yield Candidate(start=m.start(), end=m.end(), value=q)


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
    if singular and first.endswith("s") and first[:-1] in surfaces:
        return first[:-1]
    if singular and first == "feet":
        return "foot"
    return first


def _recover(x: float | None, f: float) -> float | None:
    """Undo a conversion: the number as written, to the 12 digits copy ever uses."""
    return None if x is None else float(f"{x / f:.12g}")


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
        written_value = q.original.value if q.original is not None else q.value
        amount = Amount(value=written_value, mod=q.mod)
        if q.mod in {"more_than", "equal_or_more"}:
            amount = Amount(value=written_value, low=written_value, mod=q.mod)
        elif q.mod in {"less_than", "equal_or_less"}:
            amount = Amount(value=written_value, high=written_value, mod=q.mod)
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
    if unit.name == canonical[2]:
        return text
    if q.value is not None:
        value = render_number(q.value)
    else:
        value = f"{render_number(q.low or 0.0)} to {render_number(q.high or 0.0)}"
    return f"{text} ({value} {_render_surface(canonical[2], singular=False)})"
