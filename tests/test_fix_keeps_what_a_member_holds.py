"""A member that looks like one already in the body (`flow` beside `flowId`) is removed by a fix only when it holds
nothing more: `{"flow": {"id": …, "version": "2.0"}}` had its id moved up, and then `flow` removed with the pinned
version still in it (`--fix --unsafe-fixes` launched the latest version instead, and the re-check was clean)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import UUID, diagnostics, flowlint


def test_a_pinned_version_left_in_the_flow_object_is_never_removed_by_a_fix(tmp_path: Path) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps({"flow": {"id": UUID, "version": "2.0"}, "inputData": {}}), encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 1, result.output
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["flowId"] == UUID  # reached: the id was moved up
    assert after["flow"] == {"version": "2.0"}  # what it still holds is kept, and still said
    left = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL102"]
    assert [d["pointer"] for d in left] == ["/flow"] and "flow.version" in left[0]["help"]


def test_a_lookalike_holding_only_a_value_is_still_removed_keeping_the_real_member(tmp_path: Path) -> None:
    path = tmp_path / "body.json"
    path.write_text(json.dumps({"flowId": UUID, "flowID": UUID}), encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL102"]
    assert found and found[0]["fix"]["message"].startswith("remove `flowID`")
