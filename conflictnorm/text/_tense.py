# SPDX-License-Identifier: MIT
"""The tense of a clause, read from its cue words: the one tense reader of the library.

A date without a year, a bare weekday or "in 3 weeks" depends on whether its
clause speaks of the past or the future. `clause_tense` answers ``"past"``,
``"future"`` or ``""`` (no cue) for the clause around a token:

- the cue nearest *before* the token decides, so the verb nearest a date
  governs it ("officials said the talks would resume in May" is future:
  "would" is nearer than "said");
- without one, the first cue *after* it does ("On Monday, troops withdrew");
- the clause ends at ``. ; : ! ?``, a line break, and a comma followed by a
  conjunction that starts a clause of its own ("The roads dry out by June, and
  the troops have spent ..." gives June no tense).

A cue (`cue_at`) is a word of the lexicon tagged ``future`` ("will", "would",
"shall", "scheduled") or ``past`` ("said", "was", "took"), a ``futureto`` word
followed by "to" ("set to", "expected to"), "due" after a form of "be" or
before anything but "to" ("is due to", "due on Friday"; "due to shelling" gives
a cause, no tense), "since", or a lower-case word of five letters or more
ending in "-ed" that is no adjective or noun of ``data/tense.tsv``. A past form
right after "be" is none ("to be held", "will be attacked").

`clause_cue` also names the token that decided, and `reported` tells a future
seen from a past moment ("said the talks would resume") from one seen from
now ("will resume"): only the latter must lie after the dateline.

>>> from conflictnorm.text import tokenize
>>> from conflictnorm.text._tense import clause_tense
>>> t = tokenize("Officials said the talks would resume on Friday.")
>>> clause_tense(t, t.key.index("friday"))
'future'
>>> t = tokenize("Power was cut due to shelling on Friday.")
>>> clause_tense(t, t.key.index("friday"))
'past'
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from conflictnorm._data import data_rows
from conflictnorm._lazy import once
from conflictnorm.text._lexicon import Tag
from conflictnorm.text._tokens import Shape, Tokens

__all__ = ["LIMIT", "clause_cue", "clause_tense", "cue_at", "reported"]

#: How many tokens either side of a token its clause is read for cues.
LIMIT: Final = 25
#: Words ending in "-ed" shorter than this are no past forms ("bed", "red", "shed").
_SHORTEST_PAST: Final = 5
_CATEGORIES: Final = frozenset({"be", "past", "not_past", "join", "reported"})
_FUTURE: Final = Tag.FUTURE
_FUTURE_TO: Final = Tag.FUTURE_TO
_PAST: Final = Tag.PAST
_CUE_TAGS: Final = Tag.FUTURE | Tag.FUTURE_TO | Tag.PAST


@once
def _words() -> Mapping[str, frozenset[str]]:
    """Category -> words, from ``data/tense.tsv``.

    Raises:
        ValueError: a line names an unknown category (a packaging error).
    """
    found: dict[str, set[str]] = {c: set() for c in _CATEGORIES}
    for category, word in data_rows(__package__, "tense.tsv"):
        if category not in found:
            msg = f"tense.tsv: unknown category {category!r}"
            raise ValueError(msg)
        found[category].add(word)
    return MappingProxyType({c: frozenset(w) for c, w in found.items()})


def cue_at(tokens: Tokens, k: int) -> str:
    """``"past"``, ``"future"`` or ``""``: the tense word ``k`` marks (module docstring)."""
    return _cue(tokens, k, _words())


def _cue(tokens: Tokens, k: int, words: Mapping[str, frozenset[str]]) -> str:
    t = tokens.tags[k]
    key = tokens.key
    word = key[k]
    if not t & _CUE_TAGS and not word.endswith("ed") and word not in words["past"]:
        return ""  # most words: no cue
    if t & _FUTURE:
        return "future"
    if t & _FUTURE_TO:
        to = k + 1 < len(key) and key[k + 1] == "to"
        if word != "due":
            return "future" if to else ""
        be = words["be"]
        # "is due to", "due on Friday", "due to be held" are plans; "due to the war" a cause
        planned = (
            not to or (k > 0 and key[k - 1] in be) or (k + 2 < len(key) and key[k + 2] == "be")
        )
        return "future" if planned else ""
    if word in words["past"]:
        return "past"
    past = bool(t & _PAST) or (
        len(word) >= _SHORTEST_PAST
        and word.endswith("ed")
        and tokens.shape[k] == Shape.WORD
        and word not in words["not_past"]
    )
    # "to be held", "will be attacked": a participle after "be" has no tense of its own
    return "past" if past and (k == 0 or key[k - 1] != "be") else ""


def _clause_end(tokens: Tokens, j: int) -> int:
    """The first token after the clause of token ``j`` (bounded by `LIMIT`)."""
    starts = tokens.clause_starts
    c = bisect.bisect_right(starts, j)
    end = starts[c] if c < len(starts) else len(tokens)
    return min(end, j + LIMIT + 1)


def clause_tense(tokens: Tokens, i: int, last: int | None = None) -> str:
    """``"past"``, ``"future"`` or ``""``: the tense of the clause of tokens ``i`` to ``last``.

    The cue nearest before token ``i`` decides; without one, the first cue
    after token ``last`` (default ``i``); neither search leaves the clause
    (see the module docstring) or reads more than `LIMIT` tokens.
    """
    return clause_cue(tokens, i, last)[1]


def clause_cue(tokens: Tokens, i: int, last: int | None = None) -> tuple[int, str]:
    """The token whose cue gives the tense of `clause_tense`, and that tense (``-1, ""``: none)."""
    words = _words()
    join, key = words["join"], tokens.key
    n = len(key)
    lo = max(tokens.clause_start(i), i - LIMIT)
    for k in range(i - 1, lo - 1, -1):
        if key[k] == "," and k + 1 < n and key[k + 1] in join:
            break  # a comma and a conjunction start this piece's clause
        found = _cue(tokens, k, words)
        if found:
            return k, found
    j = i if last is None else last
    for k in range(j + 1, _clause_end(tokens, j)):
        if key[k] == "," and k + 1 < n and key[k + 1] in join:
            break  # ... or start the next one
        found = _cue(tokens, k, words)
        if found:
            return k, found
    return -1, ""


def reported(tokens: Tokens, k: int) -> bool:
    """Whether the future cue at token ``k`` is seen from a past moment ("said it would").

    Such a future need not lie after the dateline ("In 2022 officials said
    the vote would be held in September").
    """
    return k >= 0 and tokens.key[k] in _words()["reported"]
