"""A shared deployment (TP_STORAGE=session from the secrets, as on Community Cloud): visitors never see each
other's data.

Two browser contexts are two visitors on one app process at the same time. What one loads, types or
configures (the sample bank, a posting, a tailored resume and its snapshot, the person's name, an API
key) must never appear for the other, and nothing may reach the server's disk: neither the
workspace folder nor the process's temporary folder.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from steps import ROOT, TIMEOUT, click, go, open_app, settle, shoot, tab

WIDE = {"width": 1400, "height": 1000}
SAMPLE_PERSON = "Avery Lindqvist"  # the person of data/sample_bank.xml
VISITOR_B = "Blake Visitor-Two"
KEY_B = "sk-visitor-b-secret-0042"
OWNER_URL = "http://127.0.0.1:9/v1"  # the owner's server in the secrets (nothing listens: never called here)
POSTING = ROOT / "data" / "sample_postings" / "senior_platform_engineer_northwind_relay.txt"


@pytest.mark.timeout(180)
def test_two_visitors_share_nothing(launch_app, chromium, tmp_path):
    workspace = tmp_path / "workspace"
    private_tmp = tmp_path / "server-tmp"  # the app's temporary folder: must stay empty as well
    private_tmp.mkdir()
    # Configured as on Community Cloud: the Secrets box, whose top-level keys become environment variables.
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'TP_STORAGE = "session"\nOPENAI_BASE_URL = "{OWNER_URL}"\n', encoding="utf-8")
    app = launch_app(workspace, args=("--secrets.files", str(secrets)), TMPDIR=str(private_tmp))
    one = chromium.new_context(viewport=WIDE)
    two = chromium.new_context(viewport=WIDE)
    try:
        a, b = one.new_page(), two.new_page()
        open_app(a, app.url)
        open_app(b, app.url)
        expect(a.get_by_text("this browser session only")).to_be_visible()

        # Visitor A loads the sample; visitor B types a name of their own and saves it.
        click(a, "Load sample Big Resume")
        expect(a.get_by_text(SAMPLE_PERSON).first).to_be_visible(timeout=TIMEOUT)
        panel = tab(b, "Person")
        name = panel.get_by_label("Full name", exact=True)
        name.fill(VISITOR_B)
        name.press("Enter")
        settle(b)
        click(b, "Save person", where=panel)
        expect(b.get_by_text(VISITOR_B).first).to_be_visible(timeout=TIMEOUT)

        # Visitor B enters a server and their own key on the Settings page. A shared deployment refuses
        # addresses on the server's own network, except the one its owner configured.
        go(b, "Settings")
        b.get_by_label("Base URL", exact=True).fill("http://127.0.0.1:8/v1")
        b.get_by_label("Model", exact=True).fill("visitor-b-model")
        b.get_by_label("API key", exact=True).fill(KEY_B)
        b.get_by_label("API key", exact=True).press("Enter")
        settle(b)
        click(b, "Use these settings")
        expect(b.get_by_text("only connects to https://").first).to_be_visible(timeout=TIMEOUT)
        b.get_by_label("Base URL", exact=True).fill(OWNER_URL)
        b.get_by_label("Base URL", exact=True).press("Enter")
        settle(b)
        click(b, "Use these settings")
        expect(b.get_by_text("visitor-b-model@127.0.0.1:9").first).to_be_visible(timeout=TIMEOUT)

        # Visitor A goes on: a posting, a tailored resume, a snapshot and a PDF, all in memory.
        go(a, "Posting Analysis")
        form = a.get_by_test_id("stForm").first
        form.get_by_label("Paste the posting").fill(POSTING.read_text(encoding="utf-8"))
        click(a, "Save and analyze", where=form)
        expect(a.get_by_role("button", name="Save requirements")).to_be_visible(timeout=TIMEOUT)
        go(a, "Tailor")
        click(a, "Tailor", exact=True)
        panel = tab(a, "Snapshots")
        click(a, "Save snapshot", where=panel)
        expect(a.get_by_text("Snapshot saved").first).to_be_visible(timeout=TIMEOUT)
        go(a, "Export")
        expect(a.get_by_text("PDF check passed").first).to_be_visible(timeout=TIMEOUT)

        # Each sees only their own work, also after moving between pages (fresh reruns).
        go(a, "Settings")
        go(a, "Big Resume")
        expect(a.get_by_text(SAMPLE_PERSON).first).to_be_visible()
        assert VISITOR_B not in a.content()
        go(b, "Big Resume")
        expect(b.get_by_text(VISITOR_B).first).to_be_visible()
        assert SAMPLE_PERSON not in b.content()
        go(b, "Posting Analysis")
        expect(b.get_by_text("No saved postings yet").first).to_be_visible()
        go(b, "Export")
        expect(b.get_by_text("There is no tailored resume yet").first).to_be_visible()

        go(a, "Settings")
        expect(a.get_by_text("(no model)@127.0.0.1:9").first).to_be_visible()  # the owner's default
        assert a.get_by_label("API key", exact=True).input_value() == ""
        assert "visitor-b-model" not in a.content() and KEY_B not in a.content()
        shoot(a, "settings-session-mode")

        # A reload is a new session: in session mode the work is gone, as the page says it will be.
        b.reload()
        open_app(b, app.url)
        expect(b.get_by_text("Your Big Resume is empty")).to_be_visible(timeout=TIMEOUT)

        assert not workspace.exists() or not any(workspace.rglob("*")), "session mode wrote to the workspace"
        # WeasyPrint keeps copies of the bundled fonts in a temporary folder; nothing a visitor wrote may be there.
        private = [SAMPLE_PERSON, VISITOR_B, KEY_B, "Northwind Relay"]
        for path in (p for p in private_tmp.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert not any(word.encode() in data for word in private), f"visitor data in a temporary file: {path}"
        assert KEY_B not in app.log(), "the API key reached the server log"
    finally:
        one.close()
        two.close()
