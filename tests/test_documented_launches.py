"""Launches as documentation shows them: what a note says of a file it does not judge is worded from what the file holds."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file


def test_a_deep_flow_version_without_a_flow_id_is_not_called_a_flow_id(tmp_path: Path) -> None:
    # A page of launch replies holds a flowVersion two levels deep and no flowId: the note names what it holds.
    reply = '{"entities": [{"id": "e1", "name": "x", "flowVersion": {"id": "1.0"}}], "pageSize": 25}\n'
    found = check_file(tmp_path, "launches.json", reply, "-v")
    assert [d["code"] for d in found] == ["FL012"], found
    assert "its launch keys (`flowVersion`) sit two or more levels deep" in found[0]["message"]
    assert "flow ID" not in found[0]["message"]
    deep = check_file(tmp_path, "config.json", '{"app": {"target": {"flowId": "x"}}}\n', "-v")
    assert "its flow ID sits two or more levels deep" in deep[0]["message"], deep
