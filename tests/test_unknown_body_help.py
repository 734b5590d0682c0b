"""A launch whose body is not known gets help that fits what writes it (a data action's template, curl, a document),
never the code's "build the body in this file"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"


def _found(*paths: Path, verbose: bool = False) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *(["-v"] if verbose else []), *map(str, paths))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


@pytest.mark.parametrize(("name", "text", "said"), [
    ("rawreq.custom.json", json.dumps({"name": "rawreq", "integrationType": "purecloud-data-actions", "actionType": "custom",
                                       "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions",
                                                              "requestType": "POST", "headers": {},
                                                              "requestTemplate": "${input.rawRequest}"}, "response": {}},
                                       "contract": {"input": {"inputSchema": {"type": "object"}}}}),
     "where the action is called"),
    ("ifs.custom.json", json.dumps({"name": "ifs", "integrationType": "purecloud-data-actions", "actionType": "custom",
                                    "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions",
                                                           "requestType": "POST", "headers": {},
                                                           "requestTemplate": '#if($input.x){"flowId": "${input.flowId}"}'
                                                                              '#else{"flowId": "${input.other}"}#end'},
                                               "response": {}},
                                    "contract": {"input": {"inputSchema": {"type": "object"}}}}),
     "shape the body only when the action runs"),
    ("launch.sh", f"{CURL} -d @-\n", "name the body file in the command"),
    ("launch.sh", f"{CURL} -d \"$(jq -n --arg f \"$FLOW\" '{{flowId: $f}}')\"\n", "write the JSON in the command"),
    ("README.md", f"```js\nconst body = makeBody();\nfetch('{URL}', {{method: 'POST', body: JSON.stringify(body)}});\n```\n",
     "write the body in the example"),
])
def test_an_unknown_bodys_help_fits_what_writes_it(tmp_path: Path, name: str, text: str, said: str) -> None:
    (tmp_path / name).write_text(text)
    notes = [d for d in _found(tmp_path / name, verbose=True) if d["code"] == "FL011"]
    assert len(notes) == 1 and "not known here" in notes[0]["message"]  # reached: the note
    assert said in notes[0]["help"] and "build the body in this file" not in notes[0]["help"]
