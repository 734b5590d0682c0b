"""A report that shows edits (`--format json`/`sarif`, serve) proves each rendered fix with a whole re-check of the
body, and a check's cost follows its findings, not its bytes: a 200 KB body of 8,000 inputs without the `Flow.` prefix
was proven 20 times (~1 s each, review B). The proofs a body gets are bounded by the findings it stands for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.checker import engine

from conftest import UUID, counted_calls, diagnostics


def test_a_body_of_thousands_of_findings_is_proven_a_bounded_number_of_times(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    proofs = counted_calls(monkeypatch, engine.Proof, "alone")
    monkeypatch.setattr(engine, "PROOF_FINDINGS", 1_000)  # (the bound scaled down with the body)
    body = tmp_path / "many.json"
    body.write_text(json.dumps({"flowId": "x", "inputData": {f"k{n}": n for n in range(400)}}))
    found = diagnostics("--no-cache", str(body))
    prefixes = [d for d in found if d["code"] == "FL203"]
    assert len(prefixes) == 20 and any(d["code"] == "FL008" for d in found)  # reached: 400 findings, 20 shown
    assert 1 <= len(proofs) <= 1_000 // 400  # 20 before
    assert 1 <= sum(1 for d in found if d["fix"]) <= len(proofs)  # the rest are shown with their message only


def test_a_body_of_few_findings_has_every_fix_proven(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proofs = counted_calls(monkeypatch, engine.Proof, "alone")
    body = tmp_path / "few.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {f"Flow.k{n}": n for n in range(3000)}, "type": "x",
                                "nme": 1}))
    found = diagnostics("--no-cache", str(body))
    fixed = [d for d in found if d["fix"]]
    assert {d["code"] for d in fixed} >= {"FL101"} and len(fixed) == len(proofs) >= 2  # 3,000 members, few findings
