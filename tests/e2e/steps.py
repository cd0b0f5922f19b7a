"""What a user does in the browser, as small functions over a Playwright page.

Streamlit reruns the script after every interaction; `settle` waits until the rerun is over (the
app reports its script as not running and no element is stale) so the next look at the page sees
its result. Data editors are canvas grids:
`edit_cell` selects a cell by position and types into it, as a user does.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
TIMEOUT = 30_000  # ms; a rerun on a busy 2-core machine can take seconds
ROW_HEIGHT = 35  # px, Streamlit's data-editor rows and header


BUSY_JS = """() => {
  const state = document.querySelector('[data-test-script-state]')?.getAttribute('data-test-script-state');
  return state === 'running' || document.querySelectorAll('[data-stale=true], [data-testid=stSpinner]').length > 0;
}"""


def settle(page: Page, timeout: float = 30) -> None:
    """Wait until Streamlit is not running the script and no element is stale (the last rerun is over)."""
    page.wait_for_timeout(150)  # the rerun starts a moment after the click
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        quiet = 0 if page.evaluate(BUSY_JS) else quiet + 1
        if quiet >= 2:  # a rerun that calls st.rerun() leaves a short gap between its two runs
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the app was still running after {timeout} s")


def demo_workspace(name: str) -> Path:
    """A fixed, empty folder, so the sidebar in the committed screenshots shows the same path on every run."""
    folder = Path(tempfile.gettempdir()) / f"target-practice-e2e-{name}" / "workspace"
    shutil.rmtree(folder.parent, ignore_errors=True)
    return folder


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible(timeout=TIMEOUT)
    settle(page)


def go(page: Page, title: str) -> None:
    """Open a page by its sidebar link."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title).click()
    heading = page.get_by_test_id("stMainBlockContainer").get_by_role("heading", name=title).first
    expect(heading).to_be_visible(timeout=TIMEOUT)
    settle(page)


def tab(page: Page, name: str) -> Locator:
    """Open a tab of the page and return its panel."""
    page.get_by_role("tab", name=name).click()
    settle(page)
    return page.get_by_role("tabpanel").filter(visible=True).first


def click(page: Page, name: str, where: Page | Locator | None = None, exact: bool = False) -> None:
    (where or page).get_by_role("button", name=name, exact=exact).first.click()
    settle(page)


def edit_cell(page: Page, grid: Locator, row: int, column_x: float, text: str) -> None:
    """Type `text` into the data-editor cell of `row` (0-based) whose column spans x = `column_x` px."""
    canvas = grid.locator("canvas").first  # the grid is drawn on a canvas: header row, then data rows
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box, "the table is not visible"
    # A scroller div lies over the canvas and takes the pointer events: click the spot, not the element.
    page.mouse.click(box["x"] + column_x, box["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2)
    page.wait_for_timeout(300)  # the grid selects the cell after the click
    page.keyboard.press("Enter")  # open the cell editor
    editor = page.locator("textarea.gdg-input")
    expect(editor).to_have_count(1, timeout=5_000)
    editor.fill(text)
    page.keyboard.press("Enter")  # commit
    settle(page)


def select_row(page: Page, grid: Locator, row: int) -> None:
    """Select a whole data-editor row by its row marker (the narrow first column of editable tables)."""
    canvas = grid.locator("canvas").first
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box, "the table is not visible"
    page.mouse.click(box["x"] + 15, box["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2)
    page.wait_for_timeout(300)


SHOTS = {"on": True}  # the AI journey repeats pages the offline journey already pictured


def shoot(page: Page, name: str, always: bool = False) -> Path | None:
    """Save a full-page screenshot as docs/screenshots/<name>.png (overwritten on every run)."""
    if not (SHOTS["on"] or always):
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size or {"width": 1400, "height": 1000}
    # The main area scrolls inside the window: grow the window to its height for one picture.
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('main, [data-testid=stAppViewContainer], html')]"
        ".map(e => e.scrollHeight))")
    page.set_viewport_size({"width": size["width"], "height": min(max(size["height"], height), 6000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path
