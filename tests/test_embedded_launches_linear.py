"""A file of many launches whose bodies are JSON written in a string (a Postman collection's raw bodies, an .http file's
requests, data actions, .tf.json request templates, curl -d arguments, string literals in code) renders each fix of
several operations without reading the whole edited file again after each operation: the edit says where the body's
characters are then written (code_editor._embedded_after), as reading the edited file would. Counted, never timed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from validator.core.diagnostics import InsertMember, RemoveMember
from validator.edits.code_editor import LaunchEditor
from validator.sources import extract
from validator.sources.model import EmbeddedJson

from conftest import counted_calls, flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
API = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCHES = 12


def _collection(launches: int) -> str:
    items = [{"name": f"l{i}", "request": {"method": "POST", "url": {"raw": API},
                                          "header": [{"key": "Content-Type", "value": "application/json"}],
                                          "body": {"mode": "raw", "raw": json.dumps({"flowId": FLOW, "inputs": {"a": i}}, indent=2),
                                                   "options": {"raw": {"language": "json"}}}}} for i in range(launches)]
    return json.dumps({"info": {"name": "G", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": items}, indent=2)


def test_a_files_fixes_of_two_operations_read_the_file_a_fixed_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "g.postman_collection.json"
    path.write_text(_collection(LAUNCHES))
    reads = counted_calls(monkeypatch, extract, "launches_in")
    in_place = counted_calls(monkeypatch, LaunchEditor, "written_in_place")
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    moved = [d for d in found if d["code"] == "FL101" and d["fix"] is not None and d["fix"]["edits"]]
    assert len(moved) == LAUNCHES and len(in_place) == LAUNCHES  # reached: each fix's operations (a removal, an insertion)
    assert len(reads) <= 3  # read, and the proof of all the fixes together: not once more per fix (14)


BODY = '{"flowId": "%s", "inputs": {"a": "x\\"y"}, "b": 1}' % FLOW  # (a quote in a value: escaped in a string)
FILES = {
    "g.postman_collection.json": _collection(2).replace('\\"a\\": 1', '\\"a\\": \\"x\\\\\\"y\\\\n\\"'),
    "r.http": f"POST {API}\nContent-Type: application/json\n\n{BODY}\n\n###\nPOST {API}\nContent-Type: application/json\n\n{BODY}\n",
    "launch.sh": f"curl -X POST {API} -H 'Content-Type: application/json' -d '{BODY}'\n" * 2,
    "l.js": "".join(f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
                    f"body: {json.dumps(BODY)} }});\n" for _ in range(2)),
    "main.tf.json": json.dumps({"resource": {"genesyscloud_integration_action": {f"a{i}": {
        "name": "Launch", "category": "c", "integration_id": "${var.integration_id}",
        "config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                           "request_template": BODY, "headers": {"Content-Type": "application/json"}}} for i in range(2)}}},
        indent=2),
}


@pytest.mark.parametrize("name", list(FILES))
def test_a_bodys_place_after_an_edit_is_where_reading_the_edited_file_finds_it(tmp_path: Path, name: str) -> None:
    from validator.checker.loader import load_documents

    text = FILES[name]
    documents = [d for d in load_documents(text.encode(), str(tmp_path / name)) if d.editor is not None]
    assert len(documents) == 2
    editor = documents[1].editor
    assert isinstance(editor, LaunchEditor)
    start = documents[1].text
    assert start is not None
    edited = editor.apply(start, RemoveMember(("inputs",)))
    kept = editor._derived
    assert kept is not None and kept[0] is edited  # reached: the launch kept as the edit left it
    read = editor.extractions.launches(edited)[1].body_locator
    derived = kept[1].body_locator
    assert isinstance(read, EmbeddedJson) and isinstance(derived, EmbeddedJson)
    def places(outer: Sequence[int] | int) -> list[int] | int:
        return outer if isinstance(outer, int) else list(outer)

    assert (derived.text, derived.locator.text, places(derived.outer)) == (read.text, read.locator.text, places(read.outer))
    again = editor.apply(edited, InsertMember((), "inputData", {"Flow.a": 'x"y'}))  # written where reading finds it
    assert again == editor.apply(edited, InsertMember((), "inputData", {"Flow.a": 'x"y'}))
