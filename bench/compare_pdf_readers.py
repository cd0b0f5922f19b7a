"""Which character-level PDF library reads themed resumes best: `python -m bench.compare_pdf_readers`.

Imports the layout corpus's PDFs (`bench/.layout/corpus/`, see make_layout_corpus.py) three ways and
prints the mean per-theme figures of `bench/import_layouts.py`, dev and hold-out:
- `pypdfium2`: our layout reader (`resume_core/importing/pdf_layout.py`; pypdfium2 is already a
  dependency, Apache-2.0/BSD);
- `pdfplumber` and `pdfplumber-layout`: pdfplumber's `extract_text()` (MIT; pdfminer.six underneath),
  plain and with `layout=True`, parsed with wrapped lines re-joined as for any text.
pdfplumber is not a dependency: install it anywhere (`pip install --target DIR pdfplumber`) and pass
DIR as the first argument. PyMuPDF is not measured: its AGPL licence rules it out for the app.
Measured 2026-12-07 (jobs found, dev / hold-out): pypdfium2 0.92 / 0.88, pdfplumber 0.51 / 0.55,
pdfplumber-layout 0.64 / 0.67; bullets in the right job 0.81 / 0.84 against 0.22 / 0.30 at best;
median read 48 ms against 172-224 ms per PDF.
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time


def measure(mode: str) -> dict[str, float]:
    import resume_core.importing as importers
    import resume_core.importing.pdf_layout as pdf_layout
    from bench import import_layouts

    spent: list[float] = []
    ours, document_text = pdf_layout.read_pdf_layout, importers._document_text

    def read(data: bytes, max_pages: int) -> str | None:
        started = time.perf_counter()
        if mode == "pypdfium2":
            text = ours(data, max_pages)
        else:
            import pdfplumber

            with pdfplumber.open(io.BytesIO(data)) as pdf:
                text = "\n\n".join(p.extract_text(layout=mode == "pdfplumber-layout") or "" for p in pdf.pages)
        spent.append(time.perf_counter() - started)
        return text

    def document(filename: str, data: bytes) -> tuple[str, bool]:
        text, whole = document_text(filename, data)
        return text, whole if mode == "pypdfium2" or not filename.endswith(".pdf") else False

    pdf_layout.read_pdf_layout, importers._document_text = read, document
    try:
        figures = import_layouts.layout_figures()
    finally:
        pdf_layout.read_pdf_layout, importers._document_text = ours, document_text
    means: dict[str, list[float]] = {}
    for key, value in figures.items():
        match = re.match(r"layout pdf/\S+ \[(.+?)\]: (.+)", key)
        if match and isinstance(value, float):
            means.setdefault(f"{match.group(2)} [{match.group(1)}]", []).append(value)
    out = {key: sum(values) / len(values) for key, values in sorted(means.items())}
    out["ms per PDF read (median)"] = statistics.median(spent) * 1000 if spent else 0.0
    return out


def main(argv: list[str]) -> int:
    if argv:
        sys.path.append(argv[0])
    for mode in ("pypdfium2", "pdfplumber", "pdfplumber-layout"):
        try:
            figures = measure(mode)
        except ImportError:
            print(f"{mode}: not installed", file=sys.stderr)
            continue
        for key, value in figures.items():
            print(f"{mode:18s} {key:40s} {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
