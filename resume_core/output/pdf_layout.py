"""WeasyPrint behind a locked door: resume HTML -> laid-out pages -> PDF bytes.

The HTML comes from user-editable Markdown, so the renderer may fetch nothing but the bundled font
files: `FontOnlyFetcher` refuses every other URL (file://, http(s)://, data:, anything) and records
it, and a test proves hostile input never reaches it. WeasyPrint is imported here only, inside
functions (about 1 s). `layout_html` also measures what the fit loop needs to decide what to drop:
the height each top-level bullet and the summary take, and how full each page is.
"""

from __future__ import annotations

import functools
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from resume_core.output.render import FONT_DIR

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
# One font configuration per process: re-registering the fonts costs more than laying out a page.
# Pango and fontconfig are not known to be thread-safe, so renders take turns (Streamlit serves
# every visitor from one process).
_RENDER_LOCK = threading.Lock()


def font_path_for(url: str, font_dir: Path = FONT_DIR) -> Path | None:
    """The bundled font file `url` names, or None when it names anything else."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost") or parts.query:
        return None
    path = Path(url2pathname(unquote(parts.path))).resolve()
    root = font_dir.resolve()
    if path.parent != root or path.suffix.lower() not in FONT_SUFFIXES or not path.is_file():
        return None
    return path


@functools.cache
def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class FontOnlyFetcher(URLFetcher):
        """Serves the bundled fonts and refuses everything else (and remembers what it refused)."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self.served: list[str] = []
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            path = font_path_for(url)
            if path is None:
                self.refused.append(url)
                raise ValueError(f"only the bundled fonts may be loaded, not {url[:80]!r}")
            self.served.append(url)
            return URLFetcherResponse(path.as_uri(), body=path.read_bytes(), headers={"Content-Type": "font/ttf"})

    return FontOnlyFetcher


def make_fetcher() -> Any:
    """A new FontOnlyFetcher (its `served` and `refused` lists start empty)."""
    return _fetcher_class()()


@functools.cache
def _font_config() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@dataclass
class Layout:
    """A rendered document and the measurements the fit loop uses (CSS px; 1 px = 0.75 pt)."""

    document: Any = field(repr=False)
    pages: int
    capacity: float
    """Height of the page content area (between the margins)."""
    used: list[float]
    """Height used on each page, from the top margin to the bottom of the last line."""
    items: list[float]
    """Height of each top-level bullet (list item), in document order."""
    summary: float
    """Height of the Summary section (heading and text), 0 when there is none."""
    fetcher: Any = field(repr=False)

    def overflow(self, max_pages: int) -> float:
        """Height that must go for the content to fit on `max_pages` pages (0 when it fits)."""
        return sum(self.used[max_pages:])

    def free(self) -> float:
        """Space left at the bottom of the last page."""
        return self.capacity - self.used[-1] if self.used else self.capacity

    def write_pdf(self) -> bytes:
        with _RENDER_LOCK:
            return self.document.write_pdf(uncompressed_pdf=False)


def _top_level_items(root: ET.Element) -> list[ET.Element]:
    found: list[ET.Element] = []

    def walk(element: ET.Element) -> None:
        for child in element:
            if child.tag == "li":
                found.append(child)  # nested items move with their parent: not walked
            else:
                walk(child)

    walk(root)
    return found


def _is_summary(element: Any) -> bool:
    return element is not None and element.tag == "section" and "section-summary" in (element.get("class") or "")


def layout_html(html: str) -> Layout:
    """Lay out `html` (from `render.render_html`) with only the bundled fonts reachable."""
    from weasyprint import HTML

    fetcher = make_fetcher()
    with _RENDER_LOCK:
        document = HTML(string=html, base_url=FONT_DIR.as_uri() + "/", url_fetcher=fetcher).render(
            font_config=_font_config()
        )
    heights: dict[int, float] = {}
    summary = 0.0
    used: list[float] = []
    capacity = 0.0
    items: list[ET.Element] = []
    for number, page in enumerate(document.pages):
        page_box = page._page_box  # WeasyPrint has no public box tree; pinned version (see requirements)
        top, capacity = page_box.content_box_y(), page_box.height
        if number == 0 and page_box.children:
            items = _top_level_items(page_box.children[0].element)
        wanted = {id(element) for element in items}
        bottom = top
        counted: set[int] = set()  # the outermost box of an element on this page holds the rest
        for box in page_box.descendants():
            if box.__class__.__name__ == "LineBox":
                bottom = max(bottom, box.position_y + box.height)
                continue
            element = getattr(box, "element", None)
            if element is None or id(element) in counted:
                continue
            if id(element) in wanted and box.element_tag == "li":
                counted.add(id(element))
                heights[id(element)] = heights.get(id(element), 0.0) + box.margin_height()
            elif box.element_tag == "section" and _is_summary(element):
                counted.add(id(element))
                summary += box.margin_height()
        used.append(bottom - top)
    return Layout(
        document=document,
        pages=len(document.pages),
        capacity=capacity,
        used=used,
        items=[heights.get(id(element), 0.0) for element in items],
        summary=summary,
        fetcher=fetcher,
    )
