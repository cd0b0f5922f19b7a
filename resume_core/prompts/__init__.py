"""Named prompt templates, one Markdown file each, rendered into chat messages.

A template `resume_core/prompts/<name>.md` starts with `<!-- variables: a, b -->`, then has sections
introduced by `## system`, `## user` (and, rarely, `## assistant`). Placeholders are
`string.Template` `$name`s. Rendering is strict: a declared variable that is missing, an undeclared
one given, or a placeholder that is not declared is a programming error and raises `PromptError`.
Untrusted text belongs in the user section between `<<<BEGIN DATA>>>` and `<<<END DATA>>>`; values
cannot forge those fence lines, because rendering defuses them inside variable values. A list or
tuple value renders as one "- item" line per element ("(none)" when empty); anything else as str().
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PROMPT_DIR = Path(__file__).parent
_HEADER = re.compile(r"^<!--\s*variables:\s*(?P<names>[^>]*?)\s*-->\s*$")
_SECTION = re.compile(r"^##\s+(system|user|assistant)\s*$")
_FENCE = re.compile(r"<<<\s*(BEGIN|END)\s+DATA\s*>>>", re.IGNORECASE)


class PromptError(ValueError):
    """A template file is malformed, or was rendered with the wrong variables."""


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    variables: tuple[str, ...]
    sections: tuple[tuple[str, string.Template], ...]


def list_prompts() -> list[str]:
    """Names of every template shipped in this package, sorted."""
    return sorted(p.stem for p in PROMPT_DIR.glob("*.md"))


def prompt_variables(name: str) -> tuple[str, ...]:
    """The variables template `name` declares, in declaration order."""
    return load_prompt(name).variables


@lru_cache(maxsize=None)
def load_prompt(name: str) -> PromptTemplate:
    """Read and check template `name` (cached: templates ship with the code)."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise PromptError(f"{name!r} is not a prompt name (lowercase letters, digits and underscores)")
    path = PROMPT_DIR / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt template {name!r}; known: {', '.join(list_prompts())}")
    return parse_prompt(name, path.read_text(encoding="utf-8"))


def parse_prompt(name: str, text: str) -> PromptTemplate:
    """Parse template text (see the module docstring for the format)."""
    lines = text.splitlines()
    header = _HEADER.match(lines[0]) if lines else None
    if not header:
        raise PromptError(f"prompt {name!r}: the first line must be '<!-- variables: a, b -->'")
    declared = tuple(v.strip() for v in header["names"].split(",") if v.strip())
    sections: list[tuple[str, list[str]]] = []
    for line in lines[1:]:
        match = _SECTION.match(line)
        if match:
            sections.append((match[1], []))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():
            raise PromptError(f"prompt {name!r}: text before the first '## system' or '## user' line")
    if not sections:
        raise PromptError(f"prompt {name!r} has no '## system' or '## user' section")
    templates = tuple((role, string.Template("\n".join(body).strip())) for role, body in sections)
    used: set[str] = set()
    for _, template in templates:
        if not template.is_valid():
            raise PromptError(f"prompt {name!r} has a malformed $placeholder (write $$ for a dollar sign)")
        used.update(template.get_identifiers())
    if undeclared := used - set(declared):
        raise PromptError(f"prompt {name!r} uses undeclared variables: {', '.join(sorted(undeclared))}")
    if unused := set(declared) - used:
        raise PromptError(f"prompt {name!r} declares unused variables: {', '.join(sorted(unused))}")
    return PromptTemplate(name, declared, templates)


def render_prompt(name: str, **variables: Any) -> list[dict[str, str]]:
    """The chat messages of template `name` filled with `variables` ({"role", "content"} dicts)."""
    template = load_prompt(name)
    missing = [v for v in template.variables if v not in variables]
    extra = sorted(set(variables) - set(template.variables))
    if missing or extra:
        problems = []
        if missing:
            problems.append(f"missing {', '.join(missing)}")
        if extra:
            problems.append(f"not declared: {', '.join(extra)}")
        raise PromptError(f"prompt {name!r}: {'; '.join(problems)}")
    values = {k: _defuse(_as_text(v)) for k, v in variables.items()}
    return [{"role": role, "content": body.substitute(values)} for role, body in template.sections]


def _as_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "\n".join(f"- {item}" for item in value) if value else "(none)"
    return str(value)


def _defuse(value: str) -> str:
    """Stop data from closing its own fence and smuggling text out as instructions."""
    return _FENCE.sub(lambda m: f"<<{m[1].upper()} DATA>>", value)
