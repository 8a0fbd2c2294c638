# SPDX-License-Identifier: MIT
"""Hostile input: every adversarial input of the benchmark at 100 KB finishes and stays exact.

No timing ratios here (they depend on the machine and belong in
``benchmarks/run.py``); each input only has to finish within a generous
timeout and give a well-formed document. The inputs are the benchmark's
``ADVERSARIAL`` list, built the same way: keep the two in step.
"""

import itertools
import random
import threading
import unicodedata
from collections.abc import Callable

import pytest

import conflictnorm as cn

SIZE = 100_000  # UTF-8 bytes
TIMEOUT = 60.0  # seconds; the slowest input ("a day") took 8 to 20 s on a busy 2-core machine

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
GREEK = (
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi "
    "Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega "
)
LETTER_RANGES = (
    (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x5D0, 0x5EA),
    (0x620, 0x64A), (0x904, 0x939), (0x4E00, 0x4FFF),
)  # fmt: skip
LETTERS = tuple(
    chr(c)
    for lo, hi in LETTER_RANGES
    for c in range(lo, hi + 1)
    if unicodedata.category(chr(c)).startswith("L")
)


def _cut(text: str, size: int) -> str:
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: _cut(unit * (size // len(unit) + 1), size)


def _words(seed: int, word: Callable[[random.Random], str]) -> Callable[[int], str]:
    def build(size: int) -> str:
        rng = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
        out: list[str] = []
        total = 0
        while total < size:
            w = word(rng) + " "
            out.append(w)
            total += len(w.encode("utf-8"))
        return _cut("".join(out), size)

    return build


def _capitalised(rng: random.Random) -> str:
    return rng.choice("BCDFGHKLMNPRSTVZ") + "".join(
        rng.choice("aeiouklmnrstvz") for _ in range(rng.randint(3, 9))
    )


def _hyphenated(rng: random.Random) -> str:
    return _capitalised(rng) + "-" + _capitalised(rng)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}"


def _unicode_word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 8)))


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "for a day and": _repeat("for a day and "),
    "a day": _repeat("a day "),
    "an hour": _repeat("an hour "),
    "capitalised words": _repeat(GREEK),
    "random capitalised": _words(1, _capitalised),
    "random hyphenated names": _words(2, _hyphenated),
    "repeated place name": _repeat("Kupyansk "),
    "hyphenated place name": _repeat("Kupyansk-"),
    "9 9 9": _repeat("9 "),
    "5%": _repeat("5% "),
    "per cent": _repeat("per cent "),
    "a a a": _repeat("a "),
    "the the": _repeat("the "),
    "- - -": _repeat("- "),
    "one long word": _repeat("x"),
    "digits": _repeat("9"),
    "1,000,000,": _repeat("1,000,000,"),
    "digit-commas": _repeat("1,"),
    "digit-dots": _repeat("1."),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "in January, 80 spaces, 5": _repeat("in January" + " " * 80 + "5 "),
    "month names": _repeat(" ".join(MONTHS) + " "),
    "May 5": _repeat("May 5 "),
    "random dates": _words(3, _date),
    "qualifiers": _repeat("more than "),
    "number words": _repeat("twenty-one "),
    "apostrophes": _repeat("'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}"),
    "dashes": _repeat("-\N{HYPHEN}\N{NON-BREAKING HYPHEN}\N{EN DASH}\N{EM DASH}"),
    "random Unicode letters": _words(4, _unicode_word),
}


def _normalize_within(text: str, seconds: float) -> cn.Document:
    """``cn.normalize(text)`` in a worker thread; fail the test if it outlasts ``seconds``."""
    done: list[cn.Document] = []
    raised: list[BaseException] = []

    def work() -> None:
        try:
            done.append(cn.normalize(text, published="2025-11-12"))
        except BaseException as e:  # noqa: BLE001 - re-raised in the test's thread below
            raised.append(e)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"normalize() did not finish within {seconds:.0f} s")
    if raised:
        raise raised[0]
    return done[0]


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends inside a run of letters or digits."""
    before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    after = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return before or after


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_finishes_exact_and_ordered(name: str) -> None:
    """100 KB of the input normalizes in time; mentions are exact, sorted and disjoint."""
    text = ADVERSARIAL[name](SIZE)
    assert SIZE - 3 <= len(text.encode("utf-8")) <= SIZE
    doc = _normalize_within(text, TIMEOUT)
    assert isinstance(doc, cn.Document)
    mentions = list(doc.mentions)
    # Spans start and end at word boundaries: a mention never cuts a word or number.
    assert [] == [m for m in mentions if _cuts_a_word(text, m.start, m.end)]
    assert [] == [(a, b) for a, b in itertools.pairwise(mentions) if a.end > b.start]
    assert [] == [m for m in mentions if not 0 <= m.start < m.end <= len(text)]
