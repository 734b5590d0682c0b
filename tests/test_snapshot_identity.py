"""A snapshot in the store that says it is another flow's, or another version's, than its file name (a copy made with
`cp`, a hand edit) is refused (FL901): a launch is never judged against another flow's inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

ORDER = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
CASE = "3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f"


def _snapshot(flow_id: str, version: str, name: str) -> str:
    return json.dumps({"flowId": flow_id, "flowName": name, "versionId": version, "flowType": "WORKFLOW",
                       "inputSchema": {"type": "object", "additionalProperties": False,
                                       "properties": {"Flow.customerName": {"type": "string"}},
                                       "required": ["Flow.customerName"]}})


def _found(root: Path, monkeypatch: pytest.MonkeyPatch, store: dict[str, str], body: dict[str, object]) -> list[tuple[str, str]]:
    (root / ".flowlint" / "flows").mkdir(parents=True, exist_ok=True)
    for name, text in store.items():
        (root / ".flowlint" / "flows" / name).write_text(text)
    (root / "launch.json").write_text(json.dumps(body))
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "--no-cache", "launch.json")
    return [(d["code"], d["message"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_a_snapshot_of_another_flow_under_this_flows_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found(tmp_path, monkeypatch, {f"{CASE}.json": _snapshot(ORDER, "3.0", "Order follow-up")},
                   {"flowId": CASE, "inputData": {"Flow.caseId": "C-1"}})
    assert [code for code, _ in found] == ["FL901"]
    assert f"this snapshot is flow {ORDER} (Order follow-up)'s, not {CASE}'s" in found[0][1]


def test_a_pinned_snapshot_of_another_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found(tmp_path, monkeypatch, {f"{ORDER}@2.0.json": _snapshot(ORDER, "3.0", "Order follow-up")},
                   {"flowId": ORDER, "flowVersion": "2.0", "inputData": {"Flow.extra": 1}})
    assert [code for code, _ in found] == ["FL901"]
    assert "this snapshot is version 3.0 of the flow, not 2.0" in found[0][1]


def test_a_snapshot_that_is_what_its_name_says_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = {f"{ORDER}.json": _snapshot(ORDER.upper(), "3.0", "Order follow-up"),
             f"{ORDER}@2.0.json": _snapshot(ORDER, "2.0", "Order follow-up")}
    bodies: list[dict[str, object]] = [{"flowId": ORDER, "inputData": {"Flow.extra": 1}},
                                       {"flowId": ORDER, "flowVersion": "2.0", "inputData": {"Flow.extra": 1}}]
    for body in bodies:
        found = _found(tmp_path, monkeypatch, store, body)
        assert "FL202" in [code for code, _ in found]  # (the contract was applied: its missing input is said)
        assert "FL901" not in [code for code, _ in found]
