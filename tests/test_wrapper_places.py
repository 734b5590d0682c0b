"""A launch a same-file function makes, reached through its calls: what the function writes whatever it is given (its
URL, its method) is said once, where it is written (where a suppression of it is written), not at every call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = "2d4b6a8c-1e3f-4a5b-8c7d-9e0f1a2b3c4d"

PYTHON = f"""import requests

FLOW_ID = "{FLOW}"


def launch(name):
    requests.post("https://apps.mypurecloud.com/api/v2/flows/executions", json={{"flowId": FLOW_ID}})COMMENT


launch("a")
launch("b")
"""

JAVASCRIPT = f"""async function main() {{
  await fetch('https://api.mypurecloud.com/api/v2/flows/{FLOW}/executions', {{
    method: 'POST', headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: '{FLOW}', inputData: {{}} }}),
  }});
}}
main();
main();
"""


def errors(name: str) -> list[dict[str, Any]]:
    return [d for d in diagnostics("--no-cache", name) if d["severity"] == "error"]


def test_a_wrong_host_written_in_the_function_is_said_once_at_the_url(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(PYTHON.replace("COMMENT", ""))
    said = errors("launch.py")
    assert [(d["code"], d["line"]) for d in said] == [("FL302", 7)]  # reached: one, at the literal, not at lines 8 and 9


def test_its_suppression_on_the_url_line_holds(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(PYTHON.replace("COMMENT", "  # flowlint: ignore[FL302]"))
    found = diagnostics("--no-cache", "launch.py")
    assert any(d["code"] == "FL200" for d in found)  # reached: the launch was read
    assert not [d for d in found if d["code"] in ("FL302", "FL009")]


def test_a_flow_id_in_a_javascript_function_s_path_is_said_once_there(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(JAVASCRIPT)
    said = errors("launch.js")
    assert [(d["code"], d["line"]) for d in said] == [("FL106", 2)]


def test_a_url_the_call_passes_in_is_still_said_at_the_call(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(f"""import requests


def launch(url, name):
    requests.post(url, json={{"flowId": "{FLOW}", "inputData": {{"Flow.name": name}}}})


launch("https://apps.mypurecloud.com/api/v2/flows/executions", "a")
launch("https://api.mypurecloud.com/api/v2/flows/executions", "b")
""")
    assert [(d["code"], d["line"]) for d in errors("launch.py")] == [("FL302", 8)]  # the wrong call only


METHOD = f"""import requests


def launch(url, name):
    requests.get(url, json={{"flowId": "{FLOW}", "inputData": {{"Flow.name": name}}}})COMMENT


launch("https://api.mypurecloud.com/api/v2/flows/executions", "a")
launch("https://api.mypurecloud.com/api/v2/flows/executions", "b")
"""


def test_a_method_spelt_in_the_function_is_said_once_there_though_the_url_is_passed_in(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(METHOD.replace("COMMENT", ""))
    assert [(d["code"], d["line"]) for d in errors("launch.py")] == [("FL301", 5)]
    (tmp_path / "launch.py").write_text(METHOD.replace("COMMENT", "  # flowlint: ignore[FL301]"))
    found = diagnostics("--no-cache", "launch.py")
    assert any(d["code"] == "FL200" for d in found)  # reached
    assert not [d for d in found if d["code"] in ("FL301", "FL009")]


def test_a_javascript_method_option_is_said_at_its_literal(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(f"""async function launch(url, name) {{
  await fetch(url, {{ method: 'PUT', headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: '{FLOW}', inputData: {{ 'Flow.name': name }} }}) }});
}}
launch('https://api.mypurecloud.com/api/v2/flows/executions', 'a');
launch('https://api.mypurecloud.com/api/v2/flows/executions', 'b');
""")
    assert [(d["code"], d["line"]) for d in errors("launch.js")] == [("FL301", 2)]
