"""A call on a receiver flowlint cannot name (`client.post(url, body)`, `client.request(url, options)` of a client made
by the project's own code) is read for its body, but nothing a library does is said of it: no "fetch sends a string
body as text/plain", no "JSON.stringify throws on a BigInt" (the client may serialize otherwise), no method taken for
fetch's default GET. axios itself, and an instance the file makes of it, are judged as before."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

FLOW = "770ea816-7ce7-4e44-ac49-b935fba7f268"  # (no contract: its FL200 says the launch was read)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
HEAD = "import { makeClient } from './client.js';\nimport axios from 'axios';\nconst client = makeClient();\n"


def test_nothing_a_library_does_is_said_of_a_receiver_not_known(tmp_path: Path) -> None:
    text = (HEAD + f"await client.request('{URL}', {{ method: 'POST', body: JSON.stringify({{ flowId: '{FLOW}' }}) }});\n"
            f"await client.request('{URL}', {{ body: JSON.stringify({{ flowId: '{FLOW}' }}) }});\n"
            f"await client.post('{URL}', {{ flowId: '{FLOW}', inputData: {{ 'Flow.n': 10n }} }});\n"
            f"await client.post('{URL}', {{ flowId: '{FLOW}', inputs: {{}} }});\n")
    found = check_file(tmp_path, "launch.mjs", text)
    # reached: each body is read (its `inputs` said); nothing that rests on a library's ways
    assert [(d["code"], d["line"]) for d in found if d["severity"] == "error"] == [("FL101", 7)], found


def test_axios_itself_is_still_judged(tmp_path: Path) -> None:
    text = HEAD + f"await axios.post('{URL}', {{ flowId: '{FLOW}', inputData: {{ 'Flow.n': 10n }} }});\n"
    assert any(d["code"] == "FL014" for d in check_file(tmp_path, "launch.mjs", text))
