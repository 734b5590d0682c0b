"""A walked code file is decided quiet by one byte test in the run (no parser, no second look at its kind)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.run import runner

from conftest import counted_calls, diagnostics

LAUNCH_JS = ('fetch("https://api.mypurecloud.com/api/v2/flows/executions", {\n  method: "POST",\n'
             '  body: JSON.stringify({ flowId: "1f1f1f1f-1111-2222-3333-444444444444", type: "flow" }),\n});\n')
QUIET_JS = 'export const answer = 42;\n'


def test_a_walked_code_file_is_tested_once_and_its_kind_not_asked_again(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "launch.js").write_text(LAUNCH_JS)
    (tmp_path / "quiet.js").write_text(QUIET_JS)
    tests = counted_calls(monkeypatch, runner, "nothing_to_say")
    sniffs = counted_calls(monkeypatch, runner._pipeline(), "sniff")
    found = diagnostics("--no-cache", str(tmp_path))
    assert {d["file"] for d in found} == {str(tmp_path / "launch.js")}  # the launch file was read and checked
    assert len(tests) == 2  # one byte test a file in the run itself (the loader keeps its own)
    assert sniffs == []  # its kind came from its name: not sniffed again by load_data
