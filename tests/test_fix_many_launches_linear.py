"""--fix of a file of many launches costs time linear in it: a pass finds each document's chosen fixes in one walk, not
one walk of all of them per document (quadratic in a file's launches). Counted, never timed."""

from __future__ import annotations

import pytest

import validator.fixer.passes as passes
from validator.checker.engine import CheckOptions
from validator.fixer.passes import fix_code

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
LAUNCHES = 12


def _workflow(launches: int) -> str:
    """A GitHub Actions workflow of `launches` curl steps, each sending `inputs` for `inputData` (a fix of two
    operations: the member renamed, its input prefixed)."""
    steps = "".join(f"""      - name: Launch {i}
        run: |
          curl -sS -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
            -H "Content-Type: application/json" \\
            -d '{{"flowId": "{FLOW}", "inputs": {{"a": {i}, "b c": "x\\\\y"}}}}'
""" for i in range(launches))
    return f"name: Launch\non: workflow_dispatch\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n{steps}"


def test_a_pass_finds_each_documents_fixes_in_one_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[int] = []

    class Walked(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            walks.append(1)
            return super().__iter__()

    real = passes.resolve_overlaps
    monkeypatch.setattr(passes, "resolve_overlaps", lambda *args, **kwargs: Walked(real(*args, **kwargs)))
    outcome = fix_code(_workflow(LAUNCHES), ".github/workflows/ci.yml", "github-actions", CheckOptions(), unsafe=True)
    assert len(outcome.applied) == LAUNCHES and walks  # reached
    assert len(walks) <= 6, len(walks)  # a few walks a pass, not one a launch (12 launches: 27)
