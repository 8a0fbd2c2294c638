# SPDX-License-Identifier: MIT
"""Hostile input: long texts, threads, shuffled grammar fragments, any Unicode.

Speed on adversarial inputs is measured by ``nox -s bench``, never asserted here.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn


def test_one_megabyte_finishes() -> None:
    """A 1 MB article of ordinary sentences is normalized."""
    sentence = "Gunners met over 150 drones near Sumy; some 70% of them fell. "
    text = sentence * (1_000_000 // len(sentence))
    doc = cn.normalize(text)
    assert len(doc.mentions) == 3 * text.count(sentence)


def test_threads_give_single_thread_results() -> None:
    """Eight threads normalizing the same articles get exactly the one-thread records."""
    corpus = sorted((Path(__file__).parents[1] / "benchmarks" / "corpus").glob("*.txt"))[:16]
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    expected = [cn.normalize(t, published="2025-01-01") for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: cn.normalize(t, published="2025-01-01"), texts * 2))
    assert expected * 2 == got


def test_normalize_many_matches_normalize() -> None:
    """normalize_many with two processes gives the records of normalize, in input order."""
    texts = ["55 drones hit Kharkiv on Monday.", "About 10 km (6 miles) away.", "", "19%"]
    expected = [cn.normalize(t, "2025-11-12") for t in texts]
    assert expected == list(cn.normalize_many(texts, "2025-11-12"))
    assert expected == list(cn.normalize_many(texts, "2025-11-12", processes=2, chunksize=1))


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_normalize_many_rejects_bad_processes(bad: object) -> None:
    """Processes must be a positive int."""
    with pytest.raises(cn.InvalidInputError):
        list(cn.normalize_many(["x"], processes=bad))  # type: ignore[arg-type]


FRAGMENTS = [
    "Kupyansk", "Kharkiv's", "more than", "1,500", "km", "(31 miles)", "percent", "%",
    "on Monday", "Nov. 10", "three years ago", "several hundred", "soldiers", "the",
    "Donetsk region", "-", ",", "'", "1486th", "S-300", "\N{RIGHT SINGLE QUOTATION MARK}",
    "\N{NO-BREAK SPACE}", "\N{COMBINING ACUTE ACCENT}", "\N{RIGHT-TO-LEFT MARK}", "\x00",
    "Куп'янськ", "שלום", "\N{GRINNING FACE}",
]  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.sampled_from([" ", "", "\n"]))
def test_shuffled_fragments(parts: list[str], sep: str) -> None:
    """Our own grammar fragments shuffled together: exact, sorted, JSON round trip."""
    text = sep.join(parts)
    doc = cn.normalize(text, published="2025-11-12")
    doc.check()
    assert doc == cn.Document.from_json(doc.to_json())


@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_unicode(text: str) -> None:
    """Any Unicode text (all planes, marks, RTL, controls) normalizes without error."""
    doc = cn.normalize(text, published="2025-11-12")
    assert doc == cn.Document.from_json(doc.to_json())
