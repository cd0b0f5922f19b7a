"""The keyword check panel (Tailor and Export pages): the posting's wording of each requirement on the
page or not, acronyms written out, and the bank lines that carry a missing term.

Drawn from `resume_core.tailoring.keywords.check_keywords`; it only reports (the lines it names are the bank's
own, swapped in on the Tailor page), so nothing here changes the resume.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from resume_core.tailoring import KeywordReport, check_keywords
from resume_core.bank import Bank, Posting
from ui.rerun_memo import remembered

_STATUS = {"exact": "✅ as the posting writes it", "variant": "🟡 another spelling", "missing": "❌ not on the page"}


def keyword_panel(posting: Posting | None, page_text: str, bank: Bank | None, key: str = "") -> KeywordReport | None:
    """An expander with the keyword check of `page_text` against `posting`; None when there is nothing to check."""
    if posting is None or not posting.requirements or not page_text.strip():
        return None
    bank = bank or Bank()
    report = remembered(f"keywords_{key}", (posting, page_text, bank), lambda: check_keywords(posting, page_text, bank))
    if not report.results:
        return report
    exact = sum(r.status == "exact" for r in report.results)
    with st.expander(f"Keyword check: {exact} of {len(report.results)} posting terms on the page as written"):
        st.caption("Many applicant-tracking systems search for the posting's exact words. Nothing is added "
                   "for you: swap in a bank line that has the term on the Tailor page, or add the term to "
                   "your Big Resume if it is true.")
        rows = [{
            "posting says": r.wording,
            "on the page": _STATUS[r.status] + (f" ('{r.page_wording}')" if r.page_wording else ""),
            "acronym": "" if r.acronym_written_out is None else
                       (f"both: {r.acronym} / {r.expansion}" if r.acronym_written_out
                        else f"write out: {r.expansion if r.acronym in page_text else r.acronym}"),
            "bank lines with it": " | ".join(line.text for line in r.bank_lines),
            "requirement": r.requirement,
        } for r in report.results]
        # A static table (not a dataframe): the pages' own tables keep their places.
        st.table(pd.DataFrame(rows).set_index("posting says"))
    return report
