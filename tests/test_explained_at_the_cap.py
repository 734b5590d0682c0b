"""A report shows the first MAX_PER_KIND findings of a rule and counts the rest (FL008): only those shown are worked out
(words, did-you-mean, fix). A body of 10,000 mistakes had every one explained, each undeclared input compared with
every declared name (~1 ms apiece), and the editor server's check explained them three times (the report, a fix's
proof, and the proof's look past the cap) before cutting them to 20."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.checker import engine
from validator.core.caps import MAX_PER_KIND
from validator.rules import envelope, inputs
from validator.run.buffer import check_buffer

from conftest import UUID, check_text, flowlint

#: A flow ID the suite's contract store has no contract for.
OTHER = "0b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091"


def _counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    """The calls of `owner.name` from now on (each one's first argument)."""
    calls: list[object] = []
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def _schema(tmp_path: Path, names: list[str]) -> str:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "object", "properties": {name: {"type": "string"} for name in names}}))
    return str(schema)


def test_undeclared_inputs_past_the_cap_are_counted_exactly_but_not_guessed(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    schema = _schema(tmp_path, [f"Flow.customer{i}" for i in range(30)])
    guesses = _counting(monkeypatch, inputs, "closest")
    body = {"flowId": UUID, "inputData": {f"Flow.custome{i}": "x" for i in range(300)}}
    said = flowlint("check", "--no-color", "--flow-schema", schema, "--stdin-filename", "b.json", "-", input=json.dumps(body))
    assert said.stdout.count("is not an input of the flow; did you mean `Flow.customer") == 20  # each shown one explained
    assert "280 more FL202 (unknown-input) findings in this file are not shown" in said.stdout  # the count stays exact
    assert 20 <= len(guesses) <= 30  # a text report checks once: not one guess per input (300)


def test_inputs_lacking_the_prefix_past_the_cap_are_counted_exactly_but_not_explained(
        monkeypatch: pytest.MonkeyPatch) -> None:
    explained = _counting(monkeypatch, envelope._Explainer, "declared_input")
    found = check_text(json.dumps({"flowId": OTHER, "inputData": {f"order{i}": i for i in range(500)}}))
    shown = [d for d in found if d["code"] == "FL203"]
    assert len(shown) == 20 and all(d["fix"]["message"].startswith("rename it `Flow.order") for d in shown)
    assert next(d for d in found if d["code"] == "FL008")["message"].startswith("480 more FL203 ")
    assert 20 <= len(explained) < 500  # (a report, and a proof of each fix shown: fewer, together, than one per input)


def test_a_counted_finding_the_merge_brings_among_those_shown_is_explained(tmp_path: Path) -> None:
    # 25 wrappers in inputData (each `params` as written another way): each is FL101, which explains the FL202 the
    # contract gives it, so the first FL202s worked out are all dropped and those shown are ones past the cap.
    schema = _schema(tmp_path, [f"Flow.customer{i}" for i in range(30)])
    wrappers = {"params" + "_" * i: {"a": 1} for i in range(25)}
    body = {"flowId": UUID, "inputData": {**wrappers, **{f"Flow.custome{i}": "x" for i in range(40)}}}
    said = flowlint("check", "--no-color", "--flow-schema", schema, "--stdin-filename", "b.json", "-", input=json.dumps(body))
    assert said.stdout.count(" FL101 error ") == 20
    assert said.stdout.count("is not an input of the flow; did you mean `Flow.customer") == 20
    assert "20 more FL202 (unknown-input) findings in this file are not shown" in said.stdout


def test_the_editor_check_of_a_big_broken_body_explains_the_shown_findings_only(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    explained = _counting(monkeypatch, envelope._Explainer, "declared_input")
    checks = _counting(monkeypatch, engine, "check_envelope")
    path = tmp_path / "body.json"
    text = json.dumps({"flowId": "order-flow", "inputData": {f"order{i}": i for i in range(300)}})
    found = check_buffer(str(path), text).diagnostics
    assert [d.code for d in found].count("FL203") == 20
    assert all(d.fix is not None and d.fix.edits for d in found if d.code == "FL203")  # each proven by a re-check
    assert next(d for d in found if d.code == "FL008").message.startswith("280 more FL203 ")
    # The check, and a re-check to prove each fix shown, each explaining the first 22 (each explained all 300, and
    # one more check looked past the cap)
    assert len(checks) == 21
    assert 20 <= len(explained) <= (MAX_PER_KIND + 2) * len(checks)
