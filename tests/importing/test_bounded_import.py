"""Starting the import worker ahead of the first upload (`start_worker`)."""

from __future__ import annotations

import os
from multiprocessing import forkserver
from pathlib import Path

from resume_core.importing.bounded_import import import_resume_bounded, start_worker

ROOT = Path(__file__).resolve().parents[2]


def test_start_worker_leaves_a_running_fork_server_that_the_next_upload_uses():
    start_worker()
    pid = forkserver._forkserver._forkserver_pid
    assert pid is not None
    os.kill(pid, 0)  # alive (raises when not)
    start_worker()  # a second call starts nothing new
    assert forkserver._forkserver._forkserver_pid == pid
    result = import_resume_bounded("jordan.md", (ROOT / "tests/fixtures/resumes/jordan_reyes.md").read_bytes())
    assert len(result.bank.jobs) == 3
    assert forkserver._forkserver._forkserver_pid == pid
