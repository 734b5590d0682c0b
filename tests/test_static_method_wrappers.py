"""A launch made through a static method of the file's own class called on the class (`Genesys.launch({…})`: Python's
`@staticmethod`, or `@classmethod` with its `cls.URL` the class's attribute; JavaScript's and TypeScript's `static`
method) is read at that call with its arguments, as the same method called on an instance is (review R9,
/tmp/s42/review/r/s41fix/statics*.py, statics.ts: the "utility class of static methods" was silent). A method taking
`self` called on the class, or a class attribute the file rebinds, is not followed: not known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def _errors(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


READ = {  # (file, text, the line of the wrong member at the call)
    "staticmethod": ("a.py", f'import requests\n\nURL = "{URL}"\n\n\nclass Genesys:\n    @staticmethod\n'
                     "    def launch(body: dict) -> requests.Response:\n        return requests.post(URL, json=body, timeout=10)\n\n\n"
                     f'Genesys.launch({{"flowId": "{FLOW}", "inputs": {{"Flow.phone": "+1"}}}})\n', 12),
    "classmethod, cls.URL": ("b.py", "import requests\n\n\nclass GenesysApi:\n"
                             f'    URL = "{URL}"\n\n    @classmethod\n    def launch_flow(cls, flow_id, inputs):\n'
                             '        return requests.post(cls.URL, json={"flowId": flow_id, "inputData": inputs})\n\n\n'
                             "def notify(phone):\n"
                             f'    return GenesysApi.launch_flow("{FLOW}", {{"customerPhone": phone}})\n', 13),
    "classmethod read alone": ("h.py", "import requests\n\n\nclass Genesys:\n"
                               f'    URL = "{URL}"\n\n    @classmethod\n    def callback(cls, phone: str) -> None:\n'
                               f'        requests.post(cls.URL, json={{"flowId": "{FLOW}", "inputs": {{"Flow.phone": phone}}}})\n',
                               9),
    "staticmethod, Class.URL, keywords": ("c.py", "import httpx\n\n\nclass Launcher:\n"
                                          f'    LAUNCH = "{URL}"\n\n    @staticmethod\n'
                                          "    def send(payload, *, token):\n"
                                          "        return httpx.post(Launcher.LAUNCH, json=payload, headers={'Authorization': token})\n\n\n"
                                          f'Launcher.send({{"flowID": "{FLOW}"}}, token="t")\n', 12),
    "static async, fetch": ("d.ts", f"const URL = '{URL}';\n\nexport class Genesys {{\n  static async launch(body: object) {{\n"
                            "    return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
                            "body: JSON.stringify(body) });\n  }\n}\n\n"
                            f"Genesys.launch({{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': '+1' }} }});\n", 9),
    "static, axios, built body": ("e.js", f"const axios = require('axios');\nconst URL = '{URL}';\n\nclass GenesysApi {{\n"
                                  "  static launchFlow(flowId, inputs) {\n"
                                  "    return axios.post(URL, { flowId, inputData: inputs });\n  }\n}\n\n"
                                  "module.exports.notify = (phone) =>\n"
                                  f"  GenesysApi.launchFlow('{FLOW}', {{ customerPhone: phone }});\n", 11),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_a_static_methods_launch_is_read_at_the_call_on_the_class(tmp_path: Path, name: str) -> None:
    file, text, line = READ[name]
    found = _errors(check_file(tmp_path, file, text))
    assert found and {at for _, at in found} == {line}, found


NOT_FOLLOWED = {
    # a method taking `self`, called on the class: its first argument is `self`, the body not this argument
    "self method on the class": ("f.py", f'import requests\n\nURL = "{URL}"\n\n\nclass Client:\n'
                                 "    def launch(self, body):\n        return requests.post(URL, json=body)\n\n\n"
                                 f'Client.launch({{"flowId": "{FLOW}", "inputs": {{}}}})\n'),
    # the class attribute rebound by the file: `cls.URL` not known, no launch read there
    "cls.URL rebound": ("g.py", "import requests\n\n\nclass GenesysApi:\n"
                        f'    URL = "{URL}"\n\n    @classmethod\n    def launch(cls, body):\n'
                        "        return requests.post(cls.URL, json=body)\n\n\n"
                        "GenesysApi.URL = 'https://example.com/hooks/launch'\n"
                        f'GenesysApi.launch({{"flowId": "{FLOW}", "inputs": {{}}}})\n'),
}


@pytest.mark.parametrize("name", sorted(NOT_FOLLOWED))
def test_what_the_class_call_does_not_show_is_not_judged(tmp_path: Path, name: str) -> None:
    file, text = NOT_FOLLOWED[name]
    assert _errors(check_file(tmp_path, file, text)) == []
