"""Defects found by trying flowlint on realistic service repositories as a new user would, one test each."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from validator.sources.candidates import broken_json_key_depth

from conftest import UUID, UUID2, counted_calls, flowlint

#: A service's flow registry: a name per flow, each entry with its own flow ID (no launch body).
FLOW_REGISTRY_JSON = json.dumps({
    "followUp": {"flowId": UUID, "flowVersion": "3.0"},
    "timeOff": {"flowId": UUID2},
}, indent=2) + "\n"
FLOW_REGISTRY_YAML = f"""# flows the batch job launches
followUp:
  flowId: {UUID}
  flowVersion: 3.0
timeOff:
  flow_id: {UUID2}
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "package.json").write_text('{"name": "svc", "version": "1.0.0"}\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def found(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_flow_registry_is_no_launch_body_walked_or_named(repo: Path) -> None:
    files = {"config/flows.json": FLOW_REGISTRY_JSON, "deploy/flows.yaml": FLOW_REGISTRY_YAML}
    for relative, text in files.items():
        write(repo, relative, text)
    write(repo, "payloads/launch.json", json.dumps({"flowId": UUID, "type": "flow"}))  # the walk reaches real bodies
    status, walked = found(".")
    assert status == 1 and {d["file"] for d in walked} == {"payloads/launch.json"}
    status, named = found(*files)
    assert status == 0 and [d["code"] for d in named] == ["FL012", "FL012"]
    assert all("config file" in d["message"] for d in named)
    flowlint("check", "--fix", "--unsafe-fixes", ".")
    assert {relative: (repo / relative).read_text() for relative in files} == files


def test_a_body_in_an_envelope_beside_its_inputs_is_still_a_payload(repo: Path) -> None:
    write(repo, "payloads/seed.json", json.dumps({"configuration": {"flowId": UUID}, "data": {"Flow.orderCount": 1}}))
    status, walked = found(".")
    assert status == 1 and "FL101" in {d["code"] for d in walked}


#: A saved conversation transcript (a Genesys API response), hand-edited: a trailing comma and a lost one.
BROKEN_TRANSCRIPT = f"""{{
  "conversationId": "0a1b2c3d-0000-4000-8000-00000000c0de",
  "transcripts": [
    {{"phrases": [{{"text": "hello", "stability": 1}},]}}
    {{"phrases": []}}
  ],
  "participants": [
    {{"participantPurpose": "ivr", "flowId": "{UUID}"}}
  ]
}}
"""


def test_a_broken_walked_json_whose_flow_id_sits_deep_is_no_payload(repo: Path) -> None:
    write(repo, "samples/transcript.json", BROKEN_TRANSCRIPT)
    write(repo, "payloads/broken.json", '{"flowId": "' + UUID + '", }')  # reached: a broken body is still reported
    status, walked = found(".")
    assert status == 1 and {d["file"] for d in walked} == {"payloads/broken.json"} and "FL001" in {d["code"] for d in walked}
    result = flowlint("check", "--fix", "samples/")
    assert "not applied" not in result.output
    assert (repo / "samples/transcript.json").read_text() == BROKEN_TRANSCRIPT
    # named: judged as walked, a Genesys reply that is no launch gets one note saying where it stops parsing, no FL001
    status, named = found("samples/transcript.json")
    assert status == 0 and [d["code"] for d in named] == ["FL012"] and "does not parse as JSON" in named[0]["message"]


@pytest.mark.parametrize(("text", "depth"), [
    ('{"a": {"b": {"flowId": 1,}}}', "deep"),
    ('{"a": [{"flowId": 1}],}', "deep"),
    ('{"note": "{\\"x\\": {\\"y\\": {", "flowId": 1,}', "shallow"),  # brackets inside a string do not nest
    ('{"configuration": {"flowId": 1,}}', "shallow"),
    ('{"flowId": ', "shallow"),
    ('{"a": {"b": {"c": 1,}}}', "shallow"),  # no launch key seen: judged as a body, as before
    ('[{"a": {"flowId": 1}},]', "shallow"),
])
def test_where_a_broken_json_names_its_flow_id(text: str, depth: str) -> None:
    assert broken_json_key_depth(text) == depth


def test_another_products_workflows_executions_is_not_the_launch_endpoint(repo: Path) -> None:
    write(repo, "src/workflows.ts", "export const list = (api: Api) => api.get('/api/workflows/executions?limit=20');\n")
    engine = 'def run(client, wid):\n    return client.post(f"{BASE}/v1/workflows/executions", json={"workflowId": wid})\n'
    write(repo, "src/engine.py", engine)
    write(repo, "docs/engine.md", "```http\nGET /api/workflows/executions/42\n```\n")
    write(repo, "src/genesys.ts", "export const go = (api: Api) => api.send('/api/v2/flows/executions', {flowId: FLOW_ID});\n")
    status, walked = found(".")
    assert status == 0 and [(d["file"], d["code"]) for d in walked] == [("src/genesys.ts", "FL011")]
    # reached: the same walk reads a real launch in TypeScript and in Python (each gets FL102 for `workflowId`)
    write(repo, "src/launch.ts", "export const go = () => fetch('https://api.mypurecloud.com/api/v2/flows/executions', "
                                 "{method: 'POST', body: JSON.stringify({flowId: FLOW_ID, workflowId: 1})});\n")
    write(repo, "src/launch.py", engine.replace("{BASE}/v1/workflows", "https://api.mypurecloud.com/api/v2/flows")
                                       .replace('{"workflowId"', '{"flowId": wid, "workflowId"'))
    _, walked = found(".")
    assert {(d["file"], d["code"]) for d in walked} >= {("src/launch.ts", "FL102"), ("src/launch.py", "FL102")}, walked


#: A service file saved in Windows-1252 (an accented comment): Node still runs it, flowlint cannot read it as UTF-8.
LATIN1_SERVICE = """// Relance le flux de suivi (créé par l'équipe CX)
export const relaunch = (token, id) => fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
  method: 'POST',
  body: JSON.stringify({ type: 'flow', configuration: { flowId: id } }),
});
""".encode("cp1252")


def test_a_launch_file_that_is_not_utf8_is_said_never_passed_in_silence(repo: Path) -> None:
    path = repo / "src" / "relance.js"
    path.parent.mkdir()
    path.write_bytes(LATIN1_SERVICE)
    (repo / "src" / "other.js").write_bytes("// déjà vu\nexport const x = 1;\n".encode("cp1252"))  # no mention: silent
    status, walked = found(".")
    assert status == 0 and [(d["file"], d["code"], d["line"], d["column"]) for d in walked] == [("src/relance.js", "FL011", 1, 32)]
    assert "not valid UTF-8" in walked[0]["message"] and "UTF-8" in walked[0]["help"]
    flowlint("check", "--fix", "--unsafe-fixes", ".")
    assert path.read_bytes() == LATIN1_SERVICE


def data_action(template: str) -> str:
    """A data action export (as Architect's export writes it) whose request launches a workflow."""
    return json.dumps({
        "name": "Launch callback workflow - Exported 2026-03-02", "integrationType": "purecloud-data-actions",
        "actionType": "custom",
        "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST",
                               "headers": {"Content-Type": "application/json"}, "requestTemplate": template},
                   "response": {"translationMap": {"id": "$.id"}, "successTemplate": "{\"executionId\": ${id}}"}},
        "contract": {"input": {"inputSchema": {"type": "object", "properties": {"flowId": {"type": "string"}}}},
                     "output": {"successSchema": {"type": "object"}}},
    }, indent=2) + "\n"


@pytest.mark.parametrize("template", [
    '{"flowId": "${input.flowId}"#if($input.priority), "inputData": {"Flow.priority": "$input.priority"}#end}',
    '{"flowId": "$input.flowId", "inputData": {#foreach($k in $input.keys)"Flow.$k": "x"#if($foreach.hasNext),#end#end}}',
    '{"flowId": "$input.flowId", "inputData": {"Flow.tags": [#foreach($t in $input.tags)"$t"#if($foreach.hasNext),#end#end]}}',
])
def test_a_velocity_block_ending_right_before_a_closing_bracket_is_json(repo: Path, template: str) -> None:
    write(repo, "actions/Launch-Callback.custom.json", data_action(template))
    write(repo, "actions/Broken.custom.json", data_action(template.replace('"flowId"', '"type": "flow", "flowId"')))
    status, walked = found(".")
    assert status == 1 and [(d["file"], d["code"]) for d in walked] == [("actions/Broken.custom.json", "FL101")]


def test_the_rule_docs_name_only_options_check_has() -> None:
    check_help = flowlint("check", "--help").stdout
    for code in ("FL010", "FL011", "FL012"):
        for option in re.findall(r"`(--[a-z-]+)", flowlint("rule", code).stdout):
            assert option in check_help, (code, option)


def test_a_docs_request_whose_body_follows_the_request_line_is_read_whole(tmp_path: Path) -> None:
    """A blueprint's untagged fence: request line, then the JSON body at once, with a blank line inside it."""
    doc = tmp_path / "index.md"
    doc.write_text("# Launch\n\n```\nPOST /api/v2/flows/executions\n{\n  \"flowId\": \"6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f\",\n\n"
                   "  \"inputData\": {\"Flow.x\": \"1\"},\n  \"flow_version\": \"1.0\"\n}\n```\n")
    found = json.loads(flowlint("check", "--format", "json", str(doc)).stdout)["diagnostics"]
    codes = [(d["code"], d["line"]) for d in found]
    assert ("FL102", 9) in codes, codes  # the body was read, across its blank line
    assert not any(code == "FL001" for code, _ in codes), codes


def summary(*args: str) -> tuple[int, list[tuple[str, str]], dict[str, int]]:
    result = flowlint("check", "--format", "json", *args)
    report = json.loads(result.stdout)
    return result.exit_code, [(d["file"], d["code"]) for d in report["diagnostics"] if d["code"] != "FL200"], report["summary"]


def test_a_file_named_twice_or_walked_and_named_is_checked_once(repo: Path) -> None:
    write(repo, "b.json", json.dumps({"flowId": UUID, "type": "flow"}))
    status, listed, counts = summary("b.json", "./b.json", str(repo / "b.json"))
    assert status == 1 and listed == [("b.json", "FL101")] and counts["files"] == 1 and counts["errors"] == 1
    status, listed, counts = summary(".", "b.json")
    assert status == 1 and listed == [("b.json", "FL101")] and counts["files"] == 2 and counts["errors"] == 1
    # Named as well as walked, it is named: a body the user asked for, offered the unsafe fix a guess never is.
    fixes = [d["fix"] for d in json.loads(flowlint("check", "--format", "json", ".", "b.json").stdout)["diagnostics"]
             if d["code"] == "FL101"]
    assert fixes and fixes[0] is not None and fixes[0]["applicability"] == "unsafe"


def test_a_fifo_a_walk_finds_is_a_note_and_a_named_one_an_error(repo: Path) -> None:
    import os

    write(repo, "payloads/good.json", json.dumps({"flowId": UUID}))
    os.mkfifo(repo / "payloads" / "pipe.json")
    status, listed, counts = summary("payloads")
    assert status == 0 and listed == [("payloads/pipe.json", "FL010")] and counts["files"] == 2
    status, listed, _ = summary("payloads/pipe.json")
    assert status == 1 and listed == [("payloads/pipe.json", "FL007")]
    fixed = flowlint("check", "--fix", "payloads")  # a fix run reads as a check run does
    assert fixed.exit_code == 0 and "FL010" in fixed.stdout and "FL007" not in fixed.stdout


@pytest.mark.parametrize(("flow_id", "variables", "expected"), [
    ('""', None, ["FL104"]),  # written empty: the platform refuses it
    ('"{{flowId}}"', None, []),  # an environment's variable: unknown, never a finding
    ('"{{flowId}}"', [{"key": "flowId", "value": ""}], []),  # a placeholder a pre-request script fills
    ('"{{flowId}}"', [{"key": "flowId", "value": "my-flow"}], ["FL104"]),  # the collection's own value
])
def test_a_postman_flow_id_is_judged_only_when_known(repo: Path, flow_id: str, variables: Any, expected: list[str]) -> None:
    collection: dict[str, Any] = {
        "info": {"name": "launch", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "launch", "request": {
            "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
            "url": {"raw": "https://api.mypurecloud.com/api/v2/flows/executions"},
            "body": {"mode": "raw", "raw": '{"flowId": ' + flow_id + ', "type": "flow"}'}}}]}
    if variables is not None:
        collection["variable"] = variables
    write(repo, "launch.postman_collection.json", json.dumps(collection, indent=2))
    status, listed, counts = summary("launch.postman_collection.json")
    # FL101 (`type`) in every case: the launch was read, so no FL104 means the flow ID was judged unknown.
    assert status == 1 and counts["files"] == 1 and sorted(code for _, code in listed) == sorted(["FL101", *expected])


@pytest.mark.parametrize(("text", "start", "pair", "options", "end"), [
    ('$(f ")" (g))x', 1, "()", {"quotes": "'\"", "escapes": True}, 12),  # shell: quotes skipped, pairs nested
    ("${A:-it's}x", 1, "{}", {"escapes": True}, 10),  # `${…}`: the apostrophe is a character
    ("${A:-\\}}x", 1, "{}", {"escapes": True}, 8),  # an escaped brace does not close
    ('#if($a == ")")x', 3, "()", {"quotes": "\"'"}, 14),  # Velocity: a string literal is skipped
    ("(never closed", 0, "()", {}, 13),
])
def test_one_bracket_matcher_serves_shell_and_velocity(text: str, start: int, pair: str, options: Any, end: int) -> None:
    from validator.sources.brackets import bracket_end

    assert bracket_end(text, start, pair[0], pair[1], **options) == end


def _fetches(count: int) -> str:
    return "".join(f'fetch("https://api.mypurecloud.com/api/v2/flows/executions", {{method: "POST", headers: '
                   f'{{"Content-Type": "application/json"}}, body: JSON.stringify({{flowId: "{UUID}", type: "flow", '
                   f'inputData: {{x: {i}}}}})}});\n' for i in range(count))


def test_a_code_file_with_many_fixable_launches_is_read_a_bounded_number_of_times(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.sources.extract as extract

    calls = counted_calls(monkeypatch, extract, "extract")
    reads = {}
    for count in (4, 16):
        write(repo, f"launch{count}.js", _fetches(count))
        calls.clear()
        status, listed, _ = summary(f"launch{count}.js")
        assert status == 1 and listed.count((f"launch{count}.js", "FL101")) == count  # every launch was read
        reads[count] = len(calls)
    assert reads[16] <= reads[4] + 2, reads  # a text report: the file is read once or twice, however many launches


@pytest.mark.parametrize("placeholder", ["{{flowId}}", "${FLOW_ID}", "$input.flowId", "<flow-id>", "%FLOW_ID%", "__FLOW_ID__"])
def test_a_placeholder_flow_id_is_said_to_be_one_not_taken_for_a_flow_name(repo: Path, placeholder: str) -> None:
    write(repo, "body.json", json.dumps({"flowId": placeholder}))
    status, listed = found_in("body.json")
    assert status == 1 and [d["code"] for d in listed] == ["FL104"]  # still refused: sent as written, it fails
    assert "placeholder" in listed[0]["message"] and "--name" not in listed[0]["help"].split("; else ")[0]
    write(repo, "named.json", json.dumps({"flowId": "Order follow-up"}))
    assert "looks like a flow name" in found_in("named.json")[1][0]["message"]


def found_in(*args: str) -> tuple[int, list[dict[str, Any]]]:
    status, listed = found(*args)
    return status, [d for d in listed if d["code"] != "FL200"]


def test_the_report_file_is_never_a_file_the_run_reads(repo: Path) -> None:
    body = json.dumps({"flowId": UUID, "type": "flow"})
    write(repo, "body.json", body)
    refused = flowlint("check", "body.json", "--output-file", "./body.json")  # named to be checked and written over
    assert refused.exit_code == 2 and "--output-file" in refused.stderr and (repo / "body.json").read_text() == body
    for _ in range(2):  # a walk finds the last run's report: it is the output, not a file to check
        result = flowlint("check", "--format", "json", "--output-file", "report.json", ".")
        report = json.loads((repo / "report.json").read_text())
        assert result.exit_code == 1 and {d["file"] for d in report["diagnostics"]} == {"body.json"}
        assert report["summary"]["files"] == 2  # body.json and package.json; never report.json


def test_a_tree_a_thousand_directories_deep_is_walked_not_a_traceback(repo: Path) -> None:
    import os

    deepest = repo / "deep"
    deepest.mkdir()
    os.chdir(deepest)
    for _ in range(1100):  # past Python 3.11's recursion limit, as os.walk recursed once per level
        os.mkdir("d")
        os.chdir("d")
    Path("body.json").write_text(json.dumps({"flowId": UUID, "type": "flow"}))
    os.chdir(repo)
    try:
        status, listed, counts = summary("deep")
        assert status == 1 and [code for _, code in listed] == ["FL101"] and counts["files"] == 1
    finally:  # removed here, bottom-up: pytest's own clean-up (shutil.rmtree) recurses too, and would fail on it later
        levels = [deepest]
        while (levels[-1] / "d").is_dir():
            levels.append(levels[-1] / "d")
        (levels[-1] / "body.json").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_the_language_server_refuses_an_absurd_message_length_without_a_traceback() -> None:
    import subprocess
    import sys

    hello = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).encode()
    data = b"Content-Length: %d\r\n\r\n%s" % (len(hello), hello) + b"Content-Length: 1000000000000000\r\n\r\n{}"
    done = subprocess.run([sys.executable, "-m", "validator", "lsp"], input=data, capture_output=True, timeout=60)
    assert b'"result"' in done.stdout  # reached: the server answered the first message
    assert b"Traceback" not in done.stderr and done.returncode == 3, done.stderr[-300:]
    assert b"flowlint lsp: refused a message of 1000000000000000 bytes, over the limit of" in done.stderr


def test_the_language_servers_input_takes_the_memory_of_what_was_sent_not_of_what_a_header_claims() -> None:
    import io

    pytest.importorskip("pygls")
    from validator.lsp.server import CHUNK, BoundedInput, MessageTooLong

    body = b"x" * (2 * CHUNK + 5)
    assert BoundedInput(io.BytesIO(body)).read(len(body)) == body  # read whole, chunk by chunk
    assert BoundedInput(io.BytesIO(b"{}"), max_message=10**15).read(10**14) == b""  # cut short: no 100 TB allocated
    with pytest.raises(MessageTooLong, match="over the limit of 10"):
        BoundedInput(io.BytesIO(body), max_message=10).read(11)
    long_header = b"Content-Length: " + b"9" * 5000 + b"\r\n"  # more digits than int() takes
    assert BoundedInput(io.BytesIO(b"Content-Length: 2\r\n")).readline() == b"Content-Length: 2\r\n"
    with pytest.raises(MessageTooLong, match="header line"):
        BoundedInput(io.BytesIO(long_header)).readline()
