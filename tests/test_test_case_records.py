"""A workflow's test cases kept as JSON/YAML (the inputs a harness sends beside the outputs it expects back:
`expectedOutput: {"Flow.priority": 1}`, `expected: …`, a list of such cases) and a run's record with its outputs are
records about launches, not launch bodies: walked or named, one FL012 note, never FL103/FL102/FL003 errors nor help
proposing to send `expectedOutput` as an input. A launch body holds no outputs; one written wrong keeps its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import candidates

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

CASE: dict[object, object] = {
    "description": "VIP caller gets priority 1", "inputData": {"Flow.customerPhone": "+353871234567", "Flow.isVip": True},
    "expectedOutput": {"Flow.priority": 1, "Flow.queueName": "VIP"}}
CASES_YAML = ("- name: regular caller\n  inputData: {Flow.customerPhone: '+353871234567'}\n  expected: {Flow.priority: 5}\n"
              "- name: vip caller\n  inputData: {Flow.customerPhone: '+353871234568', Flow.isVip: true}\n"
              "  expected: {Flow.priority: 1}\n")
RUN = {"flowId": UUID, "inputData": {"Flow.x": 1}, "results": [{"Flow.y": 2}]}


def test_test_cases_and_a_runs_record_get_one_note_walked_or_named() -> None:
    Path("cases").mkdir()
    Path("cases/vip-caller.json").write_text(json.dumps(CASE, indent=2), encoding="utf-8")
    Path("cases/cases.yaml").write_text(CASES_YAML, encoding="utf-8")
    Path("cases/run.json").write_text(json.dumps(RUN), encoding="utf-8")
    assert diagnostics("--no-cache", ".") == []
    walked = diagnostics("--no-cache", "-v", ".")
    assert sorted((d["file"], d["code"]) for d in walked) == [
        ("cases/cases.yaml", "FL012"), ("cases/run.json", "FL012"), ("cases/vip-caller.json", "FL012")], walked
    named = diagnostics("--no-cache", "cases/vip-caller.json", "cases/cases.yaml", "cases/run.json")
    assert [(d["code"], d["severity"]) for d in named] == [("FL012", "info")] * 3, named
    assert all("a test case or a run's record" in d["message"] for d in named), named


def test_a_launch_beside_no_outputs_keeps_its_errors() -> None:
    # A string named like a reply (a callback URL) is no outputs' object; an inputs object under another name is judged.
    Path("launch.json").write_text(json.dumps({"inputData": {"Flow.x": 1}, "responseUrl": "https://example.com/r"}),
                                   encoding="utf-8")
    Path("wrapped.json").write_text(json.dumps({"flowId": UUID, "customerInputs": {"Flow.x": 1}}), encoding="utf-8")
    found = {(d["file"], d["code"]) for d in diagnostics("--no-cache", ".")}
    assert {("launch.json", "FL103"), ("launch.json", "FL102"), ("wrapped.json", "FL102")} <= found, found
    assert candidates.holds_outputs(CASE) and not candidates.holds_outputs({"inputData": {}, "responseUrl": "x"})
