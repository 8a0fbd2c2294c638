# SPDX-License-Identifier: MIT
"""normalize(): input checks, overlap resolution, offsets on any text."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm._core import Candidate
from conflictnorm.document import resolve_overlaps
from conflictnorm.models import Count, Percent
from conflictnorm.strategies import counts, percents


def _check(text: str, doc: cn.Document) -> None:
    assert text == doc.text
    doc.check()


@pytest.mark.parametrize("bad", [None, b"text", 3, ["a"]])
def test_text_must_be_str(bad: object) -> None:
    """Non-str text raises InvalidInputError naming the type."""
    with pytest.raises(cn.InvalidInputError, match=type(bad).__name__):
        cn.normalize(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-45", 20251112, "12/11/2025"])
def test_bad_published(bad: object) -> None:
    """A published value that is not a date raises InvalidInputError naming it."""
    with pytest.raises(cn.InvalidInputError, match="published"):
        cn.normalize("text", published=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "iso"),
    [
        ("2025-11-12", "2025-11-12"),
        ("2025-11-12T08:30:00", "2025-11-12T08:30:00"),
        (dt.date(2025, 11, 12), "2025-11-12"),
        (dt.datetime(2025, 11, 12, 8, 30), "2025-11-12T08:30:00"),
        (None, None),
    ],
)
def test_published_forms(published: str | dt.date | None, iso: str | None) -> None:
    """ISO strings, dates and datetimes are accepted and kept as ISO text."""
    assert iso == cn.normalize("x", published=published).published


def test_empty_text() -> None:
    """Empty text gives an empty document."""
    assert () == cn.normalize("").mentions


def test_options_select_kinds() -> None:
    """Options(kinds=...) restricts the kinds found."""
    text = "55 drones, 90% of them"
    only = cn.normalize(text, options=cn.Options(kinds={"percent"}))
    assert ["percent"] == [m.kind for m in only.mentions]


@pytest.mark.parametrize(
    "kwargs",
    [{"kinds": {"planets"}}, {"numeric_dates": "ymd"}, {"fuzzy_places": "yes"}],
)
def test_bad_options(kwargs: dict[str, object]) -> None:
    """Unknown option values raise InvalidInputError."""
    with pytest.raises(cn.InvalidInputError):
        cn.Options(**kwargs)  # type: ignore[arg-type]


def test_options_must_be_options() -> None:
    """A dict is not an Options."""
    with pytest.raises(cn.InvalidInputError, match="Options"):
        cn.normalize("x", options={"kinds": "count"})  # type: ignore[arg-type]


def test_overlaps_longest_then_priority() -> None:
    """The longest candidate wins; among equal spans the kind priority decides."""
    count = Count(value=1.0)
    pct = Percent(value=1.0)
    kept = resolve_overlaps(
        [
            Candidate(start=0, end=5, value=count),
            Candidate(start=3, end=10, value=count),
            Candidate(start=3, end=10, value=pct),
            Candidate(start=10, end=12, value=count),
        ]
    )
    assert [(3, 10, "percent"), (10, 12, "count")] == [(c.start, c.end, c.value.kind) for c in kept]


@given(st.text())
def test_any_text_gives_exact_sorted_mentions(text: str) -> None:
    """On arbitrary text, mentions are exact, sorted and non-overlapping."""
    _check(text, cn.normalize(text, published="2025-11-12"))


@given(
    st.lists(st.one_of(st.text(max_size=15), percents().map(cn.render), counts().map(cn.render)))
)
def test_planted_values_keep_offsets(parts: list[str]) -> None:
    """Text built from rendered values and noise keeps every offset exact."""
    text = " ".join(parts)
    _check(text, cn.normalize(text))


def test_long_text_is_read_in_parts_with_the_same_records() -> None:
    """A text longer than one part gives the records of its lines read one by one."""
    from conflictnorm import document  # noqa: PLC0415 - the module's part size

    line = "KYIV - Russia fired 93 drones at Kharkiv on Monday; about 85% were downed, 5 km away.\n"
    text = line * (2 * document.PART // len(line) + 3)
    parts = list(document._parts(text))  # noqa: SLF001
    assert len(parts) >= 3
    assert all(text[hi - 1] == "\n" for _, hi in parts[:-1])
    one = cn.normalize(line, published="2025-11-12").mentions
    doc = cn.normalize(text, published="2025-11-12")
    assert len(one) * text.count(line) == len(doc.mentions)
    assert [m.value for m in one] * text.count(line) == [m.value for m in doc.mentions]
