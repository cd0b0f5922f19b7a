"""Golden files: a test compares what it makes with a stored file under tests/fixtures/.

Every such test takes the `golden` fixture (tests/conftest.py) and calls `golden.check(text, path)`. After a
deliberate change, rewrite the files with `.venv/bin/python -m pytest --update-goldens [tests...]`, then
read `git diff tests/fixtures` before committing. A missing file is a failure, never silently written.

Rendered HTML is stored without the stylesheet shared by every template (`without_shared_css`), so a
change to data/templates/base.css rewrites no golden file; each template's own CSS stays in its files.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from resume_core.output.render import TEMPLATE_DIR

SHARED_CSS_MARK = "/* data/templates/base.css: shared by every template, not kept in golden files */"
_MAX_DIFF_LINES = 80


class Golden:
    def __init__(self, update: bool) -> None:
        self.update = update

    def check(self, actual: str, path: Path) -> None:
        """Fail with a diff unless `actual` is the text stored at `path` (with --update-goldens: store it)."""
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path}; run pytest --update-goldens, check the new file and commit it")
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "stored", "now", lineterm=""))
            shown = "\n".join(diff[:_MAX_DIFF_LINES]) + ("\n..." if len(diff) > _MAX_DIFF_LINES else "")
            pytest.fail(f"{path.name} differs from what the code makes now:\n{shown}\n"
                        "If the change is intended, run pytest --update-goldens and review git diff.", pytrace=False)


def without_shared_css(html: str) -> str:
    """`html` with the shared stylesheet replaced by a one-line mark; fails if the stylesheet is not in it."""
    shared = (TEMPLATE_DIR / "base.css").read_text(encoding="utf-8")
    assert html.count(shared) == 1, "the rendered HTML must carry the shared stylesheet exactly once"
    return html.replace(shared, SHARED_CSS_MARK)
