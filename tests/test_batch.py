# SPDX-License-Identifier: MIT
"""normalize_many: datelines per text, eager checks, order, one warm pool."""

import datetime as dt
import itertools
import subprocess
import sys
from collections.abc import Iterator

import pytest

import conflictnorm as cn
from conflictnorm import batch, document

TEXTS = [
    "On Monday 55 drones hit Kharkiv.",
    "Last week about 10 km (6 miles) of road was mined.",
    "",
    "Yesterday 19% of the shells fell short.",
]
DAYS: list[batch.Published] = [
    "2025-11-12",
    dt.date(2024, 2, 18),
    None,
    dt.datetime(2023, 5, 21, 9, 30),
]


def test_one_dateline_per_text() -> None:
    """Each text is resolved against its own dateline, as normalize would."""
    expected = [cn.normalize(t, d) for t, d in zip(TEXTS, DAYS, strict=True)]
    assert expected == list(cn.normalize_many(TEXTS, DAYS))


def test_one_dateline_per_text_in_two_processes() -> None:
    """Two processes give the serial records, in input order."""
    expected = [cn.normalize(t, d) for t, d in zip(TEXTS, DAYS, strict=True)]
    got = cn.normalize_many(iter(TEXTS * 3), iter(DAYS * 3), processes=2, chunksize=1)
    assert expected * 3 == list(got)


def test_datelines_from_a_generator() -> None:
    """Datelines may come from any iterable, read alongside the texts."""
    days = (d for d in DAYS)
    expected = [cn.normalize(t, d) for t, d in zip(TEXTS, DAYS, strict=True)]
    assert expected == list(cn.normalize_many(TEXTS, days))


def test_length_mismatch_of_lists_raises_on_call() -> None:
    """Four texts and three datelines: both lengths named, before any work."""
    with pytest.raises(cn.InvalidValueError, match="3 datelines for 4 texts"):
        cn.normalize_many(TEXTS, DAYS[:3])


def test_too_few_datelines_from_iterators() -> None:
    """Iterators that end early raise when the short one runs out."""
    docs = cn.normalize_many(iter(TEXTS), iter(DAYS[:2]))
    assert TEXTS[0] == next(docs).text
    assert TEXTS[1] == next(docs).text
    with pytest.raises(cn.InvalidValueError, match="published has 2 datelines but texts has more"):
        next(docs)


def test_too_many_datelines_from_iterators() -> None:
    """More datelines than texts raises once the texts are done."""
    with pytest.raises(cn.InvalidValueError, match="texts has 2 texts but published has more"):
        list(cn.normalize_many(iter(TEXTS[:2]), iter(DAYS)))


@pytest.mark.parametrize("texts", ["ab", b"ab", 5], ids=["str", "bytes", "int"])
def test_texts_must_be_an_iterable_of_str(texts: object) -> None:
    """One str is not a list of texts: raised on call, not one document per letter."""
    with pytest.raises(cn.InvalidInputError, match="texts must be an iterable of str"):
        cn.normalize_many(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "error"),
    [
        ("yesterday", cn.InvalidValueError),
        (5, cn.InvalidInputError),
        (b"2025-01-01", cn.InvalidInputError),
        (["2025-01-01", "2025-02-30"], cn.InvalidValueError),
    ],
    ids=["bad-str", "int", "bytes", "bad-in-list"],
)
def test_bad_published_raises_on_call(published: object, error: type[Exception]) -> None:
    """A bad dateline is an error of the call itself, before anything is iterated."""
    with pytest.raises(error):
        cn.normalize_many(["x", "y"], published)  # type: ignore[arg-type]


def test_bad_dateline_in_an_iterator_raises_when_reached() -> None:
    """A bad dateline from an iterator raises at its text; earlier texts are done."""
    docs = cn.normalize_many(TEXTS[:2], iter(["2025-01-01", "2025-13-01"]))
    assert "2025-01-01" == next(docs).published
    with pytest.raises(cn.InvalidValueError):
        next(docs)


def test_bad_options_raise_on_call() -> None:
    """Options of the wrong type are an error of the call."""
    with pytest.raises(cn.InvalidInputError):
        cn.normalize_many(["x"], options="count")  # type: ignore[arg-type]


def test_a_text_of_the_wrong_type_raises_in_two_processes() -> None:
    """A text that is not a str raises here, from the worker, after the texts before it."""
    docs = cn.normalize_many(["19%", 5], processes=2, chunksize=1)  # type: ignore[list-item]
    assert "19%" == next(docs).text
    with pytest.raises(cn.InvalidInputError):
        next(docs)


def test_input_is_read_as_results_are_taken() -> None:
    """An endless input: only a few chunks are read ahead of the results taken."""
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        while True:
            next(pulled)
            yield "about 90% fell"

    docs = cn.normalize_many(endless(), processes=2, chunksize=2)
    first = list(itertools.islice(docs, 3))
    docs.close()
    assert ["about 90%"] * 3 == [d.mentions[0].text for d in first]
    # Two chunks ahead per worker, plus the one being cut: at most 5 chunks of 2.
    assert next(pulled) <= 10


def test_compatible_imports() -> None:
    """The function is the same wherever it was imported from before the move."""
    assert batch.normalize_many is cn.normalize_many
    assert batch.normalize_many is document.normalize_many


WORKER_TABLES = """
import importlib, pkgutil
import conflictnorm as cn
from conflictnorm import batch

def unbuilt():
    names = set()
    for info in pkgutil.walk_packages(cn.__path__, "conflictnorm."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if isinstance(obj, type) or getattr(obj, "__module__", None) != info.name:
                continue
            cached = hasattr(obj, "cache_info") and obj.cache_info().currsize == 0
            if cached or (callable(getattr(obj, "built", None)) and not obj.built()):
                names.add(f"{info.name}.{name}")
    return names

def built_in_worker():
    before = unbuilt()
    batch.warm()
    return sorted(before - unbuilt())

pool = batch._executor(2)
print(pool.submit(built_in_worker).result())
pool.shutdown()
"""


def test_workers_start_with_the_tables_loaded() -> None:
    """A fresh process loads its tables before forking: no worker builds one of its own."""
    proc = subprocess.run(  # noqa: S603 - runs the fixed script above
        [sys.executable, "-c", WORKER_TABLES], capture_output=True, text=True, check=True
    )
    assert "[]" == proc.stdout.strip()
