"""Reading bodies the same way whatever their form: depth, Mappings and their keys, merge keys, carets under wide text."""

from __future__ import annotations

import collections
import types
from typing import Any

import pytest

import validator

from conftest import UUID2, check_text, codes, diagnostics, flowlint

NESTED_JSON = '{"flowId": "%s", "inputData": {"Flow.x": {"a": [1]}}}' % UUID2  # 4 levels: body, inputData, Flow.x, a
NESTED_YAML = f'flowId: "{UUID2}"\ninputData:\n  Flow.x:\n    a:\n      - 1\n'
NESTED_FLOW_YAML = f'flowId: "{UUID2}"\ninputData: {{Flow.x: {{a: [1]}}}}\n'


@pytest.mark.parametrize(("text", "name"), [(NESTED_JSON, "b.json"), (NESTED_YAML, "b.yaml"), (NESTED_FLOW_YAML, "c.yaml")])
def test_json_and_yaml_count_depth_the_same(text: str, name: str) -> None:
    at_limit = diagnostics("--max-depth", "4", "--stdin-filename", name, "-", input=text)
    assert "FL005" not in codes(at_limit)
    over = diagnostics("--max-depth", "3", "--stdin-filename", name, "-", input=text)
    assert codes(over) == ["FL005"] and over[0]["message"] == "the body nests more than 3 levels deep; the limit is 3"


def test_a_body_too_deep_for_the_parser_is_reported_at_the_limit() -> None:
    found = diagnostics("--stdin-filename", "d.json", "-", input="[" * 100_000)
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL005", 1, 201)]


class Body(collections.abc.Mapping[str, Any]):
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __iter__(self) -> Any:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


@pytest.mark.parametrize("wrap", [types.MappingProxyType, Body, collections.OrderedDict])
def test_any_mapping_is_a_body(wrap: Any) -> None:
    assert validator.check(wrap({"flowId": UUID2, "inputData": wrap({"Flow.agentId": "1"})})).ok
    report = validator.check(wrap({"flowId": UUID2, "inputs": wrap({})}))
    assert [(d.code, d.pointer) for d in report.diagnostics] == [("FL101", "/inputs")]


def test_tuples_are_arrays() -> None:
    assert validator.check({"flowId": UUID2, "inputData": {"Flow.agentId": "1", "Flow.dates": ("2026-03-29",)}}).ok


def test_non_string_keys_are_reported_as_what_they_are() -> None:
    report = validator.check({"flowId": UUID2, "inputData": {"Flow.agentId": "1", 7: "x", None: 1, (1, 2): 3}})
    found = [(d.code, d.pointer, d.message) for d in report.diagnostics]
    assert ("FL105", "/inputData/7", "the key 7 is an int, not a string; json.dumps sends it as the key `7`") in found
    assert ("FL105", "/inputData/null", "the key None is None, not a string; json.dumps sends it as the key `null`") in found
    assert ("FL105", "/inputData", "the key (1, 2) is a tuple: JSON object keys are strings, and json.dumps refuses to send this one") \
        in found
    assert "FL900" not in [d.code for d in report.diagnostics]
    top = validator.check({"flowId": UUID2, 1: "x"})  # type: ignore[dict-item]
    assert [d.code for d in top.diagnostics][:1] == ["FL105"] and "FL900" not in [d.code for d in top.diagnostics]


def test_values_merged_by_a_yaml_merge_key_have_positions() -> None:
    text = (f'defaults: &defaults\n  Flow.agentId: 42\n  Flow.extra: x\nflowId: "{UUID2}"\n'
            'inputData:\n  <<: [*defaults, {Flow.dates: 1}]\n  Flow.extra: y\n')
    found = [(d["code"], d["pointer"], d["line"], d["column"]) for d in check_text(text, "b.yaml")]
    assert ("FL204", "/inputData/Flow.agentId", 2, 17) in found   # where the anchor wrote it
    assert ("FL202", "/inputData/Flow.extra", 7, 3) in found      # written beside the merge: that one wins
    assert ("FL204", "/inputData/Flow.dates", 6, 32) in found


@pytest.mark.parametrize("name", ["山田太郎", "🎉🎉", "e\u0301e\u0301"])  # wide CJK, wide emoji, combining accents
def test_carets_sit_under_the_text_after_wide_characters(name: str) -> None:
    body = '{"name": "%s", "flowId": "%s"}' % (name, name)
    lines = flowlint("check", "--no-color", "--stdin-filename", "w.json", "-", input=body).stdout.splitlines()
    source, caret = lines[1].split(" | ", 1)[1], lines[2].split(" | ", 1)[1]
    from wcwidth import wcswidth

    column = caret.index("^")
    assert wcswidth(source[:source.index(f'"flowId": "{name}"') + len('"flowId": ')]) == column
    assert len(caret) - column == wcswidth(f'"{name}"')
