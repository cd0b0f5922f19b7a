"""tools/restructure.py: the rewrites it makes when it moves the flat modules into stage packages.

The script rewrites the source of the whole project once; these cases pin down each form it must get
right (a wrong rewrite breaks an import only at run time, in a page or a worker process). The script
leaves this file alone: its inputs are written in the old layout on purpose.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "restructure.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("restructure_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.fixture(scope="module")
def rewriter(tool):
    """A rewriter for a small project in the old layout (so these cases hold before and after the move)."""
    plan = tool.Plan(tracked=["resume_core/keywords.py", "resume_core/model.py", "resume_core/errors.py",
                              "tests/test_tailor.py", "tests/test_layering.py"])
    plan.modules()
    plan.tests()
    assert plan.module_moves == {"resume_core/keywords.py": "resume_core/tailoring/keywords.py",
                                 "resume_core/model.py": "resume_core/bank/model.py"}
    assert plan.test_moves == {"tests/test_tailor.py": "tests/tailoring/test_tailor.py"}
    return tool.Rewriter(plan)


def test_old_module_names_map_to_their_stage_and_shared_pieces_stay(tool):
    assert tool.map_module("resume_core.tailor") == "resume_core.tailoring.pipeline"
    assert tool.map_module("resume_core.tailor_summary") == "resume_core.tailoring.summary"
    assert tool.map_module("resume_core.importers.dates") == "resume_core.importing.dates"
    assert tool.map_module("resume_core.tailor.FILL_BELOW") == "resume_core.tailoring.pipeline.FILL_BELOW"
    assert tool.map_module("resume_core.errors") == "resume_core.errors"
    assert tool.map_module("resume_core.engines.base") == "resume_core.engines.base"


def test_every_stage_and_kept_name_is_a_real_package_path(tool):
    for old, new in tool.MAPPING.items():
        assert new.split(".")[0] in tool.STAGES, f"{old} -> {new}: not a stage"
    assert not set(tool.MAPPING) & tool.KEEP


def test_a_core_module_gets_full_module_paths_for_every_import_form(rewriter):
    source = (
        '"""Uses `posting_sections.unglue`."""\n'
        "from resume_core import posting_facts as pf, errors\n"
        "from resume_core.model import Bank\n"
        "import resume_core.store as store_module\n"
        "from .vocab import normalise\n"
        "DATA = Path(__file__).parent / 'data'\n"
        "ROOT = Path(__file__).resolve().parents[1]\n"
        "PRELOAD = ['resume_core.bounded_import']\n"
    )
    out = rewriter.python("resume_core/keywords.py", source)   # keywords moves to tailoring/, one level down
    assert out.splitlines() == [
        '"""Uses `posting.sections.unglue`."""',
        "from resume_core.posting import facts as pf",
        "from resume_core import errors",
        "from resume_core.bank.model import Bank",
        "import resume_core.storage.store as store_module",
        "from resume_core.vocab.vocabulary import normalise",
        "DATA = Path(__file__).parent.parent / 'data'",
        "ROOT = Path(__file__).resolve().parents[2]",
        "PRELOAD = ['resume_core.importing.bounded_import']",
    ]


def test_a_page_imports_public_names_from_each_stage_once(tool, rewriter):
    source = (
        "import streamlit as st\n"
        "\n"
        "from resume_core.render import render_markdown\n"
        "from resume_core.export import export_pdf  # the PDF\n"
        "from resume_core.pdf_preview import export_preview_pngs\n"
        "from resume_core import editing\n"
        "\n"
        "def run():\n"
        "    from resume_core.tailor import coverage_for\n"
        "    monkeypatch_target = 'resume_core.tailor.FILL_BELOW'\n"
    )
    out = tool.merge_imports(rewriter.python("pages/example.py", source))
    assert out.splitlines() == [
        "import streamlit as st",
        "",
        "from resume_core.output import export_preview_pngs, render_markdown",
        "from resume_core.output import export_pdf  # the PDF",
        "from resume_core.bank import editing",
        "",
        "def run():",
        "    from resume_core.tailoring import coverage_for",
        "    monkeypatch_target = 'resume_core.tailoring.pipeline.FILL_BELOW'",
    ]
    assert rewriter.exports["output"]["render_markdown"] == "resume_core.output.render"
    assert rewriter.exports["bank"]["editing"] == ""   # a submodule: imported as such, listed in __all__


def test_paths_in_text_follow_their_files(rewriter):
    text = "See resume_core/model.py, resume_core/importers/ and tests/test_tailor.py; resume_core/data/ stays."
    assert rewriter.text(text) == ("See resume_core/bank/model.py, resume_core/importing/ and "
                                   "tests/tailoring/test_tailor.py; resume_core/data/ stays.")


def test_a_generated_stage_init_re_exports_lazily_and_without_caching(tool):
    code = tool.init_file("output", {"UserError": "resume_core.errors", "render": ""}, None)
    stage = types.ModuleType("stage_under_test")
    exec(compile(code, "stage_under_test", "exec"), stage.__dict__)
    assert stage.__all__ == ["UserError", "render"]
    assert "UserError" not in stage.__dict__   # nothing imported until asked for
    errors = importlib.import_module("resume_core.errors")
    assert stage.UserError is errors.UserError
    with pytest.MonkeyPatch.context() as patch:   # a patched module is what the next caller gets
        patch.setattr(errors, "UserError", "patched")
        assert stage.UserError == "patched"
    with pytest.raises(AttributeError):
        _ = stage.no_such_name


def test_an_import_keeps_its_layout_and_comments(rewriter):
    source = (
        "from resume_core.model import (  # noqa: F401 (Bank: re-exported for tests)\n"
        "    Bank,\n"
        "    Job,\n"
        ")\n"
        "from resume_core import posting_facts as pf  # the facts\n"
    )
    out = rewriter.python("resume_core/keywords.py", source)
    assert out.splitlines() == [
        "from resume_core.bank.model import (  # noqa: F401 (Bank: re-exported for tests)",
        "    Bank,",
        "    Job,",
        ")",
        "from resume_core.posting import facts as pf  # the facts",
    ]
