# SPDX-License-Identifier: MIT
"""HTML views of documents and mentions for Jupyter (``_repr_html_``).

The text is shown with every mention highlighted in the colour of its kind
and its canonical value on hover, then a compact table. Everything taken from
the text or the records is HTML-escaped. Colours are light tints of the
Okabe-Ito palette, which readers with colour-vision deficiencies can tell apart.

More information: https://ipython.readthedocs.io/en/stable/config/integrating.html
(rich display), https://jfly.uni-koeln.de/color/ (the Okabe-Ito palette).

>>> import conflictnorm as cn
>>> html = cn.normalize("55 drones hit Kupyansk.")._repr_html_()
>>> 'title="Kupiansk (city, Kharkiv Oblast, UA), variant match, score 0.95"' in html
True
"""

from __future__ import annotations

import html
import math
from collections import Counter
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from conflictnorm.models import Document, Mention

__all__ = ["document_html", "mention_html", "summary"]

#: Background tint and border colour of each kind (Okabe-Ito).
COLOURS: Final = {
    "place": ("#cce9f9", "#56b4e9"),
    "date": ("#fbe3b3", "#e69f00"),
    "quantity": ("#b3e2d5", "#009e73"),
    "percent": ("#f0d7e5", "#cc79a7"),
    "count": ("#f6cdb0", "#d55e00"),
}
#: At most this many characters of text are highlighted, and this many table rows shown.
MAX_TEXT: Final = 200_000
MAX_ROWS: Final = 1_000

_MOD_WORDS: Final = {
    "approx": "about",
    "less_than": "less than",
    "more_than": "more than",
    "equal_or_less": "up to",
    "equal_or_more": "at least",
    "start": "early",
    "mid": "mid",
    "end": "late",
}


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _number(x: float) -> str:
    if math.isfinite(x) and float(x).is_integer() and abs(x) < 1e16:  # noqa: PLR2004 - exact
        return f"{int(x):,}"
    return repr(float(x))


def _amount(d: dict[str, Any], unit: str) -> str:
    if d.get("value") is not None:
        text = _number(d["value"])
    elif d.get("low") is not None and d.get("high") is not None:
        text = f"{_number(d['low'])} to {_number(d['high'])}"
    elif d.get("low") is not None:
        text = f"{_number(d['low'])} or more"
    elif d.get("high") is not None:
        text = f"up to {_number(d['high'])}"
    else:
        text = "unknown amount"
    return f"{text} {unit}".rstrip()


def summary(m: Mention) -> str:
    """A one-line plain-text account of a mention's canonical value.

    >>> import conflictnorm as cn
    >>> summary(cn.normalize("about 4 miles").mentions[0])
    'about 6.437376 km (length)'
    """
    d = m.to_dict()
    kind = d["kind"]
    if kind == "place":
        where = ", ".join(str(x) for x in (d["feature"], d["admin1"], d["country"]) if x)
        text = f"{d['name']} ({where})"
        if d["match"] != "exact":
            text += f", {d['match']} match, score {_number(d['score'])}"
        return text
    if kind == "date":
        if d["value"] is None:
            text = f"no value: {d['note'] or 'unresolved'}"
        elif d["type"] == "duration":
            text = f"duration {d['value']}"
        elif d["range"] is not None and d["range"][0] != d["range"][1]:
            text = f"{d['value']} ({d['range'][0]} to {d['range'][1]})"
        else:
            text = str(d["value"])
    elif kind == "quantity":
        text = _amount(d, d["unit"]) + f" ({d['dimension']})"
        if d.get("direction"):
            text += f", to the {d['direction']}"
    elif kind == "percent":
        text = _amount(d, "percentage points" if d["unit"] == "percentage_point" else "percent")
    else:
        text = _amount(d, d.get("noun") or "")
    mod = d["mod"]
    return text if mod is None else f"{_MOD_WORDS.get(mod, mod)} {text}"


def _mark(m: Mention) -> str:
    fill, line = COLOURS.get(m.kind, ("#eeeeee", "#999999"))
    return (
        f'<mark data-kind="{_e(m.kind)}" title="{_e(summary(m))}" '
        f'style="background:{fill};color:#000;border-bottom:2px solid {line};'
        f'padding:0 1px;border-radius:2px">{_e(m.text)}</mark>'
    )


def _legend(doc: Document) -> str:
    counts: Counter[str] = Counter(m.kind for m in doc.mentions)
    items = [
        (
            f'<span style="background:{fill};color:#000;border-bottom:2px solid {line};'
            f'padding:0 4px;margin-right:6px;border-radius:2px">{kind} {counts[kind]}</span>'
        )
        for kind, (fill, line) in COLOURS.items()
    ]
    published = "no dateline" if doc.published is None else f"published {_e(doc.published)}"
    return (
        f'<div style="margin-bottom:6px">{published} &middot; {len(doc.mentions)} mentions '
        f"&middot; {''.join(items)}</div>"
    )


def _highlighted(doc: Document) -> str:
    parts, at = [], 0
    limit = min(len(doc.text), MAX_TEXT)
    for m in doc.mentions:
        if m.start < at or m.end > limit:
            continue
        parts.append(_e(doc.text[at : m.start]))
        parts.append(_mark(m))
        at = m.end
    parts.append(_e(doc.text[at:limit]))
    if limit < len(doc.text):
        parts.append(f"<i>&hellip; ({len(doc.text) - limit:,} more characters)</i>")
    return (
        '<div style="white-space:pre-wrap;line-height:1.7;max-height:32em;overflow:auto;'
        'border:1px solid #ccc;padding:6px">' + "".join(parts) + "</div>"
    )


def _table(doc: Document) -> str:
    cell = 'style="text-align:left;padding:1px 8px"'
    rows = [
        (
            f"<tr><th {cell}>kind</th><th {cell}>text</th><th {cell}>value</th>"
            f"<th {cell}>start</th><th {cell}>end</th></tr>"
        )
    ]
    rows.extend(
        f"<tr><td {cell}>{_e(m.kind)}</td><td {cell}>{_e(m.text)}</td>"
        f"<td {cell}>{_e(summary(m))}</td><td {cell}>{m.start}</td>"
        f"<td {cell}>{m.end}</td></tr>"
        for m in doc.mentions[:MAX_ROWS]
    )
    more = len(doc.mentions) - MAX_ROWS
    if more > 0:
        rows.append(f'<tr><td colspan="5"><i>&hellip; {more:,} more mentions</i></td></tr>')
    return '<table style="margin-top:6px;font-size:90%">' + "".join(rows) + "</table>"


def document_html(doc: Document) -> str:
    """The document as HTML: a legend, the highlighted text, a table of mentions.

    Returns:
        One ``<div>`` with inline styles only (notebook viewers strip ``<style>``).
    """
    return (
        '<div class="conflictnorm-document">'
        + _legend(doc)
        + _highlighted(doc)
        + _table(doc)
        + "</div>"
    )


def mention_html(m: Mention) -> str:
    """One mention as HTML: its text highlighted, its kind and value beside it."""
    return (
        f'<span class="conflictnorm-mention">{_mark(m)} '
        f"<small>{_e(m.kind)}: {_e(summary(m))}</small></span>"
    )
