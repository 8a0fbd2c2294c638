# SPDX-License-Identifier: MIT
"""Mentions as flat table rows with a fixed list of typed columns.

One row per mention and the same columns, in the same order and with the same
dtypes, whatever kinds a document holds (an empty document gives them too).
No column mixes types: a date's TIMEX3 value is ``date_value`` (a string),
apart from ``value`` (a float, for quantities, percents and counts); a date's
``range`` is ``range_start`` and ``range_end``; a measurement's ``original``
is ``original_value`` and ``original_unit``.

`row` needs nothing but the standard library (the CLI's CSV output uses it);
the DataFrame functions import pandas when called.

>>> import conflictnorm as cn
>>> r = row(cn.normalize("since 12 May 2025").mentions[0])
>>> r["kind"], r["date_value"], r["range_start"], r["value"]
('date', '2025-05-12', '2025-05-12', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from conflictnorm.errors import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

    from conflictnorm.models import Document, Mention

__all__ = [
    "COLUMNS",
    "DOCUMENT_COLUMNS",
    "MENTION_COLUMNS",
    "dataframe_dtypes",
    "mentions_frame",
    "row",
    "to_dataframe",
]

#: The columns of one mention, in order, with their pandas dtypes.
MENTION_COLUMNS: Final = (
    ("kind", "string"),
    ("text", "string"),
    ("start", "Int64"),
    ("end", "Int64"),
    ("mod", "string"),
    # place
    ("name", "string"),
    ("feature", "string"),
    ("country", "string"),
    ("admin1", "string"),
    ("id", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("native", "string"),
    ("match", "string"),
    ("score", "float64"),
    # date
    ("type", "string"),
    ("date_value", "string"),
    ("granularity", "string"),
    ("range_start", "string"),
    ("range_end", "string"),
    ("anchored", "boolean"),
    # quantity, percent, count
    ("value", "float64"),
    ("low", "float64"),
    ("high", "float64"),
    ("unit", "string"),
    ("dimension", "string"),
    ("original_value", "float64"),
    ("original_unit", "string"),
    ("direction", "string"),
    ("noun", "string"),
    # date and quantity
    ("note", "string"),
)
#: The columns `to_dataframe` puts before the mention's: which document a row is from.
DOCUMENT_COLUMNS: Final = (("doc", "Int64"), ("doc_id", "string"), ("published", "string"))
#: Every column of `to_dataframe`, in order.
COLUMNS: Final = DOCUMENT_COLUMNS + MENTION_COLUMNS

_NAMES: Final = tuple(name for name, _ in MENTION_COLUMNS)
_INSTALL: Final = (
    "conflictnorm's tables need pandas and pyarrow: pip install 'conflictnorm[pandas]'"
)


def row(m: Mention) -> dict[str, Any]:
    """Return a mention as one flat row: every name of `MENTION_COLUMNS`, in order.

    Fields a kind does not have are None.
    """
    out: dict[str, Any] = dict.fromkeys(_NAMES)
    for key, x in m.to_dict().items():
        if key == "range":
            if x is not None:
                out["range_start"], out["range_end"] = x
        elif key == "original":
            if x is not None:
                out["original_value"], out["original_unit"] = x["value"], x["unit"]
        elif key == "value" and m.kind == "date":
            out["date_value"] = x
        else:
            out[key] = x
    return out


def dataframe_dtypes() -> dict[str, str]:
    """The pandas dtype of every column of `to_dataframe`, e.g. for ``pd.read_csv``.

    >>> dataframe_dtypes()["value"], dataframe_dtypes()["start"]
    ('float64', 'Int64')
    """
    return dict(COLUMNS)


def _pandas() -> Any:  # noqa: ANN401 - the pandas module
    try:
        import pandas as pd  # noqa: PLC0415 - an optional dependency
    except ImportError as err:
        raise ImportError(_INSTALL) from err
    return pd


def _frame(columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]) -> pd.DataFrame:
    pandas = _pandas()
    frame: pd.DataFrame = pandas.DataFrame(
        {
            name: pandas.Series([r[name] for r in rows], dtype=dtype, name=name)
            for name, dtype in columns
        },
        columns=[name for name, _ in columns],
    )
    return frame


def mentions_frame(mentions: Iterable[Mention]) -> pd.DataFrame:
    """One row per mention, with the columns of `MENTION_COLUMNS`.

    Raises:
        ImportError: pandas is not installed.
    """
    _pandas()
    return _frame(MENTION_COLUMNS, [row(m) for m in mentions])


def _documents(docs: object) -> Iterable[tuple[str | None, Document]]:
    from conflictnorm.models import Document  # noqa: PLC0415 - models imports this module

    if isinstance(docs, Document):
        return [(None, docs)]
    if isinstance(docs, Mapping):
        return [(str(k), d) for k, d in docs.items()]
    if isinstance(docs, str | bytes) or not isinstance(docs, Iterable):
        msg = f"docs must be Documents, (id, Document) pairs or a mapping, not {docs!r:.60}"
        raise InvalidInputError(msg, value=docs)
    return ((None, d) if isinstance(d, Document) else _pair(d) for d in docs)


def _pair(item: object) -> tuple[str | None, Document]:
    from conflictnorm.models import Document  # noqa: PLC0415 - models imports this module

    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):  # noqa: PLR2004
        return (None if item[0] is None else str(item[0])), item[1]
    msg = f"expected a Document or an (id, Document) pair, not {type(item).__name__}"
    raise InvalidInputError(msg, value=item)


def to_dataframe(docs: object) -> pd.DataFrame:
    """One row per mention of many documents, with typed columns (`COLUMNS`).

    Args:
        docs: Documents (``doc_id`` is null), ``(id, Document)`` pairs, or a
            mapping from id to Document (``doc_id`` is the id as a string).

    Returns:
        A DataFrame whose ``doc`` column is the position of the document in
        ``docs`` (0, 1, ...), ``doc_id`` its id and ``published`` its dateline,
        followed by the columns of `MENTION_COLUMNS`.

    >>> import conflictnorm as cn
    >>> docs = {"a": cn.normalize("40 drones, 85% shot down"), "b": cn.normalize("Kyiv")}
    >>> cn.to_dataframe(docs)[["doc", "doc_id", "kind", "text", "value"]]
       doc doc_id     kind       text  value
    0    0      a    count  40 drones   40.0
    1    0      a  percent        85%   85.0
    2    1      b    place       Kyiv    NaN

    Raises:
        ImportError: pandas is not installed.
        InvalidInputError: ``docs`` or one of its items is not a Document, a
            pair or a mapping of them.
    """
    _pandas()
    rows: list[dict[str, Any]] = []
    for position, (doc_id, doc) in enumerate(_documents(docs)):
        head = {"doc": position, "doc_id": doc_id, "published": doc.published}
        rows.extend({**head, **row(m)} for m in doc.mentions)
    return _frame(COLUMNS, rows)
