# SPDX-License-Identifier: MIT
r"""``nox -s bench``: what users see, each figure measured in fresh processes.

A user normalizes an article their process has not seen before, so every
figure that matters is taken in a fresh interpreter that first warms up on
an unrelated short text (lazy tables loaded) and then sees each measured
text exactly once. The warm figure (the same texts a second time in the
same process) is printed next to it for comparison only.

Sections: the corpus once and warm (per 5 KB, median and p95), per kind,
the peers on the same unseen texts (``dateparser.search.search_dates`` for
dates, ``quantulum3.parser.parse`` for numbers) and one ``re.finditer(r"\w+")``
pass as the physical floor, scaling from 10 KB to 10 MB, adversarial inputs
at 10 KB, 100 KB and 1 MB, peak RSS (VmHWM), the first ``normalize()``,
``import conflictnorm`` and the single-expression API.

Usage::

    python benchmarks/run.py            # full run, about 10 minutes on 2 cores
    python benchmarks/run.py --quick    # fewer repeats, no 1 MB/10 MB inputs
    python benchmarks/run.py --only corpus,scaling
    python benchmarks/run.py --hunt     # look for new slow inputs at 100 KB

It prints one table and writes JSON to ``benchmarks/results/``. Only the
public API is called: ``cn.normalize``, ``cn.Options(kinds=...)`` and the
single-expression functions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_DIR = HERE / "corpus"
RESULTS = HERE / "results"
KINDS = ("place", "date", "quantity", "percent", "count")
NUMBER_KINDS = ("quantity", "percent", "count")
KB = 1000  # sizes are UTF-8 bytes; 5 KB = 5,000 bytes

# The warm-up text: unrelated to the corpus, short, and touching every kind so
# that the lazy tables (gazetteer, fuzzy place index, units, date grammar and
# dateparser) are loaded before timing: a misspelt place ("Truskavetts") and
# an absolute date are there for the fuzzy index and dateparser.
WARMUP = (
    "Officials in Lviv said on Tuesday that 12 drones flew about 40 km (25 miles) toward "
    "the Drohobych Oilfields, and that 15% of the 300 homes near Truskavetts lost power "
    "on 3 March 2021."
)
WARMUP_PUBLISHED = "2021-05-04"
SCALE_PUBLISHED = "2025-11-12"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --------------------------------------------------------------------------- corpus


def corpus() -> list[tuple[str, str, str]]:
    """Every corpus article as ``(file name, text, dateline)``; the dateline is the name's date."""
    return [
        (p.name, p.read_text(encoding="utf-8"), p.name[:10])
        for p in sorted(CORPUS_DIR.glob("*.txt"))
    ]


def _rng(seed: int) -> random.Random:
    """A seeded generator: the corpus order and the random inputs are the same on every run."""
    return random.Random(seed)  # noqa: S311 - reproducible test data, not a secret


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _cut(text: str, size: int) -> str:
    """The first ``size`` UTF-8 bytes of ``text`` (a split character is dropped)."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_DIGITS_RE = re.compile(r"\d+")


def vary(text: str, copy: int) -> str:
    """Copy number ``copy`` of an article, with different numbers, years, months and weekdays.

    Copy 0 is the article itself. Later copies rotate month and weekday names,
    move years within 2014-2026, move days 1-28 within 1-28 and change the last
    digit of longer numbers, so a long document built from copies is not one
    article's cache hits.
    """
    if copy == 0:
        return text

    def number(m: re.Match[str]) -> str:
        s = m.group()
        v = int(s)
        if len(s) == 4 and 1990 <= v <= 2029:
            return str(2014 + (v - 2014 + copy) % 13)
        if len(s) <= 2 and 1 <= v <= 28:
            return str((v - 1 + copy) % 28 + 1).zfill(len(s))
        if len(s) >= 3:
            return s[:-1] + str((int(s[-1]) + copy) % 10)
        return s

    text = _MONTH_RE.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + copy) % 12], text)
    text = _WEEKDAY_RE.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m.group()) + copy) % 7], text)
    return _DIGITS_RE.sub(number, text)


def scale_document(size: int) -> str:
    """A document of ``size`` bytes: the corpus articles in a new order per copy, each copy varied."""
    articles = [text for _, text, _ in corpus()]
    parts: list[str] = []
    total = 0
    copy = 0
    while total < size:
        order = list(range(len(articles)))
        _rng(copy).shuffle(order)
        for i in order:
            part = vary(articles[i], copy)
            parts.append(part)
            total += _size(part) + 2
            if total >= size:
                break
        copy += 1
    return _cut("\n\n".join(parts), size)


# --------------------------------------------------------------------------- adversarial


def _words(size: int, seed: int, word: Callable[[random.Random], str], sep: str = " ") -> str:
    rng = _rng(seed)
    out: list[str] = []
    total = 0
    while total < size:
        w = word(rng) + sep
        out.append(w)
        total += _size(w)
    return _cut("".join(out), size)


def _random_capitalised(rng: random.Random) -> str:
    return rng.choice("BCDFGHKLMNPRSTVZ") + "".join(
        rng.choice("aeiouklmnrstvz") for _ in range(rng.randint(3, 9))
    )


def _random_hyphenated(rng: random.Random) -> str:
    return _random_capitalised(rng) + "-" + _random_capitalised(rng)


def _random_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}"


# Letters from a few long-established blocks (Latin-1, Latin Extended-A, Greek,
# Cyrillic, Hebrew, Arabic, Devanagari, CJK): stable across Python versions.
_LETTER_RANGES = (
    (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x5D0, 0x5EA),
    (0x620, 0x64A), (0x904, 0x939), (0x4E00, 0x4FFF),
)  # fmt: skip
_LETTERS = tuple(
    chr(c)
    for lo, hi in _LETTER_RANGES
    for c in range(lo, hi + 1)
    if unicodedata.category(chr(c)).startswith("L")
)


def _random_unicode_word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 8)))


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: _cut(unit * (size // len(unit) + 1), size)


GREEK = (
    "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi "
    "Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega "
)

# name -> builder(size in bytes). Keep in step with tests/test_adversarial_smoke.py.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "for a day and": _repeat("for a day and "),
    "a day": _repeat("a day "),
    "an hour": _repeat("an hour "),
    "capitalised words": _repeat(GREEK),
    "random capitalised": lambda n: _words(n, 1, _random_capitalised),
    "random hyphenated names": lambda n: _words(n, 2, _random_hyphenated),
    "repeated place name": _repeat("Kupyansk "),
    "hyphenated place name": _repeat("Kupyansk-"),
    "9 9 9": _repeat("9 "),
    "5%": _repeat("5% "),
    "per cent": _repeat("per cent "),
    "a a a": _repeat("a "),
    "the the": _repeat("the "),
    "- - -": _repeat("- "),
    "one long word": _repeat("x"),
    "digits": _repeat("9"),
    "1,000,000,": _repeat("1,000,000,"),
    "digit-commas": _repeat("1,"),
    "digit-dots": _repeat("1."),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "in January, 80 spaces, 5": _repeat("in January" + " " * 80 + "5 "),
    "month names": _repeat(" ".join(MONTHS) + " "),
    "May 5": _repeat("May 5 "),
    "random dates": lambda n: _words(n, 3, _random_date),
    "qualifiers": _repeat("more than "),
    "number words": _repeat("twenty-one "),
    "apostrophes": _repeat("'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}"),
    "dashes": _repeat("-\N{HYPHEN}\N{NON-BREAKING HYPHEN}\N{EN DASH}\N{EM DASH}"),
    "random Unicode letters": lambda n: _words(n, 4, _random_unicode_word),
}

# Candidates for --hunt: a quick loop at 100 KB to find new slow inputs.
HUNT: dict[str, Callable[[int], str]] = {
    **ADVERSARIAL,
    "a week": _repeat("a week "),
    "a mile": _repeat("a mile "),
    "for a": _repeat("for a "),
    "a day.": _repeat("a day. "),
    "random capitalised, commas": lambda n: _words(n, 5, _random_capitalised, ", "),
    "near Random": lambda n: _words(n, 6, lambda r: "near " + _random_capitalised(r)),
    "Random region": lambda n: _words(n, 7, lambda r: _random_capitalised(r) + " region"),
    "Random Oblast,": lambda n: _words(n, 8, lambda r: _random_capitalised(r) + " Oblast,"),
    "Random's": lambda n: _words(n, 9, lambda r: _random_capitalised(r) + "'s"),
    "random numbers": lambda n: _words(n, 10, lambda r: str(r.randint(0, 10**6))),
    "random N km": lambda n: _words(n, 11, lambda r: f"{r.randint(1, 9999)} km"),
    "random N.N%": lambda n: _words(n, 12, lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%"),
    "random N drones": lambda n: _words(n, 13, lambda r: f"{r.randint(1, 9999)} drones"),
    "Nov. 10": _repeat("Nov. 10 "),
    "on Monday": _repeat("on Monday "),
    "(31 miles)": _repeat("(31 miles) "),
    "5 km": _repeat("5 km "),
    "in May": _repeat("in May "),
    "March 5,": _repeat("March 5, "),
    "between 1 and": _repeat("between 1 and "),
    "mixed values": _repeat("Kyiv 5 km 20% May 3 "),
    "U.S.": _repeat("U.S. "),
    "Nova-Nova-": _repeat("Nova-"),
    "NNBSP digits": _repeat("9\N{NARROW NO-BREAK SPACE}"),
    "Kupyanks (typo)": _repeat("Kupyanks "),
    "1/2": _repeat("1/2 "),
    "S-300": _repeat("S-300 "),
    "2024": _repeat("2024 "),
    "tabs": _repeat("\t"),
}


# --------------------------------------------------------------------------- child jobs
# Each job runs in its own fresh interpreter (``run.py --job JSON``) and prints
# one JSON line. Jobs import conflictnorm themselves; the parent never does.


def _vm(field: str) -> float:
    """A ``/proc/self/status`` field (VmHWM, VmRSS) in MB."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split(field + ":")[1].split()[0]) / 1024


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux 4.0+), so a later peak excludes setup garbage."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def _options(kinds: list[str] | None) -> Any:
    import conflictnorm as cn

    return None if kinds is None else cn.Options(kinds=set(kinds))


def _floor(text: str) -> float:
    r"""Best of three ``re.finditer(r"\w+")`` passes over ``text``."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _m in re.finditer(r"\w+", text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def job_corpus(*, kinds: list[str] | None, seed: int, warm: bool, floor: bool) -> dict[str, Any]:
    """Warm up, normalize every corpus text once (timed), optionally a second time."""
    import conflictnorm as cn

    texts = corpus()
    options = _options(kinds)
    cn.normalize(WARMUP, WARMUP_PUBLISHED, options=options)
    hwm_warm = _vm("VmHWM")
    order = list(range(len(texts)))
    _rng(seed).shuffle(order)
    once, once_cpu = [0.0] * len(texts), [0.0] * len(texts)
    mentions = [0] * len(texts)
    for i in order:
        _, text, published = texts[i]
        t0, c0 = time.perf_counter(), time.process_time()
        doc = cn.normalize(text, published, options=options)
        once[i], once_cpu[i] = time.perf_counter() - t0, time.process_time() - c0
        mentions[i] = len(doc.mentions)
    del doc
    out: dict[str, Any] = {
        "once": once,
        "once_cpu": once_cpu,
        "mentions": mentions,
        "vmhwm_after_warmup_mb": hwm_warm,
    }
    if warm:
        again, again_cpu = [0.0] * len(texts), [0.0] * len(texts)
        for i in order:
            _, text, published = texts[i]
            t0, c0 = time.perf_counter(), time.process_time()
            cn.normalize(text, published, options=options)
            again[i], again_cpu[i] = time.perf_counter() - t0, time.process_time() - c0
        out["warm"], out["warm_cpu"] = again, again_cpu
    if floor:
        out["floor"] = [_floor(text) for _, text, _ in texts]
    out["vmhwm_mb"] = _vm("VmHWM")
    return out


def job_dateparser(seed: int) -> dict[str, Any]:
    """``search_dates`` over every corpus text once, after a warm-up on the warm-up text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates

        def run(text: str, published: str) -> list[Any]:
            base = dt.datetime.fromisoformat(published)
            found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
            return list(found or [])

        texts = corpus()
        run(WARMUP, WARMUP_PUBLISHED)
        order = list(range(len(texts)))
        _rng(seed).shuffle(order)
        once, once_cpu = [0.0] * len(texts), [0.0] * len(texts)
        found = [0] * len(texts)
        for i in order:
            _, text, published = texts[i]
            t0, c0 = time.perf_counter(), time.process_time()
            res = run(text, published)
            once[i], once_cpu[i] = time.perf_counter() - t0, time.process_time() - c0
            found[i] = len(res)
    return {"once": once, "once_cpu": once_cpu, "found": found}


def job_quantulum(seed: int) -> dict[str, Any]:
    """``quantulum3.parser.parse`` over every corpus text once, after a warm-up."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # type: ignore[import-untyped]

        texts = corpus()
        parser.parse(WARMUP)
        order = list(range(len(texts)))
        _rng(seed).shuffle(order)
        once, once_cpu = [0.0] * len(texts), [0.0] * len(texts)
        found = [0] * len(texts)
        for i in order:
            _, text, _ = texts[i]
            t0, c0 = time.perf_counter(), time.process_time()
            res = parser.parse(text)
            once[i], once_cpu[i] = time.perf_counter() - t0, time.process_time() - c0
            found[i] = len(res)
    return {"once": once, "once_cpu": once_cpu, "found": found}


def job_document(family: str, name: str, size: int) -> dict[str, Any]:
    """Build one scaling or adversarial document, warm up, normalize it once (timed)."""
    import conflictnorm as cn

    text = scale_document(size) if family == "scale" else ADVERSARIAL[name](size)
    cn.normalize(WARMUP, WARMUP_PUBLISHED)
    # Building the text leaves garbage behind (copies, encoded bytes): the peak
    # that matters is the one during normalize(), with the text in memory.
    reset = _reset_peak()
    rss_before = _vm("VmRSS")
    t0, c0 = time.perf_counter(), time.process_time()
    doc = cn.normalize(text, SCALE_PUBLISHED)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "seconds": seconds,
        "cpu seconds": cpu,
        "bytes": _size(text),
        "mentions": len(doc.mentions),
        "vmrss_before_mb": rss_before,
        "vmhwm_mb": _vm("VmHWM"),
        "vmhwm since": "text built" if reset else "process start",
    }


def job_hunt(size: int) -> dict[str, Any]:
    """One warm process, every --hunt candidate at ``size`` once: a quick search, not a figure."""
    import conflictnorm as cn

    cn.normalize(WARMUP, WARMUP_PUBLISHED)
    out = {}
    for name, build in [("normal article", scale_document), *HUNT.items()]:
        text = build(size)
        t0 = time.perf_counter()
        cn.normalize(text, SCALE_PUBLISHED)
        out[name] = time.perf_counter() - t0
        print(f"  {name:<28} {out[name]:8.2f} s", file=sys.stderr, flush=True)
    return out


def job_api() -> dict[str, Any]:
    """Microseconds per call of the strict single-expression API (warm)."""
    import conflictnorm as cn

    calls: dict[str, Callable[[], object]] = {
        "cn.quantity('four miles')": lambda: cn.quantity("four miles"),
        "cn.quantity('about 10 km (6 miles)')": lambda: cn.quantity("about 10 km (6 miles)"),
        "cn.percent('19.1 per cent')": lambda: cn.percent("19.1 per cent"),
        "cn.count('about 300 soldiers')": lambda: cn.count("about 300 soldiers"),
        "cn.date('on Monday', '2025-11-12')": lambda: cn.date("on Monday", "2025-11-12"),
        "cn.place('Kupyansk')": lambda: cn.place("Kupyansk"),
    }
    out: dict[str, Any] = {}
    for name, call in calls.items():
        try:
            call()
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                for _ in range(400):
                    call()
                runs.append((time.perf_counter() - t0) / 400 * 1e6)
            out[name] = statistics.median(runs)
        except Exception as e:  # the API may change under the rewrite: report, go on
            out[name] = f"error: {type(e).__name__}: {e}"
    return out


JOBS: dict[str, Callable[..., dict[str, Any]]] = {
    "corpus": job_corpus,
    "dateparser": job_dateparser,
    "quantulum": job_quantulum,
    "document": job_document,
    "hunt": job_hunt,
    "api": job_api,
}


# --------------------------------------------------------------------------- parent


class JobError(Exception):
    """A child job failed or timed out; the message says which and why."""


#: Fresh interpreters run as a user's do: with bytecode caches written and read.
#: Without them (PYTHONDONTWRITEBYTECODE, set in some sandboxes and CI images)
#: every import recompiles the package's source, about 60 ms more.
_CHILD_ENV: Final = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child(job: str, timeout: float = 1200, **kwargs: Any) -> dict[str, Any]:
    """Run one job in a fresh interpreter and return its JSON result."""
    spec = json.dumps({"job": job, **kwargs})
    try:
        r = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--job", spec],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=_CHILD_ENV,
        )
    except subprocess.TimeoutExpired as e:
        msg = f"timeout after {timeout:.0f} s"
        raise JobError(msg) from e
    if r.returncode != 0:
        tail = r.stderr.strip().splitlines()[-1:] or ["no output"]
        msg = f"exit {r.returncode}: {tail[0]}"
        raise JobError(msg)
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


def _script(code: str) -> list[float]:
    """Run ``python -c code`` in a fresh interpreter; it prints floats on its last line."""
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        env=_CHILD_ENV,
    )
    return [float(x) for x in r.stdout.strip().splitlines()[-1].split()]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[-1] if len(xs) > 1 else xs[0]


def _per_text_median(runs: list[list[float]]) -> list[float]:
    """Per text, the median over the fresh processes."""
    return [statistics.median(col) for col in zip(*runs, strict=True)]


def _per5kb(
    times: list[float], sizes: list[int], cpu: list[float] | None = None
) -> dict[str, float]:
    """Per-5 KB figures over the texts: median, p95, and total time over total size."""
    per = [t / (s / (5 * KB)) * 1000 for t, s in zip(times, sizes, strict=True)]
    out = {
        "median ms per 5 KB": statistics.median(per),
        "p95 ms per 5 KB": _p95(per),
        "aggregate ms per 5 KB": sum(times) / (sum(sizes) / (5 * KB)) * 1000,
        "total s": sum(times),
    }
    if cpu is not None:
        per_cpu = [t / (s / (5 * KB)) * 1000 for t, s in zip(cpu, sizes, strict=True)]
        out["CPU median ms per 5 KB"] = statistics.median(per_cpu)
        out["CPU aggregate ms per 5 KB"] = sum(cpu) / (sum(sizes) / (5 * KB)) * 1000
    return out


def measure_startup(repeats: int) -> dict[str, Any]:
    _log("start-up: import (best of 5), first normalize()")
    imp = min(
        _script(
            "import time; t=time.perf_counter(); import conflictnorm; print(time.perf_counter()-t)"
        )[0]
        for _ in range(5)
    )
    first_article = min(CORPUS_DIR.glob("*.txt"))
    code = (
        "import pathlib, time, conflictnorm as cn\n"
        f"p = pathlib.Path({str(first_article)!r})\n"
        "text = p.read_text(encoding='utf-8')\n"
        "t, c = time.perf_counter(), time.process_time(); cn.normalize(text, p.name[:10])\n"
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    first = [_script(code) for _ in range(repeats)]
    return {
        "import s (best of 5)": imp,
        "first normalize() s (median)": statistics.median(f[0] for f in first),
        "first normalize() CPU s (median)": statistics.median(f[1] for f in first),
        "first normalize() runs": first,
        "first normalize() article": first_article.name,
    }


def measure_corpus(repeats: int, kind_repeats: int) -> dict[str, Any]:
    texts = corpus()
    sizes = [_size(t) for _, t, _ in texts]
    out: dict[str, Any] = {}
    _log(f"corpus: all kinds, each text once then warm, {repeats} fresh process(es)")
    runs = [_child("corpus", kinds=None, seed=r, warm=True, floor=r == 0) for r in range(repeats)]
    once = _per_text_median([r["once"] for r in runs])
    warm = _per_text_median([r["warm"] for r in runs])
    once_cpu = _per_text_median([r["once_cpu"] for r in runs])
    warm_cpu = _per_text_median([r["warm_cpu"] for r in runs])
    out["all kinds, once"] = _per5kb(once, sizes, once_cpu)
    out["all kinds, warm"] = _per5kb(warm, sizes, warm_cpu)
    out["floor"] = _per5kb(runs[0]["floor"], sizes, runs[0]["floor"])
    out["mentions"] = sum(runs[0]["mentions"])
    out["peak RSS MB (corpus, VmHWM)"] = statistics.median(r["vmhwm_mb"] for r in runs)
    out["RSS MB after warm-up (VmHWM)"] = statistics.median(
        r["vmhwm_after_warmup_mb"] for r in runs
    )
    out["per text"] = {
        name: {"bytes": s, "once s": o, "warm s": w}
        for (name, _, _), s, o, w in zip(texts, sizes, once, warm, strict=True)
    }
    out["_once"], out["_once_cpu"] = once, once_cpu
    kinds: dict[str, Any] = {}
    for kind in (*KINDS, "numbers"):
        ks = list(NUMBER_KINDS) if kind == "numbers" else [kind]
        _log(f"corpus: kinds={ks}, each text once, {kind_repeats} fresh process(es)")
        try:
            kr = [
                _child("corpus", kinds=ks, seed=r, warm=False, floor=False)
                for r in range(kind_repeats)
            ]
        except JobError as e:
            kinds[kind] = {"error": str(e)}
            continue
        kt = _per_text_median([r["once"] for r in kr])
        kc = _per_text_median([r["once_cpu"] for r in kr])
        kinds[kind] = {
            **_per5kb(kt, sizes, kc),
            "mentions": sum(kr[0]["mentions"]),
            "_once": kt,
            "_once_cpu": kc,
        }
    out["per kind"] = kinds
    return out


def measure_peers(repeats: int, ours: dict[str, Any]) -> dict[str, Any]:
    """The peers on the same texts, each seen once per fresh process; ratios are theirs / ours."""
    texts = corpus()
    sizes = [_size(t) for _, t, _ in texts]
    all_once, all_cpu = ours["_once"], ours["_once_cpu"]
    out: dict[str, Any] = {}
    # quantulum3 takes about half a second per 5 KB: one process is enough for a reference.
    for name, job, mine, n in (
        ("search_dates", "dateparser", "date", repeats),
        ("quantulum3", "quantulum", "numbers", 1),
    ):
        _log(f"peers: {name}, each text once, {n} fresh process(es)")
        try:
            runs = [_child(job, seed=r) for r in range(n)]
        except JobError as e:
            out[name] = {"error": str(e)}
            continue
        theirs = _per_text_median([r["once"] for r in runs])
        cpu = _per_text_median([r["once_cpu"] for r in runs])
        entry: dict[str, Any] = {**_per5kb(theirs, sizes, cpu), "found": sum(runs[0]["found"])}
        entry["theirs / ours (all kinds)"] = sum(theirs) / sum(all_once)
        entry["CPU theirs / ours (all kinds)"] = sum(cpu) / sum(all_cpu)
        entry["median per-text theirs / ours (all kinds)"] = statistics.median(
            a / b for a, b in zip(theirs, all_once, strict=True)
        )
        kind = ours["per kind"].get(mine, {})
        if "_once" in kind:
            entry[f"theirs / ours ({mine} only)"] = sum(theirs) / sum(kind["_once"])
            entry[f"CPU theirs / ours ({mine} only)"] = sum(cpu) / sum(kind["_once_cpu"])
        out[name] = entry
    floor = ours["floor"]["total s"]
    out["floor: ours (all kinds, once) / finditer"] = sum(all_once) / floor
    out["floor: ours (all kinds, warm) / finditer"] = ours["all kinds, warm"]["total s"] / floor
    return out


SCALE_SIZES = (10 * KB, 100 * KB, 1000 * KB, 10000 * KB)
ADV_SIZES = (10 * KB, 100 * KB, 1000 * KB)


def _label(size: int) -> str:
    return f"{size // 1000} KB" if size < 1_000_000 else f"{size // 1_000_000} MB"


def _document(family: str, name: str, size: int, repeats: int, timeout: float) -> dict[str, Any]:
    runs = [
        _child("document", timeout=timeout, family=family, name=name, size=size)
        for _ in range(repeats)
    ]
    return {
        **runs[0],
        "seconds": statistics.median(r["seconds"] for r in runs),
        "cpu seconds": statistics.median(r["cpu seconds"] for r in runs),
        "runs s": [r["seconds"] for r in runs],
    }


def measure_scaling(*, quick: bool) -> dict[str, Any]:
    sizes = SCALE_SIZES[:3] if quick else SCALE_SIZES
    out: dict[str, Any] = {}
    prev = None
    for size in sizes:
        repeats = 1 if quick or size >= 1000 * KB else 3
        _log(f"scaling: {_label(size)}, once, {repeats} fresh process(es)")
        try:
            r = _document("scale", "", size, repeats, timeout=1500)
        except JobError as e:
            out[_label(size)] = {"error": str(e)}
            prev = None
            continue
        r["ms per 5 KB"] = r["seconds"] / (r["bytes"] / (5 * KB)) * 1000
        r["x previous"] = None if prev is None else r["seconds"] / prev
        out[_label(size)] = r
        prev = r["seconds"]
    return out


def measure_adversarial(*, quick: bool, budget: float, scaling: dict[str, Any]) -> dict[str, Any]:
    sizes = ADV_SIZES[:2] if quick else ADV_SIZES
    out: dict[str, Any] = {}
    for name in ADVERSARIAL:
        entry: dict[str, Any] = {}
        times: dict[int, float] = {}
        cpu: dict[int, float] = {}
        for size in sizes:
            label = _label(size)
            if size > ADV_SIZES[1]:
                # Project the next size from the last step (at least linear);
                # skip it when the projection exceeds the budget. CPU time, so
                # that a busy machine does not change which inputs are skipped.
                t10, t100 = cpu.get(10 * KB), cpu.get(100 * KB)
                if t10 is None or t100 is None:
                    entry[label] = {"skipped": "smaller size failed"}
                    continue
                projected = t100 * max(10.0, t100 / max(t10, 1e-9))
                if projected > budget:
                    entry[label] = {
                        "skipped": f"projected {projected:.0f} CPU s > budget {budget:.0f} s"
                    }
                    continue
            # One fresh process per size: ~30 inputs x 3 sizes already cost ~100 start-ups.
            _log(f"adversarial: {name!r} at {label}, 1 fresh process")
            try:
                r = _document("adv", name, size, 1, timeout=max(120.0, 3 * budget))
            except JobError as e:
                entry[label] = {"error": str(e)}
                continue
            times[size], cpu[size] = r["seconds"], r["cpu seconds"]
            normal = scaling.get(label, {}).get("seconds")
            r["x normal article"] = None if normal is None else r["seconds"] / normal
            entry[label] = r
        for small, large in itertools.pairwise(sizes):
            if small in times and large in times:
                entry[f"{_label(large)} / {_label(small)}"] = times[large] / max(times[small], 1e-9)
                entry[f"CPU {_label(large)} / {_label(small)}"] = cpu[large] / max(cpu[small], 1e-9)
        out[name] = entry
    return out


# --------------------------------------------------------------------------- report


def _git() -> dict[str, Any]:
    def run(*args: str) -> str:
        r = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return r.stdout.strip()

    return {
        "commit": run("rev-parse", "--short", "HEAD"),
        "conflictnorm/ modified": bool(run("status", "--porcelain", "--", "conflictnorm")),
    }


def _f(x: Any, width: int = 8, digits: int = 2, suffix: str = "") -> str:
    """A right-aligned number, or a dash when there is none."""
    if not isinstance(x, int | float):
        return f"{'-':>{width}}"
    return f"{x:{width - len(suffix)}.{digits}f}{suffix}"


def _table(report: dict[str, Any]) -> Iterator[str]:
    meta = report["meta"]
    modified = " (conflictnorm/ modified)" if meta["conflictnorm/ modified"] else ""
    yield (
        f"conflictnorm benchmark - commit {meta['commit']}{modified}, Python {meta['python']}, "
        f"{meta['cpus']} CPUs, {meta['mode']} run, {meta['date']}"
    )
    yield (
        f"corpus: {meta['articles']} articles, {meta['corpus KB']:.1f} KB "
        f"({meta['smallest KB']:.1f} to {meta['largest KB']:.1f} KB each); "
        "times are wall clock (perf_counter) unless marked CPU (process_time)"
    )
    yield from _corpus_rows(report)
    yield from _peer_rows(report)
    yield from _scaling_rows(report)
    yield from _adversarial_rows(report)
    yield from _startup_rows(report)
    api = report.get("api")
    if api:
        yield ""
        yield "Single-expression API, warm (microseconds per call, median of 5 x 400 calls)"
        for name, us in api.items():
            yield f"  {name:<42} {_f(us, 8, 1) if not isinstance(us, str) else us}"


def _corpus_rows(report: dict[str, Any]) -> Iterator[str]:
    c = report.get("corpus")
    if not c:
        return
    yield ""
    yield (
        "Corpus, ms per 5 KB, each text once per fresh process   "
        "median      p95  aggregate  CPU aggr."
    )
    rows = [("normalize, all kinds, once", c["all kinds, once"])]
    rows += [(f"  only {k}", v) for k, v in c["per kind"].items() if "error" not in v]
    rows += [("normalize, all kinds, warm (same texts again)", c["all kinds, warm"])]
    rows += [("re.finditer(r'\\w+') over the same texts (floor)", c["floor"])]
    for label, v in rows:
        yield (
            f"  {label:<52} {_f(v['median ms per 5 KB'])} {_f(v['p95 ms per 5 KB'])} "
            f"{_f(v['aggregate ms per 5 KB'], 10)} {_f(v.get('CPU aggregate ms per 5 KB'), 10)}"
        )
    for k, v in c["per kind"].items():
        if "error" in v:
            yield f"  only {k}: {v['error']}"
    yield "  (only numbers = quantity, percent and count; aggregate = total time / total size)"
    slow = sorted(c["per text"].items(), key=lambda kv: -kv[1]["once s"] / kv[1]["bytes"])[:3]
    yield "  slowest per 5 KB, once: " + ", ".join(
        f"{n[:-4]} {v['once s'] / (v['bytes'] / (5 * KB)) * 1000:.0f} ms" for n, v in slow
    )
    yield f"  mentions found in the corpus: {c['mentions']}"


def _peer_rows(report: dict[str, Any]) -> Iterator[str]:
    p = report.get("peers")
    if not p:
        return
    yield ""
    yield (
        "Peers on the same unseen texts (theirs / ours: >1 = we are faster)   "
        "ms/5KB    theirs/ours  CPU   found"
    )
    for name, mine in (("search_dates", "date"), ("quantulum3", "numbers")):
        v = p.get(name, {})
        if "error" in v:
            yield f"  {name}: {v['error']}"
            continue
        yield (
            f"  {name + ', against normalize (all kinds)':<66} "
            f"{_f(v['median ms per 5 KB'])} {_f(v['theirs / ours (all kinds)'], 10)} "
            f"{_f(v['CPU theirs / ours (all kinds)'], 6)} {v['found']:>7}"
        )
        key = f"theirs / ours ({mine} only)"
        if key in v:
            yield (
                f"  {name + ', against normalize (' + mine + ' only)':<66} {'':>8} "
                f"{_f(v[key], 10)} {_f(v['CPU ' + key], 6)}"
            )
    yield (
        "  normalize / one re.finditer(r'\\w+') pass: "
        f"once {p['floor: ours (all kinds, once) / finditer']:.0f}x, "
        f"warm {p['floor: ours (all kinds, warm) / finditer']:.0f}x"
    )


def _scaling_rows(report: dict[str, Any]) -> Iterator[str]:
    s = report.get("scaling")
    if not s:
        return
    yield ""
    yield (
        "Scaling, one varied document seen once per fresh process    "
        "seconds   CPU s  ms/5KB  x prev  CPU x prev  peak RSS MB"
    )
    prev_cpu = None
    for label, v in s.items():
        if "error" in v:
            yield f"  {label:<8} {v['error']}"
            prev_cpu = None
            continue
        x_cpu = None if prev_cpu is None else v["cpu seconds"] / prev_cpu
        prev_cpu = v["cpu seconds"]
        yield (
            f"  {label:<7} ({v['mentions']:>7} mentions)                          "
            f"{_f(v['seconds'], 9)} {_f(v['cpu seconds'])} {_f(v['ms per 5 KB'], 7, 1)} "
            f"{_f(v['x previous'], 7)} {_f(x_cpu, 11)} {_f(v['vmhwm_mb'], 12, 0)}"
        )


def _adversarial_rows(report: dict[str, Any]) -> Iterator[str]:
    a = report.get("adversarial")
    if not a:
        return
    sizes = [lbl for lbl in ("10 KB", "100 KB", "1 MB") if any(lbl in e for e in a.values())]
    short = {"10 KB": "10K", "100 KB": "100K", "1 MB": "1M"}
    pairs = list(itertools.pairwise(sizes))
    yield ""
    yield "Adversarial inputs, seconds, seen once per fresh process; ratios: 10x step, and x normal"
    yield (
        f"  {'input':<28}"
        + "".join(f"{lbl:>9}" for lbl in sizes)
        + "".join(f"{short[b] + '/' + short[s]:>10}" for s, b in pairs)
        + "".join(f"{'CPU ' + short[b] + '/' + short[s]:>13}" for s, b in pairs)
        + "".join(f"{'xN ' + short[lbl]:>9}" for lbl in sizes)
    )
    notes = []
    for name, e in a.items():
        cells = []
        for lbl in sizes:
            v = e.get(lbl, {})
            if "seconds" in v:
                cells.append(_f(v["seconds"], 9))
            else:
                cells.append(f"{'skipped' if 'skipped' in v else 'error':>9}")
                notes.append(f"  {name} at {lbl}: {v.get('skipped') or v.get('error')}")
        ratios = [_f(e.get(f"{b} / {s}"), 10, 1, "x") for s, b in pairs]
        ratios += [_f(e.get(f"CPU {b} / {s}"), 13, 1, "x") for s, b in pairs]
        normal = [_f(e.get(lbl, {}).get("x normal article"), 9, 1, "x") for lbl in sizes]
        yield f"  {name:<28}{''.join(cells)}{''.join(ratios)}{''.join(normal)}"
    yield "  (xN = time / time of a normal article of the same size, from the scaling section)"
    yield from notes


def _startup_rows(report: dict[str, Any]) -> Iterator[str]:
    m, c, s = report.get("startup"), report.get("corpus"), report.get("scaling")
    if not (m or c or s):
        return
    yield ""
    yield "Start-up and memory"
    if m:
        yield f"  import conflictnorm (best of 5)                {m['import s (best of 5)']:8.3f} s"
        yield (
            f"  first normalize() in a fresh process (median)  "
            f"{m['first normalize() s (median)']:8.3f} s (CPU "
            f"{m['first normalize() CPU s (median)']:.3f} s)"
        )
    if c:
        yield f"  RSS after the warm-up (VmHWM)                  {c['RSS MB after warm-up (VmHWM)']:8.0f} MB"
        yield f"  peak RSS, whole corpus once and warm (VmHWM)   {c['peak RSS MB (corpus, VmHWM)']:8.0f} MB"
    if s and "vmhwm_mb" in s.get("10 MB", {}):
        v = s["10 MB"]
        yield (
            f"  peak RSS, 10 MB document (VmHWM)               {v['vmhwm_mb']:8.0f} MB "
            f"(RSS {v['vmrss_before_mb']:.0f} MB before normalize, with the text)"
        )


def _strip(report: Any) -> Any:
    """The report without the private ``_once`` lists (kept in ``per text`` already)."""
    if isinstance(report, dict):
        return {k: _strip(v) for k, v in report.items() if not k.startswith("_")}
    return report


SECTIONS = ("startup", "corpus", "peers", "scaling", "adversarial", "api")


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments, run the sections, print the table and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one process per figure, no 1 MB+ inputs")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    ap.add_argument(
        "--budget", type=float, default=30.0,
        help="skip a 1 MB adversarial input projected to take more CPU seconds",
    )  # fmt: skip
    ap.add_argument("--hunt", action="store_true", help="time every candidate input at 100 KB")
    ap.add_argument("--job", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.job:
        spec = json.loads(args.job)
        print(json.dumps(JOBS[spec.pop("job")](**spec)))
        return
    if args.hunt:
        _log("hunt: every candidate at 100 KB in one warm process (a search, not a figure)")
        res = _child("hunt", timeout=3600, size=100 * KB)
        normal = res.pop("normal article")
        print(f"{'normal article':<28} {normal:8.2f} s")
        for name, t in sorted(res.items(), key=lambda kv: -kv[1]):
            print(f"{name:<28} {t:8.2f} s {t / normal:7.1f}x normal")
        return

    only = set(args.only.split(","))
    unknown = only - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if "peers" in only:
        only.add("corpus")
    if "adversarial" in only:
        only.add("scaling")
    quick = args.quick
    texts = corpus()
    sizes = [_size(t) for _, t, _ in texts]
    started = time.perf_counter()
    report: dict[str, Any] = {
        "meta": {
            **_git(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "mode": "quick" if quick else "full",
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "articles": len(texts),
            "corpus KB": sum(sizes) / KB,
            "smallest KB": min(sizes) / KB,
            "largest KB": max(sizes) / KB,
        }
    }
    repeats = 1 if quick else 3
    if "startup" in only:
        report["startup"] = measure_startup(repeats)
    if "corpus" in only:
        report["corpus"] = measure_corpus(repeats, 1)
    if "peers" in only:
        report["peers"] = measure_peers(repeats, report["corpus"])
    if "scaling" in only:
        report["scaling"] = measure_scaling(quick=quick)
    if "adversarial" in only:
        report["adversarial"] = measure_adversarial(
            quick=quick, budget=args.budget, scaling=report["scaling"]
        )
    if "api" in only:
        _log("single-expression API")
        report["api"] = _child("api")
    report["meta"]["run s"] = time.perf_counter() - started
    report = _strip(report)

    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    out = RESULTS / f"bench-{stamp}-{report['meta']['mode']}.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print("\n".join(_table(report)))
    print(f"\nrun took {report['meta']['run s']:.0f} s; written: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
