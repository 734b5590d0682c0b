"""A walked JSON/YAML file that is not a launch gets no finding: a locale's labels for the launch's fields, and launch
defaults merged with a flowId at run time; named (or included), the defaults are judged as bodies and the labels
get one note (FL012)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import UUID2, flowlint

NOT_LAUNCHES = {
    "locales/en.json": json.dumps({"flowId": "Flow ID", "flowVersion": "Flow version", "inputData": "Input data",
                                   "launch": "Launch"}),
    "locales/fr.json": json.dumps({"flowId": "ID du flux", "flowVersion": "Version du flux",
                                   "inputData": "Données d'entrée", "errors": {"required": "Requis"}}, ensure_ascii=False),
    "locales/de.json": json.dumps({"flowId": "Flow ID", "name": "Name"}),
    "config/launch-defaults.json": json.dumps({"flowVersion": "3.0", "inputData": {"Flow.channel": "sms"}}),
    "config/launch-template.yaml": "# merged at run time with the flowId\nflowVersion: '3.0'\nname: nightly batch\n"
                                   "inputData:\n  Flow.batch: true\n",
    "config/input-named-flow-id.json": json.dumps({"flowVersion": "3.0", "inputData": {"Flow.flowId": "x"}}),
}
#: Bodies a walk still judges: each names a flow ID (a UUID, a misspelling, a wrapper) or holds no label.
LAUNCHES = {
    "bodies/double.json": (json.dumps({"flowId": UUID2, "inputData": json.dumps({"Flow.x": 1})}), "FL105"),
    "bodies/prose.json": (json.dumps({"flowId": UUID2, "inputData": "customer data"}), "FL105"),
    "bodies/misspelt.json": (json.dumps({"flowld": UUID2, "inputData": {"Flow.x": 1}}), "FL102"),
    "bodies/id.json": (json.dumps({"id": UUID2, "inputData": {"Flow.x": 1}}), "FL102"),
    "bodies/in-inputs.json": (json.dumps({"inputData": {"flowId": UUID2, "Flow.x": 1}}), "FL103"),
    "bodies/wrapped.json": (json.dumps({"configuration": {"flowId": UUID2}, "inputData": {"Flow.x": 1}}), "FL101"),
    "bodies/flow-name.json": (json.dumps({"flowId": "Customer Survey", "flowVersion": "latest"}), "FL104"),
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A Genesys project (a flowlint config in use): a walked body is judged on its keys, a flow's name as its flowId too
    # (outside one it needs a sign of Genesys: tests/test_walked_other_engines.py).
    (tmp_path / ".flowlint.toml").write_text("", encoding="utf-8")
    for relative, text in {**NOT_LAUNCHES, **{name: body for name, (body, _) in LAUNCHES.items()}}.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def found(*args: str) -> set[tuple[str, str]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    return {(Path(d["file"]).as_posix(), d["code"]) for d in json.loads(result.stdout)["diagnostics"]}


def test_a_walk_judges_the_launches_and_passes_the_rest(repo: Path) -> None:
    walked = found(".")
    assert {(name, code) for name, (_, code) in LAUNCHES.items()} <= walked  # the walk reached and judged the bodies
    assert not {name for name, _ in walked} & set(NOT_LAUNCHES)


def test_named_fragments_are_judged_as_bodies_and_labels_noted(repo: Path) -> None:
    named = found(*NOT_LAUNCHES)
    assert ("config/launch-defaults.json", "FL103") in named and ("config/launch-template.yaml", "FL103") in named
    # a locale's labels are judged as the walk judges them: one note (FL012), no error (review A, issue 15)
    assert {code for name, code in named if name.startswith("locales/")} == {"FL012"}
    assert {name for name, _ in named if name.startswith("locales/")} == {"locales/en.json", "locales/fr.json",
                                                                         "locales/de.json"}


@pytest.mark.parametrize(("value", "depth"), [
    ({"flowId": "Flow ID", "inputData": "Input data"}, "record"),
    ({"flowVersion": "3.0", "inputData": {"Flow.a": 1}}, "partial"),
    ({"flowVersion": "3.0", "inputData": {"Flow.a": 1}, "flow": {"id": UUID2}}, "shallow"),
    ({"flowId": UUID2, "inputData": "Input data"}, "shallow"),
    ({"flowId": "Flow ID", "flowVersion": "2.0"}, "record"),
    ({"flowId": "Survey", "flowVersion": "2.0"}, "shallow"),
    ([{"inputData": {"Flow.a": 1}}], "record"),
])
def test_launch_key_depth(value: object, depth: str) -> None:
    assert launch_key_depth(value) == depth
