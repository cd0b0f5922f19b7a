"""A posting from a link: saved Greenhouse, Lever and Workday pages served on loopback become postings;
a shared deployment refuses private addresses and plain http; redirects are followed (and checked)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from resume_core.posting.analysis import build_posting
from resume_core.posting.fetch import PostingFetchError, extract_posting, fetch_posting

PAGES = Path(__file__).parent.parent / "fixtures" / "postings_html"


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        name = self.path.strip("/")
        if name == "old-link":
            self.send_response(301)
            self.send_header("Location", "/greenhouse")
            self.end_headers()
            return
        page = PAGES / f"{name}.html"
        if name == "resume.pdf":
            body, kind = b"%PDF-1.7", "application/pdf"
        elif page.is_file():
            body, kind = page.read_bytes(), "text/html; charset=utf-8"
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_greenhouse_link_becomes_an_analysed_posting(server):
    fetched = fetch_posting(f"{server}/greenhouse", shared=False)
    assert fetched.source == "container"
    assert fetched.title == "Senior Site Reliability Engineer" and fetched.company == "Harborlight"
    assert "Run and evolve our Amazon EKS clusters with Terraform and Argo CD" in fetched.text
    assert "Submit application" not in fetched.text and "__gh" not in fetched.text  # no form, no script
    posting = build_posting(fetched.text, company=fetched.company, title=fetched.title, url=fetched.url)
    skills = {r.skill for r in posting.requirements}
    assert {"Kubernetes", "Terraform"} <= skills
    assert posting.url.endswith("/greenhouse")


def test_a_lever_link_becomes_an_analysed_posting(server):
    fetched = fetch_posting(f"{server}/lever", shared=False)
    assert fetched.source == "container"
    assert "Backend Engineer, Payments" in fetched.text
    assert "Stream events through Kafka to settlement and reporting" in fetched.text
    posting = build_posting(fetched.text, title=fetched.title)
    assert {"Kafka", "PostgreSQL"} <= {r.skill for r in posting.requirements}


def test_a_workday_page_is_read_from_its_json_ld(server):
    fetched = fetch_posting(f"{server}/workday", shared=False)
    assert (fetched.source, fetched.title, fetched.company) == ("json-ld", "Data Engineer", "Copperfield Energy")
    assert "Experience with Apache Spark and Airflow" in fetched.text


def test_redirects_are_followed_locally(server):
    assert fetch_posting(f"{server}/old-link", shared=False).title == "Senior Site Reliability Engineer"


def test_what_cannot_be_a_posting_says_what_to_do(server):
    with pytest.raises(PostingFetchError, match="answered 404"):
        fetch_posting(f"{server}/missing", shared=False)
    with pytest.raises(PostingFetchError, match="application/pdf"):
        fetch_posting(f"{server}/resume.pdf", shared=False)
    with pytest.raises(PostingFetchError, match="not a web address"):
        fetch_posting("file:///etc/passwd", shared=False)
    with pytest.raises(PostingFetchError, match="JavaScript") as error:
        extract_posting("<html><body><div id='root'></div></body></html>")
    assert "paste" in error.value.fix


def test_a_shared_deployment_opens_only_public_https_links(server):
    with pytest.raises(PostingFetchError, match="https"):
        fetch_posting(f"{server}/greenhouse", shared=True)
    with pytest.raises(PostingFetchError, match="private, loopback"):
        fetch_posting("https://jobs.internal.example/posting", shared=True, resolve=lambda host, port: ["10.0.0.7"])
    with pytest.raises(PostingFetchError, match="private, loopback"):
        fetch_posting("https://127.0.0.1/posting", shared=True)


def test_a_redirect_to_a_private_address_is_refused_on_a_shared_deployment():
    import urllib.request

    from resume_core.posting.fetch import _CheckedRedirects

    public_then_private = {"jobs.example": ["93.184.216.34"], "intranet.example": ["10.1.2.3"]}
    handler = _CheckedRedirects(True, lambda host, port: public_then_private[host])
    request = urllib.request.Request("https://jobs.example/posting")
    with pytest.raises(PostingFetchError, match="private, loopback"):
        handler.redirect_request(request, None, 302, "Found", {}, "https://intranet.example/admin")
