"""Launch requests in JavaScript and TypeScript: found where they are written, checked like payloads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from validator.report import FORMATS

from conftest import UUID, check_file, codes, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
HEADERS = "headers: {'Content-Type': 'application/json'}"




def at(found: list[dict[str, Any]], code: str) -> list[tuple[int, int, str | None]]:
    return [(d["line"], d["column"], d["pointer"]) for d in found if d["code"] == code]


def test_the_seed_snippet_gets_every_mistake_on_its_own_line() -> None:
    result = flowlint("check", "--format", "json", "fixtures/invalid/seed-fetch.js")
    found = json.loads(result.stdout)["diagnostics"]
    assert result.exit_code == 1
    assert at(found, "FL106") == [(1, 30, None)]
    assert at(found, "FL302") == [(1, 30, None)]
    assert at(found, "FL101") == [(4, 26, "/type"), (4, 40, "/configuration")]
    assert "api.mypurecloud.com" in next(d["help"] for d in found if d["code"] == "FL302")


def test_a_body_bound_to_a_name_is_checked_where_it_is_written(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.js", (
        "const body = {\n  type: 'flow',\n  flowId: process.env.FLOW_ID,\n};\n"
        f"await fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify(body)}});\n"))
    assert [(d["code"], d["line"], d["column"], d["pointer"]) for d in found] == [("FL101", 2, 3, "/type")]


def test_unknown_values_never_fail_a_check_and_keys_around_them_still_do(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.ts", (
        "export async function launch(flowId: string, inputs: Record<string, unknown>, version: any) {\n"
        f"  return fetch(`{API}`, {{method: 'POST', {HEADERS},\n"
        "    body: JSON.stringify({flowId, flowVersion: version, inputData: inputs, inputs})});\n}\n"))
    assert [(d["code"], d["pointer"]) for d in found] == [("FL101", "/inputs")]


def test_a_spread_silences_missing_members_it_could_supply(tmp_path: Path) -> None:
    text = f"await fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify({{...base, inputData: {{}}}})}});\n"
    assert check_file(tmp_path, "a.js", text) == []
    without = text.replace("...base, ", "")
    assert codes(check_file(tmp_path, "b.js", without)) == ["FL103"]


def test_contract_is_looked_up_for_a_statically_known_flow_id(tmp_path: Path) -> None:
    text = (f"const FLOW = '{UUID}';\n"
            f"axios.post('{API}', {{flowId: FLOW, inputData: {{customerName: 'Ana', 'Flow.orderCount': count}}}});\n")
    found = check_file(tmp_path, "a.js", text)
    assert [(d["code"], d["pointer"]) for d in found] == [("FL203", "/inputData/customerName")]


def test_axios_instance_sdk_got_and_ky_are_launch_sites(tmp_path: Path) -> None:
    body = "{type: 'flow', flowId: id}"
    text = (
        "const api = axios.create({baseURL: 'https://apps.mypurecloud.ie'});\n"
        f"api.post('/api/v2/flows/executions', {body});\n"
        f"new platformClient.ArchitectApi().postFlowsExecutions({body});\n"
        f"got.post('{API}', {{json: {body}}});\n"
        f"axios({{method: 'post', url: '{API}', data: {body}}});\n"
        f"ky.post('{API}', {{json: {body}}});\n")
    found = check_file(tmp_path, "many.mjs", text)
    lines = text.splitlines()
    assert at(found, "FL101") == [(n, lines[n - 1].index("type") + 1, "/type") for n in range(2, 7)]
    assert at(found, "FL302") == [(1, lines[0].index("'https") + 1, None)]  # where the host is written


def test_method_content_type_and_object_bodies(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.js", (
        f"fetch('{API}', {{body: JSON.stringify({{flowId: id}})}});\n"
        f"fetch('{API}', {{method: 'POST', body: {{flowId: id}}}});\n"))
    assert [(d["code"], d["line"]) for d in found] == [("FL301", 1), ("FL303", 1), ("FL304", 2)]


def test_headers_flowlint_cannot_see_are_not_judged(tmp_path: Path) -> None:
    assert check_file(tmp_path, "a.js", f"fetch('{API}', {{method: 'POST', headers: h, body: JSON.stringify({{flowId: id}})}});\n") == []
    assert check_file(tmp_path, "b.js", f"fetch('{API}', {{...opts, body: JSON.stringify({{flowId: id}})}});\n") == []


def test_a_status_read_gives_nothing_and_an_unread_mention_only_a_note(tmp_path: Path) -> None:
    assert check_file(tmp_path, "status.js", f"const r = await fetch(`{API}/${{executionId}}`);\n") == []
    found = check_file(tmp_path, "other.js", "fetch('https://example.com/api'); // flows/executions in a comment\n")
    assert [(d["code"], d["severity"], d["line"], d["column"]) for d in found] == [("FL011", "info", 1, 38)]
    assert found[0]["message"].endswith("it is only named in a comment")
    result = flowlint("check", str(tmp_path))
    assert result.exit_code == 0


def test_a_literal_token_is_a_warning_and_never_printed(tmp_path: Path) -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0c2VjcmV0.c2lnbmF0dXJl"
    path = tmp_path / "a.js"
    path.write_text(f"fetch('https://x.mypurecloud.com/api/v2/flows/executions', {{method: 'POST', "
                    f"headers: {{'Content-Type': 'application/json', Authorization: 'Bearer {token}'}}, "
                    f"body: JSON.stringify({{flowId: id}})}});\n")
    for fmt in FORMATS:
        result = flowlint("check", "--format", fmt, str(path))
        assert "FL305" in result.stdout and "FL302" in result.stdout
        assert token not in result.stdout and "c2VjcmV0" not in result.stdout


def test_a_string_body_is_checked_at_its_place_in_the_file(tmp_path: Path) -> None:
    line = "  body: '{\"flowId\": \"" + UUID + "\", \"inputData\": {\"Flow.customerName\": \"A\"}, \"flow_version\": \"1\"}'});"
    found = check_file(tmp_path, "a.js", f"fetch('{API}', {{method: 'POST', {HEADERS},\n{line}\n")
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL102", 2, line.index('"flow_version"') + 1)]


def test_half_written_code_still_yields_its_launches(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.js", f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify({{type: 1}})}});\nfunction (\n")
    assert "FL101" in codes(found)


def test_fix_rewrites_only_the_member_in_code(tmp_path: Path) -> None:
    path = tmp_path / "a.js"
    text = f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify({{flowId: id, flow_id: 1,}})}});\n"
    path.write_text(text)
    result = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text() == text.replace("{flowId: id, flow_id: 1,}", "{flowId: id,}")
    assert "FL102" not in result.stdout


def test_fix_over_a_tree_names_only_the_code_files_with_findings(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify({{flow_id: 1}})}});\n")
    (tmp_path / "other.js").write_text("export const x = 1;\n")
    result = flowlint("check", "--fix", str(tmp_path))
    # no fix applies to launch.js (it is reported, and kept); other.js has no launch
    assert "launch.js" in result.stdout and "other.js" not in result.stdout + result.stderr
    assert "FL102" in result.stdout and "FL103" in result.stdout  # reached: the launch was read, not only its URL seen


def test_text_made_at_run_time_inside_an_input_is_judged_by_its_type(tmp_path: Path) -> None:
    # `[String(n)]` for an Integer collection is an array of strings, whatever n holds: FL204 at the item, as an
    # input's own value is (once an item was unknown, and passed).
    (tmp_path / ".flowlint" / "flows").mkdir(parents=True)
    flow = "00000000-0000-4000-8000-0000000000c1"
    (tmp_path / ".flowlint" / "flows" / f"{flow}.json").write_text(json.dumps({
        "flowId": flow, "flowType": "WORKFLOW",
        "inputSchema": {"type": "object", "properties": {"Flow.counts": {"type": "array", "items": {"type": "integer"}}}}}))
    script = (f"axios.post('https://api.mypurecloud.com/api/v2/flows/executions', "
              f"{{flowId: '{flow}', inputData: {{'Flow.counts': [String(n), 2]}}}});\n")
    (tmp_path / "launch.js").write_text(script)
    result = flowlint("check", "--format", "json", "--no-cache", "--contracts", str(tmp_path / ".flowlint" / "flows"),
                      str(tmp_path / "launch.js"))
    found = [(d["code"], d["pointer"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [("FL204", "/inputData/Flow.counts/0")]
