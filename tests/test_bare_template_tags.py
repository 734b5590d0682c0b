"""A JSON or YAML file named `.json`/`.yaml` that holds a template's bare tags (an Ansible/Jinja template:
`"inputData": {{ launch_inputs | to_json }}`, `flowId: {{ flow_id }}`) is a template, decided from its content: read
as a template page is, each tag where a value goes an unknown value, not an FL001 ("expected a member name", "a mapping
key must be text") resting on the guess that it is sent as written (review A, issue 14). One whose control tags
(`{% if %}`) shape it only when rendered gets an FL012 note when named, nothing when walked. A real slip beside the
tags, and broken JSON without a template's tag, keep their FL001."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

TEMPLATES = {
    "deploy/templates/launch.json": '{\n  "flowId": "{{ flow_id }}",\n  "name": "nightly-{{ ansible_date_time.date }}",\n'
                                    '  "inputData": {{ launch_inputs | to_json }}\n}\n',
    "deploy/templates/launch.yaml": 'flowId: {{ flow_id }}\ninputData:\n  Flow.customerId: "{{ customer_id }}"\n',
}


def _write(files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")
    return list(files)


def _codes(*args: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for d in diagnostics("--no-cache", *args):
        if d["code"] != "FL200":
            found.setdefault(d["file"], []).append(d["code"])
    return found


def test_a_template_with_bare_tags_is_read_with_them_unknown_walked_or_named() -> None:
    names = _write(TEMPLATES)
    Path(".flowlint.toml").write_text("", encoding="utf-8")  # (a Genesys project: the walk judges `"flowId": "x"`)
    Path("deploy/body.json").write_text('{"flowId": "x", "inputData": {}}', encoding="utf-8")
    assert _codes(".") == {"deploy/body.json": ["FL104"]}  # reached: the walk judged the body beside them
    assert _codes(*names) == {}


def test_what_a_template_writes_is_still_judged() -> None:
    names = _write({"t/launch.json": '{\n  "flowId": "{{ flow_id }}",\n  "flowVersoin": "2",\n  "inputData": {{ x }}\n}\n',
                    "t/launch.yaml": "flowId: {{ flow_id }}\ninputData:\n  customerId: {{ id }}\n"})
    assert _codes(*names) == {"t/launch.json": ["FL102"], "t/launch.yaml": ["FL203"]}


def test_control_tags_make_a_note_named_and_nothing_walked() -> None:
    names = _write({"t/launch.json": '{\n  "flowId": "{{ flow_id }}",\n{% if vip %}\n  "inputData": {"Flow.vip": true},\n'
                                     '{% endif %}\n  "name": "x"\n}\n'})
    assert _codes(*names) == {"t/launch.json": ["FL012"]}
    assert _codes(".") == {}
    assert _codes("-v", ".") == {"t/launch.json": ["FL012"]}


@pytest.mark.parametrize("text", ['{\n  "flowId": "{{ flow_id }}",,\n  "inputData": {{ x }}\n}\n', '{{"flowId": 1}\n',
                                  '{"flowId": 1,,}\n'])
def test_a_real_slip_keeps_its_syntax_error(text: str) -> None:
    _write({"launch.json": text})
    found = _codes("launch.json")["launch.json"]
    assert "FL001" in found and "FL012" not in found, found
