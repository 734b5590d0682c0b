"""A walked config file's section naming a flow beside settings of its own (`genesys: {region, flowId, flowVersion}`,
`launcher: {flowId, name, enabled}`) is a setting, not a body in an envelope: before, a second launch key (flowVersion,
name) made it "mostly a launch", and it got FL101 "`genesys` is not part of the launch request", an error resting on a
guess. So is a walked file of flow inputs alone (`{"Flow.customerName": …}`: an inputs file, merged into inputData at
run time), which got FL103 and an FL102 per input. Named, each gets the same one note (FL012); a body
in an envelope (`data`, `request`, `launch`…) or a section of nothing but launch members is still judged walked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

SETTINGS = {
    "f.yaml": f'genesys:\n  region: eu-west-1\n  flowId: {UUID}\n  flowVersion: "3.0"\n',
    "g.yaml": f"genesys:\n  region: eu-west-1\n  flowId: {UUID}\n  flowVersion: 3\n",
    "i.json": json.dumps({"launcher": {"flowId": UUID, "name": "Nightly", "enabled": True}}),
    "inputs.json": json.dumps({"Flow.customerName": "Ada", "Flow.attempt": 2}),
}
#: Still bodies when walked, each with the mistake it holds.
BODIES = {
    "wrapped.json": (json.dumps({"launch": {"flowId": UUID, "name": "Nightly", "region": "eu"}}), "FL101"),
    "request.json": (json.dumps({"request": {"flowId": UUID, "flowVersion": "3.0", "priority": 1}}), "FL101"),
    "workflow.json": (json.dumps({"workflow": {"flowId": UUID, "name": "Nightly"}}), "FL101"),
    "flat.json": (json.dumps({"flowId": UUID, "Flow.customerName": "Ada"}), "FL102"),
}


def codes(*args: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for d in diagnostics("--no-cache", *args):
        if d["code"] != "FL200":
            found.setdefault(d["file"], []).append(d["code"])
    return found


@pytest.mark.parametrize(("value", "depth"), [
    ({"genesys": {"region": "eu-west-1", "flowId": UUID, "flowVersion": "3.0"}}, "record"),
    ({"launcher": {"flowId": UUID, "name": "Nightly", "enabled": True}}, "record"),
    ({"Flow.customerName": "Ada", "Flow.attempt": 2}, "inputs"),
    ({"launch": {"flowId": UUID, "name": "Nightly", "region": "eu"}}, "shallow"),
    ({"data": {"flowId": UUID, "flowVersion": "3.0", "priority": 1}}, "shallow"),
    ({"workflow": {"flowId": UUID, "name": "Nightly"}}, "shallow"),
    ({"genesys": {"flowId": UUID, "inputData": {"Flow.x": 1}}}, "shallow"),
])
def test_a_section_with_settings_of_its_own_is_no_envelope(value: Any, depth: str) -> None:
    assert launch_key_depth(value) == depth


def test_walked_settings_get_no_error_and_say_why_with_v(tmp_path: Path) -> None:
    for name, text in SETTINGS.items():
        (tmp_path / name).write_text(text)
    for name, (text, _) in BODIES.items():
        (tmp_path / name).write_text(text)
    walked = codes(".")
    assert {name: sorted(set(found)) for name, found in walked.items()} == \
        {name: [code] for name, (_, code) in BODIES.items()}  # reached: the bodies beside them are judged
    verbose = codes("-v", ".")
    assert all(verbose[name] == ["FL012"] for name in SETTINGS)
    named = codes(*SETTINGS)  # named: judged as the walk judges it, one note each (review A, issue 15)
    assert named == {name: ["FL012"] for name in SETTINGS}
