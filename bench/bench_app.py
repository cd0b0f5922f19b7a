"""Speed a user feels: the app's main actions on a 1,000-item Big Resume, driven like a visitor would.

The app runs under Streamlit's AppTest (the page scripts, widgets and session state of a real run, in
this process) on a local workspace holding a 1,000-item bank cut from real dotin CVs (`bench_tailor`'s
synthetic bank) and the longest SkillSpan posting. Each action is timed from the click to the end of
the rerun it causes, wall and CPU, median of `ROUNDS` fresh sessions:
- open each page (Big Resume first, as a new visit; then every other page from there);
- save a Big Resume table (a job's bullets edited and saved);
- analyze the posting again; tailor it;
- open Export with its PDF preview (rendered and drawn as page images);
- the import preview of a PDF resume (the first dotin CV, exported to PDF by the app itself);
- in Debian's Chromium against `streamlit run app.py`: tailor, and open Export until the first PDF
  preview image shows.
The first session of the process pays the one-time imports and is reported apart.
The figures include Streamlit's own rerun cost. The machine's load average is reported beside them:
this machine is shared, so compare runs made at the same time (see `python -m bench app`).
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = int(os.environ.get("TP_BENCH_ROUNDS", "3"))
SIZE = 1_000
TODAY = "2026-11-25"
PAGES = ("interview", "posting_analysis", "tailor", "export", "settings")
APP = str(Path(__file__).resolve().parents[1] / "app.py")


def _prepare(folder: Path) -> tuple[str, bytes]:
    """A workspace with the 1,000-item bank and the posting; the first job's id and a PDF resume."""
    from bench.bench_tailor import load_pairs, synthetic_bank
    from resume_core.posting.analysis import build_posting
    from resume_core.output.export import export_pdf
    from resume_core.storage.store import open_store
    from resume_core.tailoring.pipeline import tailor

    pairs = load_pairs(limit=40)
    bank = synthetic_bank([b for _, b, _ in pairs], SIZE)
    bank = bank.model_copy(update={"person": bank.person.model_copy(update={"email": "synthetic@example.org"})})
    longest = max((p for _, _, p in pairs), key=lambda p: len(p["knowledge"]))
    posting = build_posting(longest["text"], company="Bench", title="Engineer")
    store = open_store("local", str(folder))
    store.save_bank(bank, None)
    store.save_posting(posting, None)
    first = pairs[0][1]
    pdf = export_pdf(tailor(first, build_posting(pairs[0][2]["text"]), today=TODAY).resume)
    return bank.jobs[0].id, pdf.pdf


def _cpu() -> float:
    """CPU seconds of this process and of the helpers it waited for (a bounded PDF reader runs apart)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), _cpu()
    action()
    return time.perf_counter() - wall, _cpu() - cpu


def _checked(at) -> None:
    if at.exception:
        raise RuntimeError(f"the app failed: {at.exception[0].message}")


def _session(first_job: str, pdf: bytes) -> dict[str, tuple[float, float]]:
    """One visitor's session: every action once, in the order a user takes them."""
    import streamlit as st
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    from tests.app.app_runner import find, seed_editor

    st.cache_data.clear()
    st.cache_resource.clear()
    PagesManager.uses_pages_directory = False  # every rerun runs app.py, as the server does (tests/app/conftest.py)
    out: dict[str, tuple[float, float]] = {}
    at = AppTest.from_file(APP, default_timeout=120)

    def run(name: str, step: Callable[[], object]) -> None:
        def go():
            step()
            at.run()

        out[name] = _timed(go)
        _checked(at)

    run("open Big Resume (a new visit)", lambda: None)
    run("import preview of a PDF resume", lambda: find(at, "file_uploader", "tp_import_upload").set_value(
        ("resume.pdf", pdf, "application/pdf")))
    seed_editor(at, f"{first_job}-accomplishments@", edited={0: {"text": "Cut the nightly build from 40 to 12 minutes"}})
    run("save a Big Resume table (a job's bullets)", lambda: at.button(key=f"save-{first_job}").click())
    for page in PAGES:
        run(f"open {page.replace('_', ' ').title()}", lambda page=page: at.switch_page(f"pages/{page}.py"))
        if page == "posting_analysis":
            run("analyze a posting", lambda: at.button(key="posting-analyze").click())
        if page == "tailor":
            run("tailor", lambda: at.button(key="tailor_run").click())
    run("open Export again (its PDF preview kept)", lambda: at.switch_page("pages/export.py"))
    return out


def _browser(folder: Path, rounds: int) -> dict[str, list[float]]:
    """In Debian's Chromium against `streamlit run app.py`: tailor, then open Export until its first PDF
    preview image shows (a fresh browser session each round, so the PDF is laid out each time)."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, LAUNCH_ARGS, AppServer
    from tests.e2e.steps import click, go, open_app

    if not CHROMIUM.exists():
        return {}
    out: dict[str, list[float]] = {"browser: tailor": [], "browser: open Export until its PDF preview shows": []}
    server = AppServer(folder, {"TP_STORAGE": "local", "TP_TODAY": TODAY}, folder.parent / "streamlit.log",
                       ("--secrets.files", str(folder.parent / "no-secrets.toml")))
    try:
        server.wait_healthy()
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
            for _ in range(rounds + 1):  # the first round pays the server's one-time imports
                page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                open_app(page, server.url)
                go(page, "Tailor")
                started = time.perf_counter()
                click(page, "Tailor", exact=True)
                out["browser: tailor"].append(time.perf_counter() - started)
                started = time.perf_counter()
                page.get_by_test_id("stSidebarNav").get_by_role("link", name="Export").click()
                page.get_by_test_id("stImage").first.wait_for(state="visible", timeout=120_000)
                out["browser: open Export until its PDF preview shows"].append(time.perf_counter() - started)
                page.context.close()
            chromium.close()
    finally:
        server.stop()
    return out


def measure(rounds: int = ROUNDS) -> dict[str, float | str]:
    """Median wall and CPU time of each action over `rounds` fresh sessions, and the load average."""
    before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        os.environ.update({"TP_STORAGE": "local", "TP_WORKSPACE": str(folder), "TP_TODAY": TODAY})
        for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "TP_MODEL"):
            os.environ.pop(name, None)
        first_job, pdf = _prepare(folder)
        # The first session of a process pays the one-time imports (pandas, WeasyPrint, the vocabulary):
        # a server pays them once, for its first visitor. It is reported apart; the others are medians.
        first = _session(first_job, pdf)
        sessions = [_session(first_job, pdf) for _ in range(rounds)]
        browser = _browser(folder, rounds)
    figures: dict[str, float | str] = {"bank items": SIZE, "sessions": rounds}
    figures["first visit after the server starts: open Big Resume (ms)"] = first["open Big Resume (a new visit)"][0] * 1000
    figures["first visit after the server starts: first import preview (ms)"] = first["import preview of a PDF resume"][0] * 1000
    for name in sessions[0]:
        figures[f"{name} (ms)"] = statistics.median(s[name][0] for s in sessions) * 1000
        figures[f"{name} (CPU ms)"] = statistics.median(s[name][1] for s in sessions) * 1000
    for name, seconds in browser.items():
        figures[f"{name}, first visit after the server starts (ms)"] = seconds[0] * 1000
        figures[f"{name} (ms)"] = statistics.median(seconds[1:]) * 1000
    after = os.getloadavg()
    figures["load average (1 min) before / after"] = f"{before[0]:.1f} / {after[0]:.1f}"
    return figures


def run(print_table: bool = True) -> dict:
    figures = measure()
    if print_table:
        for key, value in figures.items():
            print(f"{key:60} {value:,.0f}" if isinstance(value, float) else f"{key:60} {value}")
    return figures


if __name__ == "__main__":
    run()
