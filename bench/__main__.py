"""Run every benchmark and print one table: `python -m bench [name ...]`.

Each `bench/bench_<name>.py` exposes `run(print_table=True) -> dict` of figure name -> value. The
figures are measured, never asserted: the README shows the latest table and the machine it ran on.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time

BENCHES = ["import", "import_merge", "analysis", "tailor", "vocab", "coverage", "export", "ats", "interview", "hostile",
           "checks", "app"]


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, Python {platform.python_version()}, {os.cpu_count()} cores, {cpu}"


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def main(argv: list[str]) -> int:
    names = argv or BENCHES
    rows: list[tuple[str, str, str]] = []
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        started = time.perf_counter()
        figures = module.run(print_table=False)
        print(f"[{name}] done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        rows.extend((name, key, _fmt(value)) for key, value in figures.items())
    width = max(len(key) for _, key, _ in rows)
    print(f"Machine: {_machine()}\n")
    print(f"| bench | figure{' ' * (width - 6)} | value |")
    print(f"|---|{'-' * (width + 2)}|---|")
    for name, key, value in rows:
        print(f"| {name} | {key.ljust(width)} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
