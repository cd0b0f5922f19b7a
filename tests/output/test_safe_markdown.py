"""Untrusted Markdown becomes structured HTML with no markup of the user's own."""

from __future__ import annotations

import re

from resume_core.output.safe_markdown import WORD_JOINER, markdown_to_html

HOSTILE = """# Mallory <b onmouseover=x>bold</b>

<img src="file:///etc/passwd">

<script>alert(1)</script>

- ![x](file:///etc/passwd) [local](file:///etc/passwd) [rel](passwd) [web](https://example.com/a)
- <http://127.0.0.1:9/> <mallory@example.com> [ref][r]

[r]: javascript:alert(1)
"""


def test_raw_html_images_and_unsafe_links_never_become_markup():
    html = markdown_to_html(HOSTILE, join_words=False)
    tags = set(re.findall(r"<([a-z0-9]+)", html))
    assert tags <= {"header", "h1", "p", "section", "h2", "div", "h3", "h4", "span", "ul", "ol", "li", "a", "em",
                    "strong", "code", "pre", "hr", "br", "blockquote"}
    assert "img" not in tags and "script" not in tags and "b" not in tags
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://example.com/a"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=" in html


def test_structure_header_sections_entries_and_dates():
    html = markdown_to_html("# Ann\n\nDenver | ann@x.org\n\n## Experience\n\n### Dev · Acme | 2020 – 2021\n\n- Did a thing\n")
    assert re.search(r"<header><h1>Ann</h1>\s*<p class=\"contact\">", html)
    assert '<section class="section section-experience"><h2>Experience</h2>' in html
    # A real space and a separate dot between title and organisation (a parser must not join them).
    assert ('<h3><span class="what"><span class="title">Dev</span> <span class="org"><span class="sep">·</span> Acme'
            '</span></span><span class="when">2020 – 2021</span></h3>') in html
    # The bullet is text in reading order, not a CSS marker drawn after the page's text.
    assert '<li><span class="bullet">\u2022 </span>Did a thing</li>' in html


def test_word_joiners_keep_hyphenated_words_and_contact_items_whole():
    html = markdown_to_html("# A\n\nDenver, CO | github.com/a-b\n\n## S\n\n- a two-day CI/CD push\n")
    assert f"two-{WORD_JOINER}day" in html and f"CI/{WORD_JOINER}CD" in html
    assert f"Denver, {WORD_JOINER}CO" in html and f"github.com/{WORD_JOINER}a-{WORD_JOINER}b" in html
    assert f"|{WORD_JOINER}" not in html  # lines may still break between contact items
    assert WORD_JOINER not in markdown_to_html("- two-day\n", join_words=False)
