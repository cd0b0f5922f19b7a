"""Real-browser fixtures: the app as a server on a loopback port, and Debian's Chromium driven by Playwright.

`launch_app(workspace, args, **env)` starts `streamlit run app.py` on a free port with its own
workspace, extra command-line options and environment, waits for `/_stcore/health`, and stops it on teardown. `browser` is one headless
Chromium for the whole session (never Playwright's downloaded browsers). Every test here is marked
`e2e` and is skipped, with the reason, where /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("TP_CHROMIUM", "/usr/bin/chromium"))  # TP_CHROMIUM: another distribution's path
SKIP_REASON = f"Chromium not found at {CHROMIUM}: install the chromium package (./setup.sh --test)"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync"]
# Engine settings of the developer's shell must not leak into the app under test.
CLEARED_ENV = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "TP_MODEL", "TP_TIMEOUT", "TP_STORAGE",
               "TP_WORKSPACE")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AppServer:
    """`streamlit run app.py` on 127.0.0.1:<free port>; `url` once healthy, `stop()` to end it."""

    def __init__(self, workspace: Path, env: dict[str, str], log: Path, args: tuple[str, ...] = ()) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workspace = workspace
        self.log_path = log
        full_env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
        full_env.update({"TP_WORKSPACE": str(workspace), "PYTHONUNBUFFERED": "1", **env})
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(self.port),
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *args],
            cwd=ROOT, env=full_env, stdout=self._log, stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.read().strip() == b"ok":
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"streamlit did not become healthy in {timeout} s:\n{self.log()}")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self._log.close()


@pytest.fixture
def launch_app(tmp_path: Path) -> Iterator[Callable[..., AppServer]]:
    """Start the app with a workspace and extra env; every app started is stopped after the test."""
    started: list[AppServer] = []

    def launch(workspace: Path | None = None, args: tuple[str, ...] = (), **env: str) -> AppServer:
        folder = workspace or tmp_path / f"workspace-{len(started)}"
        if "--secrets.files" not in args:  # a developer's own .streamlit/secrets.toml must not apply
            args = (*args, "--secrets.files", str(tmp_path / "no-secrets.toml"))
        server = AppServer(folder, env, tmp_path / f"streamlit-{len(started)}.log", args)
        started.append(server)
        server.wait_healthy()
        return server

    yield launch
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def chromium():
    """One headless Debian Chromium for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()
