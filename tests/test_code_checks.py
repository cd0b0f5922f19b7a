"""ruff and mypy run with the suite, so CI fails on a lint or type error; their settings are in pyproject.toml.

Run them alone with `.venv/bin/ruff check resume_core ui pages app.py bench tests tools` and `.venv/bin/mypy`
(mypy reads the files to check from pyproject.toml and keeps its cache in .mypy_cache, git-ignored).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ("resume_core", "ui", "pages", "app.py", "bench", "tests", "tools")


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """One tool from this interpreter's environment (the venv that the README's test command uses)."""
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    done = _run("ruff", "check", "--no-cache", *RUFF_PATHS)
    assert done.returncode == 0, f"ruff found problems:\n{done.stdout}{done.stderr}"


# Both mypy runs write the same .mypy_cache: under xdist they run on one worker, one after the other.
MYPY_CACHE = pytest.mark.xdist_group("mypy-cache")


@MYPY_CACHE
def test_mypy_finds_nothing() -> None:
    done = _run("mypy")
    assert done.returncode == 0, f"mypy found problems:\n{done.stdout}{done.stderr}"


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    """A module with one flaw of each kind the checks are for."""
    path = tmp_path / "flawed.py"
    path.write_text(
        "import os\n"  # unused import (pyflakes)
        "from pydantic import BaseModel, ConfigDict\n\n\n"
        "class Item(BaseModel):\n"
        "    model_config = ConfigDict(extra='forbid')\n"
        "    name: str\n\n\n"
        "def label(item: Item | None) -> str:\n"
        "    return item.name\n\n\n"  # None not handled (mypy)
        "def make() -> Item:\n"
        "    return Item(name='a', colour='red')\n\n\n"  # unknown field (pydantic plugin)
        "def append(value: int, into: list = []) -> list:\n"  # mutable default (bugbear)
        "    into.append(value)\n"
        "    return into\n",
        encoding="utf-8",
    )
    return path


@MYPY_CACHE
def test_the_checks_catch_what_they_are_for(flawed: Path) -> None:
    config = str(ROOT / "pyproject.toml")
    ruff = _run("ruff", "check", "--no-cache", "--config", config, str(flawed), cwd=flawed.parent)
    assert ruff.returncode == 1 and "F401" in ruff.stdout and "B006" in ruff.stdout, ruff.stdout + ruff.stderr
    mypy = _run("mypy", "--config-file", config, "--cache-dir", str(ROOT / ".mypy_cache"), str(flawed), cwd=flawed.parent)
    assert mypy.returncode == 1, mypy.stdout + mypy.stderr
    assert '"None" of "Item | None" has no attribute "name"' in mypy.stdout, mypy.stdout
    assert 'Unexpected keyword argument "colour"' in mypy.stdout, mypy.stdout
