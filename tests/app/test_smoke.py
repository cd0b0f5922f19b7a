"""Every page renders through the app frame without an exception, on an empty and on a full bank."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app

from resume_core.bank.sample import load_sample_bank
from resume_core.storage.store import LocalStore

PAGES = ["big_resume", "interview", "posting_analysis", "tailor", "export", "settings"]


def test_frame_shows_storage_and_engine(app, workspace):
    assert not app.exception
    sidebar = " ".join(c.value for c in app.sidebar.caption)
    assert str(workspace) in sidebar and "Offline engine" in sidebar
    assert app.title[0].value.endswith("Big Resume")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "sample"])
def test_every_page_renders(workspace, filled):
    if filled:
        LocalStore(workspace).save_bank(load_sample_bank(), "")
    at = start_app()
    assert not at.exception
    for page in PAGES:
        open_page(at, page)
        assert not at.exception, f"{page}: {at.exception}"
        assert at.title, f"{page} has no title"
        assert at.sidebar.caption, f"{page} lost the frame's sidebar"
