"""Hostile inputs (issue 16): can one visitor's upload stall or crash the shared server?

- cli: every import input of the hostile corpus (tests/hostile_corpus.py, built here, not stored)
  through `python -m resume_core import FILE --json -o bank.xml` in a subprocess: wall time, peak
  memory of the process tree (the CLI, the fork server and its worker; proportional set size, so
  pages the worker shares with the fork server count once), whether stderr holds a traceback,
  and whether a written bank reads back;
- app: the same files uploaded through a real browser (Debian Chromium, Playwright) into a live
  `streamlit run app.py` in session mode (TP_STORAGE=session) on a loopback port, while a second
  visitor polls `/_stcore/health` every 0.1 s: per input the time until the page settles, the app's
  peak tree memory, the longest health wait, and a traceback on the page (`stException`); plus a
  posting whose location and intro hold Markdown images, counting requests the browser sends to any
  host other than the app (remote fetches from untrusted text);
- text: every text parser (tests/adversarial_text.py) on every adversarial string of 50 KB: the
  worst milliseconds per KB.

Goals: peak memory < 500 MB and < 10 s per input, health wait never > 2 s, 0 tracebacks, 0 saves
that cannot be read back, 0 remote fetches.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
CHROMIUM = Path(os.environ.get("TP_CHROMIUM", "/usr/bin/chromium"))
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# --- memory of a process tree, sampled from /proc ---------------------------------------------------

def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _pss(pid: int) -> int:
    """Proportional set size: resident bytes with pages shared between processes (the fork server and
    its worker) divided among them, so a tree's sum is what it really holds; RSS where PSS is unknown."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return 0


def tree_rss(root: int) -> int:
    """Memory of `root` and all its descendants (PSS, see `_pss`)."""
    tree, total, stack = _children(), 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss(pid)
        stack.extend(tree.get(pid, []))
    return total


class PeakSampler:
    """Samples `tree_rss(pid)` every 50 ms in a thread; `peak` is the largest value seen."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self._stop.wait(0.05)

    def __enter__(self) -> PeakSampler:
        self.peak = tree_rss(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class HealthPoller:
    """A second visitor: GET /_stcore/health every 0.1 s; `worst` is the longest wait since `reset`."""

    def __init__(self, url: str) -> None:
        self.url, self.worst, self._stop = f"{url}/_stcore/health", 0.0, threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=30) as reply:
                    reply.read()
            except OSError:
                pass
            self.worst = max(self.worst, time.perf_counter() - started)
            self._stop.wait(0.1)

    def reset(self) -> None:
        self.worst = 0.0

    def __enter__(self) -> HealthPoller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# --- the corpus through the CLI --------------------------------------------------------------------

def _cli_case(case, folder: Path) -> dict:
    path = folder / case.filename
    path.write_bytes(case.build())
    out = folder / f"{case.name}.xml"
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "resume_core", "import", str(path), "--json", "-o", str(out)],
                               cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with PeakSampler(process.pid) as sampler:
        _, stderr = process.communicate(timeout=300)
    seconds = time.perf_counter() - started
    unreadable = 0
    if out.exists():
        from resume_core.errors import UserError
        from resume_core.bank.xml_io import parse_bank_xml

        try:
            parse_bank_xml(out.read_bytes())
        except UserError:
            unreadable = 1
    text = stderr.decode("utf-8", "replace")
    return {"seconds": seconds, "peak_mb": sampler.peak / 1e6, "traceback": int("Traceback" in text),
            "refused": int(process.returncode == 2), "unreadable": unreadable, "exit": process.returncode}


# --- the corpus through a live app in session mode -------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_app(folder: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TP_"))}
    env.update({"TP_STORAGE": "session", "PYTHONUNBUFFERED": "1"})
    log = open(folder / "streamlit.log", "wb")  # noqa: SIM115 - lives as long as the app
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.address",
         "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--secrets.files", str(folder / "none.toml")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.read().strip() == b"ok":
                    return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("streamlit did not start")


def _app_cases(cases, folder: Path) -> tuple[dict[str, dict], int]:
    from e2e.steps import go, open_app, settle, tab
    from playwright.sync_api import sync_playwright

    from hostile_corpus import CASES  # noqa: F401  (cases are passed in)

    process, url = _start_app(folder)
    results: dict[str, dict] = {}
    remote: list[str] = []
    try:
        with sync_playwright() as playwright, HealthPoller(url) as health:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                                args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("request", lambda r: remote.append(r.url) if not r.url.startswith((url, "data:", "blob:")) else None)
            open_app(page, url)
            go(page, "Big Resume")
            for case in cases:
                path = folder / case.filename
                path.write_bytes(case.build())
                panel = tab(page, "Import")
                health.reset()
                started = time.perf_counter()
                with PeakSampler(process.pid) as sampler:
                    panel.locator("input[type=file]").first.set_input_files(str(path))
                    settle(page, timeout=120)
                seconds = time.perf_counter() - started
                shown = page.get_by_test_id("stException").count()
                errors = page.get_by_test_id("stAlertContentError").count()
                results[case.name] = {"seconds": seconds, "peak_mb": sampler.peak / 1e6, "health_wait": health.worst,
                                      "traceback": int(shown > 0), "error_shown": int(errors > 0)}
                page.goto(url)  # a fresh session for the next file (session storage: nothing kept)
                open_app(page, url)
                go(page, "Big Resume")
            _hostile_posting(page, url)
            settle(page)
            browser.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    return results, len(remote)


def _hostile_posting(page, url: str) -> None:
    from e2e.steps import go

    go(page, "Posting Analysis")
    text = ("Senior Platform Engineer at Northwind ![logo](http://tracker.invalid/intro.png)\n\n"
            "Location: based in ![p](http://tracker.invalid/loc.png), remote\n\nRequirements\n"
            "- 5+ years with Kubernetes and Terraform, see https://tracker.invalid/x.png\n- Go or Python.\n")
    page.get_by_role("textbox").filter(visible=True).last.fill(text)
    page.get_by_role("button", name="Save and analyze").click()
    page.wait_for_timeout(4000)


# --- text parsers per KB ---------------------------------------------------------------------------

def _text_figures(size: int = 50_000) -> dict:
    from adversarial_text import adversarial_texts, text_parsers

    texts = adversarial_texts(size)
    worst = {}
    for name, parse in text_parsers().items():
        slowest = 0.0
        for text in texts.values():
            started = time.perf_counter()
            parse(text)
            slowest = max(slowest, (time.perf_counter() - started) * 1000 / (len(text) / 1024))
        worst[name] = slowest
    return worst


def run(print_table: bool = True) -> dict:
    from hostile_corpus import CASES

    from hostile_corpus import Case

    # A normal resume first: its times are the baseline the hostile inputs compare with (on a shared
    # 2-core machine most of an in-app upload's seconds are Streamlit's rerun, not the parse).
    normal = Case("baseline_normal_resume", "resume.md",
                  lambda: (ROOT / "tests/fixtures/resumes/jordan_reyes.md").read_bytes(), "")
    imports = [normal] + [c for c in CASES if c.target == "import"]
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="tp-hostile-") as tmp:
        folder = Path(tmp)
        cli = {c.name: _cli_case(c, folder) for c in imports}
        app, remote = ({}, -1)
        if CHROMIUM.exists() and os.environ.get("TP_BENCH_NO_BROWSER") != "1":
            app, remote = _app_cases(imports, folder)
    text = _text_figures()
    if cli:  # the per-input table goes to stderr always: the summary figures name only the worst
        out = sys.stdout if print_table else sys.stderr
        print(f"{'input':28s} {'cli s':>6s} {'cli MB':>7s} {'app s':>6s} {'app MB':>7s} {'health':>6s} tb", file=out)
        for name, row in cli.items():
            live = app.get(name, {})
            print(f"{name:28s} {row['seconds']:6.2f} {row['peak_mb']:7.0f} {live.get('seconds', 0):6.2f} "
                  f"{live.get('peak_mb', 0):7.0f} {live.get('health_wait', 0):6.2f} "
                  f"{row['traceback'] + live.get('traceback', 0)}", file=out)
        print(json.dumps({"ms_per_kb_worst": text}, indent=1), file=out)
    figures["inputs"] = len(imports) - 1
    figures["load average (1 min) at the end"] = os.getloadavg()[0]  # a shared 2-core machine: times scale with it
    figures["cli baseline seconds (normal resume)"] = cli[normal.name]["seconds"]
    figures["cli max seconds"] = max(r["seconds"] for r in cli.values())
    figures["cli max peak MB (tree)"] = max(r["peak_mb"] for r in cli.values())
    figures["cli tracebacks"] = sum(r["traceback"] for r in cli.values())
    figures["cli refused with error+fix"] = sum(r["refused"] for r in cli.values())
    figures["cli saves not readable back"] = sum(r["unreadable"] for r in cli.values())
    if app:
        figures["app baseline seconds (normal resume)"] = app[normal.name]["seconds"]
        figures["app max seconds"] = max(r["seconds"] for r in app.values())
        figures["app max peak MB (tree)"] = max(r["peak_mb"] for r in app.values())
        figures["app max health wait s"] = max(r["health_wait"] for r in app.values())
        figures["app health waits > 2 s"] = sum(r["health_wait"] > 2 for r in app.values())
        figures["app tracebacks"] = sum(r["traceback"] for r in app.values())
        figures["app remote fetches"] = remote
    figures["text worst ms per KB"] = max(text.values())
    figures["text worst parser"] = max(text, key=text.get)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
