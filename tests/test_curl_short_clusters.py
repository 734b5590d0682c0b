"""curl's one-letter options written together are read letter by letter, as curl reads them: the flags before the first
that takes an argument, whose argument is the rest of the word or the next word (`-sX POST`, `-sSd '{…}'`,
`-so out.json`, `-XPOST`). Before, a cluster not starting with -X/-H/-d/-F was one flag: its argument was taken for the
URL, and the launch went unread with no note (the mention counted as read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW_ID = "2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f"
TYPE = "-H 'Content-Type: application/json'"
BODY = f"""'{{"flowId": "{FLOW_ID}", "inputData": {{"x": 1}}}}'"""


@pytest.mark.parametrize("command", [
    f"curl -sX POST {URL} {TYPE} -d {BODY}",
    f"curl -sSd {BODY} {TYPE} {URL}",
    f"curl -so out.json -X POST {URL} {TYPE} -d {BODY}",
    f"curl -sw '%{{http_code}}' -X POST {URL} {TYPE} -d {BODY}",
    f"curl -sSLX POST {URL} -sH 'Content-Type: application/json' -d {BODY}",
    f"curl -fsSL -XPOST {URL} {TYPE} -sd{BODY}",
])
def test_a_launch_after_clustered_options_is_read(tmp_path: Path, command: str) -> None:
    found = check_file(tmp_path, "launch.sh", f"#!/bin/sh\n{command}\n")
    assert codes(found) == ["FL200", "FL203"], found  # (`x` lacks the Flow. prefix: the body was read)
    right = command.replace('"x"', '"Flow.x"')
    assert codes(check_file(tmp_path, "launch.sh", f"#!/bin/sh\n{right}\n", "-v")) == ["FL200"]


def test_flags_in_a_cluster_still_say_what_they_do(tmp_path: Path) -> None:
    # -G in a cluster sends the data in the query with a GET; -I a HEAD
    found = check_file(tmp_path, "launch.sh", f"curl -sG {URL} {TYPE} -d {BODY}\n", contract_findings=False)
    assert codes(found) == ["FL301"] and "drop -sG: it sends the data in the query" in found[0]["help"], found
    found = check_file(tmp_path, "launch.sh", f"curl -sI {URL}\n", "-v", contract_findings=False)
    assert "FL103" not in codes(found)  # a HEAD sends no body: no launch with a missing flowId


def test_a_password_after_a_flag_is_said_and_masked(tmp_path: Path) -> None:
    text = "curl -su 7c1e0a9b:Pa55w0rdSecret https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials\n" \
           f"curl -sX POST {URL} {TYPE} -d {BODY}\n"
    found = check_file(tmp_path, "launch.sh", text)
    assert "FL203" in codes(found) and "FL305" in codes(found), found
    assert "Pa55w0rdSecret" not in str(found)
