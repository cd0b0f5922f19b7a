"""Preview pictures of PDF pages for the Export page."""

from __future__ import annotations

import builtins
import shutil

import pytest

from resume_core.output.export import export_pdf
from resume_core.output.pdf_preview import export_preview_pngs
from resume_fixtures import load_tailored, overlong


def test_one_png_per_page():
    pictures = export_preview_pngs(export_pdf(load_tailored(), "modern", "a4").pdf, dpi=50)
    assert len(pictures) == 1 and pictures[0].startswith(b"\x89PNG")
    two = export_pdf(overlong(copies=3), "classic", "letter", max_pages=2)
    assert len(export_preview_pngs(two.pdf, dpi=50)) == two.pages == 2


@pytest.fixture
def no_pdfium(monkeypatch):
    """pypdfium2 is optional (a wheel that may be missing on some platform): act as if it were absent."""
    real_import = builtins.__import__

    def without(name, *args, **kwargs):
        if name == "pypdfium2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without)


def test_without_pypdfium2_pdftoppm_draws_the_page(no_pdfium):
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils not installed")
    pictures = export_preview_pngs(export_pdf(load_tailored(), "compact", "letter").pdf, dpi=50)
    assert len(pictures) == 1 and pictures[0].startswith(b"\x89PNG")


def test_without_pypdfium2_or_pdftoppm_there_is_no_picture_and_no_error(no_pdfium, monkeypatch):
    pdf = export_pdf(load_tailored(), "compact", "letter").pdf
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert export_preview_pngs(pdf, dpi=50) == []
