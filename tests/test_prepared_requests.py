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


OTHER = "https://example.com/echo"
GOOD = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.phone": "+1"}}}}'
CHANGED = {  # review F4 (/tmp/s42/fb/w/b19): what is sent is not the request as made, or nothing is sent
    "body_replaced.py": ("import json\nfrom requests import Request, Session\n\n"
                         f's = Session()\nreq = Request("POST", "{URL}", json={BAD})\nprepped = req.prepare()\n'
                         f"prepped.body = json.dumps({GOOD})\ns.send(prepped, timeout=5)\n"),
    "url_replaced.py": (f'import requests\n\nreq = requests.Request("POST", "{URL}", json={BAD})\n'
                        f'req.url = "{OTHER}"\nrequests.Session().send(req.prepare())\n'),
    "json_replaced.py": (f'import requests\n\nreq = requests.Request("POST", "{URL}", json={BAD})\n'
                         f"req.json = {GOOD}\nrequests.Session().send(req.prepare())\n"),
    "prepare_body.py": (f'import requests\n\np = requests.Request("POST", "{URL}", json={BAD}).prepare()\n'
                        f"p.prepare_body(data=None, files=None, json={GOOD})\nrequests.Session().send(p)\n"),
    "rebound.py": ("import httpx\n\nwith httpx.Client() as c:\n"
                   f'    r = c.build_request("POST", "{URL}", json={BAD})\n'
                   f'    r = c.build_request("POST", "{URL}", json={GOOD})\n    c.send(r)\n'),
    "never_sent.py": ("import httpx\n\n\ndef test_client_builds_headers():\n"
                      "    client = httpx.Client(headers={'Authorization': 'Bearer t'})\n"
                      f'    request = client.build_request("POST", "{URL}", json={BAD})\n'
                      "    assert request.headers['authorization'] == 'Bearer t'\n"),
    "only_made.py": f'import requests\n\nrequests.Request("POST", "{URL}", json={BAD})\n',
    "unprepared.py": (f'import requests\n\nreq = requests.Request("POST", "{URL}", json={BAD})\n'
                      "requests.Session().send(req)\n"),  # (raises: a session sends only a prepared request)
    "handed_on.py": (f'import requests\n\nreq = requests.Request("POST", "{URL}", json={BAD})\n'
                     "sign(req)\nrequests.Session().send(req.prepare())\n"),
}


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_a_built_request_changed_or_never_sent_is_not_judged_where_made(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, CHANGED[name], "-v")
    assert [d for d in found if d["code"] == "FL011"], found  # (reached: the endpoint is mentioned, no launch read)
    assert _said(found) == [], found


def test_a_built_request_sent_unchanged_beside_a_changed_one_is_judged(tmp_path: Path) -> None:
    text = (f'import requests\n\ns = requests.Session()\nfirst = requests.Request("POST", "{URL}", json={BAD})\n'
            f'first.url = "{OTHER}"\ns.send(first.prepare())\n'
            f'second = requests.Request("POST", "{URL}", json={BAD})\nprepped = s.prepare_request(second)\n'
            "s.send(prepped)\n")
    assert _said(check_file(tmp_path, "both.py", text)) == [("FL101", 7)]
