"""A launch to a near miss of the path with the flow ID after it (`POST …/api/v2/flows/execution/{flow_id}` with a launch
body), FL106's mistake written with a typo, is FL308 with help only (review F9): it was silent, while its twin at
`…/executions/{flow_id}` is FL106. A read of such a path (GET, no body) stays unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

CALLS = {
    "python.py": ('import requests\nrequests.post(f"https://api.mypurecloud.com/api/v2/flows/execution/{flow_id}", '
                  'json={"inputData": {"Flow.x": 1}})\n', "{flow_id}"),
    "curl.sh": ("curl -X POST \"https://api.mypurecloud.com/api/v2/flow/executions/$FLOW_ID\" -H 'Content-Type: "
                "application/json' -d '{\"inputData\": {\"Flow.x\": 1}}'\n", "$FLOW_ID"),
    "literal.py": ('import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/exections/5b9e0c2a-1f3d-4c4e-'
                   '9a8b-2d7e6f1a0b3c", json={"inputData": {"Flow.x": 1}})\n', "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_near_miss_with_the_flow_id_after_it_is_fl308_with_help_only(tmp_path: Path, name: str) -> None:
    text, flow = CALLS[name]
    found = [d for d in check_file(tmp_path, name, text, contract_findings=False) if d["code"] == "FL308"]
    assert len(found) == 1, found
    assert f"/{flow}\"" in found[0]["message"] and f"drop `/{flow}` from the path" in found[0]["help"]
    assert found[0]["fix"] is None, found[0]  # the ID is the body's to hold: no edit of the URL


def test_a_read_of_it_is_not_said(tmp_path: Path) -> None:
    text = 'import requests\nrequests.get(f"https://api.mypurecloud.com/api/v2/flows/execution/{run_id}")\n'
    assert check_file(tmp_path, "read.py", text, "-v", contract_findings=False) == []
    posted = text.replace(".get(", ".post(").replace('}")', '}", json={"inputData": {}})')
    assert "FL308" in {d["code"] for d in check_file(tmp_path, "post.py", posted, contract_findings=False)}  # reached
