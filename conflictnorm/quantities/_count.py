# SPDX-License-Identifier: MIT
"""Counts: how many of something ("150,000 troops", "several hundred soldiers").

A number is a count when a counted noun heads the phrase after it ("17
artillery guns" counts guns; any plural noun will do, see `_nouns`), when its
sentence says what it counts ("the tally of arrests for May came to 64",
"nine were injured", "14 more", "the shelling killed seven"), when a table
column says so, or when it states a population. Fractions and ordinals ("a
second company", "four and a half times"), years, model names ("S-300"),
times and ratios are not counts.

>>> from conflictnorm.quantities import parse_count, render_count
>>> c = parse_count("about 300 Russian soldiers")
>>> c.value, c.mod, c.noun, render_count(c)
(300.0, 'approx', 'soldiers', 'about 300 soldiers')

More information: RECORDS.md, "count" and "Counts whose noun is elsewhere".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

from conflictnorm._core import Candidate, Context, context_for, spanning
from conflictnorm.errors import ParseError, ensure_type
from conflictnorm.models import Count
from conflictnorm.numbers import Amount, Amounts, AmountSpan, render_amount, takes_of
from conflictnorm.quantities._nouns import LISTED, PLURAL, SHAPED, link_roles, noun_class
from conflictnorm.text import Shape, Tag, Tokens, tokenize

__all__ = ["find_counts", "parse_count", "render_count"]

#: How many words a count's noun phrase may take after its amount: up to four
#: modifiers and the noun (a hyphenated compound is one word: "Sweden-built").
_PHRASE_WORDS: Final = 5
#: How far before a number its sentence's cue ("the number of", "totaled") may be.
_FRAME_TOKENS: Final = 60
#: How far before a change verb ("totaled") its subject's noun may be.
_SUBJECT_TOKENS: Final = 40
#: How far before a number a change verb may be ("fell from ... 1,500").
_CHANGE_TOKENS: Final = 12
#: How far after a count a number may continue its list ("..., 97 in June").
_LIST_TOKENS: Final = 30
#: How many words may stand between "population" and its figure ("population had been").
_POPULATION_TOKENS: Final = 3
_WORD_SHAPES: Final = frozenset({Shape.WORD, Shape.CAPITALISED, Shape.UPPER})
#: Shapes that end a sentence or a line, after which nothing more is said of a number.
_ENDS: Final = frozenset({Shape.SENTENCE_END, Shape.NEWLINE})
#: Shapes that may follow a bare count with no space ("nine.", "nine,", a line break).
_AFTER_JOINED: Final = frozenset({Shape.PUNCTUATION, Shape.SENTENCE_END, Shape.NEWLINE})
#: Tags of words that end a count's noun phrase: number words, calendar words, shares.
_ENDS_PHRASE: Final = (
    Tag.NUMBER | Tag.VAGUE | Tag.MONTH | Tag.WEEKDAY | Tag.TIMEUNIT | Tag.PERCENT | Tag.AGO
)
#: Tags of the tokens a number starts with.
_NUMBER_TAGS: Final = Tag.DIGITS | Tag.NUMBER
#: Suffixes after digits that scale them ("5m people", "1.2m tons", "20k troops").
_SCALE_SUFFIXES: Final = {"m": 1e6, "k": 1e3}
#: Words before a year-shaped number that make it a year ("in 2022 drones were...").
_BEFORE_YEAR: Final = frozenset(
    {"in", "since", "by", "from", "until", "till", "during", "before", "after", "of", "for",
     "to", "and", "or", "early", "mid", "late", "year", "through"}
)  # fmt: skip
#: Words before a number that make it the subject of the verb after it.
_SUBJECT_BEFORE: Final = frozenset(
    {",", ";", ":", "(", "-", "and", "but", "while", "whereas", "another", "further",
     "additional", "only", "just", "then", "that", "said", "says", "say", "reported", "added",
     "claims", "claimed", "claim"}
)  # fmt: skip
#: How far inside brackets a number may stand ("(a week earlier some 18,657)").
_BRACKET_TOKENS: Final = 5
_COORDINATORS: Final = frozenset({"and", "or", "to"})
#: Words after "N more" that make "more" no count's word ("14 more than", "one more time").
_NOT_TAILED: Final = frozenset({"than", "time"})
#: Words between "of" and a number that is a subject ("of which 380 were destroyed").
_AFTER_OF: Final = frozenset({"which", "whom", "these", "those", "them"})
#: Words after "the N" that make the number stand for its noun ("the three that hit the depot").
_RELATIVES: Final = frozenset({"that", "who", "which", "whom"})
#: Verbs that agree with one thing: "the 155 was fired" names a gun, not 155 things.
_SINGULAR_VERBS: Final = frozenset({"was", "is", "has", "does"})
#: Words that end "of the N" standing for its noun ("Of the 38, a third were ...").
_PRONOUN_ENDS: Final = frozenset({",", ")", ";", ":"})
#: Words before a figure in brackets after a date that compare it ("than in May (502)").
_COMPARING: Final = frozenset({"than", "compared", "from", "versus", "vs", "against", "on"})
#: Units of calibres, which may stand between a count and its noun ("40 155mm shells").
_CALIBRES: Final = frozenset({"mm", "cm", "millimetre", "millimetres", "millimeter", "millimeters"})
#: Words linking "population" with its figure ("population of", "population stood at").
_POPULATION_LINKS: Final = frozenset({"of", "was", "is", "numbered", "reached", "stood", "at",
                                      "had", "been", "totalled", "totaled"})  # fmt: skip
_POPULATION: Final = "population"
#: Table cells are separated by this token.
_CELL: Final = "|"
_OUT: Final = "out"
_OF: Final = "of"
_THE: Final = "the"
_NUMBER: Final = "number"


class _Head(NamedTuple):
    """The noun a count's phrase ends with, and where a place inside it starts."""

    noun: str
    last: int
    cut: int | None


class _Found:
    """What the kinds before counts found: spans with no bare count, and where dates end."""

    def __init__(self, ctx: Context) -> None:
        found = ctx.memory.found
        spans = sorted(
            (c.start, c.end)
            for kind in ("date", "quantity", "percent")
            for c in found.get(kind, ())
        )
        self._starts = [s for s, _ in spans]
        #: The furthest end of the spans up to each one (they may nest).
        self._reach: list[int] = []
        far = 0
        for _, e in spans:
            far = max(far, e)
            self._reach.append(far)
        self.date_ends = frozenset(c.end for c in found.get("date", ()))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span found before overlaps ``[start, end)``."""
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start


def _places(ctx: Context) -> Mapping[int, int]:
    """Start -> end of every place found before counts ran."""
    return {c.start: c.end for c in ctx.memory.found.get("place", ())}


def _whole(a: Amount) -> bool:
    """A count is a whole number: fractions ("a third", "three and a half") are not counts."""
    low, high = a.low, a.high
    return (
        (a.value is None or a.value.is_integer())
        and (low is None or low.is_integer())
        and (high is None or high.is_integer())
    )


def _count(a: Amount, noun: str | None) -> Count:
    return Count(value=a.value, low=a.low, high=a.high, mod=a.mod, noun=noun)


def _scaled(a: Amount, factor: float) -> Amount | None:
    scaled = a.scaled(factor)
    return scaled if _whole(scaled) else None


def _word_end(tokens: Tokens, i: int) -> int:
    """The last token of the word that starts at token ``i``: the tokens joined to it.

    "Shahed-type", "Tu-95MS", "Kh-101/Kh-555": letters, digits, dashes and a
    slash between two parts, with no space between.
    """
    shape, key, n = tokens.shape, tokens.key, len(tokens.key)
    j = i
    while j + 1 < n and tokens.joined(j + 1) and shape[j + 1] != Shape.APOSTROPHE:
        s = shape[j + 1]
        if s not in _WORD_SHAPES and s not in {Shape.DASH, Shape.NUMBER}:
            slash = key[j + 1] == "/" and j + 2 < n and tokens.joined(j + 2)
            if not slash or shape[j + 2] not in _WORD_SHAPES:
                break
        j += 1
    return j


def _model_name(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` is a model name of letters and digits ("CV90", "F16"): a modifier."""
    word = tokens.key[i]
    return (
        not tokens.tags[i] & Tag.UNIT
        and not word.isalpha()
        and word[0].isalpha()
        and any(c.isdigit() for c in word)
    )


def _calibre_end(tokens: Tokens, i: int) -> int | None:
    """The last token of a calibre at token ``i`` ("155 mm", "122mm", "152-mm"), if one is there."""
    key, k = tokens.key, i + 1
    if k + 1 < len(key) and key[k] == "-" and tokens.joined(k):
        k += 1
    return k if k < len(key) and key[k] in _CALIBRES else None


def _noun_phrase(
    tokens: Tokens, first: int, *, one: bool, places: Mapping[int, int]
) -> _Head | None:
    """The head noun of the phrase from token ``first`` ("Iskander-M ballistic missiles").

    Words are runs of tokens without space between them (`_word_end`). The
    first plural is the head; for "one" the last known counted noun of the
    run is ("one armoured combat vehicle"). A place inside the phrase, alone
    or inside a compound ("Sweden-built"), is skipped over and remembered: the
    count stops before it. A calibre may modify ("40 155 mm shells").
    """
    key, shape, tags, start, n = (
        tokens.key,
        tokens.shape,
        tokens.tags,
        tokens.start,
        len(tokens.key),
    )
    i = first
    if i < n and key[i] == _OF and i + 1 < n:
        i += 1
    words = 0
    listed: int | None = None
    weak: _Head | None = None
    cut: int | None = None
    while i < n and words < _PHRASE_WORDS:
        place_end = places.get(start[i])
        if place_end is not None:
            cut = i if cut is None else cut
            while i < n and start[i] < place_end:
                i += 1
            if i + 1 < n and shape[i] == Shape.DASH and tokens.joined(i) and tokens.joined(i + 1):
                i = _word_end(tokens, i) + 1  # "Sweden-built": the compound goes on
            words += 1
            continue
        if shape[i] == Shape.NUMBER and i == first:
            calibre = _calibre_end(tokens, i)
            if calibre is None:
                break
            i, words = calibre + 1, words + 1
            continue
        if shape[i] not in _WORD_SHAPES or tags[i] & _ENDS_PHRASE:
            break
        j = _word_end(tokens, i)
        last_part = j if shape[j] in _WORD_SHAPES else None
        if j == i:
            cls = noun_class(key[i])
            if cls == 0 and not _model_name(tokens, i):
                break
        elif _model_plural(tokens, j):
            # "20 T-90s", "F-16s": the plural of a model name, which may still modify.
            weak = weak or _Head("".join(key[i : j + 1]), j, cut)
            cls = 0
        else:
            cls = 0 if last_part is None else noun_class(key[last_part])
        if last_part is not None and cls & PLURAL and not one:
            if not cls & SHAPED or (
                shape[last_part] != Shape.WORD and tokens.text[tokens.end[last_part] - 1] in "sS"
            ):
                # "artillery guns", "HIMARS rockets", "Abrams tanks": a collective or a
                # name may modify.
                weak = weak or _Head(key[last_part], last_part, cut)
            else:
                return _Head(key[last_part], last_part, cut)
        if last_part is not None and cls & LISTED:
            listed = last_part
        words += 1
        i = j + 1
    if one and listed is not None:
        return _Head(key[listed], listed, cut)
    return weak


def _model_plural(tokens: Tokens, j: int) -> bool:
    """Whether token ``j`` is the "s" of a model name's plural ("T-90s", "Su-25s")."""
    return (
        tokens.key[j] == "s" and j > 0 and tokens.shape[j - 1] == Shape.NUMBER and tokens.joined(j)
    )


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
        j + 1 < len(tokens.key)
        and tokens.shape[j] == Shape.DASH
        and tokens.joined(j)
        and tokens.joined(j + 1)
    )


def _multiplier(tokens: Tokens, head: _Head) -> bool:
    """Whether "times" multiplies ("three times more", "four times as many"): no count."""
    j = head.last + 1
    return head.noun == "times" and j < len(tokens.key) and tokens.key[j] in link_roles()["times"]


def _named(tokens: Tokens, first: int) -> bool:
    """Whether the number is part of a name: "Article 5", "Route 66", "No. 3", "#4"."""
    key, names = tokens.key, link_roles()["name"]
    before = key[first - 1] if first > 0 else ""
    return before in names or (before == "." and first > 1 and key[first - 2] in names)


def _counted(
    tokens: Tokens, span: AmountSpan, places: Mapping[int, int]
) -> tuple[Amount, _Head] | None:
    """The amount and head noun of a count read from its own phrase, if there is one."""
    amount, first, n = span.amount, span.last + 1, len(tokens.key)
    if first >= n or _named(tokens, span.first):
        return None
    if tokens.joined(first):
        factor = (
            _SCALE_SUFFIXES.get(tokens.key[first]) if tokens.shape[first] == Shape.WORD else None
        )
        scaled = None if factor is None else _scaled(amount, factor)
        if scaled is None or first + 1 >= n or tokens.joined(first + 1):
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
    """What one sentence says it counts: its cues, found once when a bare number first asks."""

    def __init__(self, tokens: Tokens, amounts: Amounts, i: int) -> None:
        self.first, self.last = tokens.sentence_span(i)
        self.tokens = tokens
        self.amounts = amounts
        #: First and last token of the last count of the list this sentence is in, its noun.
        self.last_first: int | None = None
        self.last_count: int | None = None
        self.last_noun: str | None = None
        #: Token positions of the frames ("the number of X", "toll") and their nouns.
        self._frames: list[int] | None = None
        self._frame_nouns: list[tuple[bool, str | None, int]] = []
        #: Token positions of the change verbs ("totaled", "fell"), and their subjects.
        self._changes: list[int] = []
        self._subjects: dict[int, str | None] = {}

    def counted(self, first: int, last: int, noun: str | None) -> None:
        """Remember the count at tokens ``first`` to ``last``: a list may go on from it."""
        self.last_first, self.last_count, self.last_noun = first, last, noun

    def _cues(self) -> list[int]:
        """Find the sentence's frames and change verbs, once."""
        if self._frames is not None:
            return self._frames
        tokens, roles = self.tokens, link_roles()
        key, frame, change = tokens.key, roles["frame"], roles["change"]
        self._frames = []
        for k in range(self.first, self.last + 1):
            word = key[k]
            if word in frame:
                self._frames.append(k)
                self._frame_nouns.append(self._frame(k))
            if word in change:
                self._changes.append(k)
        return self._frames

    def _frame(self, k: int) -> tuple[bool, str | None, int]:
        """Whether the frame word at ``k`` names a count, its noun, and where that noun ends.

        "the number of [modifiers] X" and "the number wounded" name their noun;
        "the toll", "a total of" name none; "number" alone is no frame.
        """
        tokens = self.tokens
        key, n = tokens.key, len(tokens.key)
        nxt = k + 1
        if key[k] != _NUMBER or (nxt < n and key[nxt] == _OF):
            head = _noun_phrase(tokens, nxt, one=False, places={})
            if head is not None:
                return True, head.noun, head.last
            return key[k] != _NUMBER, None, n
        if nxt < n and noun_class(key[nxt]) & PLURAL and tokens.shape[nxt] in _WORD_SHAPES:
            return True, key[nxt], nxt  # "the number wounded", "the number displaced"
        return False, None, n

    def frame_noun(self, i: int) -> tuple[bool, str | None]:
        """Whether a frame before token ``i`` says what the sentence counts, and its noun.

        Frames: "the number of X", "the toll", "a total of"; and a change verb
        ("totaled", "fell to") after a plural subject.
        """
        frames = self._cues()
        lo = max(self.first, i - _FRAME_TOKENS)
        for p in range(bisect.bisect_left(frames, i) - 1, bisect.bisect_left(frames, lo) - 1, -1):
            names, noun, noun_last = self._frame_nouns[p]
            if not names:
                continue
            if noun is None or noun_last < i:
                return True, noun
            if self.tokens.key[frames[p]] != _NUMBER:
                return True, None
        changes = self._changes
        clause = max(self.first, self.tokens.clause_start(i), i - _CHANGE_TOKENS)
        lo = bisect.bisect_left(changes, clause)
        for p in range(bisect.bisect_left(changes, i) - 1, lo - 1, -1):
            subject = self._subject(changes[p])
            if subject is not None:
                return True, subject
        return False, None

    def _subject(self, verb: int) -> str | None:
        """The nearest plural noun before a change verb, unless it counts no things ("prices")."""
        if verb in self._subjects:
            return self._subjects[verb]
        tokens, uncounted = self.tokens, link_roles()["uncounted"]
        key = tokens.key
        found = None
        for k in range(verb - 1, max(self.first, verb - _SUBJECT_TOKENS) - 1, -1):
            if (
                tokens.shape[k] in _WORD_SHAPES
                and not tokens.tags[k] & _ENDS_PHRASE
                and noun_class(key[k]) & PLURAL
                and not tokens.tags[k + 1] & _NUMBER_TAGS  # "claims 900 were": a verb
            ):
                found = None if key[k] in uncounted else key[k]
                break
        self._subjects[verb] = found
        return found


def _capitalised_name_before(tokens: Tokens, i: int, sentence_first: int) -> bool:
    """Whether a capitalised word (not a month) names the number: "Article 5", "Route 66"."""
    j = i - 1
    return (
        j > sentence_first
        and tokens.shape[j] in {Shape.CAPITALISED, Shape.UPPER}
        and not tokens.tags[j] & (Tag.MONTH | Tag.QUALIFIER)
    )


def _pronoun(tokens: Tokens, span: AmountSpan, sentence: _Sentence) -> bool:
    """Whether "the N" stands for its noun ("the other six are due", "Of the 40, ...").

    "the" (maybe with "remaining", "other", "last") before a number that a
    verb or "that"/"who" follows, or "of the N" before a comma: the number
    counts what the text named before.
    """
    key, n = tokens.key, len(tokens.key)
    k = span.first - 1
    if k > sentence.first and key[k] in link_roles()["the"]:
        k -= 1
    if k < sentence.first or key[k] != _THE or _is_one(span.amount):
        return False
    nxt = span.last + 1
    if nxt >= n:
        return False
    if key[nxt] in _RELATIVES or (
        tokens.shape[nxt] in _WORD_SHAPES
        and key[nxt] not in _SINGULAR_VERBS
        and _is_verb(tokens, nxt)
    ):
        return True
    return k > sentence.first and key[k - 1] == _OF and key[nxt] in _PRONOUN_ENDS


def _open_after(tokens: Tokens, nxt: int) -> bool:
    """Whether nothing after a number names what it counts: a link word, or the end."""
    return (
        nxt >= len(tokens.key)
        or tokens.shape[nxt] in _ENDS
        or tokens.key[nxt] in link_roles()["after"]
    )


def _bare_link(
    tokens: Tokens, span: AmountSpan, sentence: _Sentence, found: _Found
) -> tuple[int, str | None] | None:
    """Whether a number with no noun after it is a count: (its end, its noun) or None."""
    key, shape, n, roles = tokens.key, tokens.shape, len(tokens.key), link_roles()
    first, nxt = span.first, span.last + 1
    before = key[first - 1] if first > sentence.first else ""
    if nxt < n and tokens.joined(nxt) and shape[nxt] not in _AFTER_JOINED:
        return None
    # "the other six are expected in May", "Of the 40, ...": the number stands for its noun.
    if _pronoun(tokens, span, sentence):
        return span.end, sentence.frame_noun(first)[1]
    # "of which 380 were destroyed", "a total of 1,517 were": "of" before a subject.
    of_before = first >= 2 and before in _AFTER_OF and key[first - 2] == _OF  # noqa: PLR2004
    total_of = before == _OF and first >= 2 and key[first - 2] in roles["frame"]  # noqa: PLR2004
    if (
        (before in roles["guard"] and not of_before)
        or _named(tokens, first)
        or _capitalised_name_before(tokens, first, sentence.first)
    ):
        return None
    after = key[nxt] if nxt < n else ""
    # "14 more", "three others", "28 others nearby": the word is part of the count.
    if after in roles["tail"] and not (nxt + 1 < n and key[nxt + 1] in _NOT_TAILED):
        return tokens.end[nxt], sentence.frame_noun(first)[1]
    # "nine out of 15 hit", "12 of them", "three of the five drones".
    if (after == _OUT and nxt + 1 < n and key[nxt + 1] == _OF) or (
        after == _OF and not _is_one(span.amount) and _partitive(tokens, nxt + 1, sentence)
    ):
        return span.end, sentence.frame_noun(first)[1]
    # "nine were injured", "two flew into Belarus": the number is the subject.
    subject = first == sentence.first or before in _SUBJECT_BEFORE or of_before or total_of
    if subject and after and shape[nxt] in _WORD_SHAPES and _is_verb(tokens, nxt):
        return span.end, sentence.frame_noun(first)[1]
    # "14 and 9 vehicles": the number shares the noun of the next one.
    shared = _shared_noun(tokens, span, sentence)
    if shared is not None:
        return span.end, shared
    open_after = _open_after(tokens, nxt)
    # "the blast killed seven", "a town that sheltered 90,000 before the war".
    if before in roles["object"] and open_after:
        return span.end, sentence.frame_noun(first)[1]
    # "shells landed in 4 villages and mines in 2": the preposition of the last count.
    if before in roles["parallel"] and open_after and _parallel(tokens, first, sentence, before):
        return span.end, sentence.last_noun
    # "more than in March (212)": a figure in brackets after a date it is compared for.
    if before == "(" and after == ")" and _compared_in_brackets(tokens, first, sentence, found):
        return span.end, None
    # A number of a list the sentence counts: "the number of wounded in July was 240,
    # compared with 212 in May"; "410 people fled, in May 380".
    listed = (
        before in roles["before"]
        or before in roles["change"]
        or (before == "at" and first >= 2 and key[first - 2] in roles["change"])  # noqa: PLR2004
        # "Russia launched 40 drones; Ukraine downed 31": a verb's object after a count.
        or (
            sentence.last_count is not None
            and first > sentence.first
            and shape[first - 1] in _WORD_SHAPES
            and _is_verb(tokens, first - 1)
        )
        or bool(first > sentence.first and tokens.tags[first - 1] & Tag.MONTH)
        or _in_brackets_after_count(tokens, first, sentence)
    )
    if not listed or not open_after:
        return None
    framed, frame_noun = sentence.frame_noun(first)
    if before == "," and after == "," and first >= 2 and shape[first - 2] in _WORD_SHAPES:  # noqa: PLR2004
        return None  # "a woman, 55, was injured": an age
    if framed:
        return span.end, frame_noun
    if sentence.last_count is not None and first - sentence.last_count <= _LIST_TOKENS:
        return span.end, sentence.last_noun
    return None


def _parallel(tokens: Tokens, first: int, sentence: _Sentence, word: str) -> bool:
    """Whether the last count of the sentence stood after ``word`` too ("in 5 ... in 9")."""
    last_first, last = sentence.last_first, sentence.last_count
    return (
        last_first is not None
        and last is not None
        and first - last <= _LIST_TOKENS
        and last_first > sentence.first
        and tokens.key[last_first - 1] == word
    )


def _in_brackets_after_count(tokens: Tokens, first: int, sentence: _Sentence) -> bool:
    """Whether a number stands in brackets right after a count.

    "1,045 deaths (980)", "2,310 civilians (a week earlier some 2,250)".
    """
    last = sentence.last_count
    if last is None:
        return False
    for k in range(first - 1, max(sentence.first, first - _BRACKET_TOKENS) - 1, -1):
        if tokens.key[k] == "(":
            return k - 1 == last
    return False


def _compared_in_brackets(tokens: Tokens, first: int, sentence: _Sentence, found: _Found) -> bool:
    """Whether "(N)" follows a date its sentence compares with: "more than in March (212)"."""
    bracket = first - 1
    if bracket - 1 <= sentence.first or tokens.end[bracket - 1] not in found.date_ends:
        return False
    key = tokens.key
    lo = max(sentence.first, bracket - _FRAME_TOKENS)
    return any(key[k] in _COMPARING for k in range(lo, bracket))


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
    if key[j] == _THE and j + 1 <= sentence.last:
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


def _population(tokens: Tokens, span: AmountSpan) -> bool:
    """Whether the amount states a population: "population of 48,000", "population stood at"."""
    key, k = tokens.key, span.first - 1
    lo = max(0, k - _POPULATION_TOKENS)
    while k >= lo and key[k] in _POPULATION_LINKS:
        k -= 1
    return k < span.first - 1 and k >= 0 and key[k] == _POPULATION


class _Tables:
    """The tables of a text ("Oblast | Dead | Wounded"): lines and headings, read once each."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        #: Line -> the first line of its table.
        self._tops: dict[int, int] = {}
        #: Line -> the tokens of its cell bars.
        self._bars: dict[int, list[int]] = {}
        #: First line of a table -> the counted noun of each column.
        self._headings: dict[int, list[str | None]] = {}

    def noun(self, span: AmountSpan) -> tuple[bool, str | None]:
        """Whether the amount is a table cell under a heading that counts, and its noun.

        A cell is a whole amount between two "|" (or a "|" and the line's end);
        its heading is the cell of the same column in the first line of the
        table, and counts when it names a plural ("Killed", "Drones launched").
        """
        tokens = self.tokens
        key, n = tokens.key, len(tokens.key)
        before, after = span.first - 1, span.last + 1
        line = tokens.paragraph_of(span.first)
        line_first = tokens.paragraph_starts[line]
        opens = before < line_first or key[before] == _CELL
        closes = after < n and key[after] == _CELL
        if not (opens and (closes or after >= n or tokens.shape[after] == Shape.NEWLINE)):
            return False, None
        if before < line_first and not closes:
            return False, None  # a number alone on its line is no cell
        column = bisect.bisect_left(self._bars_of(line), span.first)
        headings = self._table_headings(self._top(line))
        if column >= len(headings) or headings[column] is None:
            return False, None
        return True, headings[column]

    def _bars_of(self, line: int) -> list[int]:
        """The tokens of the cell bars of a line."""
        found = self._bars.get(line)
        if found is None:
            tokens = self.tokens
            starts, key = tokens.paragraph_starts, tokens.key
            end = starts[line + 1] if line + 1 < len(starts) else len(key)
            found = self._bars[line] = [k for k in range(starts[line], end) if key[k] == _CELL]
        return found

    def _top(self, line: int) -> int:
        """The first line of the table of ``line``: lines of one table follow each other."""
        starts, shape = self.tokens.paragraph_starts, self.tokens.shape
        path = []
        top = line
        while top not in self._tops:
            path.append(top)
            # A blank line (two line breaks) or a line without a bar ends a table.
            if (
                starts[top] < 2  # noqa: PLR2004 - no line before this one's line break
                or shape[starts[top] - 2] == Shape.NEWLINE
                or not self._bars_of(top - 1)
            ):
                self._tops[top] = top
                break
            top -= 1
        first = self._tops[top]
        for k in path:
            self._tops[k] = first
        return first

    def _table_headings(self, top: int) -> list[str | None]:
        """The counted noun of each column of the table whose first line is ``top``."""
        found = self._headings.get(top)
        if found is not None:
            return found
        key = self.tokens.key
        bars = self._bars_of(top)
        starts = self.tokens.paragraph_starts
        end = starts[top + 1] if top + 1 < len(starts) else len(key)
        uncounted = link_roles()["uncounted"]
        nouns: list[str | None] = []
        for lo, hi in zip([starts[top], *bars], [*bars, end], strict=True):
            noun = None
            for k in range(lo, hi):
                word = key[k]
                if word != _CELL and noun_class(word) & PLURAL and word not in uncounted:
                    noun = word
            nouns.append(noun)
        self._headings[top] = nouns
        return nouns


def find_counts(tokens: Tokens, ctx: Context) -> Iterator[Candidate]:
    """Yield every count: an amount and its noun, a number its sentence counts, a population.

    With ``ctx.strict`` (the whole text is one expression) a bare amount is a
    count too, with no noun.
    """
    places = _places(ctx)
    found: _Found | None = None
    tables: _Tables | None = None
    sentence: _Sentence | None = None
    for span in ctx.amounts.spans:
        if not _countable(tokens, span):
            continue
        if sentence is None or not sentence.first <= span.first <= sentence.last:
            sentence = _Sentence(tokens, ctx.amounts, span.first)
        counted = _counted(tokens, span, places)
        if counted is not None:
            amount, head = counted
            sentence.counted(span.first, head.last, head.noun)
            yield Candidate(
                start=span.start,
                end=_phrase_end(tokens, span, head),
                value=_count(amount, head.noun),
            )
            continue
        found = _Found(ctx) if found is None else found
        if ctx.strict:
            # The whole text is one count: a bare amount, or one with its own word ("14 more").
            yield Candidate(start=span.start, end=span.end, value=_count(span.amount, None))
        elif found.overlaps(span.start, span.end):
            continue
        elif _population(tokens, span):
            yield Candidate(start=span.start, end=span.end, value=_count(span.amount, None))
            continue
        elif _year_like(tokens, span):
            continue
        link = _bare_link(tokens, span, sentence, found)
        if link is None and _CELL in tokens.key[max(0, span.first - 1) : span.last + 2]:
            tables = _Tables(tokens) if tables is None else tables
            cell, noun = tables.noun(span)
            link = (span.end, noun) if cell else None
        if link is None:
            # "aged 4, 7 and 12": a number that is no count ends the list before it.
            sentence.last_first = sentence.last_count = None
            continue
        end, noun = link
        sentence.counted(span.first, span.last, noun)
        if noun is not None and not _fits(span.amount, noun):
            noun = None  # a noun its own count could not have: "1 consumers"
        yield Candidate(start=span.start, end=end, value=_count(span.amount, noun))


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
