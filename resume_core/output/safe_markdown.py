"""Markdown to resume HTML that is safe to hand to a PDF renderer.

The Export page lets the user edit the resume as Markdown, so the Markdown is untrusted text. This
module turns it into HTML with no raw HTML, no images and no links other than http(s) and mailto:
Python-Markdown's raw-HTML and image patterns are switched off (raw HTML then comes out as escaped
literal text), and a tree pass removes anything that slipped through. The same pass gives the plain
Markdown a resume structure that CSS can style: a header (name and contact lines), one section per
`##` heading, one entry per `###` heading (with `####` further titles held there) and its bullets, and entry headings split into
what (title, organisation) and when (dates, right-aligned).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = ("http://", "https://", "mailto:")
# Patterns that would let text turn into markup the renderer acts on (raw HTML, images, <...> links).
_UNSAFE_INLINE = ("html", "image_link", "image_reference", "short_image_ref", "autolink", "automail")
WORD_JOINER = "\u2060"
_WORD_BREAK = re.compile(r"(?<=\w)[-/\u2010\u2013\u2014](?=\w)")
_ITEM_BREAK = re.compile(r"[ \-/\u2010\u2013\u2014](?=\S)")
_SLUG = re.compile(r"[^a-z0-9]+")
WHEN_SEPARATOR = " | "
"""Separates an entry heading from its dates: `### Engineer · Acme | Mar 2021 – Present`."""
ORG_SEPARATOR = " · "
"""Separates the title from the organisation in an entry heading."""
CONTACT_SEPARATOR = " | "
"""Separates contact details in the header; each detail stays on one line."""


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "section"


class _ResumeTree(Treeprocessor):
    def __init__(self, md: markdown.Markdown, join_words: bool) -> None:
        super().__init__(md)
        self.join_words = join_words

    def run(self, root: ET.Element) -> None:
        _strip_unsafe(root)
        for heading in [*root.iter("h3"), *root.iter("h4")]:
            _split_entry_heading(heading)
        _group(root)
        _mark_contact_lines(root)
        if self.join_words:
            _join_words(root)
            _inline_bullets(root)


def _strip_unsafe(root: ET.Element) -> None:
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in ("img", "script", "style", "link", "object", "iframe", "embed"):
                parent.remove(child)
    for link in root.iter("a"):
        href = link.get("href", "")
        if not href.lower().startswith(SAFE_SCHEMES):
            link.attrib.pop("href", None)
        link.attrib.pop("title", None)


def _split_entry_heading(h3: ET.Element) -> None:
    """`Title · Org | dates` -> <span class=what><span class=title/>..</span><span class=when/>."""
    if len(h3):  # inline markup inside: keep it as the user wrote it, only styled as a heading
        return
    text = h3.text or ""
    what, sep, when = text.rpartition(WHEN_SEPARATOR)
    if not sep:
        what, when = text, ""
    h3.text = None
    what_el = ET.SubElement(h3, "span", {"class": "what"})
    title, sep, org = what.partition(ORG_SEPARATOR)
    title_el = ET.SubElement(what_el, "span", {"class": "title"})
    title_el.text = title.strip()
    if sep:
        # A real space on each side of the dot, and CSS margins that widen the gap past a space's
        # width: a layout parser joins text runs closer than that into one word ("Engineer·Acme").
        title_el.tail = " "
        org_el = ET.SubElement(what_el, "span", {"class": "org"})
        ET.SubElement(org_el, "span", {"class": "sep"}).text = ORG_SEPARATOR.strip()
        org_el[0].tail = " " + org.strip()
    if when.strip():
        ET.SubElement(h3, "span", {"class": "when"}).text = when.strip()


def _group(root: ET.Element) -> None:
    """Regroup the flat Markdown output into header, sections and entries."""
    children = list(root)
    for child in children:
        root.remove(child)
    header = ET.SubElement(root, "header")
    current: ET.Element = header
    entry: ET.Element | None = None
    for child in children:
        if child.tag == "h2":
            current = ET.SubElement(root, "section", {"class": f"section section-{slug(''.join(child.itertext()))}"})
            entry = None
        elif child.tag in ("h3", "h4"):  # h3 starts an entry; h4 is a further title in the same one
            if entry is None or child.tag == "h3" or len(entry) and entry[-1].tag not in ("h3", "h4"):
                entry = ET.SubElement(current, "div", {"class": "entry"})
            entry.append(child)
            continue
        elif child.tag == "h1" and current is not header:
            current = header
        if entry is not None and child.tag != "h2":
            entry.append(child)
        else:
            current.append(child)
    if not len(header):
        root.remove(header)


def _join_words(root: ET.Element) -> None:
    """Stop lines breaking inside 'two-day', 'CI/CD' or a contact item, so each reads back whole.

    CSS `hyphens: manual` stops hyphenation, but a line may still break after an existing hyphen or
    slash, and an ATS (or our own PDF check) then reads 'two- day'. A word joiner after the hyphen
    forbids that break; it has no glyph and does not appear in the PDF's text layer. (Wrapping such
    words in `white-space: nowrap` spans makes WeasyPrint 70 break lines too early.)
    """
    for element in root.iter():
        if element.tag in ("pre", "code"):
            continue
        contact = element.get("class") == "contact"

        def join(text: str) -> str:
            if contact:  # keep each detail whole; lines may break only at the separators
                items = text.split(CONTACT_SEPARATOR)
                return CONTACT_SEPARATOR.join(_ITEM_BREAK.sub(lambda m: m[0] + WORD_JOINER, i) for i in items)
            return _WORD_BREAK.sub(lambda m: m[0] + WORD_JOINER, text)

        if element.text:
            element.text = join(element.text)
        for child in element:
            if child.tail:
                child.tail = join(child.tail)


BULLET = "\u2022"


def _inline_bullets(root: ET.Element) -> None:
    """Put each list item's bullet into the text as an inline span, before the item's words.

    WeasyPrint draws CSS list markers after all the page's other text, so in the text layer an ATS
    reads every bullet after the last section; a bullet character in the text itself stays in reading
    order and tells a parser where a bullet starts (and that a wrapped line continues it)."""
    for parent in list(root.iter()):
        if parent.tag != "ul":  # numbered lists keep their CSS numbers
            continue
        for item in parent:
            if item.tag != "li":
                continue
            target = item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
            marker = ET.Element("span", {"class": "bullet"})
            marker.text = BULLET + " "
            marker.tail = target.text
            target.text = None
            target.insert(0, marker)


def _mark_contact_lines(root: ET.Element) -> None:
    for header in root.iter("header"):
        for paragraph in header.findall("p"):
            if CONTACT_SEPARATOR in "".join(paragraph.itertext()):
                paragraph.set("class", "contact")


class ResumeExtension(Extension):
    def __init__(self, join_words: bool = True) -> None:
        super().__init__()
        self.join_words = join_words

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API name)
        md.preprocessors.deregister("html_block")
        md.ESCAPED_CHARS.append("|")  # so '\|' keeps a pipe in a heading from splitting off the dates
        for name in _UNSAFE_INLINE:
            md.inlinePatterns.deregister(name, strict=False)
        md.treeprocessors.register(_ResumeTree(md, self.join_words), "resume_structure", 5)


def markdown_to_html(text: str, join_words: bool = True) -> str:
    """The body HTML of a resume written in Markdown; raw HTML in `text` comes out as literal text.

    `join_words` adds invisible word joiners for print layout (see `_join_words`); plain-text output
    turns it off.
    """
    md = markdown.Markdown(extensions=[ResumeExtension(join_words)], output_format="html")
    return md.convert(text)
