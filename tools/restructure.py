"""Move the flat `resume_core/` modules into subpackages by stage, and rewrite every reference to them.

Run once, on a clean checkout of main, from anywhere:

    .venv/bin/python tools/restructure.py --dry-run   # check the mapping covers every module; change nothing
    .venv/bin/python tools/restructure.py             # move, rewrite, verify (then review and commit)

What it does, in order:
1. Refuses to run on a dirty work tree or a tree already restructured, and stops (listing them, with a
   suggested entry) when a module or test is in neither MAPPING nor KEEP: add it to the dicts below.
2. `git mv`s each module to its stage folder (MAPPING) and each test to the mirrored folder under `tests/`.
3. Rewrites every reference in the tracked Python and text files (resume_core, ui, pages, app.py, tests,
   bench, tools, docs, config): imports of all forms (`from resume_core.x import`, `from resume_core import x`,
   `import resume_core.x as y`, relative imports), dotted strings (monkeypatch/mock targets, `-m`,
   worker-process preloads, importlib names), `resume_core/x.py` and `tests/test_x.py` paths in text,
   and `Path(__file__).parent...` chains in files that moved deeper.
4. Gives each stage an `__init__.py` (docstring, `__all__`, lazy PEP 562 re-exports with a TYPE_CHECKING
   block for type checkers); `__all__` is exactly what ui/, pages/, app.py and resume_core/cli/ import
   from the stage, and those imports are rewritten to the public names.
5. Verifies: imports every module in a fresh interpreter, then `pytest --collect-only -q`.

Standard library and git only. Undo before committing with `git reset --hard && git clean -fd resume_core tests`.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

# --- The mapping: old module (dotted, under resume_core) -> new place. Edit here. ------------------------------
# A key that is a package (e.g. "importers") moves the whole folder; its submodules follow it.
MAPPING: dict[str, str] = {
    # bank/: the Big Resume itself - model, XML, migrations, edits
    "model": "bank.model",
    "model_base": "bank.model_base",
    "model_items": "bank.model_items",
    "model_posting": "bank.model_posting",
    "xml_codec": "bank.xml_codec",
    "xml_io": "bank.xml_io",
    "xml_tree": "bank.xml_tree",
    "migrations": "bank.migrations",
    "original_format": "bank.original_format",
    "original_reader": "bank.original_reader",
    "editing": "bank.editing",
    "editing_rows": "bank.editing_rows",
    "row_merge": "bank.row_merge",
    "chronology": "bank.chronology",
    "sample": "bank.sample",
    # storage/: where banks, postings and snapshots live
    "store": "storage.store",
    "store_base": "storage.store_base",
    "store_files": "storage.store_files",
    # importing/: resume files in, bounded
    "importers": "importing",
    "bounded_import": "importing.bounded_import",
    "bounded_zip": "importing.bounded_zip",
    "documents": "importing.documents",
    # posting/: a posting's text -> facts and requirements
    "analysis": "posting.analysis",
    "applications": "posting.applications",
    "posting_edits": "posting.edits",
    "posting_facts": "posting.facts",
    "posting_fetch": "posting.fetch",
    "posting_files": "posting.files",
    "posting_implied": "posting.implied",
    "posting_merge": "posting.merge",
    "posting_rows": "posting.rows",
    "posting_sections": "posting.sections",
    "posting_stated": "posting.stated",
    "sentence_roles": "posting.sentence_roles",
    "posting_headings": "posting.headings",      # branch posting
    "posting_unglue": "posting.unglue",          # branch posting
    "posting_cues": "posting.cues",              # branch posting
    # vocab/: skills, occupations, context
    "vocab": "vocab.vocabulary",
    "vocab_context": "vocab.context",
    "occupations": "vocab.occupations",
    "skill_mentions": "vocab.mentions",
    # tailoring/: scoring, selection, coverage, verdicts, years, page budget, review
    "tailor": "tailoring.pipeline",
    "tailor_summary": "tailoring.summary",
    "scoring": "tailoring.scoring",
    "selection": "tailoring.selection",
    "llm_select": "tailoring.llm_select",
    "coverage": "tailoring.coverage",
    "verdicts": "tailoring.verdicts",
    "years": "tailoring.years",
    "why_not": "tailoring.why_not",
    "keywords": "tailoring.keywords",
    "page_budget": "tailoring.page_budget",
    "review": "tailoring.review",
    "cover_letter": "tailoring.cover_letter",
    "evidence": "tailoring.evidence",            # branch coverage
    "evidence_match": "tailoring.evidence_match",  # branch coverage
    "tailor_rows": "tailoring.rows",             # branch workspace
    "selection_state": "tailoring.selection_state",  # branch tailor-speed
    "tailor_entries": "tailoring.entries",       # branch tailor-speed
    "text_terms": "tailoring.text_terms",        # branch tailor-speed
    "years_ask": "tailoring.years_ask",          # branch tailor-speed
    # interview/: questions, what is known, suggestions, grounding, anecdotes
    "interview": "interview.questions",
    "interview_state": "interview.state",
    "interview_text": "interview.text",
    "clauses": "interview.clauses",
    "bullets": "interview.bullets",
    "story": "interview.story",
    "anecdotes": "interview.anecdotes",
    "suggest": "interview.suggest",
    "grounding": "interview.grounding",
    "gaps": "interview.gaps",                    # branch workspace
    # output/: render, PDF, DOCX, JSON Resume, the ATS reader
    "render": "output.render",
    "safe_markdown": "output.safe_markdown",
    "export": "output.export",
    "pdf_layout": "output.pdf_layout",
    "pdf_fit": "output.pdf_fit",
    "pdf_check": "output.pdf_check",
    "pdf_preview": "output.pdf_preview",
    "docx_export": "output.docx_export",
    "jsonresume": "output.jsonresume",
    "ats_reader": "output.ats_reader",
    "ats_lines": "output.ats_lines",
    "export_sources": "output.export_sources",   # branch workspace
}

# Modules (or packages) that stay where they are: small shared pieces and the packages already by stage.
KEEP: set[str] = {"__init__", "__main__", "errors", "limits", "clock", "text_edge", "engines", "cli", "prompts",
                   "workspace", "handoffs"}   # workspace, handoffs: the application layer (branch workspace)

# Each stage's `__init__` docstring: what it does, its inputs and outputs.
STAGES: dict[str, str] = {
    "bank": "The Big Resume: its strict pydantic model, the XML it is kept in (read safely, migrated from older\n"
            "versions and the original format) and pure edits. In: XML text or edits; out: a validated `Bank`.",
    "storage": "Where banks, postings and snapshots live: the storage rules written once (version tokens,\n"
               "conflicts, history) over a local folder or the session. In: models; out: saved files, `Conflict`s.",
    "importing": "Resume files in (PDF, DOCX, Markdown, text, JSON Resume, LinkedIn ZIP), read under limits in a worker\n"
                 "process: layout -> lines -> sections -> entries, merged into the bank. In: bytes; out: `ImportResult`.",
    "posting": "A job posting: its files and link, its sections, facts and requirements (stated and implied), and the\n"
               "applications list. In: posting text; out: a `Posting` with its `Requirement`s.",
    "vocab": "The skill vocabulary: canonical skills and aliases with a fast matcher, the context that makes a common\n"
             "word a skill, and job titles -> O*NET occupations. In: text; out: skill mentions.",
    "tailoring": "One page for one posting: relevance scores, bullet selection under the page budget, coverage verdicts,\n"
                 "years of experience, the summary and cover letter, review. In: `Bank` + `Posting`; out: `TailoredResume`.",
    "interview": "The gap interview: questions without a model, what is already known, suggestions checked against the\n"
                 "user's own words, anecdotes kept in the bank. In: transcript turns; out: questions and suggested items.",
    "output": "A tailored resume as files: Markdown/HTML/text rendering, a PDF fitted to its page and read back as an\n"
              "ATS would, DOCX and JSON Resume. In: `TailoredResume`; out: text and bytes.",
}

# Tests whose names do not follow `test_<module>.py` -> their folder under tests/.
TEST_FOLDERS: dict[str, str] = {
    "test_cli_*": "cli",
    "test_store_history": "storage",
    "test_vocab_matcher": "vocab",   # branch speed
}
# Tests that stay in tests/ (cross-cutting, or testing a module that stays in the root).
TEST_KEEP: set[str] = {"test_adversarial_text", "test_hostile", "test_layering", "test_prompts",
                        "test_code_checks", "test_golden", "test_hypothesis_budget",   # lint: tests of the checks and helpers
                        "test_restructure_tool"}

# Files that import only the stages' public names (`from resume_core.<stage> import name`).
CONSUMERS = ("app.py", "ui/", "pages/", "resume_core/cli/")
# Packages whose public face the consumers use (the new stages plus existing packages by stage).
PUBLIC_PACKAGES = set(STAGES) | {"engines"}

TEXT_SUFFIXES = {".md", ".ini", ".toml", ".cfg", ".txt", ".sh", ".yml", ".yaml"}
SKIP_PREFIXES = ("bench/data/", "tests/fixtures/", "data/", "docs/screenshots/", ".venv/",
                 "docs/architecture.md",            # already written for the new layout
                 "tests/test_restructure_tool.py")  # its inputs are in the old layout on purpose
MARK = "Public names of the stage's modules"

ROOT = Path(__file__).resolve().parent.parent
PKG = "resume_core"
SELF = Path(__file__).resolve().relative_to(ROOT).as_posix()


def git(*args: str, check: bool = True) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=check).stdout


# --- Names --------------------------------------------------------------------------------------------------------

def map_dotted(parts: list[str]) -> list[str] | None:
    """The new components of an old dotted name under resume_core (without the prefix), or None if unmoved.
    Longest prefix wins, so `importers.dates` follows `importers`."""
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in MAPPING:
            return MAPPING[key].split(".") + parts[n:]
    return None


def map_module(name: str) -> str:
    """`resume_core.tailor` -> `resume_core.tailoring.pipeline`; anything else unchanged."""
    parts = name.split(".")
    if parts[0] != PKG or len(parts) == 1:
        return name
    new = map_dotted(parts[1:])
    return name if new is None else ".".join([PKG, *new])


def covered(parts: list[str]) -> bool:
    return any(".".join(parts[:n]) in MAPPING or ".".join(parts[:n]) in KEEP for n in range(1, len(parts) + 1))


def module_of(path: str) -> str:
    """`resume_core/importers/dates.py` -> `resume_core.importers.dates` (packages: their dotted name)."""
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def suggest(name: str) -> str:
    """A guess for an unknown module's place: the stage of the mapped module sharing its first word."""
    head = name.split(".")[0].split("_")[0]
    stages = [new.split(".")[0] for old, new in MAPPING.items() if old.split("_")[0] == head]
    if stages:
        return f'"{name}": "{stages[0]}.{name.removeprefix(stages[0] + "_")}",'
    return f'"{name}": "<stage>.{name}",  # or add it to KEEP'


# --- Planning -----------------------------------------------------------------------------------------------------

class Plan:
    def __init__(self, tracked: list[str] | None = None) -> None:
        """`tracked`: the project's files (default: what git tracks)."""
        self.tracked = tracked if tracked is not None else [p for p in git("ls-files").splitlines() if (ROOT / p).exists()]
        self.module_moves: dict[str, str] = {}   # old path -> new path (files, incl. package folders' files)
        self.test_moves: dict[str, str] = {}
        self.unknown: list[str] = []
        self.unknown_tests: list[str] = []

    def modules(self) -> None:
        for path in self.tracked:
            if not (path.startswith(PKG + "/") and path.endswith(".py")):
                continue
            dotted = module_of(path).split(".")[1:]
            if not dotted:
                continue
            if not covered(dotted):
                self.unknown.append(".".join(dotted))
                continue
            new = map_dotted(dotted)
            if new is None:
                continue
            tail = "__init__.py" if path.endswith("/__init__.py") else None
            target = "/".join([PKG, *new]) + ("/" + tail if tail else ".py")
            self.module_moves[path] = target

    def tests(self) -> None:
        for path in self.tracked:
            parts = path.split("/")
            if not path.endswith(".py") or parts[0] != "tests":
                continue
            if len(parts) == 3 and parts[1] in MAPPING:        # a test folder mirroring a moved package
                self.test_moves[path] = "/".join(["tests", MAPPING[parts[1]].split(".")[0], parts[2]])
                continue
            if len(parts) != 2 or not parts[1].startswith("test_"):
                continue
            stem = parts[1][:-3]
            module = stem[len("test_"):]
            folder = next((f for pattern, f in TEST_FOLDERS.items() if re.fullmatch(pattern.replace("*", ".*"), stem)),
                          None)
            if folder is None and module in MAPPING:
                folder = MAPPING[module].split(".")[0]
            if folder is None and (stem in TEST_KEEP or module in KEEP):
                continue
            if folder is None:
                self.unknown_tests.append(path)
                continue
            self.test_moves[path] = f"tests/{folder}/{parts[1]}"

    def check_targets(self) -> list[str]:
        problems = []
        for old, new in {**self.module_moves, **self.test_moves}.items():
            if (ROOT / new).exists():
                problems.append(f"{new} already exists (for {old})")
        names = defaultdict(list)
        for path in self.tracked:
            if path.startswith("tests/") and Path(path).name.startswith("test_") and path.endswith(".py"):
                names[Path(self.test_moves.get(path, path)).name].append(path)
        problems += [f"two tests named {n}: {', '.join(p)} (pytest needs unique test file names)"
                     for n, p in names.items() if len(p) > 1]
        return problems


# --- Rewriting ----------------------------------------------------------------------------------------------------

DOTTED = re.compile(r"(?<![\w.])resume_core((?:\.[A-Za-z_]\w{0,80}){1,8})")
SLASHED = re.compile(r"(?<![\w/.])resume_core/((?:\w{1,80}/){0,6}\w{1,80})(\.py\b|/)")
TESTPATH = re.compile(r"(?<![\w/.])(tests/(?:\w{1,80}/){0,3}test_\w{1,80}\.py)\b|(?<![\w/.])tests/(\w{1,80})/")
# Backticked module names in prose (`posting_sections.unglue` -> `posting.sections.unglue`) whose leaf changed; only names that cannot be
# anything else (a `_` in them, or a package), so `tailor` (also a function) is left alone.
RENAMED = {old: new for old, new in MAPPING.items()
           if "." not in old and new.split(".")[-1] != old and ("_" in old or "." not in new)}
BACKTICKED = re.compile(r"`(" + "|".join(sorted(RENAMED, key=len, reverse=True)) + r")(?=[`.])")
FILE_CHAIN = re.compile(r"(Path\(__file__\)(?:\.resolve\(\))?)\.(parents\[(\d)\]|parent\b)")


class Rewriter:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.path_map = {**plan.module_moves, **plan.test_moves}
        self.exports: dict[str, dict[str, str]] = defaultdict(dict)  # stage -> public name -> module ("" = submodule)
        self.kept_internal: list[str] = []
        self.init_names = {stage: self._init_names(stage) for stage in PUBLIC_PACKAGES}
        self.leaves = self._leaves()
        self.conflicts = self._conflicts()

    # Paths and dotted strings in any text.
    def text(self, text: str) -> str:
        text = DOTTED.sub(self._dotted, text)
        text = SLASHED.sub(self._slashed, text)
        text = TESTPATH.sub(self._testpath, text)
        return BACKTICKED.sub(lambda m: "`" + RENAMED[m.group(1)], text)

    @staticmethod
    def _dotted(m: re.Match) -> str:
        return map_module("resume_core" + m.group(1))

    @staticmethod
    def _slashed(m: re.Match) -> str:
        parts = m.group(1).split("/")
        new = map_dotted(parts)
        return m.group(0) if new is None else "resume_core/" + "/".join(new) + m.group(2)

    def _testpath(self, m: re.Match) -> str:
        if m.group(1):
            return self.path_map.get(m.group(1), m.group(0))
        folder = m.group(2)
        return f"tests/{MAPPING[folder]}/" if folder in MAPPING and "." not in MAPPING[folder] else m.group(0)

    # The public faces.
    def _init_names(self, stage: str) -> dict[str, str]:
        """Names an existing stage `__init__` already binds -> where they come from ('' = defined there)."""
        old = next((o for o, n in MAPPING.items() if n == stage), stage)
        path = ROOT / PKG / old / "__init__.py"
        if not path.exists():
            return {}
        names: dict[str, str] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    names[a.asname or a.name] = map_module(node.module)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                names[node.name] = ""
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                    if isinstance(t, ast.Name):
                        names[t.id] = ""
        return names

    def _leaves(self) -> dict[str, set[str]]:
        leaves: dict[str, set[str]] = defaultdict(set)
        for path in self.plan.tracked:
            new = self.path_map.get(path, path)
            parts = new[:-3].split("/")
            if parts[0] == PKG and len(parts) >= 3 and parts[1] in PUBLIC_PACKAGES:
                leaves[parts[1]].add(parts[2])
        return leaves

    def _public_candidates(self, path: str, source: str) -> list[tuple[str, str, str]]:
        out = []
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                new = map_module(node.module).split(".")
                if new[0] == PKG and len(new) >= 3 and new[1] in PUBLIC_PACKAGES:
                    out += [(new[1], a.name, ".".join(new)) for a in node.names]
        return out

    def _conflicts(self) -> set[tuple[str, str]]:
        """(stage, name) pairs the consumers import from two different modules, or that shadow a submodule."""
        seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        for path in self.plan.tracked:
            if path.endswith(".py") and path.startswith(CONSUMERS):
                for stage, name, module in self._public_candidates(path, (ROOT / path).read_text(encoding="utf-8")):
                    seen[(stage, name)].add(module)
        bad = set()
        for (stage, name), modules in seen.items():
            defined = self.init_names[stage].get(name)
            if len(modules) > 1 or name in self.leaves[stage] or (defined is not None and defined not in modules):
                bad.add((stage, name))
        return bad

    def python(self, path: str, source: str) -> str:
        """Rewrite imports (by AST span) and dotted strings/paths elsewhere, in one pass over the old source."""
        tree = ast.parse(source)
        old_module = module_of(path)
        package = old_module if path.endswith("__init__.py") else old_module.rpartition(".")[0]
        consumer = path.startswith(CONSUMERS)
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        edits = []
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                col = len(lines[node.lineno - 1].encode()[:node.col_offset].decode())   # ast counts bytes
                end_col = len(lines[node.end_lineno - 1].encode()[:node.end_col_offset].decode())
                start = offsets[node.lineno - 1] + col
                end = offsets[node.end_lineno - 1] + end_col
                indent = " " * col
                segment = source[start:end]
                new = self._import(node, package, consumer, path, segment)
                if isinstance(new, Verbatim):   # the statement as written, its module renamed
                    edits.append((start, end, str(new)))
                elif new is not None:
                    edits.append((start, end, keep_comments(new, segment).replace("\n", "\n" + indent)))
        out, last = [], 0
        for start, end, new in sorted(edits):
            out += [self.text(source[last:start]), new]
            last = end
        out.append(self.text(source[last:]))
        result = "".join(out)
        depth = self.path_map.get(path, path).count("/") - path.count("/")
        if depth:
            result = FILE_CHAIN.sub(lambda m: self._chain(m, depth), result)
        return result

    @staticmethod
    def _chain(m: re.Match, depth: int) -> str:
        if m.group(3) is not None:
            return f"{m.group(1)}.parents[{int(m.group(3)) + depth}]"
        return m.group(1) + ".parent" * (depth + 1)

    def _import(self, node: ast.AST, package: str, consumer: bool, path: str, segment: str) -> str | None:
        if isinstance(node, ast.Import):
            if not any(a.name.split(".")[0] == PKG and map_module(a.name) != a.name for a in node.names):
                return None
            parts = []
            for a in node.names:
                new = map_module(a.name)
                bits = new.split(".")
                if consumer and a.asname and new != a.name and len(bits) == 3 and bits[1] in PUBLIC_PACKAGES:
                    parts.append(self._public_from(bits[1], [(bits[2], a.asname, new, True)]))
                else:
                    parts.append(f"import {new}" + (f" as {a.asname}" if a.asname else ""))
            return "\n".join(parts)
        assert isinstance(node, ast.ImportFrom)
        if node.level:
            base = package.split(".")
            base = base[:len(base) - node.level + 1]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        if module.split(".")[0] != PKG:
            return None
        if module == PKG:
            return self._from_root(node, consumer)
        new = map_module(module)
        bits = new.split(".")
        public = consumer and len(bits) >= 3 and bits[1] in PUBLIC_PACKAGES
        if public and not all((bits[1], a.name) in self.conflicts for a in node.names):
            groups = [(a.name, a.asname, new, False) for a in node.names if (bits[1], a.name) not in self.conflicts]
            rest = [a for a in node.names if (bits[1], a.name) in self.conflicts]
            self.kept_internal += [f"{path}: {new}.{a.name}" for a in rest]
            text = self._public_from(bits[1], groups)
            if rest:
                text += "\n" + format_from(new, [(a.name, a.asname) for a in rest])
            return text
        if public:
            self.kept_internal += [f"{path}: {new}.{a.name}" for a in node.names]
        if new == module and not node.level:
            return None
        if not node.level:   # only the module changes: keep the statement as it was written
            return Verbatim(re.sub(r"^from\s+" + re.escape(module) + r"\b", "from " + new, segment, count=1))
        return format_from(new, [(a.name, a.asname) for a in node.names])

    def _from_root(self, node: ast.ImportFrom, consumer: bool) -> str | None:
        """`from resume_core import posting_facts as pf, errors` -> one statement per new parent."""
        groups: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        changed = bool(node.level)
        for a in node.names:
            new = map_module(f"{PKG}.{a.name}")
            if new == f"{PKG}.{a.name}":
                groups[PKG].append((a.name, a.asname))
                continue
            changed = True
            parent, _, leaf = new.rpartition(".")
            asname = a.asname or (a.name if leaf != a.name else None)
            groups[parent].append((leaf, asname))
            stage = parent.split(".")[1] if parent.count(".") == 1 else None
            if consumer and stage in PUBLIC_PACKAGES:
                self.exports[stage][leaf] = ""
        if not changed:
            return None
        return "\n".join(format_from(parent, names) for parent, names in groups.items())

    def _public_from(self, stage: str, names: list[tuple[str, str | None, str, bool]]) -> str:
        for name, _asname, module, is_module in names:
            if is_module:
                self.exports[stage][name] = ""
            elif self.init_names[stage].get(name) is None:
                self.exports[stage][name] = module
        return format_from(f"{PKG}.{stage}", [(n, a) for n, a, _m, _i in names])


class Verbatim(str):
    """A rewritten import statement that keeps the layout and comments it was written with."""


def keep_comments(new: str, old: str) -> str:
    """`new` with the comments of the statement it replaces (`# noqa: F401 (...)`) on its first line."""
    comments = re.findall(r"#[^\n]{0,500}", old)
    if not comments:
        return new
    first, _, rest = new.partition("\n")
    return first + "  " + "  ".join(c.strip() for c in comments) + ("\n" + rest if rest else "")


def merge_imports(source: str) -> str:
    """Join adjacent module-level `from resume_core.<stage> import ...` statements of the same stage (the
    rewrite turns `from resume_core.render import x` and `from resume_core.export import y` into two)."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    first: dict[str, ast.ImportFrom] = {}
    names: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    drop: list[ast.ImportFrom] = []
    for node in tree.body:
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            first.clear()   # only within one block of imports
            continue
        if not isinstance(node, ast.ImportFrom) or node.level or not (node.module or "").startswith(PKG + "."):
            continue
        tail = lines[node.end_lineno - 1][node.end_col_offset:].strip()
        key = node.module or ""
        if key in first and not tail:
            names[id(first[key])] += [(a.name, a.asname) for a in node.names]
            drop.append(node)
        elif key not in first and not tail:
            first[key] = node
            names[id(node)] = [(a.name, a.asname) for a in node.names]
    if not drop:
        return source
    heads = [n for n in tree.body if isinstance(n, ast.ImportFrom) and id(n) in names and len(names[id(n)]) > len(n.names)]
    for node in sorted([*heads, *drop], key=lambda n: -n.lineno):
        merged = sorted(dict.fromkeys(names[id(node)]), key=lambda n: (not n[0].isupper(), not n[0][:1].isupper(), n))
        new = "" if node in drop else format_from(node.module or "", merged) + "\n"
        lines[node.lineno - 1:node.end_lineno] = [new]
    return "".join(lines)


def indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def wrap_list(head: str, items: list[str], tail: str, width: int = 120) -> list[str]:
    """`head a, b, c tail` on one line if it fits, else a line per item."""
    one = head + (" " if head.endswith(",") and items else "") + ", ".join(items) + tail
    if len(one) <= width:
        return [one]
    return [head, *[f"    {i}," for i in items], tail]


def format_from(module: str, names: list[tuple[str, str | None]], width: int = 120, explicit: bool = False) -> str:
    """`from module import a, b as c`, parenthesised a name per line when longer than `width`; `explicit`
    keeps `a as a` (the form type checkers read as a re-export)."""
    items = [n + (f" as {a}" if a and (a != n or explicit) else "") for n, a in names]
    one = f"from {module} import {', '.join(items)}"
    if len(one) <= width:
        return one
    return f"from {module} import (\n" + "".join(f"    {i},\n" for i in items) + ")"


def init_file(stage: str, exports: dict[str, str], existing: str | None) -> str:
    """A stage's `__init__`: docstring, `__all__`, lazy re-exports (or the block appended to an existing one)."""
    lazy = {n: m for n, m in sorted(exports.items()) if m}
    names = sorted(exports)
    checking = defaultdict(list)
    for n, m in lazy.items():
        checking[m].append(n)
    block = [
        f"# {MARK}, imported on first use (PEP 562) so that importing the stage stays cheap.",
        "# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.",
        "from typing import TYPE_CHECKING as _TYPE_CHECKING",
        "",
        "from resume_core.lazy_exports import lazy_exports as _lazy_exports",
        "",
        "if _TYPE_CHECKING:",
        *[indent(format_from(m, [(n, n) for n in ns], explicit=True), "    ") for m, ns in sorted(checking.items())],
        *(["    pass"] if not checking else []),
        "",
        "_LAZY: dict[str, str] = {",
        *[f'    "{n}": "{m}",' for n, m in lazy.items()],
        "}",
    ]
    extra = names if existing is None else [n for n in names if n not in existing_all(existing)]
    block += wrap_list("__all__ = [" if existing is None else "__all__ = [*__all__,", [f'"{n}"' for n in extra], "]")
    block += ["", "__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)", ""]
    if existing is None and not names:  # a stage the pages never import from: its modules by path only
        block = ["# No public names: ui/, pages/ and the CLI import nothing from this stage.", "__all__: list[str] = []", ""]
    if existing is not None:
        if not extra and not lazy:
            return existing
        return existing.rstrip("\n") + "\n\n\n" + "\n".join(block)
    doc = STAGES[stage]
    return f'"""{doc}\n"""\n\n' + "\n".join(block)


def existing_all(source: str) -> set[str]:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


# --- Running ------------------------------------------------------------------------------------------------------

def preflight(plan: Plan) -> None:
    if any((ROOT / PKG / stage).is_dir() and (ROOT / PKG / stage / "__init__.py").exists() for stage in STAGES) or \
            MARK in (ROOT / PKG / "engines" / "__init__.py").read_text(encoding="utf-8"):
        sys.exit("restructure: already done (a stage package exists). Nothing changed.")
    untracked = [p for p in git("ls-files", "--others", "--exclude-standard", PKG, "tests", "ui", "pages", "bench").split()
                 if p.endswith(".py")]
    if untracked:
        sys.exit("restructure: untracked Python files (commit or remove them first):\n  " + "\n  ".join(untracked))
    plan.modules()
    plan.tests()
    if plan.unknown or plan.unknown_tests:
        print("restructure: modules or tests not in the mapping; add them at the top of tools/restructure.py:")
        for name in plan.unknown:
            print(f"  MAPPING  {suggest(name)}")
        for path in plan.unknown_tests:
            print(f"  tests    {path}  (follows its module once that is mapped; else TEST_FOLDERS or TEST_KEEP)")
        sys.exit(2)
    missing = [old for old in MAPPING if not (ROOT / PKG / (old.replace(".", "/") + ".py")).exists()
               and not (ROOT / PKG / old.replace(".", "/")).is_dir()]
    if missing:
        print("restructure: note: mapped modules not in this tree (ignored): " + ", ".join(missing))
    problems = plan.check_targets()
    if problems:
        sys.exit("restructure: cannot move:\n  " + "\n  ".join(problems))


def rewrite_all(plan: Plan, rewriter: Rewriter) -> dict[str, str]:
    """The new text of every tracked text file that changes or moves (keyed by its old path)."""
    new_text: dict[str, str] = {}
    for path in plan.tracked:
        suffix = Path(path).suffix
        if path == SELF or path.startswith(SKIP_PREFIXES) or (ROOT / path).stat().st_size > 2_000_000:
            continue
        if suffix not in TEXT_SUFFIXES | {".py"} and not path.startswith(".ci/"):
            continue
        try:
            old = (ROOT / path).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        new = rewriter.python(path, old) if suffix == ".py" else rewriter.text(old)
        if suffix == ".py" and path.startswith(CONSUMERS):
            new = merge_imports(new)
        if new != old or path in rewriter.path_map:
            new_text[path] = new
    return new_text


def report(plan: Plan, rewriter: Rewriter, new_text: dict[str, str]) -> None:
    changed = sum(1 for p in new_text if new_text[p] != (ROOT / p).read_text(encoding="utf-8"))
    print(f"restructure: {len(plan.module_moves)} modules and {len(plan.test_moves)} tests move; "
          f"{changed} files rewritten.")
    for old, new in sorted({**plan.module_moves, **plan.test_moves}.items()):
        print(f"  git mv {old} {new}")
    for stage in sorted(PUBLIC_PACKAGES):
        print(f"  {stage}: public {', '.join(sorted(rewriter.exports[stage])) or '(none)'}")
    if rewriter.kept_internal:
        print("  imported by full module path (name shadows a submodule or is defined twice):")
        for item in sorted(set(rewriter.kept_internal)):
            print("    " + item)


def apply(plan: Plan, rewriter: Rewriter, new_text: dict[str, str]) -> None:
    """`git mv` everything, write the rewritten files and the stages' `__init__`s, stage it all in git."""
    for old, new in sorted({**plan.module_moves, **plan.test_moves}.items()):
        (ROOT / new).parent.mkdir(parents=True, exist_ok=True)
        git("mv", old, new)
    for path, text in new_text.items():
        (ROOT / rewriter.path_map.get(path, path)).write_text(text, encoding="utf-8")
    for stage in sorted(PUBLIC_PACKAGES):
        init = ROOT / PKG / stage / "__init__.py"
        existing = init.read_text(encoding="utf-8") if init.exists() else None
        init.write_text(init_file(stage, rewriter.exports[stage], existing), encoding="utf-8")
        git("add", str(init.relative_to(ROOT)))
    for folder in {(ROOT / p).parent for p in {**plan.module_moves, **plan.test_moves}}:
        if folder.is_dir() and all(child.name == "__pycache__" for child in folder.iterdir()):
            shutil.rmtree(folder)   # an emptied folder (resume_core/importers/, tests/importers/): only __pycache__ left
    git("add", "-A", PKG, "tests")
    git("add", "-u")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="check and print the plan; change nothing")
    parser.add_argument("--no-verify", action="store_true", help="skip the import and pytest --collect-only checks")
    args = parser.parse_args()
    started = time.perf_counter()
    plan = Plan()
    preflight(plan)
    if not args.dry_run and git("status", "--porcelain", "--untracked-files=no").strip():
        sys.exit("restructure: the work tree has uncommitted changes; commit them first so this can be undone.")
    rewriter = Rewriter(plan)
    new_text = rewrite_all(plan, rewriter)
    report(plan, rewriter, new_text)
    if args.dry_run:
        print(f"restructure: dry run, nothing changed ({time.perf_counter() - started:.1f} s).")
        return 0
    apply(plan, rewriter, new_text)
    print(f"restructure: moved and rewritten ({time.perf_counter() - started:.1f} s).")
    return 0 if args.no_verify else verify(started)


def verify(started: float) -> int:
    python = sys.executable
    script = ("import importlib, pkgutil, resume_core\n"
              "names = [m.name for m in pkgutil.walk_packages(resume_core.__path__, 'resume_core.')"
              " if not m.name.endswith('__main__')]\n"
              "for name in names: importlib.import_module(name)\n"
              "print(len(names), 'modules import')\n")
    done = subprocess.run([python, "-c", script], cwd=ROOT, capture_output=True, text=True)
    print("verify: " + (done.stdout.strip() or done.stderr.strip()[-2000:]))
    if done.returncode:
        return 1
    done = subprocess.run([python, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"], cwd=ROOT,
                          capture_output=True, text=True)
    tail = done.stdout.strip().splitlines()[-1:] if done.returncode == 0 else done.stdout.strip().splitlines()[-40:]
    print("verify: pytest --collect-only: " + "\n".join(tail))
    print(f"restructure: done in {time.perf_counter() - started:.1f} s. Review `git status`, run the suite, commit.")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
