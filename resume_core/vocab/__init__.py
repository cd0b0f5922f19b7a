"""The skill vocabulary: canonical skills and aliases with a fast matcher, the context that makes a common
word a skill, and job titles -> O*NET occupations. In: text; out: skill mentions.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    pass

_LAZY: dict[str, str] = {
}
__all__ = []


def __getattr__(name: str) -> _Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Not cached: a test that monkeypatches the defining module is seen by the next page run.
    return getattr(_importlib.import_module(_LAZY[name]), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
