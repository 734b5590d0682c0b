"""A request made to be sent later with requests' or httpx's own API is read where it is made: `requests.Request("POST",
URL, json=…)` (then `.prepare()`, or `session.prepare_request(req)`, and `session.send(…)`), `httpx.Request(…)`, an httpx
client's `build_request(…)` (then `client.send(…)`) (review R4, /tmp/s42/review/r/prep: their FL204 was never said, and
the FL011 called requests' documented API "a client it does not know"). Its headers are the session's that prepares or
sends it: not known there. urllib's `Request` and a class of the file's own named Request are not requests'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
BAD = f'{{"flowId": "{FLOW}", "inputs": {{"Flow.phone": "+1"}}}}'


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


READ = {  # (text, the line of `inputs`)
    "prepare.py": ("import requests\n\n\ndef launch() -> None:\n    req = requests.Request(\n        \"POST\",\n"
                   f'        "{URL}",\n        json={BAD},\n    ).prepare()\n    requests.Session().send(req)\n', 8),
    "prepare_request.py": ("from requests import Request, Session\n\nsession = Session()\n"
                           f'req = Request(method="POST", url="{URL}", json={BAD})\n'
                           "session.send(session.prepare_request(req), timeout=10)\n", 4),
    "httpx_build.py": ("import httpx\n\nclient = httpx.Client(headers={'Authorization': 'Bearer t'})\n"
                       f'request = client.build_request("POST", "{URL}",\n                               json={BAD})\n'
                       "response = client.send(request)\n", 5),
    "httpx_request.py": ("import httpx\n\n\nasync def launch():\n"
                         f'    req = httpx.Request("POST", "{URL}", json={BAD})\n'
                         "    async with httpx.AsyncClient() as c:\n        return await c.send(req)\n", 5),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_a_request_made_to_be_sent_later_is_read_where_it_is_made(tmp_path: Path, name: str) -> None:
    text, line = READ[name]
    found = check_file(tmp_path, name, text, "-v")
    assert _said(found) == [("FL101", line)], found
    assert not [d for d in found if d["code"] == "FL011"], found  # (never "a client it does not know")


def test_another_librarys_request_is_not_read_as_requests(tmp_path: Path) -> None:
    text = ("import json\nimport urllib.request\n\n\nclass Request:\n    def __init__(self, method, url, json=None):\n"
            "        self.args = (method, url, json)\n\n\n"
            f'mine = Request("POST", "{URL}", json={BAD})\n'
            f'req = urllib.request.Request("{URL}", data=json.dumps({BAD}).encode(), method="POST")\n')
    found = check_file(tmp_path, "other.py", text)
    assert [d for d in found if d["code"] == "FL101"] == [], found
