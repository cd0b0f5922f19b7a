"""An upload's parse in a worker process with memory, CPU and time limits.

One shared server process serves every visitor, so a parse that eats memory or loops on a hostile
file must not run inside it. `import_resume_bounded` runs `importing.import_resume` in a child of a
fork server (started once, with the importers preloaded, so a child costs a fork, not a Python start)
under `resource` limits: address space `WORKER_MEMORY_BYTES`, CPU time, and a wall-clock budget
`WORKER_SECONDS` after which the child is killed. The parent only waits; a child that runs out of
memory or time becomes an `ImportProblem` with a fix, and the app carries on for everyone.

With an AI engine, the child reads and bounds the file's text and the parent sends it to the engine
(network calls are no hostile-file risk and the engine object stays in the parent). Where no worker
can be started (no `fork` on this platform, a sandbox without processes), the parse runs in-process:
the readers' own limits still hold.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from multiprocessing.connection import Connection
from typing import Any

from resume_core.engines.base import Engine
from resume_core.errors import ImportProblem, UserError
from resume_core.importing import ImportResult, import_resume, import_text
from resume_core.limits import WORKER_MEMORY_BYTES, WORKER_SECONDS

__all__ = ["import_resume_bounded", "start_worker", "worker_available"]

# "__main__" first: the fork server imports the main script once (Streamlit's launcher, pytest), so
# each child skips re-running it; a script that starts imports must guard its body with __name__.
_PRELOAD = ["__main__", "resume_core.importing.bounded_import"]
_WARM = "TP_IMPORT_FORKSERVER"
_context: Any = None


def _ctx(warm: bool = True) -> Any:
    global _context
    if _context is None:
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(_PRELOAD)
            from multiprocessing import forkserver

            if warm:
                os.environ[_WARM] = "1"  # the fork server alone sees it and warms up (`_warm`)
            try:
                forkserver.ensure_running()
            finally:
                os.environ.pop(_WARM, None)
            _context = context
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def _warm() -> None:
    """In the fork server: import the readers and load the skill vocabulary once, so every child
    starts with them (shared copy-on-write) instead of loading them per upload."""
    from resume_core.importing import docx_reader, json_reader, linkedin, parse_text, pdf_reader  # noqa: F401
    from resume_core.importing.skills import load_vocabulary

    load_vocabulary()
    import docx  # noqa: F401  (python-docx, pypdf and jsonschema take a few tenths of a second to import)
    import jsonschema  # noqa: F401
    import pypdf  # noqa: F401


def start_worker() -> None:
    """Start the fork server now; it loads the readers in its own process (seconds on a busy machine)
    while this one goes on, so the first upload does not wait for it. A no-op where there is none."""
    if worker_available():
        try:
            _ctx()
        except OSError:  # no processes in this sandbox: uploads are parsed in-process
            pass


def worker_available() -> bool:
    """Whether uploads are parsed in a worker process on this platform."""
    return sys.platform != "win32"


def _limit(seconds: float, memory: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        cpu = int(seconds) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        os.nice(5)  # the visitors' pages come first
    except (ImportError, ValueError, OSError):
        pass  # a platform without these limits still has the wall-clock budget


def _work(conn: Connection, filename: str, data: bytes, text_only: bool, seconds: float, memory: int) -> None:
    _limit(seconds, memory)
    try:
        if text_only:
            from resume_core.importing import _kind, bound_text, read_resume_text

            if _kind(filename) in ("json", "zip"):
                conn.send(("result", import_resume(filename, data).model_dump_json()))
            else:
                conn.send(("text", bound_text(read_resume_text(filename, data), filename)))
        else:
            conn.send(("result", import_resume(filename, data).model_dump_json()))
    except UserError as error:
        conn.send(("user", type(error).__name__, error.message, error.fix))
    except MemoryError:
        conn.send(("memory",))
    except RecursionError:
        conn.send(("user", "ImportProblem", f"{filename} nests its content too deeply to be a resume.",
                   "Export the resume again from the program that made it, or save it as text, and import that."))
    except BaseException as exc:  # an internal error: report it to the parent, which raises it
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def import_resume_bounded(filename: str, data: bytes, engine: Engine | None = None, *,
                          seconds: float = WORKER_SECONDS, memory: int = WORKER_MEMORY_BYTES,
                          warm: bool = True) -> ImportResult:
    """`import_resume`, run in a worker process under memory, CPU and wall-clock limits.

    `warm=False` (a one-shot CLI) skips loading every reader into the fork server up front: each
    child then imports only what its file needs."""
    online = engine is not None and not engine.offline
    if not worker_available():
        return import_resume(filename, data, engine=engine)
    try:
        reply = _run(filename, data, online, seconds, memory, warm)
    except OSError:  # no processes in this sandbox: the readers' own limits still hold
        return import_resume(filename, data, engine=engine)
    kind = reply[0]
    if kind == "result":
        return ImportResult.model_validate_json(reply[1])
    if kind == "text":
        return import_text(filename, reply[1], engine)
    if kind == "user":
        from resume_core import errors

        cls = getattr(errors, reply[1], None)
        cls = cls if isinstance(cls, type) and issubclass(cls, UserError) else ImportProblem
        if reply[1] == "PostingFileError":
            cls = ImportProblem
        raise cls(reply[2], reply[3])
    if kind == "memory":
        raise ImportProblem(f"Reading {filename} needed more than {memory // 1_048_576:,} MB of memory, far more than "
                            "a resume; it was stopped.", _FIX)
    if kind == "time":
        raise ImportProblem(f"Reading {filename} took longer than {seconds:.0f} seconds, far longer than a resume; "
                            "it was stopped.", _FIX)
    raise RuntimeError(f"The import worker failed on {filename}: {reply[1]}")


_FIX = ("Check that this is your resume; export it again from the program that made it (or save it as plain "
        "text) and import that file.")


def _run(filename: str, data: bytes, text_only: bool, seconds: float, memory: int, warm: bool = True) -> tuple:
    ctx = _ctx(warm)
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_work, args=(send, filename, data, text_only, seconds, memory), daemon=True)
    process.start()
    send.close()
    deadline = time.monotonic() + seconds
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return ("time",)
            if receive.poll(min(left, 0.25)):
                try:
                    return receive.recv()
                except EOFError:  # the child died without a word: killed for memory or CPU
                    process.join(1)
                    return _death(process.exitcode)
            if not process.is_alive() and not receive.poll(0):
                process.join(1)
                return _death(process.exitcode)
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(2)



def _death(exitcode: int | None) -> tuple:
    """Why a child ended without replying: SIGXCPU is its CPU limit, anything else its memory
    (the kernel or the allocator ends a process over RLIMIT_AS with SIGKILL, SIGSEGV or an abort)."""
    if exitcode == -signal.SIGXCPU:
        return ("time",)
    return ("memory",) if exitcode else ("error", "the worker ended without a reply")


if os.environ.get(_WARM) == "1":
    _warm()
