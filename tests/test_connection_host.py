"""A path sent on an http.client or urllib3 connection made with its host written (`HTTPSConnection("api.mypurecloud.com")`)
goes to that host: a near miss of the launch path there is FL308, as on any Genesys Cloud host (it was an FL011 note
saying the host was "not written here", review F15); a host of another kind is judged as that host."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

TEXT = '''import http.client
import json
import urllib3


def launch(flow_id):
    conn = %s
    conn.request("POST", "%s", json.dumps({"flowId": flow_id}), {"Content-Type": "application/json"})
'''


@pytest.mark.parametrize("made", ['http.client.HTTPSConnection("api.mypurecloud.com")',
                                  'http.client.HTTPSConnection("api.mypurecloud.ie:443", timeout=5)',
                                  'urllib3.HTTPSConnectionPool("api.usw2.pure.cloud")'])
def test_a_near_miss_on_a_connection_to_the_platform_is_fl308(tmp_path: Path, made: str) -> None:
    found = check_file(tmp_path, "near.py", TEXT % (made, "/api/v2/flows/execution"), contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL308", 8)], found


def test_the_launch_path_on_such_a_connection_stays_judged(tmp_path: Path) -> None:
    text = (TEXT % ('http.client.HTTPSConnection("api.mypurecloud.com")', "/api/v2/flows/executions")).replace(
        '{"flowId": flow_id}', '{"flowId": flow_id, "inputs": {}}')
    assert [d["code"] for d in check_file(tmp_path, "ok.py", text, contract_findings=False)] == ["FL101"]


def test_a_host_not_known_stays_a_host_not_written(tmp_path: Path) -> None:
    found = check_file(tmp_path, "unknown.py", TEXT % ("http.client.HTTPSConnection(HOST)", "/api/v2/flows/execution"),
                       contract_findings=False)
    assert [d["code"] for d in found] == ["FL011"] and "a host not written here" in found[0]["message"], found
