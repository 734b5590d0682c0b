"""A flow YAML modified within RACY_SECONDS (just saved, in pre-commit, in the editor) costs what an aged one does:
its stamp cannot tell a rewrite within the same tick, so its reading is keyed on its bytes' digest and parsed once
per content, not once per launch naming it. A rewrite the stamp cannot see is still read anew. Work is counted (YAML
parses), never timed; "now" is a FakeClock's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_file_stamps import declared, flow_yaml, modified, rewrite_in_place
from test_terraform_fills_bounded import _module

import validator.checker.launches
from validator.contracts import architect
from validator.contracts.architect import FlowYamls
from validator.contracts.store import Contract
from validator.core.clock import FakeClock, installed
from validator.sources.document import DEFAULT_LIMITS

from conftest import UUID, counted_calls, diagnostics


def _parses(monkeypatch: pytest.MonkeyPatch, root: Path, seconds_ago: float) -> int:
    monkeypatch.setattr(validator.checker.launches, "_LINKED", {})
    with installed(FakeClock()) as clock:
        for path in root.rglob("*"):
            modified(path, clock, seconds_ago)
        parses = counted_calls(monkeypatch, architect, "read_flow")
        found = diagnostics("--no-cache", "-j", "1", str(root))
    assert "FL200" in [d["code"] for d in found]  # (the launches past the fills cap were reached)
    return len(parses)


def test_a_fresh_flow_yaml_past_the_fills_cap_is_parsed_as_often_as_an_aged_one(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    aged = _parses(monkeypatch, _module(tmp_path / "aged", 30, 3), 60)
    fresh = _parses(monkeypatch, _module(tmp_path / "fresh", 30, 3), 0.5)
    assert aged == fresh  # (30 parses fresh before: the unfilled YAML once per launch past the cap)


def test_a_fresh_flow_yaml_linked_from_terraform_is_parsed_once_and_a_same_stamp_rewrite_is_read(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(validator.checker.launches, "_LINKED", {})
    path = tmp_path / "survey.yaml"
    path.write_text(flow_yaml("Flow.aa"))
    parses = counted_calls(monkeypatch, architect, "read_flow")
    with installed(FakeClock()) as clock:
        modified(path, clock, 0.5)
        for _ in range(4):
            assert declared(validator.checker.launches.linked_contract(str(path), DEFAULT_LIMITS)) == ["Flow.aa"]
        assert len(parses) == 1
        rewrite_in_place(path, flow_yaml("Flow.bb"))  # the same size and mtime: only the content tells
        modified(path, clock, 0.5)
        assert declared(validator.checker.launches.linked_contract(str(path), DEFAULT_LIMITS)) == ["Flow.bb"]
        assert len(parses) == 2


def test_a_fresh_flow_yaml_of_the_config_is_parsed_once_and_a_same_stamp_rewrite_is_read(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "survey.yaml"
    path.write_text(flow_yaml("Flow.aa"))
    modified(path, clock, 0.5)
    parses = counted_calls(monkeypatch, architect, "read_flow")
    flows = FlowYamls({UUID: str(path)}, clock=clock)
    for _ in range(4):
        assert declared(flows.get(UUID)) == ["Flow.aa"]
    assert len(parses) == 1
    rewrite_in_place(path, flow_yaml("Flow.bb"))
    modified(path, clock, 0.5)
    assert declared(flows.get(UUID)) == ["Flow.bb"] and len(parses) == 2
    os.remove(path)
    assert not isinstance(flows.get(UUID), Contract)  # (gone: refused, never the kept reading)
