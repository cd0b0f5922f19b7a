"""A stage's public names, imported on first use (PEP 562), so that importing a stage stays cheap.

Each stage's `__init__` lists its public names and the module that defines each, then sets
`__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)`. A name is looked up in its module on
every access, never cached in the package: a test that monkeypatches the defining module is seen by the
next page run.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any


def lazy_exports(package: str, names: dict[str, str],
                 public: Sequence[str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module-level `__getattr__` and `__dir__` of `package`, which re-exports `names` (name -> module)."""

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(names[name]), name)

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *public})

    return __getattr__, __dir__
