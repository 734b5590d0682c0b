"""Loading files: parse errors, duplicates, encodings, limits and YAML typing, each located exactly."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, UUID2, check_text, codes, diagnostics, flowlint

GOOD = '{"flowId": "%s"}' % UUID2


def located(found: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    return [(d["code"], d["line"], d["column"]) for d in found]


@pytest.mark.parametrize(("text", "line", "column", "words"), [
    ('{"flowId": "x",}', 1, 15, "trailing comma"),  # at the comma to remove, not the bracket after it
    ('{\n  "flowId": "x",\n  "name": "y",\n}\n', 3, 14, "trailing comma"),
    ('[1,\n  2,\n]', 2, 4, "trailing comma"),
    ('{"flowId": "x",, "name": "y"}', 1, 16, "a comma with no value"),
    ('{"inputData": [,1]}', 1, 16, "a comma with no value"),
    ('{\n  "flowId": "x"\n  "name": "y"\n}', 3, 3, "comma"),
    ("{'flowId': 'x'}", 1, 2, "double quotes"),
    ('{\n  // note\n  "flowId": "x"\n}', 2, 3, "comments"),
    ('{"flowId": True}', 1, 12, "Python"),
    ('{"flowId": "x"} {"flowId": "y"}', 1, 17, "more than one JSON value"),
    ('{"flowId": "abc', 1, 12, "not closed"),
    ("", 1, 1, "empty"),
    ("   \n  ", 1, 1, "empty"),
    ('{"flowId": NaN}', 1, 12, "NaN"),
    ('{"a": -Infinity}', 1, 7, "Infinity"),
])
def test_parse_errors_are_located(text: str, line: int, column: int, words: str) -> None:
    found = check_text(text)
    syntax = [d for d in found if d["code"] == "FL001"]  # past a stray comma, the rest of the body is checked too
    assert located(syntax) == [("FL001", line, column)]
    assert words in syntax[0]["message"]
    assert syntax == found or "comma" in words


def test_duplicate_keys_are_reported_at_the_second_one() -> None:
    text = '{\n  "flowId": "%s",\n  "inputData": {"Flow.agentId": "1", "Flow.agentId": "2"},\n  "flowId": "%s"\n}' % (UUID2, UUID2)
    found = check_text(text)
    assert located(found) == [("FL002", 3, 38), ("FL002", 4, 3)]
    assert found[0]["pointer"] == "/inputData/Flow.agentId"
    assert "`Flow.agentId`" in found[0]["message"]


def test_yaml_duplicate_keys() -> None:
    found = check_text(f'flowId: "{UUID2}"\nname: a\nname: b\n', "body.yaml")
    assert located(found) == [("FL002", 3, 1)]


def test_tabs_crlf_bom_and_unicode_positions() -> None:
    text = '\ufeff{\r\n\t"name": "Zoë 山田 🎉",\t"flowId": "Relance — nº 7"\r\n}\r\n'
    found = check_text(text)
    # Columns count characters: a tab is one, the emoji is one; the BOM is not a column.
    assert located(found) == [("FL104", 2, 32)]
    assert found[0]["end_column"] == 32 + len('"Relance — nº 7"')


def test_lone_carriage_returns_end_lines() -> None:
    found = check_text('{\r"flowId": 1\r}')
    assert located(found) == [("FL104", 2, 11)]


@pytest.mark.parametrize(("data", "words", "line", "column"), [
    (b'{"flowId": "caf\xe9"}', "not valid UTF-8", 1, 16),
    (b'{\n"a": "\xff"}', "0xFF", 2, 7),
    (b'{"flowId": "\x00"}', "NUL", 1, 13),
    (bytes(range(256)), "binary", 1, 1),
    ("{}".encode("utf-16-le"), "UTF-16", 1, 2),
])
def test_encoding_problems(data: bytes, words: str, line: int, column: int) -> None:
    found = diagnostics("--stdin-filename", "x.json", "-", input=data)
    assert located(found)[0] == ("FL004", line, column)
    assert words in found[0]["message"]


def test_utf16_with_bom_is_reported_and_still_checked() -> None:
    data = "\ufeff".encode("utf-16-le") + '{"flowId": "x"}'.encode("utf-16-le")
    found = diagnostics("--stdin-filename", "x.json", "-", input=data)
    assert codes(found) == ["FL004", "FL104"]


def test_utf8_bom_is_fine() -> None:
    assert diagnostics("--stdin-filename", "x.json", "-", input=b"\xef\xbb\xbf" + GOOD.encode()) == []


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(GOOD + " " * 2000)
    found = diagnostics("--max-file-size", "1000", str(path))
    assert codes(found) == ["FL005"] and "limit" in found[0]["message"]


def test_depth_limit_is_configurable() -> None:
    body = '{"flowId": "%s", "inputData": {"Flow.x": %s}}' % (UUID2, "[" * 30 + "]" * 30)
    assert codes(check_text(body)) != ["FL005"]
    found = diagnostics("--max-depth", "10", "--stdin-filename", "x.json", "-", input=body)
    assert located(found) == [("FL005", 1, 84)]  # the 11th bracket from the top


NO_CONTRACT = "00000000-0000-4000-8000-000000000000"


def test_yaml_positions_and_implicit_types() -> None:
    text = f'flowId: "{NO_CONTRACT}"\ninputData:\n  Flow.agentId: 0452\n  Flow.dates: [2026-03-29]\n  Flow.answer: yes\n'
    found = [d for d in check_text(text, "body.yaml") if d["code"] != "FL200"]
    assert [(d["code"], d["line"], d["column"], d["severity"]) for d in found] == [
        ("FL006", 3, 17, "warning"), ("FL006", 4, 16, "warning"), ("FL006", 5, 16, "warning")]
    assert found[0]["help"] == 'quote it to keep the text: "0452"'
    assert "298" in found[0]["message"]  # YAML 1.1 reads a leading zero as octal


def test_yaml_typing_note_joins_the_contract_finding() -> None:
    text = f'flowId: "{UUID2}"\ninputData:\n  Flow.agentId: 0452\n'
    found = check_text(text, "body.yaml")
    assert located(found) == [("FL204", 3, 17)]
    assert "0452" in found[0]["message"] and found[0]["help"] == 'quote it: 0452 → "0452"'


def test_yaml_type_finding_says_to_quote() -> None:
    # UUID's snapshot is version 3.0: the pin is exact, so the quoting is applied (a pin it does not know would not be)
    found = [d for d in check_text(f'flowId: "{UUID}"\nflowVersion: 3.0\n', "body.yaml") if d["code"] != "FL201"]
    assert located(found) == [("FL105", 2, 14)]
    assert "YAML" in found[0]["message"] and found[0]["help"] == 'quote it: "flowVersion": "3.0"'


def test_yaml_unquoted_uuid_and_plain_types_are_fine() -> None:
    text = f"flowId: {UUID2}\nname: plain text\ninputData:\n  Flow.agentId: '452'\n  Flow.dates: ['2025-03-29']\n"
    assert check_text(text, "body.yaml") == []


def test_yaml_keys_are_sent_as_a_conversion_would_send_them() -> None:
    found = check_text(f'flowId: "{NO_CONTRACT}"\ninputData:\n  Flow.a: 1\n  yes: 1\n', "body.yaml")
    found = [d for d in found if d["code"] != "FL200"]
    assert [(d["code"], d["pointer"], d["line"], d["column"]) for d in found] == [("FL203", "/inputData/true", 4, 3)]
    assert "the unquoted key yes is the boolean true to YAML 1.1 readers" in found[0]["message"]
    assert 'the text "yes" to YAML 1.2 readers' in found[0]["message"]
    found = check_text(f'flowId: "{UUID2}"\ninputData:\n  010: 2\n', "body.yaml")
    assert [(d["code"], d["pointer"], d["line"]) for d in found] == [("FL202", "/inputData/8", 3)]
    assert "the unquoted key 010 is the octal number 8 to YAML 1.1 readers" in found[0]["message"]
    assert found[0]["help"].startswith("remove it, or declare it")  # quoting the key would not make it an input


def test_yaml_merge_keys_are_applied() -> None:
    text = 'base: &b {Flow.agentId: "1"}\n'
    found = check_text(text + f'flowId: "{UUID2}"\ninputData:\n  <<: *b\n', "body.yml")
    assert codes(found) == ["FL102"]  # only `base`: the merged input is fine


@pytest.mark.parametrize("text", [
    "!!python/object/apply:os.system ['true']", "a: !!python/name:os.system ''", "a: !!binary aGk=",
    "a: !custom x", "!!set {a, b}",
])
def test_yaml_tags_are_refused_not_constructed(text: str) -> None:
    found = check_text(text, "body.yaml")
    assert codes(found) == ["FL001"] and "refuses" in found[0]["message"]


def test_yaml_recursive_alias() -> None:
    found = check_text("a: &a [*a]\n", "body.yaml")
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL001", 1, 4)]
    assert found[0]["message"] == "a YAML alias refers to a value that contains it"


def test_yaml_syntax_error_is_located() -> None:
    found = check_text("flowId: x\n  bad: [\n", "body.yaml")
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL001", 2, 6)]
    assert found[0]["message"] == "invalid YAML: mapping values are not allowed here"


def test_format_is_guessed_for_stdin_without_a_name() -> None:
    assert codes(diagnostics("-", input="flowId: 1\n")) == ["FL104"]
    assert codes(diagnostics("-", input='{"flowId": 1}')) == ["FL104"]


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    found = diagnostics(str(tmp_path))  # found by a walk: passed by, with a note
    assert codes(found) == ["FL010"] and "FIFO" in found[0]["message"]
    found = diagnostics(str(fifo))  # named: refused
    assert codes(found) == ["FL007"] and "FIFO" in found[0]["message"]


def test_symlink_loop_and_directory_named_like_a_payload(tmp_path: Path) -> None:
    (tmp_path / "x.json").mkdir()
    (tmp_path / "x.json" / "inner.json").write_text(GOOD)
    (tmp_path / "loop").symlink_to(tmp_path)  # a directory loop: not followed
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    found = diagnostics(str(tmp_path))
    assert codes(found) == ["FL010", "FL010"]  # walked: links to nowhere are passed by with a note, never an error
    assert all("not read" in d["message"] for d in found)
    assert codes(diagnostics(str(tmp_path / "a.json"))) == ["FL007"]  # named: the user asked for a file that cannot be read
    result = flowlint("check", "--format", "json", str(tmp_path / "x.json"))
    assert json.loads(result.stdout)["summary"]["files"] == 1


def test_json_with_any_extension_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text('{"flowId": 5}')
    assert codes(diagnostics(str(path))) == ["FL104"]


def test_json_inside_a_yaml_file_is_read_as_json() -> None:
    found = check_text('{\n\t"flowId": "x"\n}\n', "body.yaml")  # tabs: invalid YAML indentation, valid JSON
    assert located(found) == [("FL104", 2, 12)]


def test_form_encoded_text_is_named() -> None:
    found = check_text("flowId=8f3c2a1e&inputData=%7B%7D")
    assert codes(found) == ["FL001"] and "form-encoded" in found[0]["message"]


@pytest.mark.parametrize(("char", "escape"), [("\t", "\\t"), ("\n", "\\n"), ("\x1b", "\\u001b")])
def test_a_raw_control_character_is_named_with_its_own_escape(char: str, escape: str) -> None:
    found = check_text('{"flowId": "a' + char + 'b"}')
    assert codes(found) == ["FL001"] and f"U+{ord(char):04X}" in found[0]["message"]
    assert f"as {escape}," in found[0]["help"]
