"""FL303 where a client serializes JSON but a Content-Type written beside it says otherwise (the given header wins
over the one the client sets), and where aiohttp sends a string data= as text/plain. Only a literal header is judged."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY_PY = f'{{"flowId": "{UUID}"}}'
BODY_JS = f"{{ flowId: '{UUID}' }}"


def content_type(found: list[dict[str, object]]) -> list[dict[str, object]]:
    return [d for d in found if d["code"] == "FL303"]


def read(found: list[dict[str, object]]) -> bool:
    """Whether the launch was read: its flow's contract judged its inputs (FL201: the required one is missing)."""
    return any(d["code"] == "FL201" for d in found)


def test_requests_and_httpx_json_beside_a_text_type(tmp_path: Path) -> None:
    for line in (f'requests.post(U, json={BODY_PY}, headers={{"Content-Type": "text/plain"}})',
                 f'httpx.post(U, json={BODY_PY}, headers={{"content-type": "application/x-www-form-urlencoded"}})',
                 f'requests.post(U, headers={{"CONTENT-TYPE": "text/plain"}}, json={BODY_PY})'):
        text = f'import httpx\nimport requests\n\nU = "{API}"\n{line}\n'
        [found] = content_type(check_file(tmp_path, "a.py", text))
        assert "json= sends the body as JSON" in str(found["message"]), line
        assert found["line"] == 5 and found["fix"]["applicability"] == "safe", line  # type: ignore[index]


def test_a_json_type_or_an_unknown_one_is_never_judged(tmp_path: Path) -> None:
    for value in ('"application/json; charset=utf-8"', '"application/vnd.genesys+json"', '"Application/JSON"', "CT",
                  'f"{get_kind()}/plain"', '""'):
        text = (f'import requests\n\nCT = get_type()\nkind = "text"\n'
                f'requests.post("{API}", json={BODY_PY}, headers={{"Content-Type": {value}}})\n')
        found = check_file(tmp_path, "a.py", text)
        assert read(found), value  # the launch was read
        assert content_type(found) == [], value


def test_a_shared_headers_object_is_judged_but_not_edited(tmp_path: Path) -> None:
    text = (f'import httpx\n\nclient = httpx.Client(headers={{"Content-Type": "text/plain"}})\n'
            f'client.post("{API}", json={BODY_PY})\n')
    [found] = content_type(check_file(tmp_path, "a.py", text))
    assert found["line"] == 3 and found["fix"] is None
    assert "drop the Content-Type header" in str(found["help"])


def test_aiohttp_sends_a_string_data_as_text(tmp_path: Path) -> None:
    launch = f'await s.post("{API}", data=json.dumps({BODY_PY}){{headers}})'
    text = (f"import json\n\nimport aiohttp\n\n\nasync def launch():\n    async with aiohttp.ClientSession() as s:\n"
            f"        {launch}\n")
    [found] = content_type(check_file(tmp_path, "a.py", text.replace("{headers}", "")))
    assert "aiohttp sends a string data= as text/plain" in str(found["message"])
    typed = text.replace("{headers}", ', headers={"Content-Type": "application/json"}')
    found_typed = check_file(tmp_path, "a.py", typed)
    assert read(found_typed) and content_type(found_typed) == []
    # Headers the session's code changes elsewhere are not known: no finding either way.
    touched = text.replace("{headers}", "").replace("as s:\n", 'as s:\n        s.headers.update(CT)\n')
    found_touched = check_file(tmp_path, "a.py", touched)
    assert read(found_touched) and content_type(found_touched) == []


def test_axios_an_object_body_under_a_text_type(tmp_path: Path) -> None:
    head = "const axios = require('axios');\n"
    for call in (f"axios.post('{API}', {BODY_JS}, {{ headers: {{ 'Content-Type': 'text/plain' }} }});",
                 f"axios({{ url: '{API}', method: 'post', data: {BODY_JS}, headers: {{ 'content-type': 'text/plain' }} }});",
                 f"axios.request({{ method: 'POST', url: '{API}', data: {BODY_JS}, headers: {{ 'Content-Type': `text/plain` }} }});"):
        [found] = content_type(check_file(tmp_path, "a.js", head + call + "\n"))
        assert "axios sends an object body as JSON" in str(found["message"]), call
        assert found["fix"]["applicability"] == "safe", call  # type: ignore[index]


def test_axios_headers_not_known_whole_are_not_judged(tmp_path: Path) -> None:
    head = "const axios = require('axios');\nconst api = axios.create({ headers: { Accept: 'application/json' } });\n"
    for call in (f"axios.post('{API}', {BODY_JS}, {{ headers: {{ 'Content-Type': ct }} }});",
                 f"axios.post('{API}', {BODY_JS}, {{ headers: {{ ...base, 'Content-Type': 'application/json' }} }});",
                 f"axios.post('{API}', {BODY_JS}, config);",
                 f"axios.post('{API}', JSON.stringify({BODY_JS}));",  # a string body's type is axios's version's
                 f"api.post('{API}', JSON.stringify({BODY_JS}), {{ headers: {{ 'Content-Type': 'application/json' }} }});"):
        found = check_file(tmp_path, "a.js", head + call + "\n")
        assert read(found), call
        assert content_type(found) == [], call


def test_got_json_option_and_fetch_under_a_text_type(tmp_path: Path) -> None:
    got = (f"const got = require('got');\ngot.post('{API}', {{ json: {BODY_JS}, headers: {{ 'Content-Type': 'text/plain' }} }});\n")
    [found] = content_type(check_file(tmp_path, "a.js", got))
    assert "`json:` sends the body as JSON" in str(found["message"])
    fetch = (f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'text/plain' }}, "
             f"body: JSON.stringify({BODY_JS}) }});\n")
    [found] = content_type(check_file(tmp_path, "a.ts", fetch))
    assert found["fix"]["applicability"] == "safe"  # type: ignore[index]


def test_the_fix_makes_the_header_json_and_leaves_the_body(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        f'import requests\n\nrequests.post("{API}", json={BODY_PY}, headers={{"Content-Type": "text/plain"}})\n', encoding="utf-8")
    (tmp_path / "a.js").write_text(
        f"const axios = require('axios');\naxios.post('{API}', {BODY_JS}, {{ headers: {{ 'Content-Type': \"text/plain\" }} }});\n",
        encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", str(tmp_path / "a.py"), str(tmp_path / "a.js"))
    assert "fixed 2" in result.output, result.output
    assert (tmp_path / "a.py").read_text(encoding="utf-8").endswith(
        f'json={BODY_PY}, headers={{"Content-Type": "application/json"}})\n')
    assert (tmp_path / "a.js").read_text(encoding="utf-8").endswith(
        f"{BODY_JS}, {{ headers: {{ 'Content-Type': \"application/json\" }} }});\n")
    again = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "a.py"), str(tmp_path / "a.js"))
    assert "FL303" not in again.stdout and "FL201" in again.stdout
