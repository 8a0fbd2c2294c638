# SPDX-License-Identifier: MIT
"""The command line: inputs, dates, formats, exit codes."""

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import conflictnorm as cn
from conflictnorm import cli
from conflictnorm.cli import main

ARTICLE = "Russia launched 93 drones overnight, about 90% of them shot down.\n"


def _run(
    *argv: str, stdin: str | bytes = "", stderr: io.StringIO | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr or io.StringIO()
    given = io.BytesIO(stdin) if isinstance(stdin, bytes) else io.StringIO(stdin)
    code = main(list(argv), stdin=given, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


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
    assert (0, ["2024-02-18"]) == (code, [r["published"] for r in _jsonl(out)])


def test_directory_order_and_jsonl_files(tmp_path: Path) -> None:
    """A directory is walked by name, depth first, with its .jsonl files read by line."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2025-01-02-x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "19%"}\n{"text": "20%"}\n', encoding="utf-8")
    _, out, _ = _run(str(tmp_path), "--published", "2025-01-01")
    where = [(Path(r["source"]).name, r.get("line")) for r in _jsonl(out)]
    assert [("a.txt", None), ("2025-01-02-x.txt", None), ("c.jsonl", 1), ("c.jsonl", 2)] == where


def test_published_line(tmp_path: Path) -> None:
    """A first line 'Published: DATE' gives the dateline."""
    f = tmp_path / "story.txt"
    f.write_text("Published: 2023-05-21\n" + ARTICLE, encoding="utf-8")
    _, out, _ = _run(str(f), "--format", "json")
    assert "2023-05-21" == json.loads(out)[0]["published"]


def test_missing_dateline_warns(tmp_path: Path) -> None:
    """A file with no dateline is normalized, with a warning naming it; exit 0."""
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run(str(f))
    assert (0, None) == (code, json.loads(out)["published"])
    assert err.startswith(f"conflictnorm: {f}: warning: no dateline")


def test_dateline_given_no_warning(tmp_path: Path) -> None:
    """With --published there is nothing to warn about."""
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert (0, "") == _run(str(f), "--published", "2025-01-01")[::2]


def test_jsonl_file(tmp_path: Path) -> None:
    """A .jsonl file: one record per line with its id; --published fills the missing."""
    f = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": "Monday: 55 drones.", "published": "2025-11-12"},
        {"id": 7, "text": "Monday: 19% fell."},
        {"text": "nothing"},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    code, out, err = _run(str(f), "--published", "2024-02-18")
    records = _jsonl(out)
    assert (0, "") == (code, err)
    assert [("a1", 1, "2025-11-12"), (7, 2, "2024-02-18"), (None, 3, "2024-02-18")] == [
        (r["id"], r["line"], r["published"]) for r in records
    ]
    assert ["2025-11-10", "2024-02-12"] == [r["mentions"][0]["value"] for r in records[:2]]


def test_jsonl_without_published_warns_once(tmp_path: Path) -> None:
    """Records with no dateline and no --published: one warning for the file."""
    f = tmp_path / "feed.jsonl"
    f.write_text('{"text": "19%"}\n{"text": "20%", "published": "2025-01-01"}\n', encoding="utf-8")
    code, _, err = _run(str(f))
    assert 0 == code
    assert [f'conflictnorm: {f}: warning: 1 of 2 records have no "published"'] == [
        line.split(" and there")[0] for line in err.splitlines()
    ]


def test_jsonl_bad_lines(tmp_path: Path) -> None:
    """Bad lines are reported with their line number; the good lines are written; exit 1."""
    f = tmp_path / "feed.jsonl"
    f.write_bytes(
        b'{"text": "19%"}\nnot json\n[1]\n{"text": 5}\n{"text": "x", "published": 3}\n'
        b'{"text": "x", "published": "2025-13-01"}\n\xff\n{"text": "20%"}\n'
    )
    code, out, err = _run(str(f), "--published", "2025-01-01")
    assert (1, [1, 8]) == (code, [r["line"] for r in _jsonl(out)])
    assert [f"conflictnorm: {f}:{n}:" for n in (2, 3, 4, 5, 6, 7)] == [
        " ".join(line.split()[:2]) for line in err.splitlines()
    ]


def test_stdin_json_lines_detected() -> None:
    """JSON Lines piped in without --input is read by line, and a note says so."""
    feed = '{"id": 1, "text": "19%"}\n{"id": 2, "text": "20%"}\n'
    code, out, err = _run("--published", "2025-01-01", stdin=feed)
    assert (0, [1, 2]) == (code, [r["id"] for r in _jsonl(out)])
    assert err.startswith("conflictnorm: -: note: reading standard input as JSON Lines")


def test_stdin_input_text_is_one_article() -> None:
    """--input text reads JSON Lines on stdin as one article, without a note."""
    feed = '{"id": 1, "text": "19%"}\n{"id": 2, "text": "20%"}\n'
    code, out, err = _run("--input", "text", "--published", "2025-01-01", stdin=feed)
    assert (0, "", ["-"]) == (code, err, [r["source"] for r in _jsonl(out)])


def test_stdin_input_jsonl() -> None:
    """--input jsonl reads stdin by line, without a note."""
    code, out, err = _run("--input", "jsonl", "--published", "2025-01-01", stdin='{"text": "1%"}')
    assert (0, "", [1]) == (code, err, [r["line"] for r in _jsonl(out)])


def test_txt_file_that_looks_like_json_lines_warns(tmp_path: Path) -> None:
    """A .txt holding JSON Lines is one article, with a warning pointing to --input jsonl."""
    f = tmp_path / "2025-01-01-feed.txt"
    f.write_text('{"text": "19%"}\n', encoding="utf-8")
    code, _, err = _run(str(f))
    assert 0 == code
    assert "looks like JSON Lines" in err


def test_binary_stdin_is_an_error() -> None:
    """Standard input is strict UTF-8 like a file: undecodable bytes exit 1."""
    code, out, err = _run("--published", "2025-01-01", stdin=b"\xff\xfe5 drones")
    assert (1, "") == (code, out)
    assert err.startswith("conflictnorm: -: 'utf-8' codec can't decode byte 0xff")


def test_bytes_stdin_is_read() -> None:
    """UTF-8 bytes on stdin are decoded as text."""
    code, out, _ = _run("--published", "2025-01-01", stdin="Київ: 5 drones".encode())
    assert (0, "5 drones") == (code, json.loads(out)["mentions"][-1]["text"])


def test_bad_file_reported_and_run_continues(tmp_path: Path) -> None:
    """A missing file is reported with its path; the others are still written; exit 1."""
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run(str(tmp_path / "missing.txt"), str(good), "--published", "2025-01-01")
    assert 1 == code
    assert f"conflictnorm: {tmp_path / 'missing.txt'}: No such file or directory\n" == err
    assert 1 == len(out.splitlines())


def test_usage_errors_exit_2() -> None:
    """Unknown kinds, bad dates and bad flags exit with status 2 and say why."""
    assert 2 == _run("--kinds", "planets")[0]
    assert 2 == _run("--published", "yesterday")[0]
    code, out, err = _run("--format", "xml")
    assert (2, "") == (code, out)
    assert "conflictnorm: error: argument --format: invalid choice: 'xml'" in err


def test_help() -> None:
    """--help shows examples and the exit codes, on stdout, exit 0."""
    code, out, _ = _run("--help")
    assert 0 == code
    assert "examples:" in out
    assert "exit status:" in out


def test_table_format() -> None:
    """The table view lists one aligned row per mention."""
    code, out, _ = _run(
        "--format", "table", "--kinds", "count,percent", "--published", "2025-01-01", stdin=ARTICLE
    )
    assert 0 == code
    assert 3 == len(out.splitlines())
    assert "93 drones" in out


def test_output_file_and_format_from_suffix(tmp_path: Path) -> None:
    """--output writes there; its .json suffix picks the format."""
    target = tmp_path / "out.json"
    code, out, _ = _run("--output", str(target), "--published", "2025-01-01", stdin=ARTICLE)
    assert (0, "") == (code, out)
    assert ["-"] == [r["source"] for r in json.loads(target.read_text(encoding="utf-8"))]


def test_output_cannot_be_opened(tmp_path: Path) -> None:
    """An output in a missing directory is a usage error, before any input is read."""
    code, _, err = _run("--output", str(tmp_path / "no" / "out.jsonl"), stdin=ARTICLE)
    assert 2 == code
    assert "No such file or directory" in err


def test_empty_input_json_is_an_empty_array() -> None:
    """With nothing to write, --format json is still valid JSON."""
    code, out, _ = _run("--format", "json", "--input", "jsonl")
    assert (0, []) == (code, json.loads(out))


def test_version() -> None:
    """--version prints the package version."""
    assert f"conflictnorm {cn.__version__}\n" == _run("--version")[1]


def test_python_dash_m() -> None:
    """`python -m conflictnorm` runs the same command."""
    proc = subprocess.run(
        [sys.executable, "-m", "conflictnorm", "--kinds", "count", "--published", "2025-01-01"],
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


def test_jobs_capped_at_the_cpus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """More jobs than CPUs: a note, and no more workers than CPUs."""
    monkeypatch.setattr(cli, "_cpus", lambda: 1)
    code, out, err = _run("--jobs", "1000", "--published", "2025-01-01", stdin=ARTICLE)
    assert (0, 1) == (code, len(out.splitlines()))
    assert "conflictnorm: note: --jobs 1000 capped at 1, the CPUs here\n" == err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, stderr shows a bar with the count, the rate and the time left."""
    for i in range(3):
        (tmp_path / f"2025-05-2{i}.txt").write_text(ARTICLE, encoding="utf-8")
    err = _Terminal()
    _run(str(tmp_path), stderr=err)
    final = err.getvalue().rsplit("\r", 1)[-1]
    assert "3/3" in final
    assert "doc/s" in final
    assert "<00:00" in final


def test_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    """Off a terminal, stderr carries messages only."""
    for i in range(3):
        (tmp_path / f"2025-05-2{i}.txt").write_text(ARTICLE, encoding="utf-8")
    assert "" == _run(str(tmp_path))[2]


# Hostile input: one bad input is reported, the others are written, exit 1.

FORMATS = ["jsonl", "json", "table", "csv", "parquet"]


def _records(fmt: str, out: str, parquet: Path | None = None) -> list[str]:
    """The sources of the documents written, whatever the format."""
    if fmt == "jsonl":
        return [r["source"] for r in _jsonl(out)]
    if fmt == "json":
        return [r["source"] for r in json.loads(out)]
    if fmt == "table":
        return [line.split()[1] for line in out.splitlines() if line.startswith("# ")]
    frame = pd.read_csv(io.StringIO(out)) if parquet is None else pd.read_parquet(parquet)
    return list(frame["doc_id"].drop_duplicates())


def _run_format(fmt: str, tmp_path: Path, *argv: str) -> tuple[int, list[str], str]:
    """Run with ``--format fmt`` (Parquet into a file); return the status, sources, stderr."""
    target = tmp_path.parent / f"{tmp_path.name}-out.parquet"
    extra = ["--output", str(target)] if fmt == "parquet" else []
    code, out, err = _run(*argv, "--format", fmt, *extra)
    return code, _records(fmt, out, target if fmt == "parquet" else None), err


def _folder(tmp_path: Path) -> tuple[list[str], Path]:
    """Five dated articles and, in the middle, one that is not UTF-8."""
    good = []
    for i in range(5):
        f = tmp_path / f"2025-05-2{i}-{'b' if i == 2 else 'g'}.txt"
        if i == 2:
            f.write_bytes(b"\xff" + ARTICLE.encode())
        else:
            f.write_text(ARTICLE, encoding="utf-8")
            good.append(str(f))
    return good, tmp_path / "2025-05-22-b.txt"


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_folder_with_one_undecodable_file(tmp_path: Path, fmt: str, jobs: str) -> None:
    """Every good file's record is written, the bad one is reported, exit 1."""
    good, bad = _folder(tmp_path)
    code, written, err = _run_format(fmt, tmp_path, str(tmp_path), "--jobs", jobs)
    assert (1, good) == (code, written)
    assert [f"conflictnorm: {bad}: 'utf-8' codec can't decode byte 0xff"] == [
        line.split(" in position")[0] for line in err.splitlines()
    ]


def _failing_on(word: str) -> Callable[..., cn.Document]:
    real = cn.normalize

    def fake(text: str, *args: Any, **kwargs: Any) -> cn.Document:
        if word in text:
            raise KeyError(word)
        return real(text, *args, **kwargs)

    return fake


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_internal_error_in_one_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str, jobs: str
) -> None:
    """A bug that raises inside normalize for one file does not stop the run."""
    good = []
    for i in range(5):
        f = tmp_path / f"2025-05-2{i}.txt"
        f.write_text(ARTICLE + ("trigger" if i == 3 else ""), encoding="utf-8")
        if i != 3:
            good.append(str(f))
    monkeypatch.setattr(cli, "normalize", _failing_on("trigger"))
    code, written, err = _run_format(fmt, tmp_path, str(tmp_path), "--jobs", jobs)
    assert (1, good) == (code, written)
    assert (
        f"conflictnorm: {tmp_path / '2025-05-23.txt'}: internal error: KeyError: 'trigger'\n" == err
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_unreadable_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: str) -> None:
    """A file that cannot be read is reported by path; the others are written."""
    good, _ = _folder(tmp_path)
    locked = Path(good[1])
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = _run(*good, "--jobs", jobs)
    assert (1, [g for g in good if g != str(locked)]) == (code, _records("jsonl", out))
    assert f"conflictnorm: {locked}: Permission denied\n" == err


def test_unreadable_subdirectory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A subdirectory that cannot be listed is reported, not skipped silently; exit 1."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "2025-01-01.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2025-01-02.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path: str) -> Any:
        if path == str(tmp_path / "locked"):
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = _run(str(tmp_path))
    assert (1, [str(tmp_path / "2025-01-02.txt")]) == (code, _records("jsonl", out))
    assert f"conflictnorm: {tmp_path / 'locked'}: Permission denied\n" == err


def test_records_are_written_as_inputs_are_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """One input is read and its record written before the next input is read."""
    events: list[str] = []
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        events.append(f"read {self.name}")
        return real(self)

    class Log(io.StringIO):
        def write(self, s: str) -> int:
            events.append("write")
            return super().write(s)

    for i in range(3):
        (tmp_path / f"2025-05-2{i}.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert 0 == main([str(tmp_path)], stdin=io.StringIO(), stdout=Log(), stderr=io.StringIO())
    expected = [f"read 2025-05-2{i}.txt" for i in range(3)]
    assert [e for r in expected for e in (r, "write")] == events


def test_json_output_never_writes_infinity(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record JSON cannot hold is reported, not written as a bare Infinity."""

    def infinite(*_: object, **__: object) -> object:
        return cli._Result({"source": "-", "x": float("inf")})  # noqa: SLF001 - the worker's result

    monkeypatch.setattr(cli, "_normalize_item", infinite)
    code, out, err = _run("--published", "2025-01-01", stdin=ARTICLE)
    assert (1, "") == (code, out)
    assert err.startswith("conflictnorm: -: cannot write: Out of range float")


def test_worker_that_dies(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A worker process killed mid-run: reported, the records done are kept, exit 1."""
    good = []
    for i in range(6):
        f = tmp_path / f"2025-05-2{i}.txt"
        f.write_text(ARTICLE + ("die" if i == 4 else ""), encoding="utf-8")
        good.append(str(f))
    real = cn.normalize

    def fake(text: str, *args: Any, **kwargs: Any) -> cn.Document:
        if "die" in text:
            os._exit(3)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(cli, "normalize", fake)
    code, out, err = _run(str(tmp_path), "--jobs", "2")
    written = _records("jsonl", out)
    assert (1, good[: len(written)]) == (code, written)
    assert "conflictnorm: error: a worker process died" in err


def test_missing_jsonl_file(tmp_path: Path) -> None:
    """A .jsonl file that cannot be opened is reported by path."""
    code, _, err = _run(str(tmp_path / "feed.jsonl"))
    assert (1, f"conflictnorm: {tmp_path / 'feed.jsonl'}: No such file or directory\n") == (
        code,
        err,
    )


def test_stdin_without_dateline_warns() -> None:
    """An article on stdin with no dateline gets the warning, under the name '-'."""
    code, _, err = _run(stdin=ARTICLE)
    assert 0 == code
    assert err.startswith("conflictnorm: -: warning: no dateline")


def test_table_of_json_lines() -> None:
    """The table heading of a JSON Lines record names its line and id."""
    _, out, _ = _run("--format", "table", "--input", "jsonl", stdin='{"id": "x", "text": "1%"}')
    assert "# -:1  id=x  published=None" == out.splitlines()[0]


def test_progress_total_counts_lines_of_json_lines(tmp_path: Path) -> None:
    """The bar's total counts a .jsonl file's lines and a folder's .txt files."""
    (tmp_path / "a.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.md").write_text("x", encoding="utf-8")
    assert 3 == cli._count([str(tmp_path)], None)  # noqa: SLF001 - the bar's total
    assert cli._count([str(tmp_path), "-"], None) is None  # noqa: SLF001


def test_stdin_starting_with_a_brace_is_an_article() -> None:
    """A first line that opens with a brace but is not JSON keeps stdin one article."""
    code, out, err = _run("--published", "2025-01-01", stdin="{draft} 5 drones\n" + ARTICLE)
    assert (0, "", ["-"]) == (code, err, [r["source"] for r in _jsonl(out)])


def _frame_of(tmp_path: Path) -> pd.DataFrame:
    """What to_dataframe gives for the inputs of the CSV and Parquet tests."""
    story = tmp_path / "2025-11-12-story.txt"
    story.write_text(ARTICLE + " On Monday 5 km of road near Kupyansk.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": 7, "text": "Kyiv: 19%", "published": "2025-01-01"}\n'
        '{"text": "40 drones", "published": "2025-01-02"}\n',
        encoding="utf-8",
    )
    docs = [
        (str(story), cn.normalize(story.read_text(encoding="utf-8"), "2025-11-12")),
        ("7", cn.normalize("Kyiv: 19%", "2025-01-01")),
        (f"{feed}:2", cn.normalize("40 drones", "2025-01-02")),
    ]
    return cn.to_dataframe(docs)


def test_csv_reads_back_as_to_dataframe(tmp_path: Path) -> None:
    """CSV rows read with dataframe_dtypes equal to_dataframe of the same documents."""
    expected = _frame_of(tmp_path)
    code, out, _ = _run(
        str(tmp_path / "2025-11-12-story.txt"), str(tmp_path / "feed.jsonl"),
        "--format", "csv",
    )  # fmt: skip
    got = pd.read_csv(
        io.StringIO(out), dtype=cn.dataframe_dtypes(), keep_default_na=False, na_values=[""]
    )
    assert 0 == code
    pd.testing.assert_frame_equal(expected, got)


def test_parquet_reads_back_as_to_dataframe(tmp_path: Path) -> None:
    """The Parquet file has the rows and the dtypes of to_dataframe."""
    expected = _frame_of(tmp_path)
    target = tmp_path / "out" / "mentions.parquet"
    target.parent.mkdir()
    code, out, _ = _run(
        str(tmp_path / "2025-11-12-story.txt"), str(tmp_path / "feed.jsonl"),
        "--output", str(target),
    )  # fmt: skip
    assert (0, "") == (code, out)
    pd.testing.assert_frame_equal(expected, pd.read_parquet(target))


def test_parquet_in_batches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Rows written in several batches read back as one frame."""
    monkeypatch.setattr(cli, "_PARQUET_BATCH", 2)
    expected = _frame_of(tmp_path)
    target = tmp_path.parent / f"{tmp_path.name}.parquet"
    _run(str(tmp_path), "--output", str(target))
    got = pd.read_parquet(target)
    pd.testing.assert_frame_equal(expected, got)


def test_empty_parquet_has_the_columns(tmp_path: Path) -> None:
    """No documents: a valid Parquet file with every column and its dtype."""
    target = tmp_path / "empty.parquet"
    assert 0 == _run("--output", str(target), "--input", "jsonl")[0]
    got = pd.read_parquet(target)
    assert cn.dataframe_dtypes() == {k: str(v) for k, v in got.dtypes.items()}


def test_parquet_needs_an_output() -> None:
    """Parquet is binary: without --output it is a usage error."""
    code, out, err = _run("--format", "parquet", stdin=ARTICLE)
    assert (2, "") == (code, out)
    assert "conflictnorm: error: --format parquet writes a file: give --output PATH\n" == err


def test_parquet_without_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without pyarrow, Parquet says which extra to install and exits 2."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, _, err = _run("--output", str(tmp_path / "x.parquet"), stdin=ARTICLE)
    assert 2 == code
    assert "pip install 'conflictnorm[pandas]'" in err
    assert not (tmp_path / "x.parquet").exists()
