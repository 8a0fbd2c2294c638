# SPDX-License-Identifier: MIT
"""The command line: inputs, dates, formats, exit codes."""

import io
import json
import subprocess
import sys
from pathlib import Path

import conflictnorm as cn
from conflictnorm.cli import main

ARTICLE = "Russia launched 93 drones overnight, about 90% of them shot down.\n"


def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_stdin_jsonl() -> None:
    """Reading stdin writes one JSON object with source, published, mentions."""
    code, out, _ = _run("-", "--published", "2025-05-20", stdin=ARTICLE)
    record = json.loads(out)
    assert (0, "-", "2025-05-20") == (code, record["source"], record["published"])
    assert ["Russia", "93 drones", "overnight", "about 90%"] == [
        m["text"] for m in record["mentions"]
    ]


def test_directory_and_date_from_name(tmp_path: Path) -> None:
    """A directory yields every *.txt below it; a date in the name is the dateline."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "2024-02-18-story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    code, out, _ = _run(str(tmp_path))
    records = [json.loads(line) for line in out.splitlines()]
    assert (0, ["2024-02-18"]) == (code, [r["published"] for r in records])


def test_published_line(tmp_path: Path) -> None:
    """A first line 'Published: DATE' gives the dateline."""
    f = tmp_path / "story.txt"
    f.write_text("Published: 2023-05-21\n" + ARTICLE, encoding="utf-8")
    _, out, _ = _run(str(f), "--format", "json")
    assert "2023-05-21" == json.loads(out)[0]["published"]


def test_bad_file_reported_and_run_continues(tmp_path: Path) -> None:
    """A missing file is reported with its path; the others are still written; exit 1."""
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run(str(tmp_path / "missing.txt"), str(good))
    assert 1 == code
    assert "missing.txt" in err
    assert 1 == len(out.splitlines())


def test_usage_errors_exit_2() -> None:
    """Unknown kinds, bad dates and bad flags exit with status 2."""
    assert 2 == _run("--kinds", "planets")[0]
    assert 2 == _run("--published", "yesterday")[0]
    assert 2 == _run("--format", "xml")[0]


def test_table_format() -> None:
    """The table view lists one aligned row per mention."""
    code, out, _ = _run("--format", "table", "--kinds", "count,percent", stdin=ARTICLE)
    assert 0 == code
    assert 3 == len(out.splitlines())
    assert "93 drones" in out


def test_version() -> None:
    """--version prints the package version."""
    assert f"conflictnorm {cn.__version__}\n" == _run("--version")[1]


def test_python_dash_m() -> None:
    """`python -m conflictnorm` runs the same command."""
    proc = subprocess.run(
        [sys.executable, "-m", "conflictnorm", "--kinds", "count"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "93 drones" in proc.stdout


def test_jobs_give_the_same_records(tmp_path: Path) -> None:
    """--jobs 2 writes the same records, in the same order, as one process."""
    for i in range(4):
        (tmp_path / f"2025-05-2{i}-a.txt").write_text(ARTICLE * (i + 1), encoding="utf-8")
    one = _run(str(tmp_path))
    two = _run(str(tmp_path), "--jobs", "2")
    assert (0, one[1]) == (two[0], two[1])
    assert 2 == _run("--jobs", "0")[0]
