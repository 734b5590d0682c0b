"""Every request rule's examples, one per kind of source, are true: the bad one is found, the good one is clean."""

from __future__ import annotations

import json

import pytest

from validator.core.codes import RULES

from conftest import flowlint

EXAMPLES = [(rule.code, fmt, bad, good) for rule in RULES.values() for fmt, bad, good in rule.examples]


def found(text: str, fmt: str) -> list[str]:
    result = flowlint("check", "--format", "json", "--stdin-filename", f"example.{fmt}", "-", input=text)
    return [d["code"] for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


def test_request_rules_have_an_example_per_kind() -> None:
    for code in ("FL106", "FL301", "FL302", "FL303", "FL305"):
        assert {fmt for fmt, _, _ in RULES[code].examples} >= {"py", "http", "sh"}, code
        assert RULES[code].example_format == "js" and RULES[code].about_request


@pytest.mark.parametrize(("code", "fmt", "bad", "good"), EXAMPLES, ids=[f"{c}-{f}" for c, f, _, _ in EXAMPLES])
def test_kind_examples_are_true(code: str, fmt: str, bad: str, good: str) -> None:
    assert code in found(bad, fmt)
    assert found(good, fmt) == []


def test_request_findings_have_no_pointer_and_body_findings_keep_theirs() -> None:
    text = RULES["FL302"].bad.replace("JSON.stringify({flowId, inputData: {}})", "JSON.stringify({flowId, type: 1})")
    result = json.loads(flowlint("check", "--format", "json", "--stdin-filename", "x.js", "-", input=text).stdout)
    assert {(d["code"], d["pointer"]) for d in result["diagnostics"]} == {("FL302", None), ("FL101", "/type")}


def test_postman_and_har_examples_are_there_where_they_apply() -> None:
    for code in ("FL302", "FL303", "FL304"):
        assert "postman_collection.json" in {fmt for fmt, _, _ in RULES[code].examples}, code
    assert RULES["FL306"].example_format == "har"


def test_the_rule_command_shows_every_kind() -> None:
    doc = flowlint("rule", "FL303").stdout
    for label in ("Bad (Python)", "Good (.http file)", "Bad (curl)"):
        assert label in doc
