"""When the proof of a round of a file's fixes cannot tell which fix failed (two launches sending one body, whose
edits overlap), the round is proven again in halves, not every fix alone: each alone extracted every launch of the
file again, so one such block in a Markdown file of N fixable blocks cost N whole-file extractions. Counted at two
sizes, never timed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import engine
from validator.sources import extract

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JS = f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{FLOW}', inputs: {{customerName: 'n@'}}}})}});\n"
SHARED = (f"const body = {{flowId: '{FLOW}', inputs: {{customerName: 'x'}}}};\n"
          f"fetch('{URL}', {{method: 'POST', body: JSON.stringify(body)}});\n"
          f"fetch('{URL}', {{method: 'POST', body: JSON.stringify(body)}});\n")


def _markdown(blocks: int) -> str:
    return f"Shared:\n\n```js\n{SHARED}```\n\n" + "".join(f"Step {n}:\n\n```js\n{JS.replace('@', str(n))}```\n\n"
                                                          for n in range(blocks))


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, blocks: int) -> tuple[int, list[dict[str, Any]]]:
    whole: list[str] = []
    real = extract._read

    def counted(kind: str, *rest: Any, **kwargs: Any) -> Any:
        if kind == "markdown":
            whole.append(kind)
        return real(kind, *rest, **kwargs)

    path = tmp_path / "steps.md"
    path.write_text(_markdown(blocks), encoding="utf-8")
    monkeypatch.setattr(extract, "_read", counted)
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    return len(whole), json.loads(result.stdout)["diagnostics"]


def test_a_round_that_cannot_tell_is_proven_in_halves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    counts = []
    listing = pytest.MonkeyPatch()  # (_run undoes its own: the listing cap lifted apart, conftest's every_finding_listed)
    listing.setattr(engine, "MAX_PER_KIND", 1_000_000)
    try:
        found_each = [_run(monkeypatch, tmp_path, blocks) for blocks in (8, 32)]
    finally:
        listing.undo()
    for blocks, (extractions, found) in zip((8, 32), found_each, strict=True):
        fixed = [d for d in found if d["code"] == "FL101" and (d.get("fix") or {}).get("edits")]
        assert len(fixed) == blocks + 1, found  # reached: every launch's fix proven, the shared body's too (said once)
        counts.append(extractions)
    assert counts[1] - counts[0] <= 6, counts  # four times the blocks: a few more halvings, not 24 more extractions
