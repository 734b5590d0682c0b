"""The one fix pass loop (issue 18): candidates from every finding, not the capped few a report shows; one proof
per pass; a launch's fixes rendered against the launches already extracted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import validator
import validator.sources.extract as extract
from validator.checker.engine import CheckOptions, check_document
from validator.checker.launches import load_source
from validator.core.caps import MAX_PER_KIND

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_every_key_of_a_big_body_is_fixed_not_only_the_shown_ones() -> None:
    keys = 2000
    body = json.dumps({"flowId": UUID, "inputData": {f"key{i}": "x" for i in range(keys)}}, indent=2)
    shown = validator.check(body)
    assert sum(d.code == "FL203" for d in shown.diagnostics) == MAX_PER_KIND  # a report shows the first few
    result = validator.fix(body, unsafe=True)
    inputs = json.loads(result.body)["inputData"]
    assert list(inputs) == [f"Flow.key{i}" for i in range(keys)]  # every one renamed, in place
    assert len(result.applied) == keys and not result.remaining.diagnostics


def _launches(count: int) -> str:
    return "".join(f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
                   f'  body: JSON.stringify({{ flowID: "{UUID}", inputData: {{}} }}) }});\n' for _ in range(count))


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    counted: list[str] = []
    real = extract._read  # every extraction of a file's text goes through it

    def counting(kind: str, text: str, *args: Any, **kwargs: Any) -> Any:
        counted.append(kind)
        return real(kind, text, *args, **kwargs)

    monkeypatch.setattr(extract, "_read", counting)
    return counted


def test_a_launch_fix_is_rendered_against_the_launches_already_extracted(extractions: list[str]) -> None:
    launches = 30
    documents = load_source("javascript", _launches(launches).encode(), "many.js")
    assert extractions == ["javascript"]
    diagnostics = [d for document in documents for d in check_document(document, CheckOptions())]
    renamed = [d for d in diagnostics if d.code == "FL102" and d.fix is not None and d.fix.edits]
    assert len(renamed) == launches  # reached: each launch's fix rendered as an edit
    # Each rendering is proven by extracting its edited text once; the text as loaded is never extracted again.
    assert len(extractions) == 1 + launches


def test_fixing_many_launches_extracts_the_file_once_per_pass(tmp_path: Path, extractions: list[str]) -> None:
    launches = 30
    path = tmp_path / "many.js"
    path.write_text(_launches(launches))
    result = flowlint("check", "--fix", str(path))
    assert "fixed 30 findings" in result.stdout, result.stdout
    assert path.read_text().count("flowId:") == launches  # reached: every launch fixed
    assert len(extractions) <= 4  # read, one pass proven by one extraction, the pass that finds nothing left


def test_a_body_given_as_an_object_gets_every_fix_not_a_reports_first_of_each_rule() -> None:
    """fix_value chose from a capped check: past MAX_PER_KIND x MAX_PASSES findings of one rule, the rest were left."""
    import validator
    from validator.core.caps import MAX_PER_KIND
    from validator.fixer.passes import MAX_PASSES

    n = MAX_PER_KIND * MAX_PASSES + 10
    body = {"flowId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "inputData": {f"x{i}": "s" for i in range(n)}}
    before = validator.check(body).diagnostics
    assert [d.code for d in before].count("FL203") == MAX_PER_KIND and "FL008" in [d.code for d in before]  # reached: capped
    result = validator.fix(body)
    assert len(result.applied) == n and result.remaining.diagnostics == []
    assert all(key.startswith("Flow.") for key in result.body["inputData"]) and "x0" in body["inputData"]  # a copy
