# SPDX-License-Identifier: MIT
"""docs/example-article.ipynb runs as it is and shows what it promises."""

import json
from pathlib import Path
from typing import Any, cast

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

import conflictnorm as cn

DOCS = Path(__file__).parents[1] / "docs"
DOC = cn.normalize(
    (DOCS / "examples" / "2025-11-13-kupiansk.txt").read_text(encoding="utf-8"),
    published="2025-11-13",
)


@pytest.fixture(scope="module")
def cells() -> list[Any]:
    """The code cells of the notebook after one run, in the docs/ folder."""
    nb = nbformat.read(DOCS / "example-article.ipynb", as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
    ).execute()
    return [c for c in nb.cells if c.cell_type == "code"]


def _data(cell: Any, mime: str) -> str:
    """The output of ``cell`` in the MIME type ``mime``."""
    found = [o["data"][mime] for o in cell.outputs if mime in o.get("data", {})]
    assert 1 == len(found)
    return str(found[0])


def _html(frame: pd.DataFrame) -> str:
    """What Jupyter shows for ``frame`` (pandas-stubs does not declare the method)."""
    return str(cast("Any", frame)._repr_html_())


def test_outputs_are_cleared_in_git() -> None:
    """The notebook is kept without outputs: the test run makes them."""
    nb = nbformat.read(DOCS / "example-article.ipynb", as_version=4)  # type: ignore[no-untyped-call]
    assert [] == [c.outputs for c in nb.cells if c.cell_type == "code" and c.outputs]


def test_highlighted_text(cells: list[Any]) -> None:
    """The document shows as its highlighted HTML view."""
    assert DOC._repr_html_() == _data(cells[0], "text/html")


def test_table(cells: list[Any]) -> None:
    """The table is to_dataframe's, with the chosen columns."""
    columns = ["kind", "text", "mod", "name", "date_value", "value", "unit", "noun"]
    assert _html(DOC.to_dataframe()[columns]) == _data(cells[1], "text/html")


def test_geojson(cells: list[Any]) -> None:
    """The GeoJSON cell prints the counts and the first feature of __geo_interface__."""
    geo = DOC.__geo_interface__
    printed = "".join(o["text"] for o in cells[2].outputs if o["output_type"] == "stream")
    counts, feature = printed.split("\n", 1)
    n, without = len(geo["features"]), geo["without_coordinates"]
    assert f"{n} places with coordinates, {without} without" == counts
    assert geo["features"][0] == json.loads(feature)


@pytest.mark.parametrize("cell", [3, 4], ids=["map", "histogram"])
def test_plots(cells: list[Any], cell: int) -> None:
    """The map and the date histogram are drawn as images."""
    assert _data(cells[cell], "image/png")


def test_dates_table(cells: list[Any]) -> None:
    """The histogram counts the date mentions that have a range."""
    frame = DOC.to_dataframe()
    dates = frame[(frame["kind"] == "date") & frame["range_start"].notna()]
    shown = dates[["text", "date_value", "granularity", "range_start", "range_end"]]
    assert _html(shown) == _data(cells[5], "text/html")
    assert pd.to_datetime(dates["range_start"]).notna().all()
