# SPDX-License-Identifier: MIT
"""Tables: one typed row per mention, fixed columns, Parquet and CSV round trips."""

import io
import math
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given

import conflictnorm as cn
from conflictnorm import _table
from conflictnorm.models import Document, Mention
from conflictnorm.strategies import documents, mentions

TEXT = (
    "KYIV, Nov 12 - About 40 drones hit Kupyansk on Monday, 10-15 km (6-9 miles) "
    "north of the front; 85% were shot down, up 4.5 percentage points."
)


def _doc() -> Document:
    return cn.normalize(TEXT, published="2025-11-12")


def test_columns_are_fixed() -> None:
    """The frame has the columns of MENTION_COLUMNS, in order, with their dtypes."""
    df = _doc().to_dataframe()
    assert [(n, d) for n, d in _table.MENTION_COLUMNS] == [
        (c, str(t)) for c, t in df.dtypes.items()
    ]


def test_empty_document_has_the_same_columns() -> None:
    """A document without mentions gives an empty frame with the same columns and dtypes."""
    full, empty = _doc().to_dataframe(), cn.normalize("").to_dataframe()
    assert (list(full.dtypes.items()), 0) == (list(empty.dtypes.items()), len(empty))


def test_one_row_per_mention() -> None:
    """Rows follow the mentions in text order."""
    doc = _doc()
    assert [m.text for m in doc] == list(doc.to_dataframe()["text"])


def _rows() -> dict[str, dict[Hashable, Any]]:
    return {str(r["text"]): r for r in _doc().to_dataframe().to_dict("records")}


def test_date_value_and_amount_value_stay_apart() -> None:
    """A date's value goes to date_value; value holds only amounts."""
    rows = _rows()
    assert ("2025-11-10", True, 40.0) == (
        rows["Monday"]["date_value"],
        math.isnan(rows["Monday"]["value"]),
        rows["About 40 drones"]["value"],
    )


def test_range_and_original_are_flattened() -> None:
    """A range becomes range_start/range_end; original becomes original_value/original_unit."""
    monday, distance = _rows()["Monday"], _rows()["10-15 km (6-9 miles)"]
    assert ("2025-11-10", "2025-11-10", 10.0, 15.0, True, "kilometer") == (
        monday["range_start"],
        monday["range_end"],
        distance["low"],
        distance["high"],
        math.isnan(distance["original_value"]),
        distance["original_unit"],
    )


@given(mentions())
def test_row_holds_every_field(m: Mention) -> None:
    """Every field of a record lands in a column: none is dropped by the flattening."""
    row = _table.row(m)
    d = m.to_dict()
    flat = {k: v for k, v in d.items() if k not in {"range", "original"}}
    if m.kind == "date":
        flat["date_value"] = flat.pop("value")
    assert flat == {k: row[k] for k in flat}
    assert list(row) == [name for name, _ in _table.MENTION_COLUMNS]


def test_parquet_round_trip(tmp_path: Path) -> None:
    """A frame written to Parquet reads back equal, dtypes included."""
    df = cn.to_dataframe([_doc(), cn.normalize("Kyiv"), cn.normalize("")])
    df.to_parquet(tmp_path / "m.parquet")
    pd.testing.assert_frame_equal(df, pd.read_parquet(tmp_path / "m.parquet"))


def test_csv_round_trip(tmp_path: Path) -> None:
    """A frame written to CSV reads back equal with dataframe_dtypes()."""
    df = cn.to_dataframe({"a": _doc(), "b": cn.normalize('"NA", None and nan: 5 tanks')})
    df.to_csv(tmp_path / "m.csv", index=False)
    back = pd.read_csv(
        tmp_path / "m.csv", dtype=cn.dataframe_dtypes(), keep_default_na=False, na_values=[""]
    )
    pd.testing.assert_frame_equal(df, back)


@given(documents())
def test_any_document_writes_parquet(doc: Document) -> None:
    """Every valid document's frame goes through Arrow and back unchanged."""
    df = doc.to_dataframe()
    buffer = io.BytesIO()
    df.to_parquet(buffer)
    pd.testing.assert_frame_equal(df, pd.read_parquet(buffer))


def test_documents_by_position() -> None:
    """A list of documents gives doc positions and null ids."""
    df = cn.to_dataframe([cn.normalize("Kyiv"), cn.normalize("Lviv and Odesa")])
    assert ([0, 1, 1], [True, True, True]) == (list(df["doc"]), list(df["doc_id"].isna()))


def test_documents_by_id() -> None:
    """(id, Document) pairs and mappings give the id as a string."""
    pairs = cn.to_dataframe([(17, cn.normalize("Kyiv")), ("x", cn.normalize("Lviv"))])
    mapping = cn.to_dataframe({17: cn.normalize("Kyiv"), "x": cn.normalize("Lviv")})
    assert (["17", "x"], ["17", "x"]) == (list(pairs["doc_id"]), list(mapping["doc_id"]))


def test_single_document_to_dataframe() -> None:
    """cn.to_dataframe(doc) is doc.to_dataframe() with the document columns in front."""
    doc = _doc()
    df = cn.to_dataframe(doc)
    pd.testing.assert_frame_equal(
        doc.to_dataframe(), df.drop(columns=["doc", "doc_id", "published"])
    )


def test_published_column() -> None:
    """The published column carries each document's dateline."""
    df = cn.to_dataframe([cn.normalize("Kyiv", published="2025-11-12"), cn.normalize("Lviv")])
    assert ["2025-11-12", True] == [df["published"][0], pd.isna(df["published"][1])]


@pytest.mark.parametrize("bad", ["Kyiv", 5, [cn.normalize("Kyiv"), "Lviv"], [(1, 2, 3)]])
def test_to_dataframe_rejects_other_input(bad: object) -> None:
    """Input that is not documents raises InvalidInputError."""
    with pytest.raises(cn.InvalidInputError):
        cn.to_dataframe(bad)


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_dataframe raises ImportError naming the extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'conflictnorm\[pandas\]'"):
        cn.normalize("Kyiv").to_dataframe()


def test_row_needs_no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flat rows (used by the CLI's CSV output) work without pandas."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert "Kupiansk" == _table.row(cn.normalize("Kupyansk").mentions[0])["name"]
