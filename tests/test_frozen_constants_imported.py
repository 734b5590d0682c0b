"""A constants module written `Object.freeze({...})` (the Node idiom), `module.exports = ({...})`, or a Python Enum
whose member's `.value` is the launch URL is followed as its plain literal is (review F9): the launch importing it is
read, and the module's note is taken back. `Object.freeze` returns the object it is given; a parenthesis is none;
an Enum member's `.value` is the value its class body writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
JOB_JS = ("const axios = require('axios');\nconst {{ {name} }} = require('./endpoints');\n"
          f"module.exports = (phone) => axios.post({{use}}, {{{{ flowId: '{FLOW}', inputs: {{{{ 'Flow.phone': phone }}}} }}}});\n")
CASES = {
    "module.exports = Object.freeze": (
        {"endpoints.js": f"module.exports = Object.freeze({{\n  FLOW_EXECUTIONS: '{URL}',\n}});\n",
         "job.js": JOB_JS.format(name="FLOW_EXECUTIONS", use="FLOW_EXECUTIONS")}, "job.js", "endpoints.js"),
    "module.exports = (…)": (
        {"endpoints.js": f"module.exports = ({{ FLOW_EXECUTIONS: '{URL}' }});\n",
         "job.js": JOB_JS.format(name="FLOW_EXECUTIONS", use="FLOW_EXECUTIONS")}, "job.js", "endpoints.js"),
    "export const = Object.freeze": (
        {"endpoints.ts": f"export const ENDPOINTS = Object.freeze({{\n  FLOW_EXECUTIONS: '{URL}',\n}});\n",
         "job.ts": ("import axios from 'axios';\nimport { ENDPOINTS } from './endpoints';\n"
                    "export const go = (phone: string) => axios.post(ENDPOINTS.FLOW_EXECUTIONS, "
                    f"{{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': phone }} }});\n")}, "job.ts", "endpoints.ts"),
    "python Enum value": (
        {"app/__init__.py": "", "app/endpoints.py": f'from enum import Enum\n\n\nclass Endpoint(str, Enum):\n    LAUNCH = "{URL}"\n',
         "app/job.py": ("import requests\n\nfrom app.endpoints import Endpoint\n\n\ndef go():\n    return requests.post("
                        f"Endpoint.LAUNCH.value, json={{'flowId': '{FLOW}', 'inputs': {{'Flow.x': 1}}}})\n")},
        "app/job.py", "app/endpoints.py"),
}


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[tuple[str, str, str]]:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return sorted((d["file"], d["code"], d["message"]) for d in found if d["code"] != "FL200")


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_launch_url_from_a_frozen_constants_module_is_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    files, launcher, definer = CASES[case]
    found = _check(tmp_path, monkeypatch, files)
    assert [(file, code) for file, code, _ in found] == [(launcher, "FL101")], found  # `inputs`: read and judged
    assert not any(file == definer for file, _, _ in found)  # its note taken back: a launch uses its URL


def test_a_frozen_object_no_launch_uses_keeps_a_note_naming_its_binding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _check(tmp_path, monkeypatch, {"endpoints.js": f"export const ENDPOINTS = Object.freeze({{ LAUNCH: '{URL}' }});\n",
                                           "other.js": "import { ENDPOINTS } from './endpoints';\nconsole.log(ENDPOINTS);\n"})
    assert [(file, code) for file, code, _ in found] == [("endpoints.js", "FL011")]
    assert "`ENDPOINTS.LAUNCH`" in found[0][2], found  # the binding it is exported as, not `Object.freeze(…)` a client
