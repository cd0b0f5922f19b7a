"""Tailoring speed before and after a change, the two versions taking turns on one machine.

    python -m bench.speed_turns [BASELINE]      (also part of `python -m bench tailor`)

A shared machine's load changes from minute to minute, so two runs minutes apart say little about a
change of 10-20%. Here the baseline (`git archive BASELINE`, default `BASELINE` below: main before the
speed work of issue 17) and the working tree each run in a worker process that loads the bench's banks
once and then waits; the two are asked in turn, round after round, to analyse the bench's longest
posting and tailor a synthetic bank of each size (`bench_tailor.synthetic_bank`, cold text caches as
in `bench_tailor.speed`), so both see the same load. CPU time (process time), median and best of all
rounds; the load average is reported at the start and the end.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "7c6ec0b"  # main before issue 17's speed work
SIZES = (100, 1_000, 10_000)
ROUNDS = 5
REPS = {100: 5, 1_000: 3, 10_000: 1}  # timed runs per turn

WORKER = r"""
import json, sys, time
from pathlib import Path
import bench.bench_tailor as bt
from resume_core.posting.analysis import build_posting
from resume_core.tailoring import pipeline, scoring

data = Path(sys.argv[1])  # the working tree's data: both versions tailor the same banks
bt.CVS, bt.POSTINGS = data / "resumes" / "dotin_train.jsonl", data / "skillspan_traindev.jsonl"
pairs = bt.load_pairs()
text = max((raw for _, _, raw in pairs), key=lambda p: len(p["knowledge"]))["text"]
pool = [bank for _, bank, _ in pairs]
build_posting(text)  # the vocabulary loads once per process, in the app too
banks = {}
print("ready", flush=True)
for line in sys.stdin:
    size, reps = map(int, line.split())
    if size not in banks:
        banks[size] = bt.synthetic_bank(pool, size)
    cpu = []
    for _ in range(reps):
        for cache in (scoring.terms, scoring.concept_strengths, scoring.vocab_matches):
            cache.cache_clear()
        started = time.process_time()
        pipeline.tailor(banks[size], build_posting(text), today=bt.TODAY)
        cpu.append(time.process_time() - started)
    print(json.dumps(cpu), flush=True)
"""


def _worker(tree: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT / "bench" / "data")], cwd=tree, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _ask(worker: subprocess.Popen, size: int, reps: int) -> list[float]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(f"{size} {reps}\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


def turns(baseline: str = BASELINE, sizes: tuple[int, ...] = SIZES, rounds: int = ROUNDS) -> dict:
    """{figure: value}: CPU ms before and after at each size, and the load average around the runs."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", baseline, "resume_core", "data", "bench"],
                             capture_output=True)
    if archive.returncode:
        return {f"speed turns: baseline {baseline} is not in this checkout": "skipped"}
    out: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        workers = {"before": _worker(Path(tmp)), "after": _worker(ROOT)}
        try:
            for worker in workers.values():
                assert worker.stdout is not None
                if worker.stdout.readline().strip() != "ready":
                    raise RuntimeError("a speed worker failed to start (its error is printed above)")
            out["load average (1 min) at the start of the turns"] = os.getloadavg()[0]
            times: dict[tuple[str, int], list[float]] = {(name, size): [] for name in workers for size in sizes}
            for n in range(rounds):
                order = list(workers) if n % 2 == 0 else list(reversed(workers))  # each goes first in turn
                for size in sizes:
                    for name in order:
                        times[name, size] += _ask(workers[name], size, REPS.get(size, 1))
            out["load average (1 min) at the end of the turns"] = os.getloadavg()[0]
        finally:
            for worker in workers.values():
                if worker.stdin:
                    worker.stdin.close()
                worker.wait(timeout=60)
    for size in sizes:
        before, after = times["before", size], times["after", size]
        label = f"turns, {size:,} items"
        out[f"{label}: before ({baseline}) CPU ms, median"] = statistics.median(before) * 1000
        out[f"{label}: after CPU ms, median"] = statistics.median(after) * 1000
        out[f"{label}: before / after best CPU ms"] = f"{min(before) * 1000:.1f} / {min(after) * 1000:.1f}"
        out[f"{label}: after / before (median)"] = statistics.median(after) / statistics.median(before)
    return out


if __name__ == "__main__":
    for key, value in turns(*sys.argv[1:2]).items():
        print(f"{key:60} {value:,.3f}" if isinstance(value, float) else f"{key:60} {value}")
