"""A launch to a near miss of the path on a URL whose host is written with a value not known (`https://api.${region}`,
the way Genesys Cloud's samples write it) gets FL011's note in every reader: it was silent (review F7), as the URL's
host was taken for no host at all and the URL for no near miss. Never FL308: the host is not known to be the
platform's."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

CURL = "-H 'Content-Type: application/json' -d '{\"flowId\": \"'\"$FLOW_ID\"'\"}'"
FILES = {
    "f.py": ("import requests\n\ndef launch(region, flow_id):\n    return requests.post("
             "f\"https://api.{region}/api/v2/flows/execution\", json={\"flowId\": flow_id})\n", 4),
    "g.js": ("export function go(region, flowId) {\n  const xhr = new XMLHttpRequest();\n"
             "  xhr.open('POST', 'https://api.' + region + '/api/v2/flows/execution');\n"
             "  xhr.setRequestHeader('Content-Type', 'application/json');\n  xhr.send(JSON.stringify({ flowId }));\n}\n", 3),
    "i.sh": (f"curl -X POST \"https://api.${{GENESYS_REGION}}/api/v2/flow/executions\" {CURL}\n", 1),
    "k.sh": (f"curl -X POST \"https://${{API_HOST}}/api/v2/flows/exections\" {CURL}\n", 1),
    "j.http": ("POST https://api.{{region}}/api/v2/flows/execution\nContent-Type: application/json\n\n"
               "{\"flowId\": \"{{flowId}}\"}\n", 1),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_near_miss_on_a_host_not_known_is_said(tmp_path: Path, name: str) -> None:
    text, line = FILES[name]
    found = check_file(tmp_path, name, text, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", line)], found
    assert "a near miss of /api/v2/flows/executions" in found[0]["message"] and "not judged" in found[0]["message"]


def test_a_read_of_it_is_no_launch(tmp_path: Path) -> None:
    text = "curl \"https://api.${GENESYS_REGION}/api/v2/flows/execution\"\n"
    assert check_file(tmp_path, "read.sh", text, "-v", contract_findings=False) == []
    posted = check_file(tmp_path, "post.sh", text.replace("curl ", "curl -X POST ").rstrip() + f" {CURL}\n",
                        contract_findings=False)
    assert [d["code"] for d in posted] == ["FL011"]  # reached: the same URL posting a launch is said
