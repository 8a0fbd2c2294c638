# SPDX-License-Identifier: MIT
"""Hostile input: long adversarial strings finish in linear time."""

import time

import pytest

import conflictnorm as cn

ADVERSARIAL = {
    "digits": "9",
    "digit-commas": "1,",
    "spaced digits": "9 ",
    "apostrophes": "'",
    "capitalised words": "Kupyansk ",
    "qualifiers": "more than ",
    "hyphens": "-",
    "hyphenated name": "Kupyansk-",
    "number words": "twenty-one ",
    "dots": "1.",
}


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    cn.normalize(text, published="2025-11-12")
    return time.perf_counter() - t0


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_input_is_linear(unit: str) -> None:
    """100 KB of a repeated fragment costs at most 20 times 10 KB of it."""
    small = unit * (10_000 // len(unit))
    large = unit * (100_000 // len(unit))
    _seconds(small)  # warm-up: lazily built tables
    ratio = _seconds(large) / max(_seconds(small), 1e-3)
    assert ratio < 20, f"{ratio:.1f}x for 10x the input"


def test_one_megabyte_finishes() -> None:
    """A 1 MB article of ordinary sentences is normalized."""
    sentence = "Russia fired more than 400 drones, about 90% of them downed. "
    text = sentence * (1_000_000 // len(sentence))
    doc = cn.normalize(text)
    assert len(doc.mentions) == 3 * text.count(sentence)
