# SPDX-License-Identifier: MIT
"""Find calendar expressions and resolve them to TIMEX3 values against the dateline.

Our own patterns find the expressions and decide granularity and resolution;
`dateparser` reads complete absolute dates (day, month and year), cached. The
resolution policy is spelled out in ``docs/dates.md``.

>>> import datetime as dt
>>> from conflictnorm.dates import parse_date
>>> parse_date("on Monday", published=dt.date(2025, 11, 12)).value
'2025-11-10'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

import attrs

from conflictnorm._core import Candidate, Context, spanning
from conflictnorm._text import APOSTROPHES, DASHES, esc
from conflictnorm.dates._calendar import (
    SEASONS,
    add_months,
    granularity_of,
    month_value,
    value_range,
    week_value,
    weekday_after,
    weekday_before,
)
from conflictnorm.errors import ParseError
from conflictnorm.models import DateValue
from conflictnorm.numbers import AMOUNT_CORE, QUALIFIER, Amount, parse_amount, scan_amounts
from conflictnorm.text import Shape, Tag, Tokens, around, tokenize

__all__ = ["NO_DATELINE", "find_dates", "match_date"]

NO_DATELINE: Final = "relative expression: no publication date to resolve it against"

MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NUMBER: Final = {m.lower(): i for i, m in enumerate(MONTHS, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_NUMBER: Final = {d.lower(): i for i, d in enumerate(WEEKDAYS)}
_SEASON_CODE: Final = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PREFIX_MOD: Final = {
    "early": "start", "the start of": "start", "the beginning of": "start",
    "the first half of": "start", "mid": "mid", "the middle of": "mid", "late": "end",
    "the end of": "end", "the second half of": "end",
}  # fmt: skip
_DURATION_UNIT: Final = {
    "second": ("S", "second", True), "minute": ("M", "minute", True),
    "hour": ("H", "hour", True), "day": ("D", "day", False), "week": ("W", "week", False),
    "fortnight": ("W", "week", False), "month": ("M", "month", False),
    "year": ("Y", "year", False), "decade": ("Y", "year", False),
}  # fmt: skip
#: A month and day without a year is read as the coming one only this close ahead.
_FUTURE_WINDOW_DAYS: Final = 60
_MONTHS_IN_YEAR: Final = 12


def _names(words: tuple[str, ...], abbreviations: tuple[str, ...] = ()) -> str:
    """Case-sensitive alternation: Title Case or UPPER CASE, plus dotted abbreviations."""
    forms = [f"{w}|{w.upper()}" for w in words]
    forms += [f"{a}\\.?|{a.upper()}\\.?" for a in abbreviations]
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_MON: Final = _names(
    MONTHS, ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
)
_WD: Final = _names(WEEKDAYS)
_DAY: Final = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR: Final = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_DASH: Final = "[" + esc(DASHES) + "]"
_PREFIX: Final = (
    r"(?P<pre>early|mid|late|the\s+(?:start|beginning|end|middle)\s+of"
    r"|the\s+(?:first|second)\s+half\s+of)(?:\s*" + _DASH + r"\s*|\s+)"
)
_UNIT: Final = r"(?P<u>second|minute|hour|day|week|fortnight|month|year|decade)s?"
_NEWSPAPER: Final = r"(?!\s+(?-i:Times|Telegraph|Express|Mirror|Mail|Post|Herald|People|World))"


#: How many tokens before a date its clause is read for tense cues.
_TENSE_TOKENS: Final = 25


def _tense(tokens: Tokens, start: int) -> str:
    """'future', 'past' or '' from the cue words of the clause before ``start``."""
    return tokens.tense_before(tokens.index_at(start), limit=_TENSE_TOKENS)


def _date(
    value: str, *, anchored: bool, mod: str | None = None, note: str | None = None
) -> DateValue:
    return DateValue(
        type="date",
        value=value,
        granularity=granularity_of(value),
        range=value_range(value),
        anchored=anchored,
        mod=mod,
        note=note,
    )


def _ref(value: str) -> DateValue:
    return DateValue(type="date", value=value, anchored=False)


def _unresolved(mod: str | None = None) -> DateValue:
    return DateValue(type="date", value=None, anchored=True, note=NO_DATELINE, mod=mod)


def _prefix_mod(m: re.Match[str]) -> str | None:
    pre = m["pre"]
    return None if pre is None else _PREFIX_MOD[re.sub(r"\s+", " ", pre.lower())]


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None where it does not exist (30 February).

    A cheap check for the candidate years of a date written without one.
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(
    month: int, day: int, pub: dt.date, *, tense: str, weekday: int | None
) -> tuple[dt.date, str | None] | None:
    """Resolve a month and day without a year against the dateline."""
    options = [
        d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _calendar_day(y, month, day))
    ]
    if not options:
        return None
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            return min(matching, key=lambda d: abs((d - pub).days)), None
        best = min(options, key=lambda d: abs((d - pub).days))
        return best, f"{WEEKDAYS[weekday]} does not fall on {best.isoformat()}"
    past = [d for d in options if d <= pub]
    ahead = [d for d in options if d > pub]
    nxt = min(ahead) if ahead else None
    soon = nxt is not None and (nxt - pub).days <= _FUTURE_WINDOW_DAYS and tense != "past"
    if nxt is not None and (tense == "future" or not past or soon):
        return nxt, None
    return max(past), None


def _full(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:
    month = _MONTH_NUMBER[(m["mon"] or m["mon2"]).rstrip(".").lower()]
    day = int(re.match(r"\d+", m["day"] or m["day2"])[0])  # type: ignore[index]
    year_text = m["year"] or m["year2"]
    weekday = None if m["wd"] is None else _WEEKDAY_NUMBER[m["wd"].lower()]
    mod = {"early": "start", "late": "end"}.get((m.groupdict().get("dpre") or "").lower())
    if year_text is not None:
        d = _calendar_day(int(year_text), month, day)
        if d is None:
            return None
        note = None
        if weekday is not None and d.weekday() != weekday:
            note = f"{WEEKDAYS[weekday]} does not fall on {d.isoformat()}"
        return _date(d.isoformat(), anchored=False, mod=mod, note=note)
    if ctx.published is None:
        return _unresolved(mod)
    found = _month_day(month, day, ctx.published, tense=_tense(tokens, m.start()), weekday=weekday)
    if found is None:
        return None
    d, note = found
    return _date(d.isoformat(), anchored=True, mod=mod, note=note)


def _month_year(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    month = _MONTH_NUMBER[m["mon"].rstrip(".").lower()]
    return _date(month_value(int(m["year"]), month), anchored=False, mod=_prefix_mod(m))


def _bare_month(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:
    if m["pre"] is None and m["cue"] is None:
        return None
    month = _MONTH_NUMBER[m["mon"].rstrip(".").lower()]
    mod = _prefix_mod(m)
    pub = ctx.published
    if pub is None:
        return _unresolved(mod)
    rel = (m["rel"] or "").lower()
    this_year = (pub.year, month)
    if rel == "this":
        y, mo = this_year
    elif rel == "last":
        y = pub.year if month < pub.month else pub.year - 1
        mo = month
    elif rel == "next":
        y = pub.year if month > pub.month else pub.year + 1
        mo = month
    else:
        ahead = (month - pub.month) % 12
        tense = _tense(tokens, m.start())
        if ahead == 0:
            y, mo = this_year
        elif tense == "future" or (ahead <= 2 and tense != "past"):  # noqa: PLR2004 - two months
            y, mo = add_months(pub.year, pub.month, ahead)
        else:
            y, mo = add_months(pub.year, pub.month, ahead - 12)
    return _date(month_value(y, mo), anchored=True, mod=mod)


def _season_value(code: str, pub: dt.date, rel: str) -> str:
    def bounds(y: int) -> tuple[str, str]:
        r = value_range(f"{y}-{code}")
        assert r is not None  # noqa: S101 - a season value always has a range
        return r

    iso = pub.isoformat()
    if rel == "last":
        y = next(y for y in range(pub.year, pub.year - 3, -1) if bounds(y)[1] < iso)
    elif rel == "next":
        y = next(y for y in range(pub.year - 1, pub.year + 2) if bounds(y)[0] > iso)
    else:
        y = pub.year - 1 if code == "WI" and pub.month <= SEASONS["WI"][1] else pub.year
    return f"{y}-{code}"


def _period(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    mod = _prefix_mod(m)
    rel = re.sub(r"\s+", " ", (m["rel"] or "this").lower())
    if m["el"] is not None:
        rel = "this"
    if rel == "the":
        if mod is None:
            return None
        rel = "this"
    pub = ctx.published
    if pub is None:
        return _unresolved(mod)
    step = {"this": 0, "last": -1, "previous": -1, "next": 1}[rel.removeprefix("the ")]
    unit = m["punit"].lower()
    if unit == "week":
        value = week_value(pub + dt.timedelta(days=7 * step))
    elif unit == "month":
        value = month_value(*add_months(pub.year, pub.month, step))
    elif unit == "year":
        value = str(pub.year + step)
    elif unit == "decade":
        value = str(pub.year // 10 + step)
    else:
        value = _season_value(_SEASON_CODE[unit], pub, rel)
    return _date(value, anchored=True, mod=mod)


def _year(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    mod = _prefix_mod(m)
    if m["season"] is not None:
        return _date(f"{m['year']}-{_SEASON_CODE[m['season'].lower()]}", anchored=False, mod=mod)
    return _date(m["year"], anchored=False, mod=mod)


def _decade(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    mod = {"early": "start", "mid": "mid", "late": "end"}.get((m["dpre"] or "").lower())
    return _date(m["dec"][:3], anchored=False, mod=mod)


def _numeric(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    if m["iso"] is not None:
        y, mo, d = (int(x) for x in m["iso"].split("-"))
    else:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == "." or a > _MONTHS_IN_YEAR >= b:
            d, mo = a, b
        elif b > _MONTHS_IN_YEAR >= a:
            d, mo = b, a
        elif a == b:
            d = mo = a
        elif ctx.options.numeric_dates == "dmy":
            d, mo = a, b
        elif ctx.options.numeric_dates == "mdy":
            d, mo = b, a
        else:
            return None
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    return _date(day.isoformat(), anchored=False)


def _weekday_date(wd: int, rel: str, tokens: Tokens, start: int, pub: dt.date) -> dt.date:
    if rel == "last":
        return weekday_before(pub, wd, strictly=True)
    if rel == "next":
        return weekday_after(pub, wd, strictly=True)
    if rel == "this":
        return pub + dt.timedelta(days=wd - pub.weekday())
    if _tense(tokens, start) == "future":
        return weekday_after(pub, wd, strictly=False)
    return weekday_before(pub, wd, strictly=False)


def _day_word(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:
    pub = ctx.published
    if pub is None:
        return _unresolved()
    word = re.sub(r"\s+", " ", m["w"].lower())
    if m["into"] is not None:
        d = _weekday_date(_WEEKDAY_NUMBER[m["into"].lower()], "", tokens, m.start(), pub)
    elif word == "yesterday":
        d = pub - dt.timedelta(days=1)
    elif word == "tomorrow":
        d = pub + dt.timedelta(days=1)
    else:
        d = pub
    return _date(d.isoformat(), anchored=True)


def _weekday(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:
    rel = (m["rel"] or "").lower()
    mod = {"early": "start", "late": "end"}.get(rel)
    if ctx.published is None:
        return _unresolved(mod)
    wd = _WEEKDAY_NUMBER[m["wd"].lower()]
    d = _weekday_date(wd, "" if mod else rel, tokens, m.start(), ctx.published)
    return _date(d.isoformat(), anchored=True, mod=mod)


def _amount(text: str) -> Amount:
    return parse_amount(re.sub(r"\ban?$", "one", text.strip(), flags=re.IGNORECASE))


def _ago(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    a = _amount(m["amt"])
    pub = ctx.published
    if a.value is None or not a.value.is_integer():
        return _ref("PAST_REF")
    if pub is None:
        return _unresolved(a.mod)
    n = int(a.value)
    unit = m["u"].lower()
    mod = a.mod
    try:
        if m["today"] is not None and unit == "year":
            return _date(pub.replace(year=pub.year - n).isoformat(), anchored=True, mod=mod)
        if unit in {"year", "decade"}:
            return _date(
                str(pub.year - n * (10 if unit == "decade" else 1)), anchored=True, mod=mod
            )
        if unit == "month":
            return _date(month_value(*add_months(pub.year, pub.month, -n)), anchored=True, mod=mod)
        if unit in {"week", "fortnight"}:
            days = 7 * n * (2 if unit == "fortnight" else 1)
            return _date(week_value(pub - dt.timedelta(days=days)), anchored=True, mod=mod)
        if unit == "day":
            return _date((pub - dt.timedelta(days=n)).isoformat(), anchored=True, mod=mod)
    except (ValueError, OverflowError):
        return None
    # Hours and minutes: the day they point to (RECORDS.md: "7 hours ago" is the
    # publication day), which a dateline with a time of day can move back.
    stamp = ctx.published_time
    if stamp is None:
        return _date(pub.isoformat(), anchored=True, mod=mod)
    seconds = {"hour": 3600, "minute": 60, "second": 1}[unit] * n
    return _date((stamp - dt.timedelta(seconds=seconds)).date().isoformat(), anchored=True, mod=mod)


def _refs(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    if m["past"] is not None:
        return _ref("PAST_REF")
    if m["future"] is not None:
        return _ref("FUTURE_REF")
    return _ref("PRESENT_REF")


def _duration_value(n: float | None, unit: str) -> tuple[str, str]:
    code, gran, timed = _DURATION_UNIT[unit]
    if unit == "decade" and n is not None:
        n *= 10
    if unit == "fortnight" and n is not None:
        n *= 2
    if n is None:
        amount = "X"
    elif n.is_integer():
        amount = str(int(n))
    else:
        amount = format(n, "f").rstrip("0").rstrip(".")
    return f"P{'T' if timed else ''}{amount}{code}", gran


def _duration(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:  # noqa: ARG001
    unit = m["u"].lower()
    if m["bare"] is not None:
        value, gran = _duration_value(None, unit)
        return DateValue(type="duration", value=value, granularity=gran, anchored=False)
    amount_text = m["amt"] if m["amt"] is not None else m["past_amt"]
    if amount_text is None and re.match(r"the\s+(?:next|first)\b", m[0], re.IGNORECASE):
        return None  # "the next day" points at a day; it does not last one
    if amount_text is None:
        a = Amount(value=1.0)
    else:
        if re.fullmatch(r"an?", amount_text.strip(), flags=re.IGNORECASE) and _RATE.search(
            tokens.cased, max(0, m.start() - _RATE_CHARS), m.start()
        ):
            return None  # "16 hours a day": a rate, not a duration
        a = _amount(amount_text)
    note = None
    n = a.value
    if n is None and a.low is not None and a.high is not None:
        note = f"a range of durations: {a.low:g} to {a.high:g} {unit}s"
    value, gran = _duration_value(n, unit)
    return DateValue(
        type="duration", value=value, granularity=gran, anchored=False, mod=a.mod, note=note
    )


def _week_of(m: re.Match[str], tokens: Tokens, ctx: Context) -> DateValue | None:
    inner = _full(m, tokens, ctx)
    if inner is None or inner.value is None:
        return inner
    d = dt.date.fromisoformat(inner.value)
    return _date(week_value(d), anchored=inner.anchored, mod=_prefix_mod(m))


_FULL_BODY: Final = (
    r"(?:(?P<wd>" + _WD + r"),?\s+(?:the\s+)?)?"
    r"(?:(?P<mon>" + _MON + r")\s+(?P<day>" + _DAY + r")(?:,?\s+(?P<year>" + _YEAR + r"))?"
    r"|(?P<day2>"
    + _DAY
    + r")\s+(?:of\s+)?(?P<mon2>"
    + _MON
    + r")(?:,?\s+(?P<year2>"
    + _YEAR
    + r"))?)"
)
_AMT: Final = r"(?:" + QUALIFIER + r"\s+)?+(?:" + AMOUNT_CORE + r"|\ban?)"

Handler = Callable[[re.Match[str], Tokens, Context], DateValue | None]

#: (pattern, handler, (anchor tags, tokens before, tokens after)): a rule runs only
#: around its anchor tokens, within that many tokens either side (see
#: `conflictnorm.text.around`).
_RULES: Final[tuple[tuple[str, Handler, tuple[int, int, int]], ...]] = (
    (r"(?:(?P<dpre>early|late)\s+on\s+)?" + _FULL_BODY + r"(?!\w)", _full, (Tag.MONTH, 8, 8)),
    (
        r"(?:" + _PREFIX + r")?the\s+week\s+of\s+" + _FULL_BODY + r"(?!\w)",
        _week_of,
        (Tag.MONTH, 14, 8),
    ),
    (
        r"(?:" + _PREFIX + r")?(?P<mon>" + _MON + r"),?\s+(?P<year>" + _YEAR + r")",
        _month_year,
        (Tag.MONTH, 8, 4),
    ),
    (
        r"(?:\b(?P<cue>in|since|until|till|by|from|during|through|throughout|of|before|after"
        r"|last|this|next)\s+)?(?P<body>(?:" + _PREFIX + r")?(?:(?P<rel>last|this|next)\s+)?"
        r"(?P<mon>" + _MON + r"))(?![\w" + esc(DASHES) + r"]|\s*\d)",
        _bare_month,
        (Tag.MONTH, 8, 4),
    ),
    (
        r"(?:" + _PREFIX + r")?(?:(?P<el>earlier|later)\s+this\s+|"
        r"(?P<rel>this|last|next|the\s+previous|the)\s+)"
        r"(?P<punit>week|month|year|decade|spring|summer|autumn|fall|winter)\b",
        _period,
        (Tag.TIMEUNIT | Tag.SEASON, 8, 3),
    ),
    (
        r"(?:" + _PREFIX + r"|(?<![\w$€£.,/:" + esc(DASHES) + r"]))"
        r"(?:(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?P<year>" + _YEAR + r")"
        r"(?![\w%" + esc(DASHES) + r"]|[.,/:]\d|\s*(?:per\s?cent|percent))",
        _year,
        (Tag.YEAR, 10, 4),
    ),
    (
        r"(?:the\s+)?(?:(?P<dpre>early|mid|late)\s*" + _DASH + r"?\s*)?"
        r"(?P<dec>(?:1[89]|20)\d0)(?:s|[" + esc(APOSTROPHES) + r"]s)\b",
        _decade,
        (Tag.YEAR, 6, 3),
    ),
    (
        r"(?<![\w./" + esc(DASHES) + r"])(?:(?P<iso>\d{4}-\d\d-\d\d)"
        r"|(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}))"
        r"(?!\d|[./" + esc(DASHES) + r"]\d)",
        _numeric,
        (Tag.DIGITS, 0, 3),
    ),
    (
        r"(?P<w>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)"
        r"|last\s+night|in\s+the\s+night|overnight(?:\s+(?:into|to|on)\s+(?P<into>"
        + _WD
        + r"))?)\b",
        _day_word,
        (Tag.DAYWORD, 4, 4),
    ),
    (
        r"(?:(?P<rel>last|next|this|early|late)\s+(?:on\s+)?)?(?P<wd>" + _WD + r")"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b" + _NEWSPAPER,
        _weekday,
        (Tag.WEEKDAY, 4, 3),
    ),
    (
        r"(?P<amt>" + _AMT + r")\s+" + _UNIT + r"\s+ago(?P<today>\s+today)?\b",
        _ago,
        (Tag.AGO, 24, 2),
    ),
    (
        r"(?P<past>recent\s+(?:days|weeks|months|years)|recently|lately)\b"
        r"|(?P<future>the\s+(?:coming|next\s+few)\s+(?:days|weeks|months|years))\b"
        r"|\b(?P<present>now|currently|at\s+present|nowadays)\b(?!" + _DASH + r")",
        _refs,
        (Tag.DATEREF | Tag.TIMEUNIT, 4, 4),
    ),
    (
        r"(?:the\s+(?:past|last|previous|next|first)\s+(?P<past_amt>" + AMOUNT_CORE + r")?\s*"
        r"|(?P<amt>" + _AMT + r")\s*" + _DASH + r"?\s*"
        r"|(?P<bare>\bfor\s+)(?=(?:seconds|minutes|hours|days|weeks|months|years|decades)\b))"
        + _UNIT
        + r"\b(?!\s+ago|\s*"
        + _DASH
        + r"?\s*old)",
        _duration,
        (Tag.TIMEUNIT, 8, 4),
    ),
)


#: Every expression starts a word: a cheap test that spares the engine most positions.
_WORD_START: Final = r"(?<!\w)(?=\w)"


Accept = Callable[[Tokens, int], bool]


class Rule(NamedTuple):
    """A date pattern, its handler, its anchor tokens and its window."""

    pattern: re.Pattern[str]
    handler: Handler
    anchor: int
    before: int
    after: int
    accept: Accept | None

    def anchors(self, tokens: Tokens) -> list[int]:
        """The anchor tokens of this rule: its tags, less those its cheap test refuses."""
        found = tokens.anchors(self.anchor)
        accept = self.accept
        return list(found) if accept is None else [i for i in found if accept(tokens, i)]


def _named(tokens: Tokens, i: int) -> bool:
    """Month and weekday names are capitalised ("may" is a verb)."""
    return tokens.shape[i] != Shape.WORD


def _separated(tokens: Tokens, i: int) -> bool:
    """All-digit dates have separators ("16/09/2024", "2025-11-12")."""
    key = tokens.key[i]
    return "/" in key or "." in key or "-" in key


def _decade_digits(tokens: Tokens, i: int) -> bool:
    """A decade is a year ending in 0 followed by "s" ("1990s", "2010's")."""
    nxt = i + 1
    return tokens.key[i].endswith("0") and nxt < len(tokens) and tokens.key[nxt] in {"s", "'s"}


_PERIOD_BEFORE: Final = frozenset({"this", "last", "next", "previous", "the"})
_DURATION_BEFORE: Final = frozenset({"a", "an", "past", "last", "previous", "next", "first", "for"})


def _after_period_word(tokens: Tokens, i: int) -> bool:
    """A unit after "this", "last", "the previous" ("this week", "earlier this year")."""
    return i > 0 and tokens.key[i - 1] in _PERIOD_BEFORE


def _reference(tokens: Tokens, i: int) -> bool:
    """A vague reference word, or a unit of time after "next few"."""
    return bool(tokens.tags[i] & Tag.DATEREF) or (i > 0 and tokens.key[i - 1] == "few")


def _duration_words(tokens: Tokens, i: int) -> bool:
    """A unit of time after "a", "for" or "the past" ("a year", "for days", "the past week")."""
    key = tokens.key
    return (i > 0 and key[i - 1] in _DURATION_BEFORE) or (i > 1 and key[i - 2] in _DURATION_BEFORE)


@functools.cache
def _compiled() -> tuple[Rule, ...]:
    accept: dict[Handler, Accept] = {
        _full: _named,
        _week_of: _named,
        _month_year: _named,
        _bare_month: _named,
        _weekday: _named,
        _numeric: _separated,
        _decade: _decade_digits,
        _period: _after_period_word,
        _refs: _reference,
        _duration: _duration_words,
    }
    return tuple(
        Rule(
            re.compile(_WORD_START + "(?:" + src + ")", re.IGNORECASE),
            handler,
            *window,
            accept.get(handler),
        )
        for src, handler, window in _RULES
    )


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The mention's span: the match, less a leading preposition kept only as a cue."""
    if "body" in m.re.groupindex and m.group("body") is not None:
        return m.start("body"), m.end("body")
    return m.start(), m.end()


_DURATION_TAIL: Final = re.compile(
    r"\s*" + _DASH + r"?\s*" + _UNIT + r"\b(?!\s+ago|\s*" + _DASH + r"?\s*old)", re.IGNORECASE
)
_PAST_BEFORE: Final = re.compile(r"\bthe\s+(?:past|last|previous|next|first)\s+\Z", re.IGNORECASE)
#: "16 hours a day", "twice a week": "a" after these is a rate, not a duration.
_RATE: Final = re.compile(
    r"(?:times|hours|minutes|days|weeks|months|years|per)\s+\Z", re.IGNORECASE
)
_RATE_CHARS: Final = 40
#: How many tokens after its amount a duration's unit may end ("10 - day").
_DURATION_TOKENS: Final = 4


def _duration_matches(rule: Rule, tokens: Tokens, ctx: Context) -> Iterator[re.Match[str]]:
    """Durations: after an amount of the shared scan, then the word forms ("a year")."""
    cased, end, n = tokens.cased, tokens.end, len(tokens)
    for span in ctx.amounts.spans:
        tail = _DURATION_TAIL.match(cased, span.end, end[min(n - 1, span.last + _DURATION_TOKENS)])
        if tail is None:
            continue
        past = _PAST_BEFORE.search(cased, max(0, span.start - 20), span.start)
        for s in (past.start(), span.start) if past is not None else (span.start,):
            m = rule.pattern.fullmatch(cased, s, tail.end())
            if m is not None:
                yield m
                break
    yield from around(tokens, rule.pattern, rule.anchors(tokens), rule.before, rule.after)


def find_dates(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every date and duration, resolved against ``ctx.published``."""
    for rule in _compiled():
        if rule.handler is _duration:
            found = _duration_matches(rule, tokens, ctx)
        else:
            found = around(tokens, rule.pattern, rule.anchors(tokens), rule.before, rule.after)
        for m in found:
            try:
                value = rule.handler(m, tokens, ctx)
            except (ParseError, ValueError, OverflowError):
                continue
            start, end = _span(m)
            if value is not None and end > start:
                yield Candidate(start=start, end=end, value=value)


_LEAD: Final = re.compile(
    r"(?:on|in|since|until|by|from|during|for|of|before|after)\s+", re.IGNORECASE
)


def match_date(s: str, ctx: Context) -> DateValue | None:
    """The value of ``s`` if it is exactly one date expression, else None.

    ``s`` is read by `find_dates`; the candidate must span it, but for a leading
    preposition ("on Monday", "in November"), which is not part of the value.
    """
    tokens = tokenize(s)
    strict = attrs.evolve(ctx, amounts=scan_amounts(tokens), strict=True)
    candidates = list(find_dates(tokens, strict))
    lead = _LEAD.match(tokens.cased)
    for pos in (0,) if lead is None else (0, lead.end()):
        found = spanning(tokens, candidates, lead=pos)
        if found is not None:
            return found.value  # type: ignore[return-value]
    return None
