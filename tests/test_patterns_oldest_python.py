"""Every module-level regular expression compiles on the oldest Python pyproject claims (3.10): possessive repeats
and atomic groups (3.11+) only where the module falls back to a pattern 3.10 compiles. A check that imported
import_index.py on 3.10 crashed with `re.error: multiple repeat` (9e03bc7)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys

import pytest

import validator

#: (module, name) of the patterns written with 3.11-only syntax beside a 3.10 fallback (`except re.error:`).
WITH_FALLBACK = {("validator.sources.kinds", "_NESTED"), ("validator.sources.import_index", "_PY_IMPORT")}


def _newer_syntax(pattern: re.Pattern[str] | re.Pattern[bytes]) -> bool:
    from re import _constants, _parser  # type: ignore[attr-defined]

    newer = {_constants.POSSESSIVE_REPEAT, _constants.ATOMIC_GROUP}

    def walk(items: object) -> bool:
        for op, arg in items:  # type: ignore[attr-defined]
            if op in newer:
                return True
            for part in arg if isinstance(arg, (list, tuple)) else ():
                if isinstance(part, _parser.SubPattern) and walk(part):
                    return True
                if isinstance(part, list) and any(isinstance(p, _parser.SubPattern) and walk(p) for p in part):
                    return True
        return False

    return walk(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE if isinstance(pattern.pattern, bytes) else pattern.flags))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the 3.11 parser names the newer syntax")
def test_module_patterns_compile_on_python_3_10() -> None:
    found: set[tuple[str, str]] = set()
    seen = 0
    for info in pkgutil.walk_packages(validator.__path__, "validator."):
        if info.name.endswith("__main__"):
            continue  # (runs the command)
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                seen += 1
                if _newer_syntax(value):
                    found.add((info.name, name))
    assert seen > 100  # (the patterns were looked at)
    assert found <= WITH_FALLBACK, found - WITH_FALLBACK
    for module_name, _ in WITH_FALLBACK:
        assert "except re.error" in inspect.getsource(importlib.import_module(module_name))
