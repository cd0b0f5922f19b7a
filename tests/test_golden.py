"""The golden-file helper: a difference or a missing file fails with what to do; --update-goldens rewrites."""

from __future__ import annotations

import pytest
from golden import SHARED_CSS_MARK, Golden, without_shared_css

from resume_core.output.render import render_html


def test_a_difference_fails_with_a_diff_and_the_way_to_update(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>one</p>\n<p>two</p>\n", encoding="utf-8")
    Golden(update=False).check("<p>one</p>\n<p>two</p>\n", path)
    with pytest.raises(pytest.fail.Exception) as failed:
        Golden(update=False).check("<p>one</p>\n<p>three</p>\n", path)
    assert "-<p>two</p>" in str(failed.value) and "+<p>three</p>" in str(failed.value)
    assert "--update-goldens" in str(failed.value)
    assert path.read_text(encoding="utf-8") == "<p>one</p>\n<p>two</p>\n"  # a check never writes


def test_a_missing_file_fails_and_is_not_written_unless_updating(tmp_path):
    path = tmp_path / "sub" / "new.json"
    with pytest.raises(pytest.fail.Exception, match="--update-goldens"):
        Golden(update=False).check("{}\n", path)
    assert not path.exists()
    Golden(update=True).check("{}\n", path)
    assert path.read_text(encoding="utf-8") == "{}\n"


def test_goldens_keep_the_template_css_but_not_the_shared_css():
    html = render_html("# Ada Lovelace\n\n## Experience\n", "modern", "a4")
    stored = without_shared_css(html)
    assert SHARED_CSS_MARK in stored and "@font-face" not in stored
    assert "@page { size: A4; }" in stored  # the paper rule stays, with the template's own CSS
    with pytest.raises(AssertionError, match="shared stylesheet"):
        without_shared_css("<html><style>p {}</style></html>")
