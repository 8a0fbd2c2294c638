# SPDX-License-Identifier: MIT
"""The scale-out recipes of docs/scale-out.md, run as written."""

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import conflictnorm as cn

PAGE = Path(__file__).parents[1] / "docs" / "scale-out.md"

ARTICLES = [
    {"id": "a1", "text": "On Monday 55 drones were shot down near Kharkiv.",
     "published": "2025-11-12"},
    {"id": "a2", "text": "Shelling hit Kupyansk, about 10 km (6 miles) from the front.",
     "published": "2024-02-18"},
    {"id": "a3", "text": "Last week about 90% of the missiles were intercepted."},
    {"id": "a4", "text": "", "published": "2023-05-21"},
    {"id": "a5", "text": "Several hundred soldiers left Pokrovsk three days ago.",
     "published": "2025-01-01T06:00:00"},
]  # fmt: skip


def _recipe(heading: str) -> str:
    """The first Python block under the page's ``## heading``."""
    section = PAGE.read_text(encoding="utf-8").split(f"\n## {heading}\n", 1)[1]
    return section.split("```python\n", 1)[1].split("\n```", 1)[0]


def _feed(root: Path) -> None:
    """The articles as two JSON Lines shards under ``root/feed``."""
    (root / "feed").mkdir()
    for n, part in enumerate((ARTICLES[:3], ARTICLES[3:])):
        lines = "".join(json.dumps(a) + "\n" for a in part)
        (root / "feed" / f"part-{n}.jsonl").write_text(lines, encoding="utf-8")


def _serial() -> list[dict[str, Any]]:
    """The records of a plain loop over the articles, each with its article's id."""
    return [
        {"doc_id": a["id"], **m}
        for a in ARTICLES
        for m in cn.normalize(a["text"], published=a.get("published")).to_dicts()
    ]


def _run(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "__recipe__"}
    exec(compile(code, str(PAGE), "exec"), namespace)  # noqa: S102 - our own docs page
    return namespace


def test_dask_recipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Dask bag recipe gives the records of the serial run, in order."""
    pytest.importorskip("dask.bag")
    _feed(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _serial() == _run(_recipe("Dask"))["rows"]


def _java() -> bool:
    java = shutil.which("java")
    return java is not None and subprocess.run([java, "-version"], check=False).returncode == 0  # noqa: S603


def _skip(reason: str) -> None:
    """Skip, unless `nox -s spark` asked for this test to run."""
    if os.environ.get("CONFLICTNORM_SPARK") == "required":
        pytest.fail(reason)
    pytest.skip(reason)


def test_spark_recipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Spark mapInPandas recipe gives each article's records of the serial run."""
    if importlib.util.find_spec("pyspark") is None:
        _skip("pyspark is not installed: `nox -s spark` runs this test")
    if not _java():
        _skip("Java is not installed: Spark needs a JVM")
    _feed(tmp_path)
    monkeypatch.chdir(tmp_path)
    namespace = _run(_recipe("Spark"))
    try:
        got = sorted(
            (
                {"doc_id": r["doc_id"], **m}
                for r in namespace["rows"]
                for m in json.loads(r["mentions"])
            ),
            key=lambda d: (d["doc_id"], d["start"]),
        )
    finally:
        namespace["spark"].stop()
    assert _serial() == got
