"""The command line's front door: `--help` lists every subcommand without loading their machinery."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from resume_core.cli import SUBCOMMANDS, main

LOADED_AFTER = """
import json, sys
from resume_core.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("resume_core"))), file=sys.stderr)
"""


def loaded_after(argv: list[str]) -> tuple[str, list[str]]:
    """Help text printed and resume_core modules loaded by `main(argv)` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", LOADED_AFTER.format(argv=argv)], capture_output=True, text=True, check=True)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def test_help_lists_every_subcommand_without_importing_them():
    text, loaded = loaded_after(["--help"])
    for name in SUBCOMMANDS:
        assert name in text
    assert set(loaded) <= {"resume_core", "resume_core.cli", "resume_core.errors"}


def test_a_subcommand_help_loads_that_subcommand_only():
    text, loaded = loaded_after(["analyze", "--help"])
    assert "posting_file" in text and "--json" in text
    assert "resume_core.cli.analyze" in loaded
    assert "resume_core.cli.tailor" not in loaded and "resume_core.tailoring.pipeline" not in loaded


def test_an_unknown_subcommand_names_the_choices(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["tialor"])
    assert exited.value.code == 2
    assert "invalid choice: 'tialor'" in capsys.readouterr().err
