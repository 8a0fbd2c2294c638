# SPDX-License-Identifier: MIT
"""The ``conflictnorm`` command: normalize articles to JSON Lines, JSON, a table, CSV or Parquet.

Inputs are read and normalized one at a time and each record is written as
soon as it is done, in input order, so memory does not grow with the number
of inputs. An input that fails is reported on stderr as
``conflictnorm: PATH: message`` and the run goes on with the others.

Exit status: 0 when every input was normalized, 1 when some failed, 2 for a
usage error (or an output that cannot be opened).
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Final, NoReturn

import attrs
import regex
from tqdm import tqdm

from conflictnorm import __version__
from conflictnorm._core import Options, parse_published
from conflictnorm._table import COLUMNS, row
from conflictnorm.batch import _imap_ordered
from conflictnorm.document import normalize
from conflictnorm.errors import ConflictNormError
from conflictnorm.kinds import NAMES as KINDS

__all__ = ["main"]

_DATE_IN_NAME: Final = regex.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_PUBLISHED_LINE: Final = regex.compile(r"\A\s*Published:\s*(?P<d>\S+)[^\n]*\n?", regex.IGNORECASE)
_FORMATS: Final = ("jsonl", "json", "table", "csv", "parquet")
_SUFFIXES: Final = {".jsonl": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
#: Rows of a Parquet file written at a time: bounds the memory the writer holds.
_PARQUET_BATCH: Final = 10_000

_EPILOG: Final = """\
examples:
  conflictnorm article.txt --published 2025-11-13 --format table
  conflictnorm articles/ --jobs 4 --output records.jsonl
  conflictnorm feed.jsonl --format csv --output mentions.csv
  cat feed.jsonl | conflictnorm --input jsonl | jq -c '.mentions[] | select(.kind == "place")'
  conflictnorm articles/ --output mentions.parquet      (needs conflictnorm[pandas])

inputs:
  A text file is one article; its dateline is --published, else a first line
  'Published: DATE', else a YYYY-MM-DD in its name (a warning says when there is
  none). A .jsonl file (or any input with --input jsonl) holds one JSON object per
  line: "text", and optional "id" and "published" (which wins over --published).
  Standard input that starts with such a line is read as JSON Lines, with a note.

outputs:
  jsonl and json: one object per document (source, published, mentions; id and
  line for JSON Lines). csv and parquet: one row per mention, with the columns
  of conflictnorm.to_dataframe (doc, doc_id, published, then the mention's).

exit status:
  0  every input was normalized
  1  some input failed: each is reported as 'conflictnorm: PATH: message' on
     stderr, and the records of the others are still written
  2  usage error, or the output cannot be opened
"""


class _UsageError(Exception):
    """A bad command line; argparse's own handling would exit on sys.stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="conflictnorm",
        description="Find and normalize places, dates, measurements, percents and counts.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    p.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH",
        help="text or .jsonl files, directories (every *.txt and *.jsonl below) "
        "or - for stdin (the default)",
    )
    p.add_argument(
        "--input",
        choices=("text", "jsonl"),
        help="read every input as one article (text) or as JSON Lines (jsonl); "
        "default: by the file name, .jsonl is JSON Lines",
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO): of every text file, and of every JSON Lines record "
        'that has no "published" of its own',
    )
    p.add_argument(
        "--format",
        choices=_FORMATS,
        help="output format (default: from the --output suffix, else jsonl)",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write here instead of stdout")
    p.add_argument(
        "--kinds",
        default=",".join(KINDS),
        help=f"comma-separated kinds to find (default: all of {','.join(KINDS)})",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes, at most the number of CPUs (default: 1)",
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    return p


# What flows from the inputs to the writer, in input order.


@attrs.frozen
class _File:
    """A text file, read and normalized by the worker."""

    path: str


@attrs.frozen
class _Text:
    """An article already read: standard input or one line of JSON Lines."""

    source: str
    text: str
    published: str | None
    line: int | None = None
    id: Any = None


@attrs.frozen
class _Note:
    """A message for stderr about ``source``; an error fails the run."""

    source: str
    message: str
    error: bool = True


_Item = _File | _Text | _Note


@attrs.frozen
class _Result:
    """What became of one item: its record, if any, and its messages."""

    record: dict[str, Any] | None
    notes: tuple[_Note, ...] = ()


def _dateline(source: str, text: str, given: str | None) -> str | None:
    """Return the publication date: given, else a first line 'Published:', else the name."""
    if given is not None:
        return given
    m = _PUBLISHED_LINE.match(text)
    if m is not None:
        return m["d"]
    found = _DATE_IN_NAME.search(Path(source).name) if source != "-" else None
    return found[1] if found else None


def _looks_like_jsonl(line: str) -> bool:
    """Whether ``line`` is a JSON object with a "text" string (one line of JSON Lines)."""
    if not line.lstrip().startswith("{"):
        return False
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and isinstance(obj.get("text"), str)


def _undated(source: str) -> _Note:
    return _Note(
        source,
        "warning: no dateline (no --published, no 'Published:' line, no date in the "
        "file name); relative dates stay null",
        error=False,
    )


def _process(item: _Item, *, options: Options, published: str | None, flat: bool) -> _Result:
    """Normalize one item; never raise: a failure becomes an error note."""
    if isinstance(item, _Note):
        return _Result(None, (item,))
    source = _label(item)
    try:
        return _normalize_item(item, options=options, published=published, flat=flat)
    except (OSError, UnicodeDecodeError, ConflictNormError) as e:
        message = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return _Result(None, (_Note(source, message),))
    except Exception as e:  # noqa: BLE001 - one bad input must not stop the others
        return _Result(None, (_Note(source, f"internal error: {type(e).__name__}: {e}"),))


def _label(item: _File | _Text) -> str:
    if isinstance(item, _File):
        return item.path
    return item.source if item.line is None else f"{item.source}:{item.line}"


def _normalize_item(
    item: _File | _Text, *, options: Options, published: str | None, flat: bool
) -> _Result:
    """Read (a file) and normalize one item; its mentions as dicts, or as flat rows."""
    notes: list[_Note] = []
    if isinstance(item, _File):
        text = Path(item.path).read_bytes().decode("utf-8")
        day = _dateline(item.path, text, published)
        if day is None:
            notes.append(_undated(item.path))
        end = text.find("\n")
        if _looks_like_jsonl(text if end < 0 else text[:end]):
            notes.append(
                _Note(
                    item.path,
                    "warning: this looks like JSON Lines but is read as one article "
                    "(name it *.jsonl or pass --input jsonl)",
                    error=False,
                )
            )
        item = _Text(item.path, text, day)
    doc = normalize(item.text, item.published, options=options)
    record: dict[str, Any] = {}
    if item.line is not None:
        record |= {"id": item.id, "source": item.source, "line": item.line}
    else:
        record["source"] = item.source
    record["published"] = doc.published
    if flat:
        record["rows"] = [row(m) for m in doc.mentions]
    else:
        record["mentions"] = doc.to_dicts()
    return _Result(record, tuple(notes))


# Reading the inputs, lazily.


def _jsonl(source: str, lines: Iterable[bytes], published: str | None) -> Iterator[_Item]:
    """One item per non-blank line; a bad line is an error note with its line number."""
    undated = total = 0
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield _Note(where, str(e))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield _Note(where, f"not JSON: {e}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield _Note(where, 'not a JSON object with a "text" string')
            continue
        day = obj.get("published")
        if day is None:
            day = published
        if day is None:
            undated += 1
        elif not isinstance(day, str):
            yield _Note(where, f'"published" must be an ISO date string, not {day!r}')
            continue
        total += 1
        yield _Text(source, obj["text"], day, line=n, id=obj.get("id"))
    if undated:
        yield _Note(
            source,
            f'warning: {undated} of {total} records have no "published" and there is no '
            "--published; their relative dates stay null",
            error=False,
        )


def _jsonl_file(path: str, published: str | None) -> Iterator[_Item]:
    try:
        f = Path(path).open("rb")  # noqa: SIM115 - closed below, after the last line
    except OSError as e:
        yield _Note(path, e.strerror or str(e))
        return
    with f:
        yield from _jsonl(path, f, published)


def _byte_lines(stdin: IO[Any]) -> Iterator[bytes]:
    """The lines of standard input as bytes, whether it was given as text or binary."""
    binary = getattr(stdin, "buffer", None)
    for line in stdin if binary is None else binary:
        yield line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line


def _stdin(stdin: IO[Any], mode: str | None, published: str | None) -> Iterator[_Item]:
    lines = _byte_lines(stdin)
    if mode == "jsonl":
        yield from _jsonl("-", lines, published)
        return
    first = next(lines, b"")
    if mode is None and _looks_like_jsonl(first.decode("utf-8", "replace")):
        yield _Note(
            "-",
            "note: reading standard input as JSON Lines, one article per line "
            "(pass --input jsonl to say so, or --input text for one article)",
            error=False,
        )
        yield from _jsonl("-", [first, *lines], published)
        return
    try:
        text = b"".join([first, *lines]).decode("utf-8")
    except UnicodeDecodeError as e:
        yield _Note("-", str(e))
        return
    day = _dateline("-", text, published)
    if day is None:
        yield _undated("-")
    yield _Text("-", text, day)


def _is_jsonl(path: str, mode: str | None) -> bool:
    return mode == "jsonl" or (mode is None and path.endswith(".jsonl"))


def _walk(top: str, mode: str | None, published: str | None) -> Iterator[_Item]:
    """Every *.txt and *.jsonl below ``top``, sorted by name, depth first.

    Only one directory's names are held at a time; a directory that cannot be
    listed is an error note. Symbolic links to directories are not followed.
    """
    try:
        with os.scandir(top) as it:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in it)
    except OSError as e:
        yield _Note(top, e.strerror or str(e))
        return
    for name, is_dir in entries:
        path = os.path.join(top, name)  # noqa: PTH118 - str paths, as given
        if is_dir:
            yield from _walk(path, mode, published)
        elif name.endswith((".txt", ".jsonl")):
            yield from _file(path, mode, published)


def _file(path: str, mode: str | None, published: str | None) -> Iterator[_Item]:
    if _is_jsonl(path, mode):
        yield from _jsonl_file(path, published)
    else:
        yield _File(path)


def _items(
    paths: Sequence[str], mode: str | None, published: str | None, stdin: IO[Any]
) -> Iterator[_Item]:
    for p in paths:
        if p == "-":
            yield from _stdin(stdin, mode, published)
        elif Path(p).is_dir():
            yield from _walk(p, mode, published)
        else:
            yield from _file(p, mode, published)


def _count(paths: Sequence[str], mode: str | None) -> int | None:
    """How many documents the inputs hold, for the progress bar; None if unknown."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        files = (
            (os.path.join(d, f) for d, _, fs in os.walk(p) for f in fs)  # noqa: PTH118
            if Path(p).is_dir()
            else iter([p])
        )
        for f in files:
            if _is_jsonl(f, mode):
                total += _lines(f)
            elif f == p or f.endswith(".txt"):
                total += 1
    return total


def _lines(path: str) -> int:
    try:
        with Path(path).open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


# Writing.


class _Writer:
    """Writes records as they come; `close` ends the output (a JSON array's bracket)."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.written = 0

    def write(self, record: dict[str, Any]) -> None:
        """Write one record.

        Raises:
            ValueError: the record holds a number JSON cannot write (nothing is written).
        """
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        elif self.fmt == "json":
            text = json.dumps(record, ensure_ascii=False, allow_nan=False, indent=2)
            self.out.write(("[\n" if self.written == 0 else ",\n") + text)
        else:
            _table(record, self.out)
        self.written += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.written else "[]\n")
        self.out.flush()


def _doc_id(record: dict[str, Any]) -> str:
    """The ``doc_id`` of a flat row: the JSON line's id, else where the document came from."""
    if "line" not in record:
        return str(record["source"])
    if record["id"] is None:
        return f"{record['source']}:{record['line']}"
    return str(record["id"])


def _cell(x: object) -> object:
    return "" if x is None else x


class _CsvWriter(_Writer):
    """One row per mention with the columns of `conflictnorm.to_dataframe`."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__("csv", out)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(name for name, _ in COLUMNS)

    def write(self, record: dict[str, Any]) -> None:
        head = [self.written, _doc_id(record), _cell(record["published"])]
        self.csv.writerows([*head, *map(_cell, r.values())] for r in record["rows"])
        self.written += 1
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class _ParquetWriter(_Writer):
    """The rows of `_CsvWriter` in a Parquet file, with the dtypes of `to_dataframe`.

    Rows are written in batches, so the memory held does not grow with the input.
    """

    def __init__(self, path: str) -> None:
        # Imported here: pandas and pyarrow are the optional extra (pyarrow has no types).
        pd = importlib.import_module("pandas")
        pa = importlib.import_module("pyarrow")
        pq = importlib.import_module("pyarrow.parquet")

        super().__init__("parquet", io.StringIO())
        self.pd, self.pa = pd, pa
        self.schema = pa.Schema.from_pandas(self._frame([]), preserve_index=False)
        self.file = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def _frame(self, rows: list[dict[str, Any]]) -> Any:  # noqa: ANN401 - a DataFrame
        pd = self.pd
        return pd.DataFrame(
            {name: pd.Series([r[name] for r in rows], dtype=dtype) for name, dtype in COLUMNS}
        )

    def write(self, record: dict[str, Any]) -> None:
        head = {"doc": self.written, "doc_id": _doc_id(record), "published": record["published"]}
        self.rows.extend({**head, **r} for r in record["rows"])
        self.written += 1
        if len(self.rows) >= _PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        table = self.pa.Table.from_pandas(
            self._frame(self.rows), schema=self.schema, preserve_index=False
        )
        self.file.write_table(table)
        self.rows = []

    def close(self) -> None:
        if self.rows:
            self._flush()
        self.file.close()


def _table(record: dict[str, Any], out: IO[str]) -> None:
    where = record["source"]
    if "line" in record:
        where = f"{where}:{record['line']}  id={record['id']}"
    out.write(f"# {where}  published={record['published']}\n")
    rows = []
    for d in record["mentions"]:
        if d["kind"] == "place":
            value = f"{d['name']} ({d['feature']}, {d['match']})"
        elif d["kind"] == "date":
            value = str(d["value"])
        else:
            v = d["value"] if d["value"] is not None else (d["low"], d["high"])
            value = f"{v} {d['noun'] or ''}" if d["kind"] == "count" else f"{v} {d['unit']}"
        rows.append((f"{d['start']}-{d['end']}", d["kind"], repr(d["text"]), value, d["mod"] or ""))
    widths = [max([len(r[i]) for r in rows] + [0]) for i in range(5)]
    out.writelines(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n" for r in rows
    )


class _Bar(tqdm):  # type: ignore[type-arg]
    """A progress bar without tqdm's monitor thread: worker processes fork after it starts."""

    monitor_interval = 0


def _cpus() -> int:
    count: Callable[[], int | None] = getattr(os, "process_cpu_count", os.cpu_count)
    return count() or 1


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[Any] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdin: standard input, text or binary (default: ``sys.stdin``).
        stdout: where records go without ``--output`` (default: ``sys.stdout``).
        stderr: where messages go (default: ``sys.stderr``).

    Returns:
        0 when every input was normalized, 1 when some failed, 2 for a usage error.
    """
    stdin = sys.stdin if stdin is None else stdin
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as e:
        err.write(parser.format_usage())
        err.write(f"conflictnorm: error: {e}\n")
        return 2
    if args.help:
        out.write(parser.format_help())
        return 0
    if args.version:
        out.write(f"conflictnorm {__version__}\n")
        return 0
    try:
        options = Options(kinds=args.kinds)
        if args.published is not None:
            parse_published(args.published)
    except ConflictNormError as e:
        err.write(f"conflictnorm: error: {e}\n")
        return 2
    if args.jobs < 1:
        err.write("conflictnorm: error: --jobs must be at least 1\n")
        return 2
    if args.jobs > _cpus():
        err.write(f"conflictnorm: note: --jobs {args.jobs} capped at {_cpus()}, the CPUs here\n")
        args.jobs = _cpus()
    if args.format is None:
        suffix = Path(args.output).suffix if args.output else ""
        args.format = _SUFFIXES.get(suffix, "jsonl")
    if args.format == "parquet":
        return _run_parquet(args, options, stdin, err)
    if args.output is None:
        return _run(args, options, stdin, _text_writer(args.format, out), err)
    try:
        target = Path(args.output).open("w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as e:
        err.write(f"conflictnorm: error: {args.output}: {e.strerror or e}\n")
        return 2
    with target:
        return _run(args, options, stdin, _text_writer(args.format, target), err)


def _text_writer(fmt: str, out: IO[str]) -> _Writer:
    return _CsvWriter(out) if fmt == "csv" else _Writer(fmt, out)


def _run_parquet(args: argparse.Namespace, options: Options, stdin: IO[Any], err: IO[str]) -> int:
    if args.output is None:
        err.write("conflictnorm: error: --format parquet writes a file: give --output PATH\n")
        return 2
    try:
        writer = _ParquetWriter(args.output)
    except ImportError:
        err.write(
            "conflictnorm: error: --format parquet needs pandas and pyarrow: "
            "pip install 'conflictnorm[pandas]'\n"
        )
        return 2
    except OSError as e:
        err.write(f"conflictnorm: error: {args.output}: {e.strerror or e}\n")
        return 2
    return _run(args, options, stdin, writer, err)


def _run(
    args: argparse.Namespace, options: Options, stdin: IO[Any], writer: _Writer, err: IO[str]
) -> int:
    show = err.isatty()
    bar = _Bar(
        total=_count(args.paths, args.input) if show else None,
        unit="doc",
        file=err,
        disable=not show,
        dynamic_ncols=True,
    )

    def say(message: str) -> None:
        if show:
            bar.write(message, file=err)
        else:
            err.write(message + "\n")

    flat = args.format in {"csv", "parquet"}
    work = functools.partial(_process, options=options, published=args.published, flat=flat)
    items = _items(args.paths, args.input, args.published, stdin)
    failed = 0
    try:
        for result in _imap_ordered(work, items, processes=args.jobs):
            for note in result.notes:
                say(f"conflictnorm: {note.source}: {note.message}")
                failed += note.error
            if result.record is not None:
                try:
                    writer.write(result.record)
                except ValueError as e:
                    say(f"conflictnorm: {result.record['source']}: cannot write: {e}")
                    failed += 1
            if result.record is not None or any(n.error for n in result.notes):
                bar.update()
    except BrokenProcessPool as e:
        say(
            f"conflictnorm: error: a worker process died ({e}); the inputs after the "
            "last record written were not normalized"
        )
        failed += 1
    finally:
        writer.close()
        bar.close()
    return 1 if failed else 0


def main_entry() -> None:  # pragma: no cover - exercised through the installed script
    """Console-script entry point: exit with `main`'s status."""
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader went away (`conflictnorm ... | head`): stop quietly.
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
