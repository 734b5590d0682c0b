"""A whole body chosen by a conditional (`json=a if c else b`, `body: JSON.stringify(c ? a : b)`): either branch may
be sent, so each is checked as written, at its own place; a branch not known is an unknown body that leaves the other
checked; a None / null / undefined branch sends no body and is not read as one."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources.extract import extract

from conftest import check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _found(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in check_file(tmp_path, name, text, contract_findings=False)]


def _bodies(kind: str, text: str) -> list[object]:
    return [r.body if not isinstance(r.body, Unknown) else "unknown" for r in extract(kind, text, "a")]


PY = ("import requests\n"
      f"URL = '{API}'\n"
      "def go(urgent, fid):\n"
      "    requests.post(URL, json={'flowId': fid, 'inputs': {}} if urgent else {'flowId': fid, 'type': 1})\n"
      "    body = {'flowId': fid} if urgent else {'flowId': fid, 'data': {}}\n"
      "    requests.post(URL, json=body)\n"
      "    requests.post(URL, json={'flowId': fid, 'configuration': {}} if urgent else make())\n"
      "    requests.post(URL, json=None if urgent else {'flowId': fid, 'nope': 1})\n"
      "    requests.post(URL, json={'flowId': fid, 'a': 1} if urgent else ({'flowId': fid} if fid else {'c': 1}))\n")


def test_each_branch_of_a_python_body_is_checked(tmp_path: Path) -> None:
    assert _found(tmp_path, "a.py", PY) == [
        ("FL101", 4, "/inputs"), ("FL101", 4, "/type"), ("FL101", 5, "/data"), ("FL101", 7, "/configuration"),
        ("FL102", 8, "/nope"), ("FL102", 9, "/a"), ("FL103", 9, ""), ("FL102", 9, "/c")]
    assert len(_bodies("python", PY)) == 10  # a launch per body sent: the None branch sends none


JS = (f"const URL = '{API}';\n"
      "export async function go(urgent: boolean, flowId: string) {\n"
      "  const json = { 'Content-Type': 'application/json' };\n"
      "  await fetch(URL, { method: 'POST', headers: json,\n"
      "    body: JSON.stringify(urgent ? { flowId, inputs: {} } : { flowId, type: 1 }) });\n"
      "  const body = urgent ? { flowId } : { flowId, data: {} };\n"
      "  await axios.post(URL, body);\n"
      "  await fetch(URL, { method: 'POST', headers: json, body: urgent ? JSON.stringify({ flowId, configuration: {} }) : make() });\n"
      "  await axios.post(URL, urgent ? null : { flowId, nope: 1 });\n"
      "}\n")


def test_each_branch_of_a_javascript_body_is_checked(tmp_path: Path) -> None:
    assert _found(tmp_path, "a.ts", JS) == [
        ("FL101", 5, "/inputs"), ("FL101", 5, "/type"), ("FL101", 6, "/data"), ("FL101", 8, "/configuration"),
        ("FL102", 9, "/nope")]
    bodies = _bodies("typescript", JS)
    assert len(bodies) == 7 and bodies[5] == "unknown" and sorted(bodies[4]) == ["configuration", "flowId"]  # type: ignore[call-overload]


def test_a_fix_edits_the_branch_it_is_found_in(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    path.write_text(f"import requests\nrequests.post('{API}', json={{'flowId': f}} if u else {{'flowId': f, 'data': {{}}}})\n")
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path)).exit_code == 0
    assert path.read_text().endswith("json={'flowId': f} if u else {'flowId': f})\n")


def test_branches_not_known_stay_unknown(tmp_path: Path) -> None:
    text = ("import requests\n"
            f"URL = '{API}'\n"
            "def send(payload):\n"
            "    return requests.post(URL, json=payload)\n"
            "def go(urgent, a, b):\n"
            "    requests.post(URL, json=a if urgent else b)\n"
            "    send({'flowId': a, 'inputs': {}} if urgent else b)\n")  # (a wrapper's argument: not split, unknown)
    assert _bodies("python", text) == ["unknown", "unknown", "unknown"]
    assert _found(tmp_path, "a.py", text) == []
    js = (f"const URL = '{API}';\n"
          "function go(urgent, a, b) { return axios.post(URL, urgent ? a : b); }\n"
          "function send(p) { return axios.post(URL, p); }\n"
          "send(x ? { flowId: x, inputs: {} } : y);\n")
    assert _bodies("javascript", js) == ["unknown", "unknown", "unknown"]
    assert _found(tmp_path, "a.js", js) == []
