"""Another product's flows/executions takes a flow ID and a version too, beside members of its own: a `flowVersion` is
evidence of a Genesys Cloud launch only in an object of the launch's vocabulary, or beside a flow ID written as Genesys
Cloud writes one (a UUID). Beside `parameters` and `priority`, to a host the file does not name, it is another API's."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
CALL = ('import os, requests\nrequests.post(f"{{os.environ[\'ENGINE_URL\']}}/api/v2/flows/executions", '
        'json={{"flowId": "{flow}", "flowVersion": 3, "parameters": {{"date": "2026-01-01"}}, "priority": 1}})\n')


def test_a_version_beside_another_apis_members_is_not_a_launch(tmp_path: Path) -> None:
    found = check_file(tmp_path, "engine.py", CALL.format(flow="etl-daily"), "-v")
    assert [d["code"] for d in found] == ["FL011"], found  # reached: the call was read, and said to be another API's
    assert "Genesys Cloud" in found[0]["message"]


def test_a_version_beside_a_uuid_flow_id_is_still_judged(tmp_path: Path) -> None:
    found = check_file(tmp_path, "engine.py", CALL.format(flow=UUID), "-v")
    assert {"FL105", "FL101", "FL102"} <= {d["code"] for d in found}, found
