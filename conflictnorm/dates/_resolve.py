# SPDX-License-Identifier: MIT
"""Resolution: the pieces of a document, in text order, against what the text said.

The resolver walks the pieces once, keeping

- the last date mentioned, against which anaphora resolve ("the next day",
  "that year", "the previous month", "a year earlier");
- the last year the paragraph names ("Civilian deaths in 2022 peaked in
  March" gives March 2022);
- the years of the days the text wrote out in full ("February 24, 2022"
  fixes the year of a later "February 24");

and resolves a month or day written without a year by, in order: the other
end of its range, the year the paragraph names, the same day written out
earlier, its place in a run of months ("in April ..., in May ..., in June"),
and last the dateline policy, which never puts a date in a past-tense clause
after the dateline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from typing import Final, NamedTuple

from conflictnorm._core import Candidate, Context
from conflictnorm.dates import _calendar as cal
from conflictnorm.dates._forms import Form, Known, Lazy, Piece, Yearless, unresolved
from conflictnorm.dates._words import cues
from conflictnorm.models import DateValue
from conflictnorm.text import Shape, Tokens
from conflictnorm.text._tense import clause_cue, reported

__all__ = ["Resolver", "policy_year"]

#: A month and day without a year is read as the coming one only this close ahead.
_FUTURE_WINDOW_DAYS: Final = 60
#: A bare month is read as the coming one only this many months ahead.
_FUTURE_WINDOW_MONTHS: Final = 2


class Resolver:
    """Resolves the pieces of one document in text order (an `Env` for their forms)."""

    def __init__(
        self, tokens: Tokens, ctx: Context, pieces: list[Piece], links: dict[int, int]
    ) -> None:
        """Prepare to resolve ``pieces`` (composed, in text order) with their range ``links``."""
        self.tokens = tokens
        self.ctx = ctx
        self.pieces = pieces
        self.links = links
        self.values: dict[int, DateValue | None] = {}
        self.last: DateValue | None = None
        #: (paragraph, year, first token) of the last year the text named.
        self.paragraph_year: tuple[int, int, int] | None = None
        self.day_years: dict[tuple[int, int], int] = {}
        self.run_years: dict[int, int] = {}
        self.runs = _month_runs(tokens, pieces, links)
        self.index = 0
        self._tense: dict[int, tuple[int, str]] = {}

    # ---- the Env protocol

    @property
    def pub(self) -> dt.date | None:
        """The dateline."""
        return self.ctx.published

    @property
    def stamp(self) -> dt.datetime | None:
        """The dateline with its time of day, where given."""
        return self.ctx.published_time

    @property
    def ref(self) -> DateValue | None:
        """The last date the text mentioned before the current piece."""
        return self.last

    def tense(self) -> str:
        """The tense of the current piece's clause."""
        return self._tense_of(self.index)

    def year_named(self) -> int | None:
        """The year the current piece's paragraph names before it."""
        py = self.paragraph_year
        if py is None:
            return None
        first = self.tokens.index_at(self.pieces[self.index].start)
        return py[1] if py[0] == self.tokens.paragraph_of(first) else None

    def _named_before_sentence(self) -> bool:
        """The year the paragraph names was named in an earlier sentence than this piece's."""
        py = self.paragraph_year
        first = self.tokens.index_at(self.pieces[self.index].start)
        return py is not None and self.tokens.sentence_of(py[2]) < self.tokens.sentence_of(first)

    def resolve(self, form: Form) -> DateValue | None:
        """The value of a form at the current piece."""
        if isinstance(form, Known):
            return form.value
        if isinstance(form, Lazy):
            return form.fn(self)
        return self._yearless(form)

    # ---- the walk

    def candidates(self) -> list[Candidate]:
        """Every piece's value, in text order (pieces that resolve to nothing are dropped)."""
        out: list[Candidate] = []
        for k, piece in enumerate(self.pieces):
            self.index = k
            try:
                value = self.resolve(piece.form)
            except (ValueError, OverflowError):
                value = None
            self.values[k] = value
            if value is None:
                continue
            out.append(Candidate(start=piece.start, end=piece.end, value=value))
            self._remember(piece, value)
        return out

    def _remember(self, piece: Piece, value: DateValue) -> None:
        if value.type != "date" or value.value is None or value.range is None:
            return
        self.last = value
        at = self.tokens.index_at(piece.start)
        para = self.tokens.paragraph_of(at)
        form = piece.form
        year = form.year if isinstance(form, Known) else None
        if year is None and value.granularity == "year":
            year = int(value.value)
        if year is not None:
            self.paragraph_year = (para, year, at)
        elif value.anchored and isinstance(form, Lazy):
            # a date counted from the dateline ("said last week", "on Monday") brings
            # the text back to the present: the dateline policy applies again
            self.paragraph_year = None
        if isinstance(form, Known) and form.year is not None and value.granularity == "day":
            d = dt.date.fromisoformat(value.value)
            self.day_years[(d.month, d.day)] = d.year

    def _tense_of(self, k: int) -> str:
        return self._cue_of(k)[1]

    def _cue_of(self, k: int) -> tuple[int, str]:
        found = self._tense.get(k)
        if found is None:
            piece = self.pieces[k]
            found = clause_cue(
                self.tokens,
                self.tokens.index_at(piece.start),
                self.tokens.index_at(piece.end - 1),
            )
            self._tense[k] = found
        return found

    # ---- a month or day without a year

    def _yearless(self, form: Yearless) -> DateValue | None:
        found = self._year_of(form)
        if found is None:
            return unresolved(form.mod)
        year, anchored = found
        return form.build(year, anchored)

    def _year_of(self, form: Yearless) -> tuple[int, bool] | None:
        k = self.index
        partner = self.links.get(k)
        if partner is not None:
            found = self._partner_year(form, k, partner)
            if found is not None and self._fits(form, found):
                return found, False
        if not self._in_dateline(k):
            named = self.year_named()
            if named is not None and self._fits(form, named, earlier=self._named_before_sentence()):
                return named, False
            written = self.day_years.get((form.month, form.day)) if form.day is not None else None
            if written is not None and self._fits(form, written):
                return written, False
        run = self.runs.get(k)
        if run is not None:
            year = self._run_year(run, k)
            if year is not None:
                return year, True
        pub = self.pub
        if pub is None:
            return None
        return policy_year(form, pub, self._tense_of(k)), True

    def _fits(self, form: Yearless, year: int, *, earlier: bool = False) -> bool:
        """Whether a year from the text suits the tense of the piece's clause.

        It is refused where it puts the start of a past-tense clause's date
        after the dateline; and, when an earlier sentence named it, where it
        puts all of a future-tense clause's date before the dateline ("Last
        year ... A decision is due in late June").
        """
        pub = self.pub
        if pub is None:
            return True
        tense = "past" if form.cue in cues("back") else self._tense_of(self.index)
        if tense == "past":
            first = cal.day_of(year, form.month, form.day or 1)
            return first is None or first <= pub
        if tense != "future" or not earlier or reported(self.tokens, self._cue_of(self.index)[0]):
            return True
        value = form.build(year, False)  # noqa: FBT003 - positional callback
        return value is None or value.range is None or value.range[1] >= pub.isoformat()

    def _in_dateline(self, k: int) -> bool:
        """The piece follows a place in capitals and a comma, as datelines do ("KYIV, Feb 24")."""
        tokens = self.tokens
        first = tokens.index_at(self.pieces[k].start)
        return first > 1 and tokens.key[first - 1] == "," and tokens.shape[first - 2] == Shape.UPPER

    def _partner_year(self, form: Yearless, k: int, partner: int) -> int | None:
        other = self.values.get(partner) if partner < k else None
        if other is None:
            p_form = self.pieces[partner].form
            if isinstance(p_form, Yearless) and partner > k and self.pub is not None:
                if self.year_named() is not None and not self._in_dateline(k):
                    return None  # both ends take the year the text names
                return _range_around(form, p_form, self.pub)
            if not isinstance(p_form, Known):
                return None
            other = p_form.value
        if other.value is None or other.range is None:
            return None
        first = dt.date.fromisoformat(other.range[0])
        last = dt.date.fromisoformat(other.range[1])
        mine = (form.month, form.day or 1)
        if partner > k:  # this piece starts the range: at or before its end
            return last.year if mine <= (last.month, last.day) else last.year - 1
        return first.year if mine >= (first.month, first.day) else first.year + 1

    def _run_year(self, run: Run, k: int) -> int | None:
        if k in self.run_years:
            return self.run_years[k]
        pub = self.pub
        if pub is None:
            return None
        forms = [self.pieces[j].form for j in run.pieces]
        months = [f.month for f in forms if isinstance(f, Yearless)]
        ascending = not run.backward
        anchor = run.pieces[-1] if ascending else run.pieces[0]
        anchor_form = self.pieces[anchor].form
        assert isinstance(anchor_form, Yearless)  # noqa: S101 - runs hold yearless months
        year = policy_year(anchor_form, pub, self._tense_of(anchor))
        order = list(zip(run.pieces, months, strict=True))
        if ascending:
            order.reverse()
        prev_month = None
        for j, month in order:
            if prev_month is not None and month > prev_month:
                year -= 1
            self.run_years[j] = year
            prev_month = month
        return self.run_years.get(k)


def _range_around(first: Yearless, last: Yearless, pub: dt.date) -> int | None:
    """The year of a range without years that holds the dateline ("from May to September")."""
    m1, d1 = first.month, first.day or 1
    m2, d2 = last.month, last.day
    for y in (pub.year - 1, pub.year):
        y2 = y if (m2, d2 or 31) >= (m1, d1) else y + 1
        try:
            start = dt.date(y, m1, d1)
            end = (
                dt.date(y2, m2, d2)
                if d2 is not None
                else dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
            )
        except ValueError:
            continue
        if start <= pub <= end:
            return y
    return None


def policy_year(form: Yearless, pub: dt.date, tense: str) -> int:
    """The dateline policy for a month or day without a year (see ``docs/dates.md``)."""
    if form.cue in cues("back"):
        tense = "past"
    if form.day is None:
        ahead = (form.month - pub.month) % 12
        if ahead == 0:
            return pub.year
        forward = tense == "future" or (ahead <= _FUTURE_WINDOW_MONTHS and tense != "past")
        if forward:
            return pub.year if form.month > pub.month else pub.year + 1
        return pub.year if form.month < pub.month else pub.year - 1
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(dt.date(y, form.month, form.day))
        except ValueError:
            continue
    if not options:
        return pub.year
    if form.weekday is not None:
        matching = [d for d in options if d.weekday() == form.weekday]
        pool = matching or options
        return min(pool, key=lambda d: abs((d - pub).days)).year
    past = [d for d in options if d <= pub]
    ahead_days = [d for d in options if d > pub]
    nxt = min(ahead_days) if ahead_days else None
    soon = nxt is not None and (nxt - pub).days <= _FUTURE_WINDOW_DAYS and tense != "past"
    if nxt is not None and tense != "past" and (tense == "future" or not past or soon):
        return nxt.year
    return max(past).year if past else pub.year


class Run(NamedTuple):
    """A run of months: its pieces in text order, and whether the text goes back in time."""

    pieces: tuple[int, ...]
    backward: bool


def _from_between(tokens: Tokens, first: Piece, second: Piece) -> bool:
    """The text between two months says the second is where a change came from.

    "bread prices rose 8% in January from 5% in December": December is before January.
    """
    key = tokens.key
    return "from" in key[tokens.index_at(first.end) : tokens.index_at(second.start)]


def _month_runs(tokens: Tokens, pieces: list[Piece], links: dict[int, int]) -> dict[int, Run]:
    """Runs of months without a year in one sentence, in steady order ("in May, June, July").

    Months in text order are a stretch of time forward, in steady order of their
    numbers; where "from" comes before each next month, a stretch backward (the
    months before each other, across the turn of a year: "in January from ... in
    December").
    """
    runs: dict[int, Run] = {}
    if sum(1 for p in pieces if p.role == "month" and isinstance(p.form, Yearless)) < 2:  # noqa: PLR2004
        return runs
    current: list[int] = []
    sentence = -1

    def close() -> None:
        if len(current) >= 2:  # noqa: PLR2004 - a run has two months or more
            months = [_month_of(pieces[j]) for j in current]
            pairs = list(itertools.pairwise(current))
            if all(_from_between(tokens, pieces[a], pieces[b]) for a, b in pairs):
                back = [(a - b) % 12 for a, b in itertools.pairwise(months)]
                steady = all(back) and sum(back) < 12  # noqa: PLR2004 - within a year
                backward = True
            else:
                steps = [b - a for a, b in itertools.pairwise(months)]
                steady = all(s > 0 for s in steps) or all(s < 0 for s in steps)
                backward = steps[0] < 0
            if steady:
                run = Run(tuple(current), backward)
                for j in current:
                    runs[j] = run

    for k, piece in enumerate(pieces):
        form = piece.form
        month_only = (
            isinstance(form, Yearless)
            and form.day is None
            and piece.role == "month"
            and k not in links
        )
        s = tokens.sentence_of(tokens.index_at(piece.start))
        if not month_only or s != sentence:
            close()
            current = []
        if month_only:
            current.append(k)
            sentence = s
    close()
    return runs


def _month_of(piece: Piece) -> int:
    form = piece.form
    return form.month if isinstance(form, Yearless) else 0
