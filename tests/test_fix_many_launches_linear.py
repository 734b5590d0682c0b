"""--fix of a file of many launches costs time linear in it: a fix of several operations of a body written as JSON in a
string (a curl -d in a GitHub Actions step, a data action's requestTemplate, a Postman raw body) is written in that
string's part of the file, not in the whole file once per operation (then compared from its start: the file's size
per fix); and a pass finds each document's chosen fixes in one walk, not one walk of all of them per document. The
edits, and so the fixed file, are the ones writing the whole file gives. Counted, never timed."""

from __future__ import annotations

import json
import random

import pytest

import validator.edits as edits
import validator.fixer.passes as passes
from validator.checker.engine import CheckOptions
from validator.edits import code_editor
from validator.edits.text import difference
from validator.fixer.passes import fix_code

from conftest import counted_calls

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
LAUNCHES = 12


def _workflow(launches: int) -> str:
    """A GitHub Actions workflow of `launches` curl steps, each sending `inputs` for `inputData` (a fix of two
    operations: the member renamed, its input prefixed)."""
    steps = "".join(f"""      - name: Launch {i}
        run: |
          curl -sS -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
            -H "Content-Type: application/json" \\
            -d '{{"flowId": "{FLOW}", "inputs": {{"a": {i}, "b c": "x\\\\y"}}}}'
""" for i in range(launches))
    return f"name: Launch\non: workflow_dispatch\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n{steps}"


def _data_actions(launches: int) -> str:
    """A data actions export of `launches` actions launching a flow, each body a JSON string with `inputs`."""
    return json.dumps([{"name": f"Launch {i}", "integrationType": "purecloud-data-actions", "actionType": "custom",
                        "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST",
                                               "headers": {"Content-Type": "application/json"},
                                               "requestTemplate": json.dumps({"flowId": FLOW, "inputs": {"a": i, "é\n": "\""}})},
                                   "response": {"translationMap": {}, "successTemplate": "${rawResult}"}}}
                       for i in range(launches)], indent=2)


CASES = [(".github/workflows/ci.yml", "github-actions", _workflow), ("actions.json", "data-action", _data_actions)]


@pytest.mark.parametrize(("name", "kind", "make"), CASES)
def test_a_fix_of_several_operations_is_written_in_its_strings_part_of_the_file(
        monkeypatch: pytest.MonkeyPatch, name: str, kind: str, make: object) -> None:
    text = make(LAUNCHES)  # type: ignore[operator]
    whole = counted_calls(monkeypatch, code_editor, "_embedded")  # an operation written in the whole file
    in_place = counted_calls(monkeypatch, edits, "_places_around")
    outcome = fix_code(text, name, kind, CheckOptions(), unsafe=True)
    assert len(outcome.applied) == LAUNCHES and outcome.fixed.count('"inputData"') + outcome.fixed.count(
        '\\"inputData\\"') == LAUNCHES, outcome.fixed  # reached: every launch's fix applied
    assert len(in_place) == LAUNCHES and not whole  # (two operations a fix, each written in the whole file: 24)
    monkeypatch.setattr(code_editor.LaunchEditor, "written_in_place", lambda self, text, operations: None)
    assert fix_code(text, name, kind, CheckOptions(), unsafe=True).fixed == outcome.fixed
    assert len(whole) == 2 * LAUNCHES  # (the reference written the old way)


def test_a_pass_finds_each_documents_fixes_in_one_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[int] = []

    class Walked(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            walks.append(1)
            return super().__iter__()

    real = passes.resolve_overlaps
    monkeypatch.setattr(passes, "resolve_overlaps", lambda *args, **kwargs: Walked(real(*args, **kwargs)))
    outcome = fix_code(_workflow(LAUNCHES), ".github/workflows/ci.yml", "github-actions", CheckOptions(), unsafe=True)
    assert len(outcome.applied) == LAUNCHES and walks  # reached
    assert len(walks) <= 6, len(walks)  # a few walks a pass, not one a launch (12 launches: 27)


def _edited(rng: random.Random, part: str) -> str:
    """The part with a random replacement (maybe at either end, maybe of nothing, maybe writing a CRLF)."""
    start = rng.randint(0, len(part))
    end = rng.randint(start, min(len(part), start + 3))
    return part[:start] + "".join(rng.choice("abcd\r\n") for _ in range(rng.randint(0, 3))) + part[end:]


@pytest.mark.parametrize("seeds", [range(0, 1500), range(1500, 3000)])
def test_the_edits_found_in_a_part_are_those_found_in_the_whole_text(seeds: range) -> None:
    reached = 0
    for seed in seeds:
        rng = random.Random(seed)
        text = "".join(rng.choice("abcd\r\n") for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        parts = [text[start:end]]
        for _ in range(rng.randint(1, 3)):
            parts.append(_edited(rng, parts[-1]))
        found = edits._places_around(text, start, end, parts)
        if found is not None:
            reached += 1
            assert found == edits._places(difference, [text[:start] + part + text[end:] for part in parts]), seed
    assert reached > len(seeds) // 5, reached  # (an edit at a part's end: None, the whole texts then compared)
