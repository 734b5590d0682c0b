"""What may change or skip a body read as certain leaves it unknown (the final review's fb F1, F3, F6): a loop's
callback that returns before its send for some items (the skipped `{ note: … }` item was judged: FL103, FL102); a
class's static field handed to a call that may fill it, or the class itself handed on, indexed or exported; a
`json.loads('{…}')` bound to a name and handed to a helper before the send. Each control beside it is still judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
LAUNCHES = (f"const URL = '{URL}';\nconst LAUNCHES = [\n  {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': 'Ann' }} }},\n"
            "  { note: 'not a launch' },\n];\nconst H = { 'Content-Type': 'application/json' };\n")
SEND = "fetch(URL, { method: 'POST', headers: H, body: JSON.stringify(l) });"
CLASS = ("class Launcher {{\n  static URL = '" + URL + "';\n  static BODY = {{ flowId: '" + FLOW + "', inputData: "
         "{{ 'Flow.priority': 'TBD' }} }};\n  static send(name) {{\n    {before}return fetch(Launcher.URL, {{ method: 'POST', "
         "headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(Launcher.BODY) }});\n  }}\n}}\n{after}"
         "Launcher.send('x');\n")
LOADS = ("import json\nimport requests\nfrom helpers import fill\n\nURL = '" + URL + "'\n\n\ndef launch(name):\n"
         "    body = json.loads('{\"flowId\": \"" + FLOW + "\", \"inputData\": {\"Flow.priority\": \"TBD\"}}')\n"
         "    {between}requests.post(URL, json=body)\n")


def _findings(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    return sorted(d["code"] for d in found if d["severity"] in ("error", "warning"))


@pytest.mark.parametrize("loop", [
    "LAUNCHES.forEach((l) => {\n  if (!l.flowId) return;\n  " + SEND + "\n});\n",
    "LAUNCHES.forEach(function (l) { if (!l.flowId) { return; } " + SEND + " });\n",
    "LAUNCHES.flatMap((l) => { if (!l.flowId) return []; " + SEND + " return [l]; });\n",
])
def test_a_callback_that_returns_before_its_send_may_skip_an_item(tmp_path: Path, loop: str) -> None:
    assert _findings(tmp_path, "loop.js", LAUNCHES + loop) == []
    # the control: the same loop sending every item judges the one that is no launch
    assert "FL103" in _findings(tmp_path, "every.js", LAUNCHES + f"LAUNCHES.forEach((l) => {{ {SEND} }});\n")


@pytest.mark.parametrize(("before", "after"), [
    ("fill(Launcher.BODY, name);\n    ", ""),  # handed to a call that may fill it
    ("", "Launcher['BODY'] = { flowId: '$F' };\n"),  # indexed
    ("", "const L = Launcher;\nL.BODY = {};\n"),  # aliased
    ("", "Object.assign(Launcher, { BODY: {} });\n"),  # the class handed on
    ("", "const { BODY } = Launcher;\nBODY.inputData = {};\n"),  # destructured
    ("", "export { Launcher };\n"),  # other modules may change it
])
def test_a_static_field_something_may_change_is_not_known(tmp_path: Path, before: str, after: str) -> None:
    assert _findings(tmp_path, "static.js", CLASS.format(before=before, after=after)) == []
    assert "FL205" in _findings(tmp_path, "control.js", CLASS.format(before="", after=""))  # reached: judged alone


def test_json_loads_bound_to_a_name_and_handed_to_a_helper_is_not_known(tmp_path: Path) -> None:
    assert _findings(tmp_path, "loads.py", LOADS.replace("{between}", "fill(body, name)\n    ")) == []
    inline = ("import json\nimport requests\n\nrequests.post('" + URL + "', json=json.loads('{\"flowId\": \"" + FLOW
              + "\", \"inputData\": {\"Flow.priority\": \"TBD\"}}'))\n")
    assert "FL205" in _findings(tmp_path, "inline.py", inline)  # reached: written at the send, it is judged
