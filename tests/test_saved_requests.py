"""A request saved as JSON (method, url, headers, body) is read as a request: its body checked where it is written,
its method and headers as a request's (it was judged as a body in an envelope: FL101 on `method` and `body`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, counted_calls, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def found(*args: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", *args)


def codes(said: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in said if d["code"] != "FL200"]


pytestmark = pytest.mark.usefixtures("in_tmp")


COOKIE = "session=abcdef0123456789"
MASKED = '"Cookie": "************************"'  # the header shown, its value starred


def on_one_line(body: Any) -> str:
    """A saved request on one line: an excerpt of any finding in it shows its Cookie header (masked)."""
    return json.dumps({"method": "POST", "url": API, "headers": {"Cookie": COOKIE}, "body": body}) + "\n"


def saved(body: Any, **request: Any) -> str:
    return json.dumps({"method": "POST", "url": API, "headers": {"Authorization": "Bearer {{token}}",
                                                                 "Content-Type": "application/json"},
                       "body": body, **request}, indent=2) + "\n"


def test_a_saved_request_with_a_good_body_passes(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text(saved({"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}))
    assert codes(found("launch.json")) == []
    # reached: the same file with a wrong member in its body is judged, at the body's member
    (tmp_path / "launch.json").write_text(saved({"flowId": UUID, "inputs": {"Flow.customerName": "Ann"}}))
    said = [d for d in found("launch.json") if d["code"] != "FL200"]
    assert [(d["code"], d["line"]) for d in said] == [("FL101", 10)]


def test_its_method_and_headers_are_judged_as_a_request_s_and_a_string_body_is_read(tmp_path: Path) -> None:
    body = json.dumps({"flowID": UUID})
    (tmp_path / "fixture.json").write_text(json.dumps({
        "request": {"method": "GET", "url": "{{host}}/api/v2/flows/executions",
                    "headers": [{"name": "Content-Type", "value": "text/plain"}], "body": body},
        "response": {"status": 400}}, indent=2))
    said = found("fixture.json")
    assert sorted(codes(said)) == ["FL102", "FL301", "FL303"]
    method = next(d for d in said if d["code"] == "FL301")
    assert method["line"] == 3 and 'write "method": "POST"' in method["help"]


def test_its_body_is_fixed_where_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "launch.json"
    path.write_text(saved({"flowId": UUID, "inputData": {"customerName": "Ann"}}))
    flowlint("check", "--no-cache", "--fix", "launch.json")
    assert json.loads(path.read_text())["body"] == {"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}
    assert json.loads(path.read_text())["method"] == "POST"


def test_a_saved_request_to_another_endpoint_is_no_launch(tmp_path: Path) -> None:
    (tmp_path / "queue.json").write_text(json.dumps({"method": "POST", "url": "https://api.mypurecloud.com/api/v2/routing/queues",
                                                     "body": {"name": "Support", "flowId": UUID}}))
    said = found("queue.json")
    assert codes(said) == ["FL012"] and "saved request" in said[0]["message"]
    assert codes(found(".")) == []  # walked: passed in silence


def test_a_body_with_stray_request_members_is_still_a_body(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text(json.dumps({"flowId": UUID, "url": API, "method": "POST"}))
    assert sorted(codes(found("body.json"))) == ["FL101", "FL102"]


def test_an_axios_config_s_base_url_is_the_host_and_its_body_is_shown_unmasked(tmp_path: Path) -> None:
    config = {"method": "post", "url": "/api/v2/flows/executions", "baseURL": "https://myorg.mypurecloud.com",
              "headers": {"Authorization": "Bearer {{token}}"}, "data": {"flowId": UUID, "inputData": {"customerName": "Ann"}}}
    (tmp_path / "launch.json").write_text(json.dumps(config, indent=2))
    assert sorted(codes(found("launch.json"))) == ["FL203", "FL302"]
    shown = flowlint("check", "--no-cache", "--no-color", "launch.json").stdout
    assert f'"flowId": "{UUID}"' in shown and '"https://myorg.mypurecloud.com"' in shown  # the body and host, as written
    assert "{{token}}" not in shown  # header values are not shown


def test_a_recorded_response_is_no_request(tmp_path: Path) -> None:
    reply = {"message": "bad request", "code": "bad.request", "status": 400}
    (tmp_path / "resp.json").write_text(json.dumps({"url": API, "statusCode": 400, "headers": {"content-type": "application/json"},
                                                    "body": reply}))
    said = found("resp.json")
    assert codes(said) == ["FL012"] and "recorded response" in said[0]["message"]
    assert codes(found(".")) == []  # walked: passed in silence
    # reached: with a method it is a request, and its body is judged
    (tmp_path / "resp.json").write_text(json.dumps({"method": "POST", "url": API, "body": reply}))
    assert "FL103" in codes(found("resp.json"))


@pytest.mark.parametrize("body_key, wrapper", [
    ("body", {"mode": "raw", "raw": json.dumps({"flowId": "nope", "inputData": {}})}),  # a Postman item's
    ("body", {"mimeType": "application/json", "text": json.dumps({"flowId": "nope"})}),  # an Insomnia request's
    ("postData", {"mimeType": "application/json", "text": json.dumps({"flowId": "nope"})}),  # a HAR entry's
])
def test_a_client_s_body_wrapper_is_read_for_the_text_it_carries(tmp_path: Path, body_key: str, wrapper: Any) -> None:
    (tmp_path / "item.json").write_text(json.dumps({"request": {"method": "POST", "url": API, "header": [
        {"key": "Content-Type", "value": "application/json"}], body_key: wrapper}, "response": []}))
    said = found("item.json")
    assert codes(said) == ["FL104"] and '"nope"' in said[0]["message"]


def test_a_relative_url_is_joined_to_the_base_url_as_axios_does(tmp_path: Path) -> None:
    config = {"method": "post", "baseURL": "https://myorg.mypurecloud.com/", "url": "api/v2/flows/executions",
              "data": {"flowId": UUID}}
    (tmp_path / "launch.json").write_text(json.dumps(config, indent=2))
    said = found("launch.json")
    assert codes(said) == ["FL302"] and said[0]["line"] == 3  # at the baseURL


@pytest.mark.parametrize("body", [None, ""])
def test_a_body_written_as_null_or_empty_is_a_launch_without_a_body(tmp_path: Path, body: Any) -> None:
    (tmp_path / "launch.json").write_text(saved(body))
    said = found("launch.json")
    assert codes(said) == ["FL103"] and "sends no body" in said[0]["message"]


def test_an_object_body_under_a_written_non_json_content_type_is_said(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text(saved({"flowId": UUID}, headers={"Content-Type": "text/plain"}))
    said = found("launch.json")
    assert codes(said) == ["FL303"] and said[0]["line"] == 5  # at the header
    (tmp_path / "launch.json").write_text(saved({"flowId": UUID}, headers={"Content-Type": "application/json; charset=utf-8"}))
    assert codes(found("launch.json")) == []


def test_header_values_are_masked_on_a_line_with_a_finding(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_text(json.dumps({
        "method": "POST", "url": API, "headers": {"Content-Type": "text/plain", "Cookie": "session=abcdef0123456789"},
        "body": json.dumps({"flowId": UUID})}) + "\n")
    shown = flowlint("check", "--no-cache", "--no-color", "launch.json").stdout
    assert "FL303" in shown and '"Cookie": "' in shown  # reached: the headers line is shown
    assert "session=" not in shown and "abcdef0123456789" not in shown


def test_a_broken_saved_request_gets_its_syntax_error_never_judged_as_a_body(tmp_path: Path) -> None:
    broken = (f'{{\n  "method": "POST",\n  "url": "{API}", "headers": {{"Cookie": "{COOKIE}"}},\n'
              f'  "body": 1,\n  "x": {{"flowId": "{UUID}"}},\n}}\n')  # a trailing comma: no JSON
    (tmp_path / "launch.json").write_text(broken)
    said = found("launch.json")
    assert codes(said) == ["FL001"] and said[0]["line"] == 5  # the comma's line
    shown = flowlint("check", "--no-cache", "--no-color", "launch.json").stdout
    assert "session=" not in shown
    result = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", "launch.json")
    assert "fixed 1 finding" in result.stdout and "session=" not in result.stdout
    assert (tmp_path / "launch.json").read_text() == broken.replace("},\n}", "}\n}")  # only the comma: still a request


def test_a_saved_request_in_utf_16_is_read_as_one(tmp_path: Path) -> None:
    (tmp_path / "launch.json").write_bytes(on_one_line({"flowId": "nope"}).encode("utf-16"))
    assert codes(found("launch.json")) == ["FL104"]
    shown = flowlint("check", "--no-cache", "--no-color", "launch.json").stdout
    assert MASKED in shown and "session=" not in shown  # reached: FL104's excerpt shows the header line


def test_a_url_whose_slashes_are_escaped_is_read_decoded(tmp_path: Path) -> None:
    url = "https://myorg.mypurecloud.com/api/v2/flows/executions"
    (tmp_path / "launch.json").write_text(json.dumps({"method": "POST", "url": url, "body": {"flowId": UUID}}).replace("/", "\\/"))
    assert codes(found("launch.json")) == ["FL302"]
    har = {"log": {"entries": [{"request": {"method": "POST", "url": url, "headers": [],
                                            "postData": {"mimeType": "application/json", "text": json.dumps({"flowId": UUID})}}}]}}
    (tmp_path / "launch.har").write_text(json.dumps(har).replace("/", "\\/"))
    assert codes(found("launch.har")) == ["FL302"]


def test_a_list_of_saved_requests_is_read_as_requests(tmp_path: Path) -> None:
    one = {"method": "POST", "url": API, "headers": {"Cookie": "session=abcdef0123456789"}, "body": {"flowId": UUID}}
    (tmp_path / "requests.json").write_text(json.dumps([one, {**one, "body": {"flowId": "nope"}}]))
    said = found("requests.json")
    assert codes(said) == ["FL104"]  # the second's, not "the body is an array"
    shown = flowlint("check", "--no-cache", "--no-color", "requests.json").stdout
    assert MASKED in shown and "session=" not in shown


def test_a_request_saved_as_yaml_is_read_as_a_request_never_judged_as_a_body(tmp_path: Path) -> None:
    (tmp_path / "launch.yaml").write_text(f"method: POST\nurl: {API}\nheaders:\n  Cookie: session=abcdef0123456789\n"
                                          f"body:\n  flowId: {UUID}\n  inputData:\n    contactId: x\n")
    said = found("launch.yaml")
    assert codes(said) == ["FL203"] and said[-1]["line"] == 8  # the input, where the YAML writes it
    assert codes(found(".")) == ["FL203"]


UNKNOWN = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"  # no contract: the envelope alone is judged
YAML_REQUEST = ("method: POST\nurl: {url}\nheaders:\n  Content-Type: application/json  # sent as JSON\n"
                "body:\n{body}")


@pytest.mark.parametrize(("url", "body", "fixed"), [
    (API, f"  flowId: {UNKNOWN}\n  type: flow\n  flow_version: \"1.0\"\n  inputData:\n    x: 1\n",
     f"  flowId: {UNKNOWN}\n  flowVersion: \"1.0\"\n  inputData:\n    Flow.x: 1\n"),
    (API.replace("/executions", f"/{UNKNOWN}/executions"), "  inputData:\n    Flow.x: 1\n",  # FL106: URL and body
     f'  inputData:\n    Flow.x: 1\n  flowId: "{UNKNOWN}"\n'),
    (API, f'  {{"flowId": "{UNKNOWN}", "type": "flow", "inputData": {{"x": 1}}}}\n',  # a flow mapping
     f'  {{"flowId": "{UNKNOWN}", "inputData": {{"Flow.x": 1}}}}\n'),
])
def test_a_yaml_saved_request_s_mapping_body_is_fixed_where_the_yaml_writes_it(tmp_path: Path, url: str, body: str,
                                                                                fixed: str) -> None:
    (tmp_path / "launch.yaml").write_text(YAML_REQUEST.format(url=url, body=body))
    said = found("launch.yaml")
    fixes = [d["fix"] for d in said if d["code"] not in ("FL200", "FL103")]  # (FL103: FL106's fix adds the flowId)
    assert fixes and all(fix is not None and fix["edits"] for fix in fixes), said  # fixes, not help: edits in the file
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "launch.yaml").exit_code == 0
    assert (tmp_path / "launch.yaml").read_text() == YAML_REQUEST.format(url=API, body=fixed)  # the comment kept


def test_a_yaml_body_fix_keeps_the_comment_of_the_member_it_removes(tmp_path: Path) -> None:
    # (the removal once dropped the comment, so the fix was help only; the comment now stays on a line of its own)
    text = YAML_REQUEST.format(url=API, body=f"  flowId: {UNKNOWN}\n  type: flow  # the old envelope\n")
    (tmp_path / "launch.yaml").write_text(text)
    said = found("launch.yaml")
    assert [d["fix"]["message"] for d in said if d["code"] == "FL101"] == ["remove `type`"], said
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "launch.yaml")
    assert (tmp_path / "launch.yaml").read_text() == text.replace("  type: flow  # the old envelope", "  # the old envelope")


@pytest.mark.parametrize("text", [
    f"defaults: &d\n  region: eu\nmethod: POST\nurl: {API}\nquery: *d\nbody:\n  flowId: {UNKNOWN}\n  inputData: *d\n",
    f"method: POST\nurl: {API}\nbody: &b\n  flowId: {UNKNOWN}\n  inputData: {{region: eu}}\nsaved: *b\n",
])
def test_a_yaml_body_fix_through_an_anchor_or_alias_is_help_only(tmp_path: Path, text: str) -> None:
    (tmp_path / "launch.yaml").write_text(text)
    said = found("launch.yaml")
    # reached: the input's missing prefix is said, and only said (its rename would edit the node the query shares)
    assert [(d["code"], d["fix"], d["help"]) for d in said if d["code"] == "FL203"] == [
        ("FL203", None, "rename it `Flow.region`")], said
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "launch.yaml")
    assert (tmp_path / "launch.yaml").read_text() == text


def test_a_yaml_body_is_told_how_yaml_typed_it_and_its_fix_keeps_the_scalar_as_written(tmp_path: Path) -> None:
    # customerName is a String: YAML 1.1 reads `on` as true; the author wrote on, which a YAML 1.2 sender sends as "on"
    text = YAML_REQUEST.format(url=API, body=f"  flowId: {UUID}\n  inputData:\n    Flow.customerName: on\n    Flow.n: 010\n")
    (tmp_path / "launch.yaml").write_text(text)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{UUID}.json").write_text(json.dumps({"flowId": UUID, "flowName": "F", "flowType": "WORKFLOW",
        "inputSchema": {"type": "object", "properties": {"Flow.customerName": {"type": "string"}, "Flow.n": {"type": "integer"}}}}))
    said = {d["code"]: d for d in found("--contracts", "store", "launch.yaml")}
    assert "unquoted on is the boolean true to YAML 1.1 readers" in said["FL204"]["message"], said
    assert said["FL204"]["fix"]["message"] == 'quote it: on → "on"', said
    assert "unquoted 010 is the octal number 8 to YAML 1.1 readers" in said["FL006"]["message"], said  # the note, as a payload's
    flowlint("check", "--no-cache", "--contracts", "store", "--fix", "launch.yaml")
    assert (tmp_path / "launch.yaml").read_text() == text.replace("Flow.customerName: on", 'Flow.customerName: "on"')
    # Read as YAML 1.2 (the yaml-version setting, as a payload is): on is the text, a String: only the note
    (tmp_path / "launch.yaml").write_text(text)
    lines = [d for d in found("--contracts", "store", "--yaml-version", "1.2", "launch.yaml") if d["line"] == 8]
    assert [d["code"] for d in lines] == ["FL006"] and "checked as YAML 1.2" in lines[0]["message"], lines


def test_a_saved_request_on_stdin_is_read_as_one(tmp_path: Path) -> None:
    text = on_one_line({"flowId": "nope"})
    result = flowlint("check", "--no-cache", "--no-color", "--format", "json", "-", input=text)
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL104"]
    shown = flowlint("check", "--no-cache", "--no-color", "-", input=text).stdout
    assert MASKED in shown and "session=" not in shown


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_list_of_saved_requests_on_stdin_is_read_as_requests(encoding: str) -> None:
    one = json.loads(on_one_line({"flowId": UUID}))
    data = json.dumps([one, {**one, "body": {"flowId": "nope"}}]).encode(encoding)
    result = flowlint("check", "--no-cache", "--format", "json", "-", input=data)
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL104"]  # the second's, not "the body is an array"
    shown = flowlint("check", "--no-cache", "--no-color", "-", input=data).stdout
    assert MASKED in shown and "session=" not in shown


def test_a_saved_request_in_utf_16_on_stdin_is_read_as_one() -> None:
    data = on_one_line({"flowId": "nope"}).encode("utf-16")
    result = flowlint("check", "--no-cache", "--format", "json", "-", input=data)
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL104"]  # not FL101/FL102 on its members
    shown = flowlint("check", "--no-cache", "--no-color", "-", input=data).stdout
    assert MASKED in shown and "session=" not in shown


def test_a_yaml_saved_request_s_mask_reads_the_yaml_its_requests_were_read_from(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker.launches import load_source
    from validator.run import masking
    from validator.sources import yaml_source
    from validator.sources.document import DEFAULT_LIMITS

    text = f"method: POST\nurl: {API}\nheaders:\n  Cookie: session=abcdef0123456789\nbody:\n  flowId: {UUID}\n"
    documents = load_source("saved-request", text.encode(), "launch.yaml", DEFAULT_LIMITS)
    parses = counted_calls(monkeypatch, yaml_source, "parse")
    masked = masking.mask_of(documents, "saved-request", text).text(text)
    assert "Cookie: " + "*" * len("session=abcdef0123456789") in masked and f"flowId: {UUID}" in masked, masked
    assert not parses  # (not parsed again)
