"""A job posting from a link: fetch the page, take the posting's text out of the HTML.

Job boards (Greenhouse, Lever, Ashby, Workday, SmartRecruiters, most company career pages) put the
posting in the page as schema.org JSON-LD (`"@type": "JobPosting"`: title, hiring organisation,
description as HTML), because search engines read it; that is used first. Otherwise the page's
known posting containers (Greenhouse `#content`, Lever `.posting-page`, a `<main>` or `<article>`) or
the whole visible text are taken, with the title from `og:title`/`<h1>`.

Fetching is the only network use here, and it is guarded: http(s) only, a size cap (2 MB) and a
timeout; on a shared deployment (TP_STORAGE=session) the same rule as for AI servers
(`engines.url_guard`): https to public addresses only, and every redirect is checked again, so a
public page cannot bounce the server to a private one.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from resume_core.engines.url_guard import Resolver, check_server_url, shared_deployment
from resume_core.errors import EngineError, UserError
from resume_core.posting.files import html_to_text

MAX_BYTES = 2_000_000
TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
_FIX = "Open the posting in your browser, copy its text and paste it instead."
_CONTAINERS = (("id", "content"), ("class", "posting-page"), ("class", "job-description"),
               ("class", "jobs-description"), ("tag", "main"), ("tag", "article"))


class PostingFetchError(UserError):
    """A link that could not be turned into a posting (refused, unreachable, not a posting page)."""


@dataclass
class FetchedPosting:
    url: str
    title: str
    company: str
    text: str
    source: str
    """'json-ld', 'container' or 'page': where the text came from."""


class _PageReader(HTMLParser):
    """Collects JSON-LD blocks, meta titles, the first <h1> and the HTML of known posting containers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.json_ld: list[str] = []
        self.meta: dict[str, str] = {}
        self.h1 = ""
        self.title = ""
        self._in_ld = self._in_h1 = self._in_title = False
        self._buffer: list[str] = []
        self.containers: dict[tuple[str, str], list[str]] = {}
        self._open: list[tuple[tuple[str, str], str, int]] = []  # (container key, tag, depth)
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self._depth += 1
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self._in_ld, self._buffer = True, []
        elif tag == "meta":
            name = (attrs.get("property") or attrs.get("name") or "").lower()
            if name in ("og:title", "og:site_name", "twitter:title"):
                self.meta.setdefault(name, attrs.get("content", ""))
        elif tag == "h1" and not self.h1:
            self._in_h1 = True
        elif tag == "title":
            self._in_title = True
        for key in _CONTAINERS:
            kind, value = key
            hit = (tag == value) if kind == "tag" else value in attrs.get(kind, "").split()
            if hit and key not in self.containers:
                self.containers[key] = []
                self._open.append((key, tag, self._depth))
        for key, _tag, _depth in self._open:
            self.containers[key].append(self.get_starttag_text() or "")
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            self._depth -= 1  # void elements have no end tag

    def handle_endtag(self, tag):
        for key, _tag, _depth in self._open:
            self.containers[key].append(f"</{tag}>")
        self._open = [entry for entry in self._open if not (entry[1] == tag and entry[2] == self._depth)]
        self._depth = max(0, self._depth - 1)
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.json_ld.append("".join(self._buffer))
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_ld:
            self._buffer.append(data)
            return
        if self._in_h1:
            self.h1 += data
        if self._in_title:
            self.title += data
        for key, _tag, _depth in self._open:
            self.containers[key].append(data.replace("<", "&lt;"))


def _job_postings(block: str) -> list[dict]:
    try:
        data = json.loads(block)
    except ValueError:
        return []
    found: list[dict] = []
    stack = [data]
    while stack and len(found) < 5:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item[:50])
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "JobPosting" in kinds:
                found.append(item)
            elif "@graph" in item:
                stack.append(item["@graph"])
    return found


def _name(value) -> str:
    if isinstance(value, dict):
        return str(value.get("name", "")).strip()
    return str(value or "").strip()


def extract_posting(html: str, url: str = "") -> FetchedPosting:
    """The posting's title, company and text from a job page's HTML."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    for block in reader.json_ld:
        for job in _job_postings(block):
            description = str(job.get("description", ""))
            text = html_to_text(description) if "<" in description else description
            text = _tidy(text)
            if len(text) >= 80:
                title = _name(job.get("title"))
                company = _name(job.get("hiringOrganization"))
                return FetchedPosting(url, title, company, f"{title}\n\n{text}" if title else text, "json-ld")
    title = " ".join((reader.h1 or reader.meta.get("og:title", "") or reader.title).split())
    company = reader.meta.get("og:site_name", "").strip()
    for key in _CONTAINERS:
        parts = reader.containers.get(key)
        if parts:
            text = _tidy(html_to_text("".join(parts)))
            if len(text) >= 200:
                if title and not text.startswith(title):
                    text = f"{title}\n\n{text}"
                return FetchedPosting(url, title, company, text, "container")
    text = _tidy(html_to_text(html))
    if len(text) < 200:
        raise PostingFetchError("The page has almost no text: it may be built by JavaScript in the browser.",
                                fix=_FIX)
    return FetchedPosting(url, title, company, text, "page")


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, shared: bool, resolve: Resolver | None) -> None:
        super().__init__()
        self.shared, self.resolve, self.count = shared, resolve, 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.count += 1
        if self.count > MAX_REDIRECTS:
            raise PostingFetchError("The link redirects too many times.", fix=_FIX)
        _check_url(urljoin(req.full_url, newurl), self.shared, self.resolve)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_url(url: str, shared: bool, resolve: Resolver | None) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise PostingFetchError(f"{url[:200]!r} is not a web address.", fix="Paste a link that starts with https://.")
    try:
        check_server_url(url, shared=shared, resolve=resolve)
    except EngineError as error:
        raise PostingFetchError(error.message.replace("connects to", "opens").replace("connect there", "open it"),
                                fix="On this shared deployment, use the posting's public https:// link, or paste "
                                    "its text.") from None


def fetch_posting(url: str, shared: bool | None = None, resolve: Resolver | None = None,
                  timeout: float = TIMEOUT_S) -> FetchedPosting:
    """Fetch `url` and extract its posting; raises PostingFetchError with a fix when it cannot."""
    url = url.strip()
    shared = shared_deployment() if shared is None else shared
    _check_url(url, shared, resolve)
    opener = urllib.request.build_opener(_CheckedRedirects(shared, resolve))
    request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0 (TargetPractice posting reader)",
                                                   "Accept": "text/html,application/xhtml+xml"})
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise PostingFetchError(f"The link gives a {kind} file, not a web page.",
                                        fix="Download the file and upload it on this page instead.")
            body = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
            final_url = response.geturl()
    except PostingFetchError:
        raise
    except urllib.error.HTTPError as error:
        raise PostingFetchError(f"The page answered {error.code} ({error.reason}).",
                                fix="Check the link in your browser; " + _FIX[0].lower() + _FIX[1:]) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise PostingFetchError(f"Could not open the link ({str(reason)[:120]}).", fix=_FIX) from None
    if len(body) > MAX_BYTES:
        raise PostingFetchError("The page is larger than 2 MB.", fix=_FIX)
    html = body.decode(charset, errors="replace")
    if kind == "text/plain":
        return FetchedPosting(final_url, "", "", _tidy(html), "page")
    return extract_posting(html, final_url)
