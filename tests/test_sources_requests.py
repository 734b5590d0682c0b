"""Launch requests in request files: .http/.rest, curl in shell scripts and Markdown, Postman, HAR."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, check_file, codes, flowlint
from test_sources_javascript import at

API = "https://api.mypurecloud.com/api/v2/flows/executions"
SEED_KINDS = ["seed-fetch.js", "seed-axios.ts", "seed-requests.py", "seed-httpx.py", "seed.http", "seed-curl.sh",
              "seed-readme.md", "seed.postman_collection.json", "seed.har"]


def report(name: str) -> list[dict[str, Any]]:
    return json.loads(flowlint("check", "--format", "json", f"fixtures/invalid/{name}").stdout)["diagnostics"]  # type: ignore[no-any-return]


def test_the_seed_body_is_found_and_checked_in_every_kind() -> None:
    for name in SEED_KINDS:
        found = report(name)
        assert [d["pointer"] for d in found if d["code"] == "FL101"][:2] == ["/type", "/configuration"], name
        text = (ROOT / "fixtures/invalid" / name).read_text(encoding="utf-8").splitlines()
        for d in found:  # every finding points into the file, at the key it names
            if d["pointer"] in ("/type", "/configuration"):
                key = d["pointer"][1:]
                assert text[d["line"] - 1][d["column"] - 1:].lstrip('\\"').startswith(key), (name, d)


def test_http_file_variables_requests_and_positions(tmp_path: Path) -> None:
    found = report("seed.http")
    assert at(found, "FL106") == [(5, 6, None)] and at(found, "FL302") == [(5, 6, None)]
    text = ("@flow = 00000000-0000-4000-8000-000000000000\n\n"
            f"GET {API}\nContent-Type: application/json\n\n{{\"flowId\": \"{{{{flow}}}}\"}}\n\n###\n\n"
            f"POST {API}\n\n{{\"flowId\": \"{{{{unknownVar}}}}\", \"inputData\": {{{{inputs}}}}}}\n\n"
            "### status\nGET https://api.mypurecloud.com/api/v2/flows/executions/{{executionId}}\n")
    found = check_file(tmp_path, "launch.rest", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL301", 3), ("FL200", 6), ("FL303", 12)]


def test_curl_options_forms_and_continuations(tmp_path: Path) -> None:
    text = (f"curl -G {API} -H 'Content-Type: application/json' -d '{{\"flowId\": \"x\"}}'\n"
            f"curl {API} --json \"{{\\\"flowId\\\": \\\"$ID\\\", \\\"inputs\\\": {{}}}}\"  # sets the content type\n"
            f"curl -XPOST {API} -F flowId=x\n"
            f"FLOW=1 curl --url {API} \\\n  --data-binary @body.json -H 'Content-Type: application/json'\n"
            f"curl -s https://example.com/other -d '{{\"type\": 1}}'\n")
    found = check_file(tmp_path, "launch.sh", text)
    # (line 5's body file is found nowhere: said, FL011)
    assert [(d["code"], d["line"]) for d in found] == [("FL301", 1), ("FL104", 1), ("FL101", 2), ("FL304", 3), ("FL011", 5)]


def test_markdown_reads_only_shell_blocks() -> None:
    found = report("seed-readme.md")
    assert {d["line"] for d in found} <= {6, 8}
    assert "FL303" in codes(found)


def test_postman_collection_variables_auth_and_exact_positions(tmp_path: Path) -> None:
    found = report("seed.postman_collection.json")
    assert at(found, "FL302") == [(31, 22, None)]
    assert at(found, "FL101") == [(23, 28, "/type"), (23, 51, "/configuration")]
    collection = {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
                  "item": [{"request": {"method": "POST", "url": API,
                                        "auth": {"type": "bearer", "bearer": {"token": "eyJhbGciOiJIUzI1NiJ9abcdefghijklmnop"}},
                                        "body": {"mode": "raw", "raw": "{\"flowId\": \"{{id}}\", \"type\": 1}"}}}]}
    found = check_file(tmp_path, "flows.json", json.dumps(collection))
    assert sorted(codes(found)) == ["FL101", "FL303", "FL305"]
    assert "eyJhbGciOiJIUzI1NiJ9abcdefghijklmnop" not in flowlint("check", str(tmp_path / "flows.json")).stdout


@pytest.mark.usefixtures("in_tmp")  # no project config, no contract: the fixes as the reviewer's copy got them
def test_a_request_file_s_fixes_keep_the_body_s_layout(tmp_path: Path) -> None:
    """The two FL101 fixes (remove `type`, move `configuration`) edit only what differs, so they do not overlap and
    --fix takes both in one pass, keeping the author's layout (an edit widened to the comma before `configuration`
    overlapped the removal of `type`, and the next pass rewrote the Postman body on one line)."""
    for name in ("seed.postman_collection.json", "seed.har"):
        (tmp_path / name).write_text((ROOT / "fixtures/invalid" / name).read_text(encoding="utf-8"), encoding="utf-8")
        found = json.loads(flowlint("check", "--no-cache", "--format", "json", name).stdout)["diagnostics"]
        fixes = [d["fix"] for d in found if d["code"] == "FL101"]
        edits = sorted((e["line"], e["column"], e["end_line"], e["end_column"]) for fix in fixes for e in fix["edits"])
        assert len(fixes) == 2 and all(fix["edits"] for fix in fixes), name  # reached: both fixes have edits
        assert all(one[2:] <= other[:2] for one, other in itertools.pairwise(edits)), (name, edits)  # none overlaps
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", ".").exit_code == 1  # FL302 stays
    written = json.loads((tmp_path / "seed.postman_collection.json").read_text(encoding="utf-8"))
    assert written["item"][0]["item"][0]["request"]["body"]["raw"] == (  # (the inputs' text and layout carried)
        '{\n  "flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90",\n  "inputData": {\n    "Flow.contactId": "c-81f2"\n  }\n}')


def test_a_collection_without_a_launch_is_not_a_payload(tmp_path: Path) -> None:
    collection = {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [{"request": {"method": "GET", "url": "https://example.com"}}]}
    assert check_file(tmp_path, "other.postman_collection.json", json.dumps(collection)) == []


def test_har_entries_and_what_the_platform_answered() -> None:
    found = report("seed.har")
    note = next(d for d in found if d["code"] == "FL306")
    assert note["severity"] == "info" and note["pointer"] is None
    assert "Invalid request body" in note["message"] and "2f6d7c1a-93b4-4a8e-b0de-5c2f1e7a9d34" in note["message"]
    assert len([d for d in found if d["severity"] == "error"]) == 2  # `type`, `configuration`; not the page load


def test_broken_request_files_never_crash(tmp_path: Path) -> None:
    # Each broken file, then the same file with a good launch beside the broken part: the launch's finding (FL101,
    # `type` is no launch key) proves that kind's reader ran, and walked past the breakage; no FL900 anywhere.
    body = '{"flowId": "x", "type": 1}'
    curl = f"curl -X POST {API} -H 'Content-Type: application/json' -d '{body}'\n"
    entry = {"request": {"method": "POST", "url": API, "postData": {"mimeType": "application/json", "text": body}}}
    item = {"request": {"method": "POST", "url": API, "header": [{"key": "Content-Type", "value": "application/json"}],
                        "body": {"mode": "raw", "raw": body}}}
    for name, text, with_a_launch in [
            ("a.har", '{"log": {"entries": [1, {"request": {"url": 5}}]}}',
             json.dumps({"log": {"entries": [1, {"request": {"url": 5}}, entry]}})),
            ("b.har", "not json", json.dumps({"log": {"entries": [entry]}})),  # the reader is on: "not json" reached it
            ("c.http", f"POST {API}\nContent-Type: application/json\n\n{{\"flowId\": \n",
             f"POST {API}\nContent-Type: application/json\n\n{{\"flowId\": \n\n###\nPOST {API}\n"
             f"Content-Type: application/json\n\n{body}\n"),
            ("d.sh", "curl '" + API + " -d '{\"a\"", curl + "curl '" + API + " -d '{\"a\""),
            ("e.md", "```sh\ncurl " + API + " -d '{'\n", f"```sh\n{curl}```\n\n```sh\ncurl {API} -d '{{'\n"),
            ("f.postman_collection.json", '{"item": [{"request": {"url": {"raw": 3}}}]}',
             json.dumps({"item": [{"request": {"url": {"raw": 3}}}, item]}))]:
        found = check_file(tmp_path, name, text)
        assert "FL900" not in codes(found), (name, found)
        found = check_file(tmp_path, "launch-" + name, with_a_launch)
        assert "FL900" not in codes(found) and "FL101" in codes(found), (name, found)  # reached
    assert codes(check_file(tmp_path, "g.http", f"POST {API}\nContent-Type: application/json\n\n{{\"flowId\": \n")) == ["FL001"]


def test_a_token_recorded_in_a_har_is_a_warning_and_masked(tmp_path: Path) -> None:
    token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Zmxvd2xpbnQ"
    har = {"log": {"entries": [{"request": {"method": "POST", "url": API, "headers": [
        {"name": "Authorization", "value": f"Bearer {token}"}, {"name": "Content-Type", "value": "application/json"}],
        "postData": {"mimeType": "application/json", "text": "{\"flowId\": \"x\"}"}}, "response": {"status": 202}}]}}
    path = tmp_path / "session.har"
    path.write_text(json.dumps(har, indent=1))
    result = flowlint("check", str(path))
    assert "FL305" in result.stdout and "FL104" in result.stdout
    assert token not in result.stdout and "*****" in result.stdout


def test_client_secrets_written_in_code_and_scripts_are_warned_about_and_never_printed(tmp_path: Path) -> None:
    secret = "Zk3vQ9pL2mX8rT5wB7nC1dF4gH6jK0sA"
    launch_js = (f"fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
                 "body: JSON.stringify({flowId: id})});\n")
    files = {
        "a.js": f"const CLIENT_SECRET = '{secret}';\nconst other = {{clientSecret: 'your-client-secret'}};\n{launch_js}",
        "b.py": f"client_secret = \"{secret}\"\nrequests.post('{API}', json={{'flowId': fid}})\n",
        "c.sh": f"export GENESYSCLOUD_OAUTHCLIENT_SECRET={secret}\ncurl --json \"{{\\\"flowId\\\": \\\"$ID\\\"}}\" {API}\n",
        "d.js": f"const CLIENT_SECRET = '{secret}';\n",  # no launch: not read at all
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    for fmt in ("text", "json"):
        result = flowlint("check", "--format", fmt, str(tmp_path))
        assert result.exit_code == 0 and secret not in result.stdout
    found = json.loads(flowlint("check", "--format", "json", str(tmp_path)).stdout)["diagnostics"]
    assert sorted((Path(d["file"]).name, d["code"], d["line"]) for d in found) == [
        ("a.js", "FL305", 1), ("b.py", "FL305", 1), ("c.sh", "FL305", 1)]


def test_a_postman_url_written_as_parts(tmp_path: Path) -> None:
    collection = {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [{"request": {"method": "POST", "url": {"protocol": "https", "host": ["myorg", "mypurecloud", "com"],
                                                                  "path": ["api", "v2", "flows", "executions"]},
                                        "body": {"mode": "raw", "raw": "{\"flowId\": \"{{id}}\"}",
                                                 "options": {"raw": {"language": "json"}}}}}]}
    assert codes(check_file(tmp_path, "c.postman_collection.json", json.dumps(collection))) == ["FL302"]


def test_headers_from_a_file_a_variable_or_a_later_update_are_not_judged(tmp_path: Path) -> None:
    data = "-d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputData\": {\"Flow.customerName\": \"A\"}}'"
    script = f"curl -H @headers.txt {data} {API}\ncurl -H \"$CONTENT_TYPE\" {data} {API}\ncurl -K launch.curlrc {data} {API}\n"
    assert check_file(tmp_path, "a.sh", script) == []
    code = ("import httpx, json\nclient = httpx.Client(base_url='https://api.mypurecloud.com')\n"
            "client.headers.update({'Content-Type': 'application/json'})\n"
            "client.post('/api/v2/flows/executions', content=json.dumps({'flowId': fid}))\n")
    assert check_file(tmp_path, "b.py", code) == []
    assert codes(check_file(tmp_path, "c.py", code.replace("client.headers.update", "print"))) == ["FL303"]
