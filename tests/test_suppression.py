"""In-line suppressions (`flowlint: ignore[...]`) in every kind with comments, per-file-ignores for JSON, and FL009."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.comments import suppressions

from conftest import UUID, check_text, codes, flowlint

WRONG_HOST = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
FETCH = (f"await fetch(`{WRONG_HOST}`, {{method: 'POST', headers: {{'Content-Type': 'application/json', "
         "Authorization: `Bearer ${token}`}, body: JSON.stringify({flowId, inputData: {}})});")
PY = f'requests.post("{WRONG_HOST}", json={{"flowId": flow_id}}, headers={{"Authorization": f"Bearer {{token}}"}})'
HTTP = f"POST {WRONG_HOST}\nContent-Type: application/json\nAuthorization: Bearer {{{{token}}}}\n\n{{\"flowId\": \"{{{{flowId}}}}\"}}\n"
CURL = f"curl -X POST {WRONG_HOST} -H 'Content-Type: application/json' -H \"Authorization: Bearer $TOKEN\" -d '{{\"flowId\": \"x\"}}'"


def test_a_js_launch_with_the_comment_passes_and_without_it_fails() -> None:
    assert codes(check_text(FETCH, "app.js")) == ["FL302"]
    assert flowlint("check", "--stdin-filename", "app.js", "-", input=FETCH).exit_code == 1
    for text in (f"// flowlint: ignore[FL302]\n{FETCH}\n", f"{FETCH} // flowlint: ignore[FL302]\n",
                 f"/* flowlint: ignore[FL301, FL302] */ {FETCH}\n", f"// flowlint: ignore\n{FETCH}\n"):
        result = flowlint("check", "--format", "json", "--stdin-filename", "app.js", "-", input=text)
        found = json.loads(result.stdout)["diagnostics"]
        assert codes(found) == (["FL009"] if "FL301" in text else []), text
        assert result.exit_code == 0


def test_a_comment_two_lines_up_or_naming_another_rule_suppresses_nothing() -> None:
    assert codes(check_text(f"// flowlint: ignore[FL302]\nconst a = 1;\n{FETCH}\n", "app.js")) == ["FL009", "FL302"]
    assert codes(check_text(f"{FETCH} // flowlint: ignore[FL303]\n", "app.js")) == ["FL302", "FL009"]


def test_the_words_in_a_string_are_data_not_a_directive() -> None:
    text = f'const note = "flowlint: ignore[FL302]"; {FETCH}\n'
    assert codes(check_text(text, "app.js")) == ["FL302"]
    assert suppressions("javascript", text) == []
    assert suppressions("python", 'x = "# flowlint: ignore"\n') == []
    assert suppressions("yaml", 'a: "x # flowlint: ignore"\nb: |\n  # flowlint: ignore\n') == []
    assert suppressions("shell", "echo 'a # flowlint: ignore'\n") == []
    assert suppressions("terraform", 'x = "# flowlint: ignore"\n') == []
    terraform = '# flowlint: ignore[FL302]\nresource "a" "b" {}  // flowlint: ignore\n/* flowlint: ignore[FL303] */\n'
    assert [(s.line, s.codes) for s in suppressions("terraform", terraform)] == [(1, ("FL302",)), (2, None), (3, ("FL303",))]
    assert [s.line for s in suppressions("github-actions", "run: curl x  # flowlint: ignore\n")] == [1]


@pytest.mark.parametrize(("name", "bad", "comment"), [
    ("app.py", PY, "# flowlint: ignore[FL302]"),
    ("launch.http", HTTP, "# flowlint: ignore[FL302]"),
    ("launch.http", HTTP, "// flowlint: ignore[FL302]"),
    ("launch.sh", CURL, "# flowlint: ignore[FL302]"),
    ("README.md", f"```sh\n{CURL}\n```\n", "# flowlint: ignore[FL302]"),
])
def test_every_kind_with_comments_takes_the_comment_on_the_line_before(name: str, bad: str, comment: str) -> None:
    assert "FL302" in codes(check_text(bad, name))
    suppressed = bad.replace("```sh\n", f"```sh\n{comment}\n") if name.endswith(".md") else f"{comment}\n{bad}"
    assert "FL302" not in codes(check_text(suppressed, name))
    assert "FL009" not in codes(check_text(suppressed, name))


def test_a_http_body_line_is_body_text_never_a_directive() -> None:
    # A body's `# flowlint: ignore` line is sent as written (FL001: JSON has no comments): it suppressed that very FL001
    # (exit 0, "1 suppressed"), and with codes it was FL001 and an unused FL009 on one line (review B 8).
    head = "POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
    for directive in ("# flowlint: ignore", "# flowlint: ignore[FL302]", "// flowlint: ignore"):
        text = f'{head}{{"flowId": "{UUID}",\n{directive}\n"type": "x"}}\n'
        assert codes(check_text(text, "launch.http")) == ["FL001"], directive
        assert suppressions("http", text) == []
    # reached: the same line before the request, or between its headers, still suppresses
    before = f"# flowlint: ignore[FL302]\n{HTTP}"
    assert [s.line for s in suppressions("http", before)] == [1] and "FL302" not in codes(check_text(before, "launch.http"))


def test_yaml_comments_on_the_line_and_before() -> None:
    body = f'flowId: "{UUID}"\ninputData:\n  Flow.customerName: "John"\n  Flow.typo: 1\n'
    assert "FL202" in codes(check_text(body, "body.yaml"))
    on_line = body.replace("Flow.typo: 1", "Flow.typo: 1  # flowlint: ignore[FL202]")
    before = body.replace("  Flow.typo: 1", "  # flowlint: ignore[FL202]\n  Flow.typo: 1")
    assert codes(check_text(on_line, "body.yaml")) == []
    assert codes(check_text(before, "body.yaml")) == []


def test_json_with_comments_takes_its_comments(tmp_path: Path) -> None:
    """A .jsonc body (and a `.json.example` copy) takes `//` and `/* */` comments as YAML takes `#` (reviewer B 9: they
    were silently ignored): the findings they name are suppressed and --fix leaves them; an unused one is FL009, which
    --fix removes; the same words in a string are data."""
    body = (f'{{\n  "flowId": "{UUID}",\n  "inputData": {{\n    // flowlint: ignore[FL203]\n    "customerName": "x",\n'
            '    "Flow.isVip": "yes" /* flowlint: ignore[FL204] */\n  }\n}\n')
    bare = body.replace("    // flowlint: ignore[FL203]\n", "").replace(" /* flowlint: ignore[FL204] */", "")
    store = str(Path(".flowlint/flows").resolve())
    for name in ("launch.jsonc", "launch.json.example"):
        assert codes(check_text(bare, name)) == ["FL203", "FL204"], name  # reached: both findings, with their fixes
        assert codes(check_text(body, name)) == [], name
        path = tmp_path / name
        path.write_text(body)
        assert flowlint("check", "--contracts", store, "--fix", str(path)).exit_code == 0
        assert path.read_text() == body  # accepted: never rewritten
    unused = body.replace('"x",', '"x", // flowlint: ignore[FL101]').replace('"Flow.isVip": "yes"', '"Flow.isVip": true')
    found = check_text(unused, "launch.jsonc")
    assert codes(found) == ["FL009", "FL009"] and [d["line"] for d in found] == [5, 6], found
    path = tmp_path / "unused.jsonc"
    path.write_text(unused)
    assert flowlint("check", "--contracts", store, "--fix", str(path)).exit_code == 0
    assert path.read_text() == unused.replace(" // flowlint: ignore[FL101]", "").replace(" /* flowlint: ignore[FL204] */", "")
    in_string = body.replace('"x",', '"// flowlint: ignore[FL203]",').replace("    // flowlint: ignore[FL203]\n", "")
    assert codes(check_text(in_string, "launch.jsonc")) == ["FL203"]
    assert [s.line for s in suppressions("jsonc", in_string)] == [5]


def test_fix_removes_unused_suppressions_and_keeps_the_used_codes(tmp_path: Path) -> None:
    app = tmp_path / "app.js"
    app.write_text(f"// flowlint: ignore[FL302, FL301]\n{FETCH}\nconst a = 1; // flowlint: ignore\n")
    assert flowlint("check", "--fix", str(app)).exit_code == 0
    assert app.read_text() == f"// flowlint: ignore[FL302]\n{FETCH}\nconst a = 1;\n"
    body = tmp_path / "body.yaml"
    body.write_text(f'# flowlint: ignore\nflowId: "{UUID}"\ninputData:\n  Flow.customerName: "John"\n')
    assert flowlint("check", "--fix", str(body)).exit_code == 0
    assert body.read_text() == f'flowId: "{UUID}"\ninputData:\n  Flow.customerName: "John"\n'


def test_a_rule_is_suppressed_by_its_name_as_the_options_take_it(tmp_path: Path) -> None:
    # Before: `ignore[wrong-host]` was read as the code WRONG-HOST: "no such rule", FL302 still said, and --fix took
    # the name out of the comment. Names and codes in any case, as --select, --ignore and [severity] take them.
    assert codes(check_text(FETCH, "app.js")) == ["FL302"]
    for written in ("wrong-host", "Wrong-Host", "fl302"):
        assert codes(check_text(f"// flowlint: ignore[{written}]\n{FETCH}\n", "app.js")) == [], written
    app = tmp_path / "app.js"
    app.write_text(f"// flowlint: ignore[wrong-host, wrong-method, no-such-rule]\n{FETCH}\n")
    found = check_text(app.read_text(), "app.js")
    assert codes(found) == ["FL009"] and "no-such-rule: no such rule" in found[0]["message"], found  # as written
    assert flowlint("check", "--fix", str(app)).exit_code == 0
    assert app.read_text() == f"// flowlint: ignore[wrong-host]\n{FETCH}\n"  # the kept rule as it was spelled


def test_unused_suppression_can_be_turned_off_and_a_suppressed_finding_is_not_fixed(tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text('[severity]\nFL009 = "off"\n')
    app = tmp_path / "app.js"
    app.write_text(f"// flowlint: ignore\nconst a = 1;\n// flowlint: ignore[FL302]\n{FETCH}\n")
    result = flowlint("check", "--format", "json", "--config", str(tmp_path / ".flowlint.toml"), "--fix", str(app))
    assert json.loads(result.stdout)["diagnostics"] == []
    assert WRONG_HOST in app.read_text()  # suppressed: accepted as it is, never rewritten


def test_per_file_ignores_with_a_json_pointer(tmp_path: Path) -> None:
    legacy = tmp_path / "payloads" / "legacy"
    legacy.mkdir(parents=True)
    (legacy / "a.json").write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "J", "Flow.typo": 1},
                                               "nme": 2}))
    assert codes(check_text((legacy / "a.json").read_text(), str(legacy / "a.json"))) == ["FL202", "FL102"]
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.flowlint.per-file-ignores]\n"payloads/legacy/*.json#/inputData" = ["FL202", "FL102"]\n')
    result = flowlint("check", "--format", "json", "--contracts", ".flowlint/flows", "--config", str(config), str(legacy / "a.json"))
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL102"]  # /nme is outside /inputData
    config.write_text('[tool.flowlint.per-file-ignores]\n"payloads/*/a.json" = ["FL202", "FL102"]\n')
    result = flowlint("check", "--format", "json", "--contracts", ".flowlint/flows", "--config", str(config), str(legacy / "a.json"))
    assert json.loads(result.stdout)["diagnostics"] == [] and result.exit_code == 0
    config.write_text('[tool.flowlint.per-file-ignores]\n"payloads/*/a.json" = ["FL999"]\n')
    assert "FL999: no such rule" in flowlint("check", "--config", str(config), str(legacy / "a.json")).output


def test_flowlint_failures_are_never_suppressed(tmp_path: Path) -> None:
    contract = tmp_path / "flow.json"
    contract.write_text("{not json")
    body = f'# flowlint: ignore\nflowId: "{UUID}"\n'
    result = flowlint("check", "--format", "json", "--flow-schema", str(contract), "--stdin-filename", "b.yaml", "-", input=body)
    assert "FL901" in codes(json.loads(result.stdout)["diagnostics"])
    assert result.exit_code == 3
