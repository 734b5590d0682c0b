"""A walked JSON/YAML file that does not parse (a snippet marker comment, template syntax) is judged where its launch
keys sit, as the same file readable is: a transcript's `participants[].flowId` is no launch, commented or not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.candidates import broken_json_key_depth, broken_key_depth

from conftest import UUID, flowlint

TRANSCRIPT = json.dumps({"conversationId": "c1", "participants": [{"participantPurpose": "ivr", "flowId": UUID}]})
SNIPPET = f"// >> START voice-transcript-step-9\n{TRANSCRIPT}\n// >> END voice-transcript-step-9\n"
JINJA_SETTINGS = """{% if env == "prod" %}
settings:
  genesys:
    workflows:
      survey:
        flowId: "{{ survey_flow_id }}"
{% endif %}
"""


def found(root: Path, *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(root))
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def test_a_commented_or_templated_walked_file_with_a_deep_flow_id_is_no_payload(tmp_path: Path) -> None:
    (tmp_path / "transcript.json").write_text(SNIPPET)
    (tmp_path / "deploy.yml").write_text(JINJA_SETTINGS)
    (tmp_path / "clean.json").write_text(TRANSCRIPT)
    status, walked = found(tmp_path)
    assert (status, walked) == (0, [])
    # reached: a commented launch body is still reported where its keys sit on top; a templated YAML one whose control
    # tags shape it only when rendered is a template by its content: no FL001 on a guess (review A, issue 14), -v says why
    (tmp_path / "launch.json").write_text(f'// launch\n{{"flowId": "{UUID}", "type": "flow"}}\n')
    (tmp_path / "launch.yml").write_text(f'{{% if prod %}}\nflowId: {UUID}\ninputData:\n  Flow.x: {{{{ x }}}}\n{{% endif %}}\n')
    status, walked = found(tmp_path)
    assert status == 1 and {(Path(d["file"]).name, d["code"]) for d in walked} == {("launch.json", "FL001")}
    assert ("launch.yml", "FL012") in {(Path(d["file"]).name, d["code"]) for d in found(tmp_path, "-v")[1]}


def test_the_skipped_broken_file_is_said_with_verbose(tmp_path: Path) -> None:
    (tmp_path / "transcript.json").write_text(SNIPPET)
    status, walked = found(tmp_path, "-v")
    assert status == 0 and [(d["code"], d["severity"]) for d in walked] == [("FL012", "info")]
    assert "does not parse" in walked[0]["message"]


def test_a_named_broken_file_is_judged_where_its_launch_keys_sit(tmp_path: Path) -> None:
    # named, the transcript is judged as walked (one note, no FL001 on a Genesys reply that is no launch), saying why
    # it does not parse; a broken launch body named keeps its FL001
    (tmp_path / "transcript.json").write_text(SNIPPET)
    status, named = found(tmp_path / "transcript.json")
    assert status == 0 and [(d["code"], d["severity"]) for d in named] == [("FL012", "info")], named
    assert "it holds comments (JSON has none), and its flow ID sits two or more levels deep" in named[0]["message"]
    (tmp_path / "launch.json").write_text(f'// launch\n{{"flowId": "{UUID}", "type": "flow"}}\n')
    status, named = found(tmp_path / "launch.json")
    assert status == 1 and "FL001" in {d["code"] for d in named}


@pytest.mark.parametrize(("text", "kind", "depth"), [
    (SNIPPET, "json", "deep"),  # readable once the comments are set aside: judged as the readable file is
    ("/* block */ " + TRANSCRIPT, "json", "deep"),
    (f'// x\n{{"flowId": "{UUID}"}}', "json", "shallow"),
    ('// x\n{"a": {"b": {"flowId": 1,}}}', "json", "deep"),  # not readable even so: by its tokens
    ('{"flowId": {{ flow_id }}, "inputData": {}}', "json", "shallow"),
    ('{"a": {"b": {"flowId": {{ id }} {% if x %},{% endif %} }}}', "json", "deep"),
    (JINJA_SETTINGS, "yaml", "deep"),
    ("{% if a %}\nflowId: {{ id }}\n{% endif %}\n", "yaml", "shallow"),
    ("launch:\n  flowId: x\n  bad: [\n", "yaml", "shallow"),  # not readable even so: by its indentation
    ("a:\n  b:\n    flowId: x\n  bad: [\n", "yaml", "deep"),
    ("- flowId: x\n  inputData: {\nbad\n", "yaml", "shallow"),
    ("a:\n  - flowId: x\n    bad: [\n", "yaml", "deep"),
    (f"// >> START\n{json.dumps({'flowVersion': '3.0', 'inputData': {}})}\n", "json", "partial"),
])
def test_where_a_broken_file_names_its_flow_id(text: str, kind: str, depth: str) -> None:
    assert broken_key_depth(text, kind) == depth


@pytest.mark.parametrize(("text", "depth"), [
    ('// {"flowId": 1}\n{"a": {"b": {"flowId": 1,}}}', "deep"),  # a key in a comment does not count
    ('/* {"flowId": 1} */ {"a": {"b": {"flowId": 1,}}}', "deep"),
    ('{"a": {"b": {{ x }} "c": {"flowId": 1,}}}', "deep"),  # a template's braces do not nest
    ('// x\n{"flowId": 1,}', "shallow"),
])
def test_broken_json_tokens_skip_comments_and_templates(text: str, depth: str) -> None:
    assert broken_json_key_depth(text) == depth
