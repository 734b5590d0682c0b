"""Code that turns a value into text before sending it (`str(n)`, f-strings, `String(n)`, template literals,
`.join`, `.toFixed`) sends a JSON string, whatever the value holds: judged against the input's declared type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, flowlint

PY = """import requests


def launch(token, count, dates, name, when):
    body = {{"flowId": "{flow}", "inputData": {{"Flow.customerName": name, {inputs}}}}}
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,
                  headers={{"Authorization": f"Bearer {{token}}"}}, timeout=10)
"""
JS = """export async function launch(token, count, dates, name, when) {{
  const body = {{ flowId: '{flow}', inputData: {{ 'Flow.customerName': name, {inputs} }} }};
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{
    method: 'POST', headers: {{ 'Content-Type': 'application/json', Authorization: `Bearer ${{token}}` }},
    body: JSON.stringify(body) }});
}}
"""


def _found(tmp_path: Path, name: str, template: str, inputs: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(template.format(flow=UUID, inputs=inputs))
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / name))
    return [(d["code"], d["pointer"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize("inputs", ['"Flow.orderCount": str(count)', '"Flow.orderCount": f"{count}"',
                                    '"Flow.orderCount": "{}".format(count)'])
def test_python_text_for_an_integer(tmp_path: Path, inputs: str) -> None:
    assert _found(tmp_path, "launch.py", PY, inputs) == [("FL204", "/inputData/Flow.orderCount")]


def test_python_joined_text_for_a_collection(tmp_path: Path) -> None:
    assert _found(tmp_path, "launch.py", PY, '"Flow.dates": ",".join(dates)') == [("FL204", "/inputData/Flow.dates")]
    result = flowlint("check", "--no-cache", str(tmp_path / "launch.py"))
    assert "`Flow.dates` is text made at run time (a string, whatever it holds); the flow declares it as a Date collection" \
        in result.stdout


@pytest.mark.parametrize("inputs", ["'Flow.orderCount': String(count)", "'Flow.orderCount': `${count}`",
                                    "'Flow.amount': count.toFixed(2)", "'Flow.dates': dates.join(',')",
                                    "'Flow.isVip': `${count > 3}`"])
def test_javascript_text_for_a_typed_input(tmp_path: Path, inputs: str) -> None:
    assert [code for code, _ in _found(tmp_path, "launch.js", JS, inputs)] == ["FL204"]


@pytest.mark.parametrize(("name", "template", "inputs"), [
    ("launch.py", PY, '"Flow.priority": f"{name}", "Flow.dates": [when.isoformat()], "Flow.orderCount": count'),
    ("launch.js", JS, "'Flow.priority': `${name}`, 'Flow.dates': [when.toISOString()], 'Flow.orderCount': count"),
])
def test_text_where_the_flow_takes_text_and_unknown_values_pass(tmp_path: Path, name: str, template: str, inputs: str) -> None:
    assert _found(tmp_path, name, template, inputs) == []
