"""The JavaScript SDK (purecloud-platform-client-v2) sets the launch's Content-Type itself: ApiClient.callApi sets
`Content-Type` to the operation's JSON type (postFlowsExecutions: application/json) after any header given, and
axios sends a string that parses as JSON as it is under that type. A string body (`JSON.stringify(body) as any`)
reaches the platform as the JSON it holds, under application/json: no FL303."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

SDK = f'''import platformClient from 'purecloud-platform-client-v2';
const api = new platformClient.ArchitectApi();
export async function go() {{
  const body = {{ flowId: '{UUID}', type: 'x', inputData: {{ 'Flow.customerName': 'a' }} }};
  return api.postFlowsExecutions(SENT);
}}
'''


def codes(tmp_path: Path, sent: str) -> set[str]:
    return {str(d["code"]) for d in check_file(tmp_path, "a.ts", SDK.replace("SENT", sent))}


def test_a_stringified_body_given_to_the_sdk_is_sent_as_json(tmp_path: Path) -> None:
    found = codes(tmp_path, "JSON.stringify(body) as any")
    assert "FL101" in found, found  # the launch and its body were read (the `type` it carries)
    assert "FL303" not in found, found


def test_an_object_given_to_the_sdk_is_unchanged(tmp_path: Path) -> None:
    found = codes(tmp_path, "body")
    assert "FL101" in found and "FL303" not in found, found
