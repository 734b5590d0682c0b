"""A launch body handed to a helper of the same file that changes it: its values are given up (FL011 -v), and its keys
with them unless the helper provably writes only values below its members' keys. A helper that replaces
`body["inputData"]` (adding the `Flow.` prefix, dropping `traceId`), deletes, pops, updates or assigns into a member
may send other keys than the literal writes: no FL202/FL203 on them. One that only writes values
(`body["inputData"]["Flow.x"] = str(…)`) keeps every key the literal writes: they are still checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"
SCHEMA = {"type": "object", "required": ["Flow.customerName"],
          "properties": {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}}}

PY = f'''import requests

INTERNAL = ("traceId", "debug")


def fix(body):
HELPER


def go(name):
    body = {{"flowId": "{FLOW}",
            "inputData": {{"customerName": name, "traceId": "t-1", "Flow.orderCount": 3}}}}
    fix(body)
    return requests.post("{API}", json=body)
'''
JS = f'''const axios = require('axios');
function fix(body) {{
HELPER
}}
async function go(name) {{
  const body = {{ flowId: '{FLOW}', inputData: {{ customerName: name, traceId: 't-1', 'Flow.orderCount': 3 }} }};
  fix(body);
  return axios.post('{API}', body);
}}
'''

PY_REWRITES = {
    "replaced": '''    body["inputData"] = {
        (k if k.startswith("Flow.") else f"Flow.{k}"): v
        for k, v in body["inputData"].items()
        if k not in INTERNAL
    }''',
    "deleted": '''    body["inputData"]["Flow.orderCount"] = str(body["inputData"]["Flow.orderCount"])
    del body["inputData"]["traceId"]''',
    "popped": '''    body["inputData"].pop("traceId")''',
    "updated": '''    body["inputData"].update({"Flow.customerName": body["inputData"]["customerName"]})''',
    "updated body": '''    body.update(inputData={})''',
    "handed on": '''    rename(body)''',
}
JS_REWRITES = {
    "replaced": '''  body.inputData = Object.fromEntries(Object.entries(body.inputData).map(([k, v]) => [`Flow.${k}`, v]));''',
    "deleted": '''  body.inputData['Flow.orderCount'] = String(body.inputData['Flow.orderCount']);
  delete body.inputData.traceId;''',
    "assigned into": '''  Object.assign(body.inputData, { 'Flow.customerName': body.inputData.customerName });''',
    "subscript member": '''  body['inputData'] = {};''',
}
PY_VALUES_ONLY = '''    body["inputData"]["Flow.orderCount"] = str(body["inputData"]["Flow.orderCount"])
    body["inputData"]["Flow.orderCount"] += "0"'''
JS_VALUES_ONLY = '''  body.inputData['Flow.orderCount'] = String(body.inputData['Flow.orderCount']);
  (body['inputData'])['Flow.orderCount'] += '0';'''


def found(tmp_path: Path, name: str, template: str, helper: str) -> dict[tuple[str, str], str]:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    diagnostics = check_file(tmp_path, name, template.replace("HELPER", helper), "-v", "--flow-schema", str(schema))
    return {(str(d["code"]), str(d["pointer"])): str(d["message"]) for d in diagnostics}


def said_changed(findings: dict[tuple[str, str], str],
                 ending: str = "the values it holds were not checked (its keys were)") -> bool:
    notes = [message for (code, _), message in findings.items() if code == "FL011"]
    return len(notes) == 1 and "`fix()` (line " in notes[0] and ", which changes it (line " in notes[0] \
        and notes[0].endswith(ending)


@pytest.mark.parametrize(("name", "template", "helper"), [
    *(("a.py", PY, helper) for helper in PY_REWRITES.values()),
    *(("a.js", JS, helper) for helper in JS_REWRITES.values())], ids=[*PY_REWRITES, *(f"js {k}" for k in JS_REWRITES)])
def test_a_helper_that_may_rewrite_the_keys_leaves_them_unjudged(tmp_path: Path, name: str, template: str,
                                                                   helper: str) -> None:
    findings = found(tmp_path, name, template, helper)
    notes = [message for (code, _), message in findings.items() if code == "FL011"]
    assert len(notes) == 1 and "`fix()` (line " in notes[0], findings  # the body was read, and given up
    assert not any(code.startswith("FL2") for code, _ in findings), findings


def test_the_reported_rewrite_says_why_and_judges_no_key(tmp_path: Path) -> None:
    for name, template, helper in (("a.py", PY, PY_REWRITES["replaced"]), ("a.js", JS, JS_REWRITES["replaced"])):
        findings = found(tmp_path, name, template, helper)
        # a part of the body stored back in it through a comprehension or a callback: `inputData` rewritten, so nothing
        # in it is judged; the keys the helper leaves still are (tests/test_helper_rebuilds.py)
        assert said_changed(findings), findings
        assert not any(code in ("FL202", "FL203") for code, _ in findings), findings


def test_a_helper_that_writes_only_values_below_the_keys_keeps_them_checked(tmp_path: Path) -> None:
    for name, template, helper in (("a.py", PY, PY_VALUES_ONLY), ("a.js", JS, JS_VALUES_ONLY)):
        findings = found(tmp_path, name, template, helper)
        assert said_changed(findings), findings
        assert "`Flow.customerName`" in findings[("FL203", "/inputData/customerName")], (name, findings)
        assert ("FL202", "/inputData/traceId") in findings, (name, findings)
        assert not any(code == "FL204" for code, _ in findings), (name, findings)  # its value was changed to a string
