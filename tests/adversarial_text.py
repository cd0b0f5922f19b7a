"""Adversarial strings and the text parsers they are fed to (shared by the property test and the
hostile benchmark).

`adversarial_texts(size)` builds inputs that make a backtracking regex slow: one long word, long runs
of spaces, nested and unclosed brackets, repeated separators, a long e-mail-like token, Markdown marks
without their closing pair. `TEXT_PARSERS` names every parser of user or posting text in resume_core.
"""

from __future__ import annotations

from collections.abc import Callable


def adversarial_texts(size: int) -> dict[str, str]:
    """Name -> a string of about `size` characters built to trigger catastrophic backtracking."""
    half = size // 2
    return {
        "long_word": "a" * size,
        "long_word_at": "a" * half + "@" + "b" * half,
        "dotted_word": "a." * half,
        "spaces": "Python" + " " * size + "x",
        "spaces_no_end": "Skills: " + " " * size,
        "nested_parens": "(" * half + "years" + ")" * half,
        "open_parens": "Java (" + "(experience " * (size // 12),
        "open_brackets": "[" * size,
        "link_no_close": "[a](" * (size // 4),
        "stars": "*a " * (size // 3),
        "underscores": "_" * size,
        "digits_spaces": "1 " * half,
        "digits_dots": "1." * half + "a",
        "commas": ", " * half,
        "bullets": "• " * half,
        "slashes": " / " * (size // 3),
        "dashes": "-" * size,
        "hashes": "#" * size,
        "ands": "and " * (size // 4),
        "urls": "http://" * (size // 7),
        "www": "www." * (size // 4),
        "colons": ":" * size,
        "year_runs": "2019 - " * (size // 7),
        "months": "Jan " * (size // 4),
        "mixed_line": ("Senior Engineer, Acme Corp (2019 - present) | Python, SQL & AWS; " * (size // 64 + 1))[:size],
        "tabs_newlines": "\t \n" * (size // 3),
        "html_tags": "<div>" * (size // 5),
        "lt": "<" * size,
        "amp": "&" * size,
    }


def _posting_parsers() -> dict[str, Callable[[str], object]]:
    from resume_core.posting import facts as posting_facts, sections as posting_sections
    from resume_core.posting.analysis import analyze_offline
    from resume_core.importing.documents import markdown_to_text
    from resume_core.posting.files import html_to_text

    def facts(text: str) -> object:
        sections = posting_sections.split_sections(text)
        return (posting_facts.find_title(text), posting_facts.find_company(text, sections),
                posting_facts.find_years(text), posting_facts.find_degree(text), posting_facts.find_location(text),
                posting_facts.work_mode(text), posting_facts.find_seniority("", text),
                posting_sections.clauses(sections))

    return {
        "analyze_offline": analyze_offline,
        "posting_facts": facts,
        "markdown_to_text": markdown_to_text,
        "html_to_text": html_to_text,
    }


def _resume_parsers() -> dict[str, Callable[[str], object]]:
    from resume_core.importing.dates import find_date_range, find_year
    from resume_core.importing.parse_text import parse_resume_text
    from resume_core.importing.skills import find_skills, normalise, split_skill_list
    from resume_core.vocab.occupations import clean_title

    return {
        "parse_resume_text": parse_resume_text,
        "split_skill_list": split_skill_list,
        "find_skills": find_skills,
        "normalise": normalise,
        "find_date_range": find_date_range,
        "find_year": find_year,
        "clean_title": clean_title,
    }


def _other_parsers() -> dict[str, Callable[[str], object]]:
    from resume_core.interview import text as interview_text
    from resume_core.interview.grounding import check_grounding
    from resume_core.interview.spoken import tidy
    from resume_core.interview.tools import tools_said
    from resume_core.output.safe_markdown import __name__ as _  # noqa: F401  (imported for its rules below)
    from resume_core.vocab.vocabulary import tokens

    return {
        "interview_sentences": interview_text.sentences,
        "interview_skills": interview_text.skills_in,
        "interview_result": interview_text.has_result,
        "grounding": lambda text: check_grounding(text, "Python SQL 2019 Acme"),
        "grounding_in_spoken_words": lambda text: check_grounding("Cut waits by 62% for 1.2 million riders", text),
        "interview_spoken_tidy": tidy,
        "interview_spoken_tools": tools_said,
        "vocab_tokens": tokens,
    }


def text_parsers() -> dict[str, Callable[[str], object]]:
    """Every parser of untrusted text, by name."""
    return {**_resume_parsers(), **_posting_parsers(), **_other_parsers()}
