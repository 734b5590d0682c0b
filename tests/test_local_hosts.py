"""A request to a launch path on the project's own host (localhost, a loopback address, a `.local` or docker name) is a
launch only with evidence that it is Genesys Cloud's: a body naming a launch member, a Genesys sign in the file, or
`flowlint serve`'s own address. Without it: no error, and an FL011 note (with --verbose) saying why."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

# A project's own service that happens to have /api/v2/flows/…/executions (a reviewer's files, look2/ and look3/).
OWN_SERVICE = {
    "id_in_path.py": 'import requests\nrequests.post("http://localhost:8000/api/v2/flows/42/executions", '
                     'json={"message": "hi"})\n',
    "exact_path.py": 'import requests\nrequests.post("http://localhost:8000/api/v2/flows/executions", json={"message": "hi"})\n',
    "no_body.py": 'import requests\nrequests.post("http://localhost:8000/api/v2/flows/42/executions")\n',
    "constant.py": 'import requests\n\nAPI = "http://localhost:8000"\n\n\ndef execute(flow_id: int, message: str):\n'
                   '    return requests.post(f"{API}/api/v2/flows/{flow_id}/executions", json={"inputs": {"message": message}})\n',
    "smoke.sh": '#!/bin/bash\ncurl -s -X POST "http://localhost:8000/api/v2/flows/42/executions" \\\n'
                '  -H "Content-Type: application/json" \\\n  -d \'{"inputs": {"message": "hi"}}\'\n',
    "run.js": 'const BASE = "http://127.0.0.1:3000";\nexport async function runFlow(id, params) {\n'
              '  const r = await fetch(`${BASE}/api/v2/flows/${id}/executions`, {\n    method: "POST",\n'
              '    headers: { "Content-Type": "application/json" },\n    body: JSON.stringify({ parameters: params }),\n'
              '  });\n  return r.json();\n}\n',
    "docker.py": 'import requests\nrequests.post("http://host.docker.internal:8000/api/v2/flows/executions", json={"message": "hi"})\n',
    "ipv6.py": 'import requests\nrequests.post("http://[::1]:8000/api/v2/flows/executions", json={"message": "hi"})\n',
    "mdns.py": 'import requests\nrequests.post("http://orchestrator.local/api/v2/flows/executions", json={"message": "hi"})\n',
}


@pytest.mark.parametrize("name", sorted(OWN_SERVICE))
def test_a_local_hosts_flows_executions_without_evidence_is_a_note_not_an_error(tmp_path: Path, name: str) -> None:
    assert check(tmp_path, name, OWN_SERVICE[name]) == []
    noted = check(tmp_path, name, OWN_SERVICE[name], "--verbose")
    assert [d["code"] for d in noted] == ["FL011"]
    assert "not read as a launch" in noted[0]["message"] and "local" in noted[0]["message"]


# The same requests with evidence: each is judged (an error found proves it was reached).
WITH_EVIDENCE = {
    # a body naming a launch member
    "member.py": 'import requests\nrequests.post("http://localhost:8000/api/v2/flows/42/executions", '
                 'json={"inputData": {"Flow.x": 1}})\n',
    "flow_id.py": 'import requests\nrequests.post("http://localhost:8000/api/v2/flows/executions", '
                  f'json={{"flowId": "{UUID}", "flowVersion": "2.0", "message": "hi"}})\n',
    # a Genesys sign elsewhere in the file
    "sdk.py": 'import PureCloudPlatformClientV2\nimport requests\nrequests.post("http://localhost:8000/api/v2/flows/42/executions", '
              'json={"message": "hi"})\n',
    "named.js": 'const GENESYS_API_BASE = "http://127.0.0.1:3000"; // a stand-in in tests\n'
                'fetch(`${GENESYS_API_BASE}/api/v2/flows/executions`, {method: "PUT", body: JSON.stringify({message: "hi"})});\n',
    # `flowlint serve` named (run, not said in a comment), or its own address (port 8787 on a loopback host)
    "serve.sh": 'flowlint serve --port 3000 &\ncurl -X POST http://localhost:3000/api/v2/flows/42/executions -d \'{"a": 1}\'\n',
    "serve_port.http": 'GET http://127.0.0.1:8787/api/v2/flows/executions\nContent-Type: application/json\n\n{"message": "hi"}\n',
}
EXPECTED = {"member.py": "FL106", "flow_id.py": "FL102", "sdk.py": "FL106", "named.js": "FL301", "serve.sh": "FL106",
            "serve_port.http": "FL301"}


@pytest.mark.parametrize("name", sorted(WITH_EVIDENCE))
def test_a_local_hosts_launch_with_evidence_is_judged(tmp_path: Path, name: str) -> None:
    assert EXPECTED[name] in [d["code"] for d in check(tmp_path, name, WITH_EVIDENCE[name])]


# The same words said only in a comment: prose says what a file is not as often as what it is, so no evidence.
IN_COMMENTS = {
    "named.js": '// GENESYS_API_BASE points at a stand-in in tests\nfetch("http://127.0.0.1:3000/api/v2/flows/executions", '
                '{method: "PUT", body: JSON.stringify({message: "hi"})});\n',
    "serve.sh": '# start `flowlint serve` first\ncurl -X POST http://localhost:3000/api/v2/flows/42/executions -d \'{"a": 1}\'\n',
    "negated.py": '# our own workflow engine (no Genesys here)\nimport requests\n'
                  'requests.post("http://localhost:8000/api/v2/flows/42/executions", json={"message": "hi"})\n',
    "docstring.py": '"""A client of our engine, not Genesys Cloud."""\nimport requests\n'
                    'requests.post("http://localhost:8000/api/v2/flows/42/executions", json={"message": "hi"})\n',
    "smoke.http": '# not PureCloud: our engine\nPOST http://localhost:8000/api/v2/flows/executions\n'
                  'Content-Type: application/json\n\n{"message": "hi"}\n',
}


@pytest.mark.parametrize("name", sorted(IN_COMMENTS))
def test_genesys_named_only_in_a_comment_is_no_evidence(tmp_path: Path, name: str) -> None:
    assert check(tmp_path, name, IN_COMMENTS[name]) == []
    noted = check(tmp_path, name, IN_COMMENTS[name], "--verbose")
    assert [d["code"] for d in noted] == ["FL011"]  # the request was reached, and said not judged
    assert "not read as a launch" in noted[0]["message"] and "comments aside" in noted[0]["message"]
