"""A launch made through a method of the file's own class, called on an instance made of it (`gc = GenesysClient()`
then `gc.launch({…})`; `GenesysClient().launch({…})`; `const gc = new GenesysClient()` in JavaScript), is read at that
call with its arguments, as `self.launch(…)` and a plain function wrapping the launch are (review F17,
/tmp/s41/review/r/F17: silent, the -v note in the method only). An object flowlint does not know to be one of the
file's classes (a parameter, another module's) is not followed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] != "FL200"]


PYTHON = (f'import requests\n\n\nclass GenesysClient:\n    def __init__(self, token):\n        self.token = token\n\n'
          f'    def launch(self, body):\n        return requests.post("{URL}", json=body, '
          'headers={"Authorization": "Bearer " + self.token})\n\n\n'
          f'gc = GenesysClient("t")\ngc.launch({{"flowId": "{FLOW}", "inputs": {{"Flow.phone": "1"}}}})\n'
          f'GenesysClient("t").launch({{"flowID": "{FLOW}"}})\n\n\n'
          f'def given(client):\n    return client.launch({{"flowId": "{FLOW}", "data": {{}}}})\n')


def test_python_a_method_called_on_an_instance_of_the_files_class_is_followed(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.py", PYTHON)
    assert _said(found) == [("FL101", 13), ("FL102", 14)], found  # (the parameter's `client` is not followed)


JAVASCRIPT = (f"import axios from 'axios';\nclass GenesysClient {{\n  launch(body) {{ return axios.post('{URL}', body); }}\n}}\n"
              f"const gc = new GenesysClient();\nexport const run = (phone) => gc.launch({{ flowId: '{FLOW}', "
              "inputs: { 'Flow.phone': phone } });\n"
              f"export const other = (client) => client.launch({{ flowId: '{FLOW}', data: {{}} }});\n")


def test_javascript_a_method_called_on_an_instance_of_the_files_class_is_followed(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.js", JAVASCRIPT)
    assert _said(found) == [("FL101", 6)], found
