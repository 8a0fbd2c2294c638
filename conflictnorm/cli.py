# SPDX-License-Identifier: MIT
"""The ``conflictnorm`` command: normalize article files to JSON lines or a table.

Exit status: 0 when every input was read, 1 when some failed (each reported on
stderr with its path; the run goes on), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

import regex

from conflictnorm._core import Options, parse_published
from conflictnorm.document import normalize
from conflictnorm.errors import ConflictNormError
from conflictnorm.models import KINDS

__all__ = ["main"]

_DATE_IN_NAME: Final = regex.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_PUBLISHED_LINE: Final = regex.compile(r"\A\s*Published:\s*(?P<d>\S+)[^\n]*\n?", regex.IGNORECASE)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="conflictnorm",
        description="Find and normalize places, dates, measurements, percents and counts.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH",
        help="text files, directories (every *.txt below) or - for stdin (the default)",
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO); else a YYYY-MM-DD in the file name or a "
        "first line 'Published: DATE'",
    )
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    p.add_argument(
        "--kinds",
        default=",".join(KINDS),
        help=f"comma-separated kinds to find (default: all of {','.join(KINDS)})",
    )
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _inputs(paths: Sequence[str]) -> Iterator[str]:
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            yield from sorted(str(f) for f in path.rglob("*.txt") if f.is_file())
        else:
            yield p


def _read(source: str, stdin: TextIO) -> str:
    if source == "-":
        return stdin.read()
    return Path(source).read_text(encoding="utf-8")


def _dateline(source: str, text: str, given: str | None) -> str | None:
    """Return the publication date: given, else a first line 'Published:', else the name."""
    if given is not None:
        return given
    m = _PUBLISHED_LINE.match(text)
    if m is not None:
        return m["d"]
    found = _DATE_IN_NAME.search(Path(source).name) if source != "-" else None
    return found[1] if found else None


def _process(
    item: tuple[str, str, str | None], *, options: Options
) -> tuple[str, dict[str, Any] | str]:
    """Normalize one read file; return its record, or the error message."""
    source, text, published = item
    try:
        doc = normalize(text, published, options=options)
    except ConflictNormError as e:
        return source, str(e)
    record: dict[str, Any] = {
        "source": source,
        "published": doc.published,
        "mentions": doc.to_dicts(),
    }
    return source, record


def _table(record: dict[str, Any], out: TextIO) -> None:
    out.write(f"# {record['source']}  published={record['published']}\n")
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


def _progress(i: int, n: int, err: TextIO) -> None:
    width = 30
    done = width * i // n
    err.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n}")
    if i == n:
        err.write("\n")
    err.flush()


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status."""
    stdin = sys.stdin if stdin is None else stdin
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else 2
    if args.version:
        from conflictnorm import __version__  # noqa: PLC0415 - avoids an import cycle

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
    return _run(args, options, stdin, out, err)


def _read_all(
    sources: Sequence[str], published: str | None, stdin: TextIO, err: TextIO
) -> tuple[list[tuple[str, str, str | None]], int]:
    """Read every input; report the unreadable ones on stderr and count them."""
    read: list[tuple[str, str, str | None]] = []
    failed = 0
    for source in sources:
        try:
            text = _read(source, stdin)
        except (OSError, UnicodeDecodeError) as e:
            err.write(f"conflictnorm: {source}: {e}\n")
            failed += 1
            continue
        read.append((source, text, _dateline(source, text, published)))
    return read, failed


def _run(
    args: argparse.Namespace, options: Options, stdin: TextIO, out: TextIO, err: TextIO
) -> int:
    read, failed = _read_all(list(_inputs(args.paths)), args.published, stdin, err)
    show_progress = len(read) > 1 and err.isatty()
    collected: list[dict[str, Any]] = []
    work = functools.partial(_process, options=options)
    pool = (
        multiprocessing.get_context().Pool(args.jobs) if args.jobs > 1 and len(read) > 1 else None
    )
    results: Iterator[tuple[str, dict[str, Any] | str]] = (
        pool.imap(work, read, chunksize=4) if pool is not None else map(work, read)
    )
    try:
        for i, (source, result) in enumerate(results, 1):
            if isinstance(result, str):
                err.write(f"conflictnorm: {source}: {result}\n")
                failed += 1
            elif args.format == "jsonl":
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
            elif args.format == "json":
                collected.append(result)
            else:
                _table(result, out)
            if show_progress:
                _progress(i, len(read), err)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    if args.format == "json":
        out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def main_entry() -> None:  # pragma: no cover - exercised through the installed script
    """Console-script entry point: exit with `main`'s status."""
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader went away (`conflictnorm ... | head`): stop quietly.
        sys.stderr.close()
        sys.exit(0)
