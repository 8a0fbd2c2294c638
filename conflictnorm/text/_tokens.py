# SPDX-License-Identifier: MIT
"""`tokenize`: the one pass over a text that every kind reads.

The token layer keeps offsets into the caller's string and never rewrites it.
Two views of the text, each exactly as long as the text, carry the folding:

- ``cased``: the look-alike letters that case-insensitive matching folds to
  ASCII (long s, dotless i, dotted capital I, the Kelvin sign) replaced by
  their ASCII letters, every apostrophe by ``'`` and every dash by ``-``;
- ``folded``: ``cased`` in lower case.

Patterns run over ``cased`` (case matters for "May" and for place names) and
lookups use tokens of ``folded``, so matching and lookup fold the same way and
an offset in either view is an offset in the text.

>>> from conflictnorm.text import Shape, Tag, tokenize
>>> t = tokenize("Russia fired 93 drones at Kharkiv's outskirts on Monday.")
>>> t.key[:6]
('russia', 'fired', '93', 'drones', 'at', 'kharkiv')
>>> t.shape[0] == Shape.CAPITALISED, bool(t.tags[2] & Tag.DIGITS)
(True, True)
>>> [t.key[i] for i in t.anchors(Tag.WEEKDAY)]
['monday']
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import compress, repeat
from operator import and_
from types import MappingProxyType
from typing import Final

import attrs

from conflictnorm._text import APOSTROPHES, DASHES
from conflictnorm.text._lexicon import Tag, lexicon

__all__ = ["Shape", "Tokens", "fold_lookalikes", "tokenize"]


class Shape:
    """The shape class of a token: one byte per token in `Tokens.shape`."""

    WORD: Final = 1
    CAPITALISED: Final = 2
    UPPER: Final = 3
    NUMBER: Final = 4
    PUNCTUATION: Final = 5
    SENTENCE_END: Final = 6
    DASH: Final = 7
    APOSTROPHE: Final = 8
    NEWLINE: Final = 9


def _lookalikes() -> dict[str, str]:
    pairs = {
        # Case-insensitive matching folds these four to ASCII letters; replacing
        # them here makes a matched text and its lookup key agree.
        unicodedata.lookup("LATIN SMALL LETTER LONG S"): "s",
        unicodedata.lookup("LATIN SMALL LETTER DOTLESS I"): "i",
        unicodedata.lookup("LATIN CAPITAL LETTER I WITH DOT ABOVE"): "I",
        unicodedata.lookup("KELVIN SIGN"): "K",
        # Line and paragraph separators end a line like a newline.
        unicodedata.lookup("LINE SEPARATOR"): "\n",
        unicodedata.lookup("PARAGRAPH SEPARATOR"): "\n",
        "\x85": "\n",  # NEXT LINE (a control character has no Unicode name)
        "\r": " ",
    }
    pairs |= {ch: "'" for ch in APOSTROPHES if ch != "'"}
    pairs |= {ch: "-" for ch in DASHES if ch != "-"}
    return pairs


#: One-for-one replacements of the ``cased`` view (the text keeps its length).
LOOKALIKES: Final = MappingProxyType(_lookalikes())


def fold_lookalikes(s: str) -> str:
    """The ``cased`` view of ``s``: look-alike letters, apostrophes and dashes unified.

    The result is as long as ``s``; ``fold_lookalikes(s).lower()`` is too.
    """
    for a, b in LOOKALIKES.items():
        if a in s:
            s = s.replace(a, b)
    return s


#: A word character, or a combining accent (a decomposed "Kupian\u0301sk" stays one word).
_WORD: Final = r"[\w\u0300-\u036f]"
#: Numbers with inner separators ("1,500", "16/09/2024", "10-15"), words with inner
#: apostrophes ("Kup'yansk"), a possessive "'s", a newline, or one other character.
#: Digits end where letters start ("155mm" is "155" and "mm"); letters keep the
#: digits that follow them ("F16", "km2").
_TOKEN: Final = re.compile(
    r"\d+(?:[.,:/-]\d+)*"
    r"|" + _WORD + r"+(?:'(?!s(?!\w))" + _WORD + r"+)*"
    r"|'s(?!\w)"
    r"|\n"
    r"|\S"
)
_WHITESPACE: Final = re.compile(r"\s")
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
#: Text is tokenized in chunks of about this many characters (cut at white space),
#: so that no intermediate list grows with the document.
_CHUNK: Final = 1 << 16
_SENTENCE_END: Final = frozenset(".!?\N{HORIZONTAL ELLIPSIS}")
_INT_LIMIT: Final = 2**31 - 1
_CLAUSE_END: Final = frozenset(";:")


@functools.lru_cache(maxsize=1 << 17)
def _classify(tok: str) -> tuple[int, str, int]:
    """Shape, folded key and tags of one token of the ``cased`` view."""
    key = tok.lower()
    first = tok[0]
    if first.isdigit():
        tags = Tag.DIGITS
        if _YEAR.fullmatch(tok):
            tags |= Tag.YEAR
        return Shape.NUMBER, key, tags
    tags = lexicon().get(key, 0)
    if first.isalpha():
        if len(tok) > 1 and tok.isupper():
            return Shape.UPPER, key, tags
        return (Shape.CAPITALISED if first.isupper() else Shape.WORD), key, tags
    if first == "\n":
        return Shape.NEWLINE, key, 0
    if first == "-":
        return Shape.DASH, key, 0
    if first == "'":
        return Shape.APOSTROPHE, key, 0
    if first == "%":
        return Shape.PUNCTUATION, key, Tag.PERCENT_SIGN
    if first in _SENTENCE_END:
        return Shape.SENTENCE_END, key, 0
    return Shape.PUNCTUATION, key, tags


def _readonly(a: array[int]) -> memoryview:
    return memoryview(a).toreadonly()


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Tokens:
    """The read-only token layer of one text.

    Parallel sequences indexed by token number: ``start``/``end`` (offsets into
    ``text``), ``shape`` (one `Shape` byte each), ``key`` (the folded token
    text) and ``tags`` (`Tag` bits). Sentences, paragraphs (lines) and clauses
    are runs of tokens given by the token number each one starts at.
    """

    text: str
    cased: str
    start: memoryview
    end: memoryview
    shape: bytes
    key: tuple[str, ...]
    tags: memoryview
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    clause_starts: tuple[int, ...]
    anchor_index: Mapping[int, Sequence[int]]

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.key)

    @property
    def folded(self) -> str:
        """The ``cased`` view in lower case (as long as the text; built when asked for)."""
        return self.cased.lower()

    def __repr__(self) -> str:
        """A short description (never the whole text)."""
        return f"Tokens({len(self)} tokens, {len(self.sentence_starts)} sentences)"

    def anchors(self, tags: int) -> Sequence[int]:
        """The numbers of the tokens that carry any of ``tags``, in text order.

        Only `Tag.ANCHORS` are indexed; other bits are ignored.
        """
        index = self.anchor_index
        if tags in index:
            return index[tags]
        bits = [index[b] for b in index if b & tags]
        if len(bits) == 1:
            return bits[0]
        return sorted(set().union(*bits))

    def index_at(self, pos: int) -> int:
        """The number of the first token that ends after character ``pos``."""
        return bisect.bisect_right(self.end, pos)

    def surface(self, i: int, j: int | None = None) -> str:
        """The exact text of tokens ``i`` to ``j`` (inclusive; ``j`` defaults to ``i``)."""
        return self.text[self.start[i] : self.end[i if j is None else j]]

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return i > 0 and self.start[i] == self.end[i - 1]

    def sentence_of(self, i: int) -> int:
        """The number of the sentence token ``i`` is in."""
        return bisect.bisect_right(self.sentence_starts, i) - 1

    def sentence_span(self, i: int) -> tuple[int, int]:
        """The first and last token of the sentence of token ``i``."""
        s = self.sentence_of(i)
        first = self.sentence_starts[s] if s >= 0 else 0
        nxt = s + 1
        last = self.sentence_starts[nxt] - 1 if nxt < len(self.sentence_starts) else len(self) - 1
        return first, last

    def paragraph_of(self, i: int) -> int:
        """The number of the paragraph (line) token ``i`` is in."""
        return bisect.bisect_right(self.paragraph_starts, i) - 1

    def clause_start(self, i: int) -> int:
        """The first token of the clause of token ``i`` (clauses end at . ; : ! ? and lines)."""
        c = bisect.bisect_right(self.clause_starts, i) - 1
        return self.clause_starts[c] if c >= 0 else 0

    def positions(self, key: str) -> Iterator[int]:
        """The numbers of the tokens whose folded key is ``key``, in order."""
        keys = self.key
        i = -1
        while True:
            try:
                i = keys.index(key, i + 1)
            except ValueError:
                return
            yield i

    def iter_sentences(self) -> Iterator[tuple[int, int]]:
        """The first and last token of each sentence, in order."""
        starts = self.sentence_starts
        for k, first in enumerate(starts):
            last = starts[k + 1] - 1 if k + 1 < len(starts) else len(self) - 1
            yield first, last


def _chunks(cased: str) -> Iterator[tuple[int, int]]:
    """Spans of about `_CHUNK` characters, each cut at white space."""
    pos, n = 0, len(cased)
    while pos < n:
        cut = n
        if pos + _CHUNK < n:
            ws = _WHITESPACE.search(cased, pos + _CHUNK)
            cut = n if ws is None else ws.start()
        yield pos, cut
        pos = cut


def _boundaries(
    shape: bytes, key: tuple[str, ...], tags: memoryview
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Sentence, paragraph (line) and clause starts, as token numbers."""
    n = len(key)
    sentences, paragraphs, clauses = [0], [0], [0]
    for i in _punctuation(shape):
        nxt = i + 1
        if nxt >= n:
            break
        s = shape[i]
        if s == Shape.NEWLINE:
            if shape[nxt] != Shape.NEWLINE:
                paragraphs.append(nxt)
                sentences.append(nxt)
                clauses.append(nxt)
        elif s == Shape.SENTENCE_END:
            if (
                key[i] == "."
                and i > 0
                and (
                    tags[i - 1] & Tag.ABBREV
                    or (len(key[i - 1]) == 1 and shape[i - 1] == Shape.CAPITALISED)
                )
            ):
                continue
            if shape[nxt] in _SENTENCE_FOLLOWERS and sentences[-1] != nxt:
                sentences.append(nxt)
                clauses.append(nxt)
        elif key[i] in _CLAUSE_END and clauses[-1] != nxt:
            clauses.append(nxt)
    return tuple(sentences), tuple(paragraphs), tuple(clauses)


#: What may start a sentence after a full stop (a newline starts one by itself).
_SENTENCE_FOLLOWERS: Final = frozenset(
    {Shape.CAPITALISED, Shape.UPPER, Shape.NUMBER, Shape.PUNCTUATION}
)
_PUNCT_SHAPES: Final = (Shape.NEWLINE, Shape.SENTENCE_END, Shape.PUNCTUATION)


def _punctuation(shape: bytes) -> Iterator[int]:
    """Token numbers of newlines and punctuation, in order (found with C-level scans)."""
    positions: list[int] = []
    for s in _PUNCT_SHAPES:
        i = shape.find(s)
        while i != -1:
            positions.append(i)
            i = shape.find(s, i + 1)
    positions.sort()
    return iter(positions)


def _anchor_index(tags: memoryview, typecode: str) -> Mapping[int, Sequence[int]]:
    """Token numbers per anchor tag, as compact read-only arrays."""
    index: dict[int, array[int]] = {}
    mask = Tag.ANCHORS
    for i in compress(range(len(tags)), map(and_, tags, repeat(mask))):
        hit = tags[i] & mask
        while hit:
            bit = hit & -hit
            found = index.get(bit)
            if found is None:
                found = index[bit] = array(typecode)
            found.append(i)
            hit ^= bit
    return MappingProxyType({bit: _readonly(found) for bit, found in index.items()})


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens once: offsets, shapes, folded keys, tags, boundaries.

    Runs in time linear in the text; no intermediate list grows beyond a chunk.
    """
    cased = fold_lookalikes(text)
    # Four bytes an offset unless the text is longer than that can count.
    typecode = "i" if len(text) < _INT_LIMIT else "q"
    starts: array[int] = array(typecode)
    ends: array[int] = array(typecode)
    shapes = bytearray()
    keys: list[str] = []
    tags: array[int] = array("I")  # four bytes: the tags fit in 24 bits
    for lo, hi in _chunks(cased):
        found = list(_TOKEN.finditer(cased, lo, hi))
        if not found:
            continue
        starts.extend(map(re.Match.start, found))
        ends.extend(map(re.Match.end, found))
        chunk_shapes, chunk_keys, chunk_tags = zip(
            *map(_classify, map(re.Match.group, found)), strict=True
        )
        shapes.extend(chunk_shapes)
        keys.extend(chunk_keys)
        tags.extend(chunk_tags)
    shape = bytes(shapes)
    key = tuple(keys)
    tag_view = _readonly(tags)
    sentences, paragraphs, clauses = _boundaries(shape, key, tag_view)
    return Tokens(
        text=text,
        cased=cased,
        start=_readonly(starts),
        end=_readonly(ends),
        shape=shape,
        key=key,
        tags=tag_view,
        sentence_starts=sentences,
        paragraph_starts=paragraphs,
        clause_starts=clauses,
        anchor_index=_anchor_index(tag_view, typecode),
    )
