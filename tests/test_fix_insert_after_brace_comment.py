"""A member a fix adds at the end of an object is written on a line of its own, indented as the object's members are,
and nothing more: the comment after the object's `{` (`{ // launch of the follow-up flow`) stays where it is, once.
Before, the text between `{` and the first member was the separator, so the comment was written again after every
member a move added (JS, Python), and in JSONC (whose comments the editor sees blanked) as a run of blanks."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the move alone)
NOTE = "launch of the follow-up flow (ticket OPS-12)"
CASES = [
    ("c.js",
     f"async function launch(token, customer) {{\n  const body = {{ // {NOTE}\n    configuration: {{\n"
     f"      flowId: '{FLOW}',\n      parameters: {{ 'Flow.customerName': customer.name }},\n    }},\n"
     "    name: 'follow-up',\n  };\n  return axios.post('https://api.mypurecloud.com/api/v2/flows/executions', body, {\n"
     "    headers: { Authorization: `Bearer ${token}` },\n  });\n}\n",
     f"    name: 'follow-up',\n    flowId: '{FLOW}',\n    inputData: {{ 'Flow.customerName': customer.name }},\n  }};\n"),
    ("c.py",
     f"import requests\n\n\ndef launch(token, customer):\n    body = {{  # {NOTE}\n        \"configuration\": {{\n"
     f"            \"flowId\": \"{FLOW}\",\n            \"parameters\": {{\"Flow.customerName\": customer[\"name\"]}},\n"
     "        },\n        \"name\": \"follow-up\",\n    }\n"
     "    return requests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", json=body,\n"
     "                         headers={\"Authorization\": f\"Bearer {token}\"})\n",
     f"        \"name\": \"follow-up\",\n        \"flowId\": \"{FLOW}\",\n"
     "        \"inputData\": {\"Flow.customerName\": customer[\"name\"]},\n    }\n"),
    ("c.jsonc",
     f"{{ // {NOTE}\n  \"configuration\": {{\n    \"flowId\": \"{FLOW}\",\n"
     "    \"parameters\": {\"Flow.customerName\": \"Ana\"}\n  },\n  \"name\": \"follow-up\"\n}\n",
     f"  \"name\": \"follow-up\",\n  \"flowId\": \"{FLOW}\",\n  \"inputData\": {{\"Flow.customerName\": \"Ana\"}}\n}}\n"),
]


@pytest.mark.parametrize(("name", "before", "tail"), CASES, ids=[case[0] for case in CASES])
def test_a_move_writes_the_comment_after_the_brace_once(tmp_path: Path, name: str, before: str, tail: str) -> None:
    path = tmp_path / name
    path.write_text(before, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "--no-color", str(path))
    after = path.read_text(encoding="utf-8")
    assert "configuration" not in after, result.output  # reached: the move was made
    assert after.count(NOTE) == 1 and (f"{{ // {NOTE}\n" in after or f"{{  # {NOTE}\n" in after)
    assert tail in after, after
    assert not any(line != line.rstrip() for line in after.splitlines()), after  # no run of blanks left behind
