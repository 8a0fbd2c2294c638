# SPDX-License-Identifier: MIT
"""Notebook display: highlighted text, hover values, escaping."""

import html as html_module
import re

import pytest

import conflictnorm as cn
from conflictnorm import _html
from conflictnorm.models import Count, DateValue, Document, Mention, Place

_HOSTILE = '<script>alert("x")</script> & 5 "tanks" <b>'


def _doc() -> Document:
    start = _HOSTILE.index('5 "tanks"')
    m = Mention(
        text='5 "tanks"', start=start, end=start + 9, value=Count(value=5.0, noun='"tanks" <b>')
    )
    return Document(text=_HOSTILE, published="2025-11-12", mentions=(m,))


def test_text_is_escaped() -> None:
    """Markup in the text is shown, never run: no raw <script> or <b> survives."""
    html = _doc()._repr_html_()
    assert (False, False) == ("<script>" in html, "<b>" in html)


def test_escaped_text_reads_back() -> None:
    """The escaped text, with the tags stripped, is the document's text."""
    html = _doc()._repr_html_()
    body = re.search(r'overflow:auto;[^"]*">(.*?)</div>', html, re.DOTALL)
    assert body is not None
    assert _HOSTILE == html_module.unescape(re.sub(r"<[^>]+>", "", body[1]))


def test_quotes_cannot_break_attributes() -> None:
    """A quote in a value cannot close the title attribute."""
    html = _doc()._repr_html_()
    titles = re.findall(r'title="([^"]*)"', html)
    assert ["5 &quot;tanks&quot; &lt;b&gt;"] == titles


def test_mentions_are_marked_by_kind() -> None:
    """Each mention is one <mark> with its kind and its value on hover."""
    doc = cn.normalize("55 drones hit Kupyansk on Monday.", published="2025-11-12")
    marks = re.findall(r'<mark data-kind="(\w+)" title="([^"]*)"', doc._repr_html_())
    assert [
        ("count", "55 drones"),
        ("place", "Kupiansk (city, Kharkiv Oblast, UA), variant match, score 0.95"),
        ("date", "2025-11-10"),
    ] == marks


def test_legend_counts_every_kind() -> None:
    """The legend names all five kinds with their counts, found or not."""
    html = cn.normalize("55 drones hit Kupyansk.")._repr_html_()
    legend = re.findall(r">(place|date|quantity|percent|count) (\d+)</span>", html)
    expected = [("place", "1"), ("date", "0"), ("quantity", "0"), ("percent", "0"), ("count", "1")]
    assert expected == legend


def test_table_has_a_row_per_mention() -> None:
    """The table under the text has a header and one row per mention."""
    html = cn.normalize("55 drones hit Kupyansk.")._repr_html_()
    assert 3 == html.count("<tr>")


def test_long_document_is_cut_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond the limits the text and table stop and say how much is left."""
    monkeypatch.setattr(_html, "MAX_TEXT", 10)
    monkeypatch.setattr(_html, "MAX_ROWS", 1)
    doc = cn.normalize("55 drones and 40 missiles hit the city of Kharkiv.")
    html = doc._repr_html_()
    assert ("40 more characters" in html, "2 more mentions" in html) == (True, True)


def test_mention_html() -> None:
    """A mention shows its text highlighted and its kind and value beside it."""
    m = Mention(text="Kyiv", start=0, end=4, value=Place(name="Kyiv", feature="city"))
    assert m._repr_html_().endswith("<small>place: Kyiv (city)</small></span>")


def test_summaries() -> None:
    """The hover text says the canonical value of each kind."""
    doc = cn.normalize(
        "Up to 10-15 km north, 3 to 5 percent, several hundred troops, for days, recently.",
        published="2025-11-12",
    )
    assert [
        "up to 10 to 15 km (length), to the N",
        "3 to 5 percent",
        "300 to 900 troops",
        "duration PXD",
        "PAST_REF",
    ] == [_html.summary(m) for m in doc]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Count(value=None, low=30.0), "30 or more"),
        (Count(value=None, high=30.0), "up to 30"),
        (Count(value=None), "unknown amount"),
        (Count(value=1.5e20), "1.5e+20"),
        (DateValue(type="date", value=None, note="no dateline"), "no value: no dateline"),
        (DateValue(type="date", value="2025-11", granularity="month",
                   range=("2025-11-01", "2025-11-30")), "2025-11 (2025-11-01 to 2025-11-30)"),
    ],
)  # fmt: skip
def test_summary_of_unusual_values(value: cn.models.Value, expected: str) -> None:
    """Bounds alone, no amount, huge numbers, null dates and periods read plainly."""
    assert expected == _html.summary(Mention(text="x", start=0, end=1, value=value))
