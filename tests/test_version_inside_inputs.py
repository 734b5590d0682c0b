"""`flowVersion` written inside `inputData` is the launch's version pin put in the wrong place, not an input that lacks
its `Flow.` prefix: the finding says it belongs at the top level, and its fix moves it there (unsafe: the launch then
pins a version it did not pin before) or, beside the same pin, removes it; it is never renamed `Flow.flowVersion`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, UUID, flowlint

FLOW_ID = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"


def run(path: Path, *extra: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *extra, str(path))
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return found


def test_a_version_inside_the_inputs_is_moved_to_the_top_level(tmp_path: Path) -> None:
    body = tmp_path / "r7.json"
    body.write_text(json.dumps({"flowId": FLOW_ID, "inputData": {"flowVersion": "3.0", "Flow.x": 1}}))
    found = [d for d in run(body) if d["code"] != "FL200"]
    assert len(found) == 1 and found[0]["pointer"] == "/inputData/flowVersion", found
    assert "top level" in found[0]["message"] and "Flow.flowVersion" not in json.dumps(found), found
    assert found[0]["fix"]["applicability"] == "unsafe", found
    flowlint("check", "--no-cache", "--fix", str(body))
    assert json.loads(body.read_text())["inputData"] == {"flowVersion": "3.0", "Flow.x": 1}  # not applied as safe
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    assert json.loads(body.read_text()) == {"flowId": FLOW_ID, "inputData": {"Flow.x": 1}, "flowVersion": "3.0"}


def test_a_version_written_as_a_number_moves_as_text(tmp_path: Path) -> None:
    body = tmp_path / "b.json"
    body.write_text('{"flowId": "%s", "inputData": {"flowVersion": 3.10}}' % FLOW_ID)
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    fixed = json.loads(body.read_text())
    assert fixed["flowVersion"] == "3.10" and "Flow.flowVersion" not in body.read_text(), fixed


def test_beside_the_same_pin_it_is_removed_and_beside_another_it_is_the_authors_call(tmp_path: Path) -> None:
    same = tmp_path / "same.json"
    same.write_text(json.dumps({"flowId": FLOW_ID, "flowVersion": "3.0", "inputData": {"flowVersion": "3.0"}}))
    found = [d for d in run(same) if d["code"] != "FL200"]
    assert len(found) == 1 and found[0]["fix"] is not None and "remove" in found[0]["fix"]["message"], found
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"flowId": FLOW_ID, "flowVersion": "2.0", "inputData": {"flowVersion": "3.0"}}))
    found = [d for d in run(other) if d["code"] != "FL200"]
    assert len(found) == 1 and found[0]["fix"] is None and "Flow.flowVersion" not in json.dumps(found), found
    assert "2.0" in found[0]["message"] or "2.0" in found[0]["help"], found


def test_with_a_contract_it_is_the_same_finding_not_an_unknown_input(tmp_path: Path) -> None:
    body = tmp_path / "c.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {"flowVersion": "3.0", "Flow.customerName": "x"}}))
    found = run(body, "--contracts", str(ROOT / ".flowlint" / "flows"))
    assert [d["code"] for d in found] == ["FL203"] and "top level" in found[0]["message"], found
