"""A member written twice in a JavaScript/TypeScript object literal or a Python dict literal that is (part of) a launch
body: the language keeps the last, so the earlier value is silently never sent. FL002, as for a JSON body, said at the
earlier one (the value lost); help only, no fix (see test_no_fix_is_offered). A spread, a computed key, a key written
once: nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def at(text: str, line: int, written: str) -> tuple[int, int]:
    """The line and column of the first `written` on a line of the text."""
    return line, text.splitlines()[line - 1].index(written) + 1


def repeats(tmp_path: Path, name: str, text: str) -> list[tuple[int, int, str]]:
    found = check_file(tmp_path, name, text, contract_findings=False)
    assert all(d["code"] != "FL002" or d["fix"] is None for d in found), found
    return [(d["line"], d["column"], d["pointer"]) for d in found if d["code"] == "FL002"]


def test_python_dict_literal(tmp_path: Path) -> None:
    text = ("import requests\n"
            f'requests.post("{API}", json={{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "Ana"}},\n'
            '                         "inputData": {}})\n')
    assert repeats(tmp_path, "dup.py", text) == [(*at(text, 2, '"inputData"'), "/inputData")]  # the earlier one
    message = next(d for d in check_file(tmp_path, "dup.py", text) if d["code"] == "FL002")["message"]
    assert "Python" in message and "last" in message, message


def test_python_nested_and_bound(tmp_path: Path) -> None:
    text = ("import requests\n"
            f'body = {{"flowId": "{UUID}", "inputData": {{"Flow.a": 1, "Flow.b": 2, "Flow.a": 3}}}}\n'
            f'requests.post("{API}", json=body)\n')
    assert repeats(tmp_path, "dup.py", text) == [(*at(text, 2, '"Flow.a"'), "/inputData/Flow.a")]


def test_python_splat_and_keys_not_known(tmp_path: Path) -> None:
    text = ("import requests\n"
            f'base = {{"flowId": "{UUID}"}}\n'
            f'requests.post("{API}", json={{**base, "flowId": "{UUID}", KEY: 1, KEY: 2, "name": "x"}})\n')
    assert repeats(tmp_path, "ok.py", text) == []


def test_javascript_object_literal(tmp_path: Path) -> None:
    text = (f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},\n"
            f"  body: JSON.stringify({{ flowId: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana' }}, inputData: {{}} }}) }});\n")
    assert repeats(tmp_path, "dup.js", text) == [(*at(text, 2, "inputData"), "/inputData")]
    message = next(d for d in check_file(tmp_path, "dup.js", text) if d["code"] == "FL002")["message"]
    assert "JavaScript" in message and "last" in message, message


def test_javascript_quoted_shorthand_and_nested(tmp_path: Path) -> None:
    text = (f"const flowId = '{UUID}';\n"
            "const inputs = { 'Flow.a': 1, \"Flow.a\": 2 };\n"
            "const body = { flowId, 'flowId': flowId, inputData: inputs };\n"
            f"await axios.post('{API}', body);\n")
    assert repeats(tmp_path, "dup.ts", text) == [(2, 18, "/inputData/Flow.a"), (3, 16, "/flowId")]


def test_javascript_spreads_and_computed_keys_are_no_repeats(tmp_path: Path) -> None:
    text = (f"const base = {{ flowId: '{UUID}', name: 'a' }};\n"
            f"const body = {{ ...base, flowId: '{UUID}', [k]: 1, [k]: 2, name: 'b', get x() {{ return 1; }}, set x(v) {{}} }};\n"
            f"await axios.post('{API}', body);\n")
    assert repeats(tmp_path, "ok.js", text) == []


def test_no_fix_is_offered(tmp_path: Path) -> None:
    # Removing the earlier member would change nothing sent, and would throw away the value its author most likely
    # meant (the later one is typically a leftover); its expression may also do something when run. The author
    # decides: --fix leaves the file as it is.
    path = tmp_path / "dup.js"
    text = f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: '{UUID}', name: 'a', name: 'b' }}) }});\n"
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert "FL002" in result.output, result.output
    assert path.read_text(encoding="utf-8") == text


def test_python_keys_json_writes_alike_are_two_keys_to_python(tmp_path: Path) -> None:
    # {1: …, "1": …} holds two keys (json.dumps writes both): no "Python keeps only the last"; {1: …, 0x1: …} is one.
    text = ("import requests\n"
            f'requests.post("{API}", json={{"flowId": "{UUID}", "inputData": {{1: "a", "1": "b", 2: "c", 0x2: "d"}}}})\n')
    assert repeats(tmp_path, "keys.py", text) == [(*at(text, 2, '2: "c"'), "/inputData/2")]
