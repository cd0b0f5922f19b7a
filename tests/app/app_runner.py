"""Starting the app under AppTest and moving between its pages (imported by the page tests)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def start_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    return at


def open_page(at: AppTest, name: str) -> AppTest:
    at.switch_page(f"pages/{name}.py")
    at.run()
    return at
