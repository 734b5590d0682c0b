"""The package is laid out as its pipeline stages: every module imports on its own, no import cycle, and no
module imports from a stage above its own (a lazy import inside a function counts too)."""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from pathlib import Path

import validator

PACKAGE = Path(validator.__file__).parent
#: Each stage may import only from stages of a lower rank (and from itself). `report/` needs only `core/`;
#: `project/` sits above contracts and sources; `serve/` is at the top beside `run/`; `lsp/` (the editor server) above `run/`.
STAGES = {
    "core": 0, "genesys": 1, "report": 1, "sources": 2, "contracts": 3, "project": 4, "rules": 5, "edits": 6,
    "checker": 7, "fixer": 8, "api": 9, "run": 10, "serve": 10, "lsp": 11, "cli": 12,
}
#: The package's own top: the public API and `python -m validator` may import any stage.
TOP = {"validator", "validator.__main__"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["validator", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


@functools.cache
def _imports(name: str, path: Path) -> tuple[tuple[str, int], ...]:
    """Every module of the package this one imports (at the top or inside a function), with the line (each module
    parsed once for the tests below: none changes what it is given)."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else [])) \
                if node.level else node.module or ""
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.append((target if target in MODULES else base, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
    return tuple((target, line) for target, line in found if target == "validator" or target.startswith("validator."))


def _stage(name: str) -> str | None:
    return None if name in TOP or name == "validator" else name.split(".")[1]


def test_every_package_is_a_known_stage() -> None:
    stages = {name.split(".")[1] for name in MODULES if name not in TOP}
    assert stages == set(STAGES), "a new top-level package needs its place in STAGES (and in the README)"


def test_no_module_imports_from_a_higher_stage() -> None:
    upward = []
    for name, path in MODULES.items():
        stage = _stage(name)
        if stage is None:
            continue
        for target, line in _imports(name, path):
            other = _stage(target)
            if other == stage:
                continue
            if other is None or STAGES[other] >= STAGES[stage]:
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({stage}) imports {target} ({other or 'the top'})")
    assert upward == []


def test_no_import_cycle() -> None:
    graph = {name: {target for target, _ in _imports(name, path) if target in MODULES} for name, path in MODULES.items()}
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_checks_above_can_fail() -> None:
    # Reached: the walk sees lazy imports inside functions and relative imports of each form.
    imports = dict(_imports("validator.checker.launches", MODULES["validator.checker.launches"]))
    assert "validator.rules.request" in imports and "validator.sources.extract" in imports
    lazy = [target for target, _ in _imports("validator.sources.extract", MODULES["validator.sources.extract"])]
    assert "validator.sources.python" in lazy and "validator.sources.javascript" in lazy


def test_every_module_imports_on_its_own() -> None:
    # One interpreter: the package (its public API) is imported first; then before each module every other module
    # of the package is forgotten, so each is imported as if alone (a cycle would fail here in one order or another).
    script = """
import importlib, json, sys, traceback
failed = {}
import validator
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m.startswith("validator.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed[name] = traceback.format_exc(limit=-3)
print(json.dumps(failed))
"""
    names = sorted(name for name in MODULES if name != "validator.__main__")
    done = subprocess.run([sys.executable, "-c", script, json.dumps(names)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {}
    assert len(names) > 60  # reached: every module was tried
