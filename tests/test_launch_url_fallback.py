"""A launch URL read when the code runs with the launch endpoint written whole as its fallback
(`process.env.GENESYS_LAUNCH_URL || 'https://api.mypurecloud.com/api/v2/flows/executions'`, `?? '…'`,
`os.environ.get("X", "…")`, `os.getenv("X") or "…"`) is read as that path on a base set when it runs, whose default is
the literal's host: the launch is judged on its body, as `os.environ.get("BASE", "https://api…") + "/api/v2/flows/
executions"` is (review F10, /tmp/s41/review/r/F10: four wrong launches passed with exit 0, and the note called
axios.post and requests.post "a client it does not know"). Its host is not judged (it may be set otherwise)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _codes(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] != "FL200"]


PYTHON = {
    "os.environ.get": f'os.environ.get("GENESYS_LAUNCH_URL", "{URL}")',
    "os.getenv with a default": f'os.getenv("GENESYS_LAUNCH_URL", "{URL}")',
    "os.getenv or": f'os.getenv("GENESYS_LAUNCH_URL") or "{URL}"',
}


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_python_a_launch_url_with_a_fallback_is_read(tmp_path: Path, name: str) -> None:
    text = (f"import os\n\nimport requests\n\nLAUNCH_URL = {PYTHON[name]}\n\n\ndef launch(phone):\n"
            f'    return requests.post(LAUNCH_URL, json={{"flowId": "{FLOW}", "inputs": {{"Flow.phone": phone}}}})\n'
            f'\n\ndef written_there(phone):\n    return requests.post({PYTHON[name]}, json={{"flowId": "{FLOW}", '
            f'"inputData": {{"Flow.phone": phone}}, "flowID": 1}})\n')
    found = check_file(tmp_path, "launch.py", text)
    assert _codes(found) == [("FL101", 9), ("FL102", 13)], (name, found)


JAVASCRIPT = {"||": f"process.env.GENESYS_LAUNCH_URL || '{URL}'", "??": f"process.env.GENESYS_LAUNCH_URL ?? '{URL}'"}


@pytest.mark.parametrize("name", sorted(JAVASCRIPT))
def test_javascript_a_launch_url_with_a_fallback_is_read(tmp_path: Path, name: str) -> None:
    text = (f"import axios from 'axios';\nconst LAUNCH_URL = {JAVASCRIPT[name]};\n"
            f"export const launch = (phone) => axios.post(LAUNCH_URL, {{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': phone }} }});\n")
    found = check_file(tmp_path, "launch.js", text)
    assert _codes(found) == [("FL101", 3)], (name, found)


def test_the_host_a_fallback_may_be_set_otherwise_to_is_not_judged(tmp_path: Path) -> None:
    # the same body on the org's own host written whole is FL302; behind an override, not judged
    written = f"import requests\n\nrequests.post('https://myorg.mypurecloud.com/api/v2/flows/executions', json={{'flowId': '{FLOW}'}})\n"
    assert any(d["code"] == "FL302" for d in check_file(tmp_path, "launch.py", written)), "reached: a wrong host is judged"
    overridable = written.replace("import requests\n", "import os\n\nimport requests\n").replace(
        "requests.post('https", "requests.post(os.environ.get('GC_URL', 'https").replace("executions',", "executions'),")
    found = check_file(tmp_path, "launch.py", overridable)
    assert any(d["code"] == "FL200" for d in found), found  # reached: the launch is read
    assert [d for d in found if d["severity"] == "error"] == [], found


def test_a_fallback_that_is_not_the_launch_endpoint_stays_unread(tmp_path: Path) -> None:
    # a status path, or another product's endpoint, as the default: no launch read from it
    text = (f"import os\n\nimport requests\n\n\ndef status(run_id):\n"
            f"    return requests.post(os.environ.get('GC_URL', 'https://api.example.com/v1/flows/executions'), "
            f"json={{'flowId': '{FLOW}', 'inputs': {{}}}})\n")
    found = check_file(tmp_path, "launch.py", text)
    assert [d for d in found if d["severity"] == "error"] == [], found


def test_only_what_the_environment_sets_is_read_as_an_override(tmp_path: Path) -> None:
    # (review2 C1, /tmp/s41/review2/r/C) a wrapper's parameter or a config's key falling back to the launch URL is no
    # override of it: every other call through the helper (a Slack message, a ping) is no launch
    wrapper = (f"const axios = require('axios');\nconst LAUNCH_URL = '{URL}';\n"
               "async function post(url, body) {\n  return axios.post(url || LAUNCH_URL, body);\n}\n"
               "async function notify() {\n  await post('https://hooks.slack.com/services/T0/B0/X', { text: 'shipped' });\n}\n"
               f"async function launch() {{\n  await post(undefined, {{ flowId: '{FLOW}', inputs: {{}} }});\n}}\n")
    found = check_file(tmp_path, "wrapper.js", wrapper)
    assert [d for d in found if d["severity"] == "error"] == [], found
    config = (f'import requests\n\n\ndef send(config, body):\n    return requests.post(config.get("hook", "{URL}"), json=body)\n\n\n'
              'def ping(config):\n    return send(config, {"event": "ping"})\n')
    found = check_file(tmp_path, "config.py", config)
    assert [d for d in found if d["severity"] == "error"] == [], found
    # (reached: an environment read's fallback is read, as the tests above hold)
    env = f'import os\n\nimport requests\n\nrequests.post(os.environ.get("HOOK", "{URL}"), json={{"event": "ping"}})\n'
    assert any(d["severity"] == "error" for d in check_file(tmp_path, "env.py", env)), "an environment read's fallback is read"
