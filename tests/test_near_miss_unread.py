"""A near miss of the launch path written to a Genesys Cloud host in code flowlint reads, where no request using it
was read (`const URL = "https://api.mypurecloud.com/api/v2/flows/execution";`), gets the note the launch endpoint
gets there (FL011), naming the near miss: it was silent. Never FL308: nothing read shows what is sent there."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

HOST = "https://api.mypurecloud.com"
NEAR = ["/api/v2/flows/execution", "/api/v2/flow/executions", "/api/v1/flows/executions", "/v2/flows/executions",
        "/api/v2/flows/exucutions"]
FILES = {
    "bound.js": ('const URL = "%s";\nmodule.exports = { URL };\n', "it is bound to `URL`, and no launch"),
    "bound.py": ('LAUNCH_URL = "%s"\n', "it is bound to `LAUNCH_URL`, and no launch"),
    "passed.js": ('const URL = "%s";\nawait genesys.send(URL, { flowId: FLOW_ID });\n',
                  "passed to `genesys.send(…)`, which flowlint does not read"),
    "given.ts": ("await client.launch('%s', { flowId });\n", "it is passed to `client.launch(…)`"),
    "comment.py": ("# the old URL was %s\nimport os\n", "only named in a comment"),
}


@pytest.mark.parametrize("path", NEAR)
@pytest.mark.parametrize("name", sorted(FILES))
def test_a_near_miss_no_request_uses_is_said(tmp_path: Path, name: str, path: str) -> None:
    text, why = FILES[name]
    found = check_file(tmp_path, name, text % (HOST + path))
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 1)], found
    line = text.split("\n")[0] % (HOST + path)
    message, columns = found[0]["message"], {line.index(HOST) + 1, line.find("flows/executions") + 1}
    assert f"`{path}` on a Genesys Cloud host (a near miss of /api/v2/flows/executions" in message, message
    assert why in message, message
    assert found[0]["column"] in columns and "send it to /api/v2/flows/executions" in found[0]["help"]


@pytest.mark.parametrize("text", [
    'BASE = "https://kestra.example.com/api/v1/flows/execution"\n',  # another product's host
    'BASE = "https://api.mypurecloud.com/api/v2/flows/instances"\n',  # a path of the platform's own
    'BASE = "https://api.mypurecloud.com/api/v2/flows/eecutions"\n',  # too far for the byte scan: not read (FL308's docs)
])
def test_no_note_for_what_is_no_near_miss_on_the_platform(tmp_path: Path, text: str) -> None:
    assert check_file(tmp_path, "other.py", text, "-v") == []
    said = check_file(tmp_path, "near.py", text.replace(text[text.index("://") + 3:text.index('"', 8)],
                                                         "api.mypurecloud.com/api/v2/flows/execution"), "-v")
    assert [d["code"] for d in said] == ["FL011"]  # reached: the same file at a near miss is said


def test_a_read_of_the_near_miss_is_no_launch_and_not_said(tmp_path: Path) -> None:
    text = f"import requests\nrequests.get('{HOST}/api/v2/flows/execution')\n"
    assert check_file(tmp_path, "read.py", text, "-v") == []
    sent = check_file(tmp_path, "sent.py", text.replace("get(", "post(").replace("')", "', json={'flowId': 'x'})"))
    assert "FL308" in {d["code"] for d in sent}  # reached: the same call posting a launch is judged
