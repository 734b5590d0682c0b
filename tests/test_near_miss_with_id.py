"""A launch to a near miss of the path with the flow ID after it (`POST …/api/v2/flows/execution/{flow_id}` with a launch
body), FL106's mistake written with a typo, is FL308 with help only (review F9): it was silent, while its twin at
`…/executions/{flow_id}` is FL106. A read of such a path (GET, no body) stays unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, genesys_sdk

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


def test_no_path_of_the_platform_is_read_as_a_near_miss_with_an_id() -> None:
    """Every path the official Python SDK calls, its parameters filled, read as a URL on the platform's host: none is a
    near miss (with or without a segment after it)."""
    import re

    from validator.sources.model import Text
    from validator.sources.urls import launch_url

    sdk = genesys_sdk()  # (its config watcher off: conftest)
    apis = Path(sdk.__file__).parent / "apis"
    paths = {found for module in apis.glob("*.py")
             for found in re.findall(r"resource_path = '([^']+)'", module.read_text(encoding="utf-8"))}
    assert len(paths) > 1000  # reached: the SDK's paths
    near = [path for path in paths for value in ("42", "abc")
            if (found := launch_url(Text.known("https://api.mypurecloud.com" + re.sub(r"\{[^}]+\}", value, path))))
            is not None and found.near_miss]
    assert near == []
