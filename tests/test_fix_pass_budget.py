"""A --fix pass renders every one-operation fix of a JSON or YAML body as a splice (the file is never written per fix),
so the render budget, which bounds fixes that write the file, does not leave such fixes to later passes or unapplied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.checker import engine

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_a_body_with_more_fixes_than_the_budget_allows_is_fixed_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       suffix: str) -> None:
    body = {"flowId": FLOW, "inputData": {f"key{n}": "v" for n in range(100)}}
    text = json.dumps(body, indent=2) if suffix == "json" else "flowId: " + FLOW + "\ninputData:\n" + "".join(
        f"  key{n}: v\n" for n in range(100))
    path = tmp_path / f"body.{suffix}"
    path.write_text(text)
    monkeypatch.setattr(engine, "RENDER_BUDGET", 2 * len(text))  # two file-writing renderings a pass: 32 passes, 64
    result = flowlint("check", "--no-cache", "--fix", str(path))
    fixed = path.read_text()
    assert fixed != text  # reached: fixes applied
    assert fixed.count("Flow.key") == 100, result.output
    assert flowlint("check", "--no-cache", str(path)).exit_code == 0
