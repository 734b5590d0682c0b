"""A member given in a branch of an `if` (an `elif`, an `else`, a `match`'s case) before the send is judged whenever it
is given: its key and its value as written, as a conditional spread's members are (`**({…} if c else {})`,
`...(c ? {…} : {})`); only its presence is not known, so it is never reported missing nor its object closed (review
F3, /tmp/s41/review/r/F2/cond.py: `if vip: body["inputData"]["Flow.isVip"] = "yes"` for a Boolean input was silent,
not even a note). One in a loop, another function, or after the send stays not judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # (its contract in the repository's store: Flow.customerName required,
# Flow.isVip a Boolean, Flow.priority "low" or "high")
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] != "FL200"]


def test_python_members_given_in_branches_are_judged(tmp_path: Path) -> None:
    text = (f'import requests\n\n\ndef launch(name, vip, late, kind):\n'
            f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": name}}}}\n'
            '    if vip:\n        body["inputData"]["Flow.isVip"] = "yes"\n'
            '    elif late:\n        if kind == "a":\n            body["inputData"]["Flow.priority"] = "high"\n'
            '    else:\n        body["inputs"] = {}\n'
            '    match kind:\n        case "b":\n            body["name"] = 7\n'
            f'    return requests.post("{URL}", json=body)\n')
    found = check_file(tmp_path, "launch.py", text)
    assert sorted(_said(found)) == [("FL101", 12), ("FL105", 15), ("FL204", 7)], found


def test_python_members_not_given_by_a_branch_before_the_send_stay_not_judged(tmp_path: Path) -> None:
    text = (f'import requests\n\n\ndef launch(vip, extra):\n'
            f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "a", "Flow.isVip": False}}}}\n'
            '    body["name"] = 7\n    for item in extra:\n        if item:\n            body["inputData"]["Flow.priority"] = "urgent"\n'
            '    if vip:\n        body["inputData"]["Flow.isVip"] = "yes"\n'
            f'    response = requests.post("{URL}", json=body)\n'
            '    if vip:\n        body["inputs"] = {}\n    return response\n')
    found = check_file(tmp_path, "launch.py", text)
    # reached: the launch is read (the certain member judged); none of the others is
    assert _said(found) == [("FL105", 6)], found


def test_a_required_input_given_in_a_branch_is_not_said_missing(tmp_path: Path) -> None:
    text = (f'import requests\n\n\ndef launch(name):\n    body = {{"flowId": "{FLOW}", "inputData": {{}}}}\n'
            '    if name:\n        body["inputData"]["Flow.customerName"] = name\n'
            '    if not name:\n        body["inputData"]["Flow.isVip"] = 1\n'
            f'    return requests.post("{URL}", json=body)\n')
    found = check_file(tmp_path, "launch.py", text)
    assert _said(found) == [("FL204", 9)], found  # (reached: the other branch's member judged; none said missing)


def test_javascript_members_given_in_branches_are_judged(tmp_path: Path) -> None:
    text = (f"const axios = require('axios');\nasync function launch(name, vip, late) {{\n"
            f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': name }} }};\n"
            "  if (vip) body.inputs = { 'Flow.isVip': true };\n"
            "  else if (late) {\n    body.inputData['Flow.isVip'] = 'yes';\n  }\n"
            f"  return axios.post('{URL}', body);\n}}\n")
    found = check_file(tmp_path, "launch.js", text)
    assert sorted(_said(found)) == [("FL101", 4), ("FL204", 6)], found
