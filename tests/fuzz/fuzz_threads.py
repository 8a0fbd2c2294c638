# SPDX-License-Identifier: MIT
"""Stress target: eight threads from a cold start give the serial records (issue 14.5).

Each run starts a fresh interpreter whose eight threads wait at a barrier and
then normalize at once, so every lazy table is built while threads race for
it. ``FUZZ_THREAD_RUNS`` sets the number of runs (default 100).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CORPUS = sorted((Path(__file__).parents[2] / "benchmarks" / "corpus").glob("*.txt"))[:8]
RUNS = int(os.environ.get("FUZZ_THREAD_RUNS", "100"))

_CHILD = """
import json, sys, threading
import conflictnorm as cn
paths = json.loads(sys.argv[1])
texts = [open(p, encoding="utf-8").read() for p in paths]
gate = threading.Barrier(len(texts))
out = [None] * len(texts)
def work(i):
    gate.wait()
    out[i] = cn.normalize(texts[i], published="2025-11-12").to_json()
threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(out))
"""


def fuzz_threads_from_a_cold_start() -> None:
    """Every run of eight racing threads gives exactly the serial records."""
    import conflictnorm as cn  # noqa: PLC0415 - the serial reference, in this process

    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    serial = [cn.normalize(t, published="2025-11-12").to_json() for t in texts]
    paths = json.dumps([str(p) for p in CORPUS])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    same = 0
    for _ in range(RUNS):
        out = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", _CHILD, paths],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        same += json.loads(out.stdout) == serial
    out_stream = sys.__stderr__ or sys.stderr
    out_stream.write(f"fuzz threads: {same} of {RUNS} cold runs gave the serial records\n")
    assert RUNS == same
