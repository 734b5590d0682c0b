"""A secret-named member whose name is written with a character escape (`"p\\u0061ssword"`) has its value masked in
excerpts, --diff lines and the cache, as the name a parser reads names a secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

FLOW = "9f5b7c1e-1234-4a5b-9c8d-0123456789ab"
SECRET = "hunter2hunter2"
JSON_BODY = '{"flowId": "%s", "inputData": {"p\\u0061ssword": "%s"}}\n' % (FLOW, SECRET)
YAML_BODY = 'flowId: "%s"\ninputData: {"p\\x61ssword": "%s", "Flow.n": 1}\n' % (FLOW, SECRET)


@pytest.mark.parametrize(("name", "body"), [("body.json", JSON_BODY), ("body.yaml", YAML_BODY)])
def test_the_value_of_an_escaped_secret_name_is_masked_everywhere(tmp_path: Path, name: str, body: str,
                                                                   cache_on: Path, in_tmp: None) -> None:
    (tmp_path / name).write_text(body)
    for cache in ("--no-cache", "--cache", "--cache"):  # without the cache, then stored, then given back
        text = flowlint("check", "--no-color", *[cache] * (cache == "--no-cache"), name).stdout
        assert "FL203" in text and "inputData" in text, text  # reached: the excerpt of the member's line
        assert SECRET not in text and "*" * len(SECRET) in text, text
        found = json.loads(flowlint("check", "--format", "json", *[cache] * (cache == "--no-cache"), name).stdout)
        assert any(d["code"] == "FL203" for d in found["diagnostics"]), found
        assert SECRET not in json.dumps(found)
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", name).stdout
    assert diff.startswith("---") or "@@" in diff, diff  # reached: a diff was shown
    assert SECRET not in diff
    stored = [path for path in Path(".flowlint_cache").rglob("*") if path.is_file()]
    assert stored and not any(SECRET.encode() in path.read_bytes() for path in stored)


@pytest.mark.parametrize("written", ['{"Flow.p\\u0061ssword": "%s"}', '{"Flow.p\\x61ssword": "%s"}',
                                     "{'api\\x5fkey': '%s'}", '{"Flow.p\\U00000061ssword": ["%s"]}',
                                     'input:\n  "p\\x61ssword": %s\n'])
def test_an_escaped_secret_name_masks_its_value(written: str) -> None:
    text = written % SECRET
    assert [text[start:end] for start, end in credential_literals(text)] == [SECRET]


@pytest.mark.parametrize("written", ['"Flow.n\\u0061me": "%s"', '"p\\u0061ss": "%s"', '"note": "p\\u0061ssword %s"'])
def test_an_escaped_name_of_no_secret_masks_nothing(written: str) -> None:
    text = "{" + written % SECRET + "}"
    assert credential_literals(text) == []
