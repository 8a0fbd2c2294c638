# SPDX-License-Identifier: MIT
"""The token layer: offsets, folding, shapes, tags, boundaries, windows."""

import threading
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictnorm._lazy import once
from conflictnorm.text import LOOKALIKES, Shape, Tag, fold_lookalikes, tokenize
from conflictnorm.text._tense import clause_cue, clause_tense, reported

APOSTROPHE = unicodedata.lookup("RIGHT SINGLE QUOTATION MARK")
EN_DASH = unicodedata.lookup("EN DASH")
NBSP = unicodedata.lookup("NO-BREAK SPACE")


@given(st.text())
@example(
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}stanbul \N{LATIN SMALL LETTER LONG S} "
    "\N{LATIN SMALL LETTER DOTLESS I} \N{KELVIN SIGN}"
)
@example("a\u0085b\u2028c")
def test_views_keep_offsets(text: str) -> None:
    """Both folded views are exactly as long as the text, whatever its characters."""
    t = tokenize(text)
    assert (len(text), len(text)) == (len(t.cased), len(t.folded))


@given(st.text())
@example("Kup\u0301yansk 1,500.5 km2 Kharkiv's")
def test_tokens_cover_every_visible_character(text: str) -> None:
    """Between tokens there is only white space, and tokens are in order."""
    t = tokenize(text)
    pos = 0
    for i in range(len(t)):
        assert t.start[i] >= pos
        gap = text[pos : t.start[i]]
        assert gap.strip() == "" or all(ch == "\n" or ch.isspace() for ch in gap)
        assert t.end[i] > t.start[i]
        pos = t.end[i]
    assert text[pos:].strip() == ""


def test_keys_fold_lookalike_letters() -> None:
    """Long s and dotless i fold as case-insensitive matching folds them."""
    assert ["last", "week", "within"] == list(tokenize("la\u017ft week w\u0130thin").key)


def test_possessive_is_its_own_token() -> None:
    """A curly-apostrophe possessive gives the same tokens as a straight one."""
    curly = tokenize(f"Kharkiv{APOSTROPHE}s outskirts")
    straight = tokenize("Kharkiv's outskirts")
    assert list(straight.key) == list(curly.key) == ["kharkiv", "'s", "outskirts"]


def test_inner_apostrophe_stays_in_the_word() -> None:
    """A transliteration apostrophe is part of the name."""
    assert ["kup'yansk"] == list(tokenize(f"Kup{APOSTROPHE}yansk").key)


def test_numbers_keep_their_separators() -> None:
    """Thousands separators, decimals and all-digit dates are one token each."""
    keys = list(tokenize("1,500 troops, 2.5 km, on 16/09/2024 and 2025-11-12").key)
    assert ["1,500", "2.5", "16/09/2024", "2025-11-12"] == [k for k in keys if k[0].isdigit()]


def test_digits_end_where_letters_start() -> None:
    """A calibre splits into its number and unit; a name keeps its digits."""
    assert ["155", "mm", "f16"] == list(tokenize("155mm F16").key)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("kyiv", Shape.WORD),
        ("Kyiv", Shape.CAPITALISED),
        ("KYIV", Shape.UPPER),
        ("2025", Shape.NUMBER),
        (EN_DASH, Shape.DASH),
        (APOSTROPHE, Shape.APOSTROPHE),
        ("?", Shape.SENTENCE_END),
        (",", Shape.PUNCTUATION),
    ],
)
def test_shapes(text: str, shape: int) -> None:
    """Each token gets the shape of its first character and case."""
    assert bytes([shape]) == tokenize(text).shape


@pytest.mark.parametrize(
    ("word", "tag"),
    [
        ("twenty", Tag.NUMBER),
        ("several", Tag.VAGUE),
        ("nearly", Tag.QUALIFIER),
        ("Sept", Tag.MONTH),
        ("Sunday", Tag.WEEKDAY),
        ("fortnight", Tag.TIMEUNIT),
        ("yesterday", Tag.DAYWORD),
        ("recently", Tag.DATEREF),
        ("percent", Tag.PERCENT),
        ("oblast", Tag.REGIONWORD),
        ("kilometres", Tag.UNIT),
        ("%", Tag.PERCENT_SIGN),
        ("1999", Tag.YEAR),
    ],
)
def test_lexicon_tags(word: str, tag: int) -> None:
    """The lexicon tags its words, whatever their case."""
    assert tokenize(word).tags[0] & tag


def test_anchors_list_tagged_tokens_in_order() -> None:
    """Anchors of a union of tags come back in text order."""
    t = tokenize("On Monday, 12 March, and Tuesday")
    assert ["monday", "march", "tuesday"] == [t.key[i] for i in t.anchors(Tag.MONTH | Tag.WEEKDAY)]


def test_sentences_skip_abbreviations_and_initials() -> None:
    """Stops after 'Gen.', 'Jan.' and initials do not end a sentence; a newline does."""
    t = tokenize("Gen. Syrskyi said the U.S. would help in Jan. 2025. Kyiv agreed.\nNext line")
    firsts = [t.key[first] for first, _ in t.iter_sentences()]
    assert ["gen", "kyiv", "next"] == firsts


def test_paragraphs_are_lines() -> None:
    """Every line starts a paragraph; blank lines do not add empty ones."""
    t = tokenize("One.\n\nTwo.\nThree.")
    assert [0, 4, 7] == list(t.paragraph_starts)
    assert 2 == t.paragraph_of(len(t) - 1)


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Officials said the talks resumed on X", "past"),
        ("The ministry will announce it on X", "future"),
        ("The vote is due to take place on X", "future"),
        ("The vote is due on X", "future"),
        ("The polls due to be held on X", "future"),
        ("The city was shelled; the vote is on X", ""),
        ("Due to shelling, the vote was moved to X", "past"),
        ("Power was cut due to shelling on X", "past"),
        ("The ferry has run daily since X", "past"),
        ("Crews repaired the line on X", "past"),
        ("Officials said the bridge would reopen on X", "future"),
        ("Officials said the bridge was shut, and it reopens on X", ""),
        ("The line is based near X", ""),
    ],
)
def test_tense_of_the_clause_before(text: str, tense: str) -> None:
    """The cue nearest before a token gives its tense; a new clause resets it."""
    t = tokenize(text)
    assert tense == clause_tense(t, len(t) - 1)


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("On X, troops pulled out of the town.", "past"),
        ("On X the ministry will decide.", "future"),
        ("On X the talks resume. Both sides said so.", ""),
        ("The roads freeze by X, and the troops have spent weeks digging.", ""),
    ],
)
def test_tense_of_the_clause_after(text: str, tense: str) -> None:
    """Without a cue before it, the first cue after a token in its clause decides."""
    t = tokenize(text)
    assert tense == clause_tense(t, t.key.index("x"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the bridge would reopen on X", ("would", True)),
        ("Officials said the bridge will reopen on X", ("will", False)),
        ("The bridge reopened on X", ("reopened", False)),
    ],
)
def test_the_cue_that_decides(text: str, expected: tuple[str, bool]) -> None:
    """clause_cue names the deciding word; "would" is a future seen from the past."""
    t = tokenize(text)
    k, _ = clause_cue(t, len(t) - 1)
    assert expected == (t.key[k], reported(t, k))


def test_lookalikes_are_one_for_one() -> None:
    """Every replacement of the cased view is a single character."""
    assert all(len(k) == 1 and len(v) == 1 for k, v in LOOKALIKES.items())
    assert "-'" == fold_lookalikes(EN_DASH + APOSTROPHE)
    assert NBSP == fold_lookalikes(NBSP)  # spaces are white space to every pattern already


def test_once_builds_once_under_racing_threads() -> None:
    """Eight threads calling a cold table at once build it exactly once."""
    calls: list[int] = []
    gate = threading.Barrier(8)

    @once
    def table() -> list[int]:
        calls.append(1)
        return [1]

    results: list[list[int]] = []

    def worker() -> None:
        gate.wait()
        results.append(table())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert (1, 8) == (len(calls), len(results))
    assert all(r is results[0] for r in results)
