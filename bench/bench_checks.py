"""What the code checks cost CI: ruff, and mypy cold (a fresh clone has no .mypy_cache) and warm.

Wall time depends on the machine's load; CPU time (of the tool's process) is the steadier figure.
Findings should be 0: tests/test_code_checks.py fails otherwise.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ("resume_core", "ui", "pages", "app.py", "bench", "tests", "tools")


def _timed(*args: str) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """(wall seconds, CPU seconds of the child, the finished process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done


def _ruff_findings(done: subprocess.CompletedProcess[str]) -> int:
    """Lines of ruff's concise output that name a rule ("path:line:col: F401 ...")."""
    return sum(bool(re.match(r"\S+:\d+:\d+: [A-Z]+\d+ ", line)) for line in done.stdout.splitlines())


def run(print_table: bool = True) -> dict:
    ruff_wall, ruff_cpu, ruff = _timed("ruff", "check", "--no-cache", "--output-format", "concise", *RUFF_PATHS)
    with tempfile.TemporaryDirectory() as cache:
        cold_wall, cold_cpu, mypy = _timed("mypy", "--cache-dir", cache)
        warm_wall, warm_cpu, _ = _timed("mypy", "--cache-dir", cache)
    figures = {
        "ruff_findings": _ruff_findings(ruff),
        "ruff_wall_s": round(ruff_wall, 2),
        "ruff_cpu_s": round(ruff_cpu, 2),
        "mypy_findings": sum(": error:" in line for line in mypy.stdout.splitlines()),
        "mypy_cold_wall_s": round(cold_wall, 1),
        "mypy_cold_cpu_s": round(cold_cpu, 1),
        "mypy_warm_wall_s": round(warm_wall, 1),
        "mypy_warm_cpu_s": round(warm_cpu, 1),
    }
    if print_table:
        for key, value in figures.items():
            print(f"{key:20} {value}")
    return figures


if __name__ == "__main__":
    run()
