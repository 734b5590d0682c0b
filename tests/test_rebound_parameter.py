"""A same-file helper that rebinds its parameter (`def prep(b): b = {…}; return b`) sends what it builds there, not
the argument it was given: the argument's members (a `type` the helper drops) are never checked as the body's."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
ARGUMENT = f'{{"flowId": "{UUID}", "type": "x", "inputData": {{"Flow.customerName": "a"}}}}'


def codes(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(str(d["code"]), str(d.get("pointer"))) for d in check_file(tmp_path, "a.py", text, "--verbose")}


def launch(helper: str) -> str:
    return f"import requests\n\n\n{helper}\n\n\ndef go():\n    return requests.post(\"{API}\", json=prep({ARGUMENT}), timeout=5)\n"


@pytest.mark.parametrize("helper", [
    'def prep(b):\n    b = {"flowId": b["flowId"], "inputData": b["inputData"]}\n    return b',
    'def prep(b):\n    b["inputData"] = dict(b["inputData"])\n    b = {"flowId": b["flowId"], "inputData": b["inputData"]}\n    return b',
    'def prep(b: dict) -> dict:\n    b: dict = {"flowId": b["flowId"], "inputData": b["inputData"]}\n    return b',
    'def prep(b):\n    with open("x") as b:\n        pass\n    return b',
], ids=["rebound", "changed then rebound", "annotated", "with as"])
def test_a_rebound_parameter_is_not_the_argument(tmp_path: Path, helper: str) -> None:
    found = codes(tmp_path, launch(helper))
    assert ("FL101", "/type") not in found, found
    assert any(code == "FL011" for code, _ in found), found  # the launch was read, and said not known: no silent miss


def test_a_parameter_only_changed_is_still_the_argument(tmp_path: Path) -> None:
    helper = 'def prep(b):\n    b["inputData"] = dict(b["inputData"])\n    return b'
    assert ("FL101", "/type") in codes(tmp_path, launch(helper))
