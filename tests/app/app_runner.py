"""Starting the app under AppTest and moving between its pages (imported by the page tests)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def start_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    return at


def open_page(at: AppTest, name: str) -> AppTest:
    at.switch_page(f"pages/{name}.py")
    at.run()
    return at


def find(at: AppTest, kind: str, key_prefix: str):
    """The first element of `kind` (e.g. 'dataframe' for st.data_editor) whose key starts with the prefix."""

    def walk(node):
        for child in getattr(node, "children", {}).values():
            if child.type == kind and str(getattr(child, "key", "") or "").startswith(key_prefix):
                return child
            found = walk(child)
            if found is not None:
                return found
        return None

    element = walk(at._tree)
    assert element is not None, f"no {kind} with a key starting {key_prefix!r}"
    return element


def seed_editor(at: AppTest, key_prefix: str, edited=None, added=None, deleted=None) -> None:
    """Put edits into a keyed st.data_editor (AppTest cannot type into one)."""
    key = find(at, "dataframe", key_prefix).key
    at.session_state[key] = {"edited_rows": edited or {}, "added_rows": added or [], "deleted_rows": deleted or []}


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click()
    at.run()
    return at


def press(at: AppTest, label: str) -> AppTest:
    """Click the first button whose label is `label` and rerun."""
    next(b for b in at.button if b.label == label).click()
    at.run()
    return at


def ws(at: AppTest):
    """The session's Workspace (resume_core.workspace): the bank, the kept edit, the hand-offs, the engine."""
    return at.session_state["tp_workspace"]


def put_tailored(at: AppTest, resume) -> None:
    """Make `resume` the resume on the Tailor page, as the Tailor page hands it to Export."""
    from resume_core.handoffs import TailorHandoff

    ws(at).tailored = TailorHandoff(resume=resume)


def tailored_resume(at: AppTest):
    """The resume on the Tailor page."""
    return ws(at).tailored.resume


def use_engine(at: AppTest, engine) -> None:
    """Answer with `engine` (a fake) while no server is configured."""
    ws(at).use_engine(engine)
