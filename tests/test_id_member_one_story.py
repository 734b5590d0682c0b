"""A top-level `id` tells one story. Where it holds the flow's ID (a UUID, a value the code names as one: `flowId`,
`FLOW_ID`, `this.flowId`) FL102 says "did you mean `flowId`" and offers the
rename (FL103 adds nothing); where it may hold anything (`thing`, 42) FL103 no longer builds a body taking it for the
flow ID while FL102 calls it an input: FL103 asks for a flowId, FL102 says `id` is no member and what to do either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JS = "const axios = require('axios');\nasync function go(flowId, thing) {{\n" \
     "  return axios.post('https://api.mypurecloud.com/api/v2/flows/executions', {{ id: {value}, inputData: {{}} }});\n}}\n"
PY = "import os\nimport requests\n\ndef go(thing):\n" \
     "    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={{'id': {value}}})\n"
FLOW_NAMED = [("launch.js", JS, "flowId"), ("launch.js", JS, "this.flowId"), ("launch.js", JS, "process.env.GENESYS_FLOW_ID"),
              ("launch.py", PY, "os.environ['FLOW_ID']"), ("launch.py", PY, "thing.flow_id"),
              ("body.json", '{{"id": {value}, "inputData": {{}}}}\n', f'"{FLOW}"')]
#: (A placeholder of the ID, `{{flowId}}`, renamed would be no valid flowId: not renamed, FL103 asks for one.)
NOT_NAMED = [("launch.js", JS, "thing"), ("launch.py", PY, "thing"), ("body.json", '{{"id": {value}}}\n', "42"),
             ("body.json", '{{"id": {value}}}\n', '"my-flow"'), ("body.json", '{{"id": {value}}}\n', '"{{flowId}}"')]


def _about(found: list[dict[str, object]]) -> list[tuple[object, str]]:
    return [(d["code"], str(d["message"])) for d in found if d["code"] in ("FL102", "FL103")]


@pytest.mark.parametrize(("name", "template", "value"), FLOW_NAMED)
def test_an_id_holding_the_flow_id_is_a_misnamed_flow_id(tmp_path: Path, name: str, template: str, value: str) -> None:
    found = check_file(tmp_path, name, template.format(value=value))
    assert _about(found) == [("FL102", "`id` is not a member of the launch request; did you mean `flowId`?")]


@pytest.mark.parametrize(("name", "template", "value"), [case for case in FLOW_NAMED if "environ" not in case[2]][:4])
def test_its_rename_is_proven(tmp_path: Path, name: str, template: str, value: str) -> None:
    path = tmp_path / name
    path.write_text(template.format(value=value))
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text() == template.format(value=value).replace("id:" if name.endswith(".js") else "'id'",
                                                                    "flowId:" if name.endswith(".js") else "'flowId'", 1)
    assert _about(check_file(tmp_path, name, path.read_text())) == []


@pytest.mark.parametrize(("name", "template", "value"), NOT_NAMED)
def test_an_id_that_may_hold_anything_is_one_story(tmp_path: Path, name: str, template: str, value: str) -> None:
    found = check_file(tmp_path, name, template.format(value=value))
    assert sorted(str(code) for code, _ in _about(found)) == ["FL102", "FL103"]
    missing = next(d for d in found if d["code"] == "FL103")
    assert "flowId" in str(missing["help"]) and value not in str(missing["help"])  # (not `{"flowId": thing}`)
    member = next(d for d in found if d["code"] == "FL102")
    assert "did you mean" not in str(member["message"])
    assert "if `id` holds the flow's ID, name it `flowId`" in str(member["help"])
