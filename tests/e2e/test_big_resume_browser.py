"""In a real browser: load the sample, edit and save the person, and survive a conflicting save."""

from __future__ import annotations

import pytest

from resume_core.storage.store import LocalStore


def wait_for_disk(store: LocalStore, check, page, what: str, timeout_ms: int = 10000) -> None:
    for _ in range(timeout_ms // 100):
        if check(store.load_bank()[0]):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the workspace never showed {what}: {store.load_bank()[0].person}")


@pytest.mark.timeout(120)
def test_sample_edit_save_and_conflict(launch_app, chromium, tmp_path):
    from playwright.sync_api import expect

    workspace = tmp_path / "ws"
    server = launch_app(workspace, TP_STORAGE="local")
    store = LocalStore(workspace)
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server.url)

    page.get_by_role("button", name="Load sample Big Resume").click()
    expect(page.get_by_text("4 jobs, 2 projects", exact=False)).to_be_visible(timeout=20000)
    expect(page.get_by_label("Full name")).to_have_count(1)  # the empty page's elements are gone

    name = page.get_by_label("Full name")
    name.fill("Avery Q. Lindqvist")
    name.press("Enter")
    page.get_by_role("button", name="Save person").click()
    wait_for_disk(store, lambda bank: bank.person.name == "Avery Q. Lindqvist", page, "the first save")

    # Another tab saves behind this one's back.
    bank, version = store.load_bank()
    bank.person.label = "Changed in another tab"
    store.save_bank(bank, version)
    on_disk = (workspace / "bank.xml").read_bytes()

    name = page.get_by_label("Full name")
    name.fill("My Unsaved Edit")
    name.press("Enter")
    page.get_by_role("button", name="Save person").click()
    expect(page.get_by_text("Not saved: the Big Resume file changed")).to_be_visible(timeout=10000)
    assert (workspace / "bank.xml").read_bytes() == on_disk

    page.get_by_role("button", name="Reload from disk").click()
    expect(page.get_by_text("The newer file is loaded")).to_be_visible(timeout=10000)
    expect(page.get_by_label("Headline")).to_have_count(1)
    expect(page.get_by_label("Headline")).to_have_value("Changed in another tab", timeout=10000)
    page.get_by_role("button", name="Replace the newer version (it stays in the history)").click()
    wait_for_disk(store, lambda bank: bank.person.name == "My Unsaved Edit", page, "the kept edit")
    page.close()
