# SPDX-License-Identifier: MIT
"""``nox -s bench``: speed, memory and a quick look at accuracy against the peers.

Measures, on the corpus in ``benchmarks/corpus/`` (one core, after warm-up
unless said otherwise): cold import time, first-use costs, median and p95
time per article end to end and per kind, throughput, the 100 KB and 1 MB
documents, peak resident memory, the batch speed-up with 2 processes, the
linearity of adversarial inputs, and the peers (dateparser's search_dates,
quantulum3) on the same corpus. Prints a table and writes JSON to
``benchmarks/results/``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import conflictnorm as cn

HERE = Path(__file__).parent
CORPUS = sorted((HERE / "corpus").glob("*.txt"))
RESULTS = HERE / "results"
KINDS = ("place", "date", "quantity", "percent", "count")


def _published(path: Path) -> str:
    return path.name[:10]


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def cold_import() -> float:
    """Best of five fresh interpreters importing conflictnorm."""
    code = "import time; t=time.perf_counter(); import conflictnorm; print(time.perf_counter()-t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return min(runs)


def first_use() -> dict[str, float]:
    """Costs paid once per process, each in a fresh interpreter."""
    snippets = {
        "gazetteer": "from conflictnorm.places._gazetteer import gazetteer as f; f()",
        "pint registry": "from conflictnorm.quantities._units import unit_for as f; f('miles')",
        "dateparser": "from conflictnorm.dates._grammar import _absolute as f; f(2025, 11, 10)",
        "first normalize": "import conflictnorm as cn; cn.normalize("
        + repr(CORPUS[0].read_text(encoding="utf-8"))
        + ", published='2025-11-12')",
    }
    out = {}
    for name, code in snippets.items():
        prog = f"import time; t=time.perf_counter(); {code}; print(time.perf_counter()-t)"
        r = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True)
        out[name] = float(r.stdout.strip().splitlines()[-1])
    return out


def own_memory() -> float:
    """Peak resident memory of a fresh process that normalizes the whole corpus."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork and exec, so a
    # child would report its parent's peak.
    code = (
        "import pathlib, conflictnorm as cn\n"
        f"for p in sorted(pathlib.Path({str(HERE / 'corpus')!r}).glob('*.txt')):\n"
        "    cn.normalize(p.read_text(encoding='utf-8'), p.name[:10])\n"
        "status = pathlib.Path('/proc/self/status').read_text()\n"
        "print(int(status.split('VmHWM:')[1].split()[0]) / 1024)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(r.stdout.strip())


_RUNS = itertools.count()


def per_article(texts: list[tuple[str, str]], options: cn.Options | None = None) -> list[float]:
    # Each run gets a new text (a unique trailing line) so that per-text caches
    # cannot make a repeated measurement look faster than a first one.
    run = next(_RUNS)
    times = []
    for text, published in texts:
        t, _ = _timed(cn.normalize, f"{text}\n{run}", published, options=options)
        times.append(t)
    return times


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1]


def single_expressions() -> dict[str, float]:
    """Microseconds per call of the strict single-expression API (warm, cached tables)."""
    calls = {
        "cn.quantity('four miles')": lambda: cn.quantity("four miles"),
        "cn.quantity('about 10 km (6 miles)')": lambda: cn.quantity("about 10 km (6 miles)"),
        "cn.percent('19.1 per cent')": lambda: cn.percent("19.1 per cent"),
        "cn.count('about 300 soldiers')": lambda: cn.count("about 300 soldiers"),
        "cn.date('on Monday', published)": lambda: cn.date("on Monday", published="2025-11-12"),
        "cn.place('Kupyansk')": lambda: cn.place("Kupyansk"),
    }
    out = {}
    for name, call in calls.items():
        call()
        t, _ = _timed(lambda c=call: [c() for _ in range(2000)])
        out[name] = t / 2000 * 1e6
    return out


def big_documents(texts: list[tuple[str, str]]) -> dict[str, float]:
    joined = "\n\n".join(t for t, _ in texts)
    out = {}
    for label, size in (("100 KB", 100_000), ("1 MB", 1_000_000)):
        doc = (joined * (size // len(joined) + 1))[:size]
        out[label] = min(_timed(cn.normalize, doc, "2025-01-01")[0] for _ in range(2))
    return out


def batch(texts: list[tuple[str, str]]) -> dict[str, Any]:
    plain = [t for t, _ in texts] * 8
    t1, one = _timed(lambda: list(cn.normalize_many(plain, "2025-01-01")))
    t2, two = _timed(lambda: list(cn.normalize_many(plain, "2025-01-01", processes=2)))
    return {"1 process s": t1, "2 processes s": t2, "speed-up": t1 / t2, "identical": one == two}


ADVERSARIAL = {
    "digits": "9", "digit-commas": "1,", "spaced digits": "9 ", "apostrophes": "'",
    "capitalised words": "Kupyansk ", "qualifiers": "more than ", "hyphens": "-",
    "hyphenated name": "Kupyansk-",
}  # fmt: skip


def adversarial() -> dict[str, float]:
    out = {}
    for name, unit in ADVERSARIAL.items():
        small, large = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
        cn.normalize(small)
        # A new text each run: per-text caches must not favour repeated runs.
        ts = min(_timed(cn.normalize, f"{small}\n{i}")[0] for i in range(3))
        tl = min(_timed(cn.normalize, f"{large}\n{i}")[0] for i in range(2))
        out[name] = tl / max(ts, 1e-6)
    return out


def peers(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """Our date and number extraction side by side with dateparser and quantulum3."""
    from dateparser.search import search_dates

    try:
        from quantulum3 import parser as q3
    except ImportError:  # pragma: no cover - only in the bench session
        q3 = None
    out: dict[str, Any] = {}
    only_dates = cn.Options(kinds={"date"})
    only_numbers = cn.Options(kinds={"quantity", "percent", "count"})
    ours_d = sum(per_article(texts, only_dates))
    ours_n = sum(per_article(texts, only_numbers))
    theirs_d = 0.0
    found_d = 0
    for text, published in texts:
        base = dt.datetime.fromisoformat(published)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t, res = _timed(search_dates, text, languages=["en"], settings={"RELATIVE_BASE": base})
        theirs_d += t
        found_d += len(res or [])
    out["dates"] = {
        "ours s": ours_d, "search_dates s": theirs_d, "ratio (theirs/ours)": theirs_d / ours_d,
        "ours found": sum(len(cn.normalize(t, p, options=only_dates).mentions) for t, p in texts),
        "search_dates found": found_d,
    }  # fmt: skip
    if q3 is not None:
        theirs_n, found_n = 0.0, 0
        sample_miss: list[str] = []
        for text, _ in texts:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                t, res = _timed(q3.parse, text)
            theirs_n += t
            found_n += len(res)
            ours = cn.normalize(text, options=only_numbers).mentions
            spans = [(m.start, m.end) for m in ours]
            for r in res:
                if not any(s <= r.span[0] < e for s, e in spans) and len(sample_miss) < 8:
                    sample_miss.append(r.surface)
        out["numbers"] = {
            "ours s": ours_n, "quantulum3 s": theirs_n, "ratio (theirs/ours)": theirs_n / ours_n,
            "ours found": sum(len(cn.normalize(t, options=only_numbers).mentions) for t, _ in texts),
            "quantulum3 found": found_n, "quantulum3 finds, we do not (sample)": sample_miss,
        }  # fmt: skip
    return out


def main() -> None:
    """Run every measurement, print a table and write JSON."""
    texts = [(p.read_text(encoding="utf-8"), _published(p)) for p in CORPUS]
    kb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1000
    report: dict[str, Any] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "articles": len(texts),
        "corpus KB": round(kb, 1),
        "cold import s": cold_import(),
        "first use s": first_use(),
    }
    per_article(texts)  # warm-up
    times = per_article(texts)
    report["end to end"] = {
        "median ms": statistics.median(times) * 1000,
        "p95 ms": _p95(times) * 1000,
        "throughput KB/s": kb / sum(times),
        "median ms per 5 KB": statistics.median(
            t / (len(x.encode("utf-8")) / 5000) for t, (x, _) in zip(times, texts, strict=True)
        ) * 1000,
    }  # fmt: skip
    report["per kind"] = {}
    sizes = [len(x.encode("utf-8")) / 5000 for x, _ in texts]
    for kind in KINDS:
        kt = per_article(texts, cn.Options(kinds={kind}))
        report["per kind"][kind] = {
            "median ms": statistics.median(kt) * 1000,
            "p95 ms": _p95(kt) * 1000,
            "median ms per 5 KB": statistics.median(
                t / n for t, n in zip(kt, sizes, strict=True)
            ) * 1000,
        }  # fmt: skip
    report["single expression us per call"] = single_expressions()
    report["big documents s"] = big_documents(texts)
    report["batch"] = batch(texts)
    report["adversarial 100KB/10KB time ratio"] = adversarial()
    report["peers"] = peers(texts)
    report["peak RSS MB (this process, peers included)"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    report["peak RSS MB (conflictnorm alone)"] = own_memory()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"bench-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    _print(report)
    print(f"\nwritten: {out}")


def _print(report: dict[str, Any], indent: str = "") -> None:
    for key, value in report.items():
        if isinstance(value, dict):
            print(f"{indent}{key}:")
            _print(value, indent + "  ")
        elif isinstance(value, float):
            print(f"{indent}{key:<40} {value:12.3f}")
        else:
            print(f"{indent}{key:<40} {value}")


if __name__ == "__main__":
    main()
