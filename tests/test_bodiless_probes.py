"""A request of another method than POST to the launch path that sends no body (a health check's HEAD, a CORS
preflight's OPTIONS, a bare GET, `curl -I`) launches nothing: only a body read makes a launch. It gets no FL301; `-v`
says why it was not judged, at its method. The same request with a body is still a launch sent with the wrong method.
(/tmp/s36/revA/9)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
PROBES_PY = f"""\
import requests
URL = "{URL}"
def probe():
    return requests.head(URL, timeout=3).status_code
def probe2(t):
    return requests.get(URL, headers={{"Authorization": f"Bearer {{t}}"}})
def probe3():
    return requests.options(URL, headers={{"Origin": "https://apps.mypurecloud.com", "Access-Control-Request-Method": "POST"}})
"""
PROBES_SH = f"""\
curl {URL} -H "Authorization: Bearer $T"
curl -I {URL}
curl --head {URL}
curl -sS -o /dev/null -w "%{{http_code}}" -X OPTIONS {URL}
curl -X HEAD {URL}
curl -sI {URL}
"""


def said(found: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    return [(d["code"], d["line"], d["column"]) for d in found]


def test_probes_in_python_are_no_launch(tmp_path: Path) -> None:
    assert check_file(tmp_path, "probe.py", PROBES_PY) == []
    found = check_file(tmp_path, "probe.py", PROBES_PY, "-v")
    assert said(found) == [("FL011", 4, 21), ("FL011", 6, 21), ("FL011", 8, 21)]  # reached: each read, not judged
    assert [d["message"].split(" and no body")[0].rsplit(" ", 1)[1] for d in found] == ["HEAD", "GET", "OPTIONS"]


def test_probes_with_curl_are_no_launch_and_curl_i_sends_head(tmp_path: Path) -> None:
    assert check_file(tmp_path, "probe.sh", PROBES_SH) == []
    found = check_file(tmp_path, "probe.sh", PROBES_SH, "-v")
    assert [(d["line"], d["message"].split(" and no body")[0].rsplit(" ", 1)[1]) for d in found] == [
        (1, "GET"), (2, "HEAD"), (3, "HEAD"), (4, "OPTIONS"), (5, "HEAD"), (6, "HEAD")]
    assert said(found)[1] == ("FL011", 2, 6)  # at -I, which makes it a HEAD


def test_the_same_methods_with_a_body_are_still_judged(tmp_path: Path) -> None:
    text = f'import requests\nrequests.options("{URL}", json={{"flowId": "x"}})\n'
    assert ("FL301", 2, 10) in said(check_file(tmp_path, "a.py", text))
    body = "-d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}' -H 'Content-Type: application/json'"
    script = f"curl -sI {body} {URL}\ncurl -G {body} {URL}\ncurl -X PUT {body} {URL}\n"
    found = [d for d in check_file(tmp_path, "a.sh", script) if d["code"] == "FL301"]
    assert [(d["line"], d["message"].split(";")[0], d["help"]) for d in found] == [
        (1, "the launch is sent with method HEAD",
         "drop -I (--head): it makes curl send HEAD; with -d and no -X, curl sends a POST"),
        (2, "the launch is sent with method GET",
         "drop -G: it sends the data in the query with a GET; with -d alone, curl sends a POST"),
        (3, "the launch is sent with method PUT", "write -X POST (or drop -X PUT: with -d, curl sends a POST)")]


def test_a_get_that_carries_the_launch_in_data_or_params_is_judged(tmp_path: Path) -> None:
    # axios sends config.data whatever the method, and params in the query; requests sends json= and params=: each
    # carries the launch, so none is a bodiless probe (/tmp/s36/revC/4); a GET with only headers still is
    body = "{flowId: '5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c', inputData: {'Flow.phone': p}}"
    js = (f"const axios = require('axios');\nconst URL = '{URL}';\n"
          f"function a(p) {{ return axios.get(URL, {{ data: {body}, headers: {{ Authorization: 'Bearer x' }} }}); }}\n"
          f"function b(p) {{ return axios.delete(URL, {{ params: {body} }}); }}\n"
          "function c(t) { return axios.get(URL, { headers: { Authorization: `Bearer ${t}` } }); }\n")
    found = check_file(tmp_path, "launch.js", js, "-v")
    assert [(d["code"], d["line"]) for d in found if d["code"] in ("FL301", "FL011")] == [
        ("FL301", 3), ("FL301", 4), ("FL011", 5)]
    py = (f"import requests\nURL = '{URL}'\n"
          "def a(p):\n    return requests.get(URL, params={'flowId': '5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c'})\n"
          "def b(p):\n    return requests.get(URL, json={'flowId': '5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c'})\n"
          "def c(t):\n    return requests.get(URL, headers={'Authorization': t})\n")
    found = check_file(tmp_path, "launch.py", py, "-v")
    assert [(d["code"], d["line"]) for d in found if d["code"] in ("FL301", "FL011")] == [
        ("FL301", 4), ("FL301", 6), ("FL011", 8)]
