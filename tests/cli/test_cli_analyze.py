"""`python -m resume_core analyze`: JSON format, readable table, and errors with a fix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from resume_core.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
POSTING = """Senior Data Engineer at Copperleaf

Requirements
- 4+ years with Python and SQL.
- Experience with Apache Airflow.

Nice to have
- Kafka.
"""


def test_json_output_has_the_documented_fields(tmp_path, capsys):
    path = tmp_path / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    assert main(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("title", "company", "seniority", "years_experience", "degree", "location", "remote", "requirements"):
        assert key in data
    assert data["title"] == "Senior Data Engineer" and data["company"] == "Copperleaf"
    assert data["years_experience"] == "4+"
    rows = {r["skill"]: r for r in data["requirements"] if r["skill"]}
    assert rows["Airflow"]["kind"] == "required" and rows["Kafka"]["kind"] == "preferred"
    assert all(set(r) >= {"text", "kind", "skill", "rationale", "confidence", "aspect", "years_min",
                          "alternatives_group", "quote"} for r in data["requirements"])
    assert any(r["kind"] == "implied" and r["rationale"] for r in data["requirements"])
    assert all(r["quote"] for r in data["requirements"] if r["kind"] != "implied" and r["aspect"] != "work_mode")
    years = [r for r in data["requirements"] if r["aspect"] == "years"]
    assert years and all(isinstance(r["years_min"], (int, float)) and r["years_min"] > 0 for r in years)


def test_table_output_via_the_module_entry_point(tmp_path):
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "resume_core", "analyze", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Title:      Senior Data Engineer" in done.stdout
    assert any(line.startswith("preferred") and "Kafka" in line for line in done.stdout.splitlines())


def test_missing_or_unreadable_file_exits_2_with_a_fix(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert "fix:" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["analyze", str(empty), "--json"]) == 2
    assert "no readable text" in capsys.readouterr().err
