"""A module constant written as a read-only view of a dict literal, `types.MappingProxyType({…})` (the frozen-dict
idiom), is followed as that dict: its item is the launch URL (`URLS["launch"]`) or a value of the body (`FLOWS["callback"]`),
as a plain dict constant's is (task item 4: its launch was not read, a note said "a URL built by
`MappingProxyType(…)`"). A function of another name, or the file's own class called so, is not followed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


READ = {
    "from types": ("from types import MappingProxyType\n\nimport requests\n\n"
                   f'URLS = MappingProxyType({{"launch": "{URL}", "status": "{URL}/{{id}}"}})\n\n\n'
                   f'def go():\n    requests.post(URLS["launch"], json={{"flowId": "{FLOW}", "inputs": {{}}}})\n', [("FL101", 9)]),
    "types.": ("import types\n\nimport httpx\n\n"
               f'FLOWS = types.MappingProxyType({{"callback": "Callback flow"}})\nURL = "{URL}"\n\n\n'
               'def go():\n    httpx.post(URL, json={"flowId": FLOWS["callback"], "inputData": {}})\n', [("FL104", 10)]),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_a_mapping_proxy_constant_is_followed_as_its_dict(tmp_path: Path, name: str) -> None:
    text, said = READ[name]
    assert _said(check_file(tmp_path, "a.py", text)) == said


def test_the_files_own_mapping_proxy_is_not_followed(tmp_path: Path) -> None:
    text = ("import requests\n\n\nclass MappingProxyType(dict):\n    def __getitem__(self, k):\n        return 'x'\n\n\n"
            f'URLS = MappingProxyType({{"launch": "{URL}"}})\nrequests.post(URLS["launch"], json={{"flowId": "{FLOW}", "inputs": {{}}}})\n')
    assert [d for d in check_file(tmp_path, "b.py", text) if d["code"] == "FL101"] == []
