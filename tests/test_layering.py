"""The core stays pure: importing any part of `resume_core` loads no Streamlit, WeasyPrint or OpenAI SDK,
and nothing in `resume_core` imports the Streamlit-only `ui` package.

Each check runs in a fresh interpreter, since this test process has long loaded everything.
"""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import resume_core

ROOT = Path(resume_core.__file__).parent
HEAVY = ("streamlit", "weasyprint", "openai")


def _core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages([str(ROOT)], prefix="resume_core.")
        if not info.name.endswith("__main__")
    )


def test_importing_every_core_module_loads_no_ui_or_heavy_library() -> None:
    modules = _core_modules()
    assert len(modules) > 40, "the walk found the package's modules"
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {(*HEAVY, 'ui')!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT.parent, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_core_never_imports_the_ui_package() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT.parent)}: {n}" for n in names if n.split(".")[0] in ("ui", "pages", "streamlit")]
    assert offenders == []
