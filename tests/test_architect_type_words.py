"""A flow's YAML names each input's Architect type (a Date, a User collection) where the schema it makes writes only a
JSON type (a string, anything): the findings say the flow's own type, and a number given to a Date is not "fixed" by
quoting it (20250329 quoted is text, not a date)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics

FLOW_ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def variable(kind: str, name: str) -> str:
    return (f"    - {kind}:\n        name: {name}\n        initialValue:\n          noValue: true\n"
            "        isInput: true\n        isOutput: false\n")


def found(tmp_path: Path, inputs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    (tmp_path / "flow.yaml").write_text("workflow:\n  name: Demo\n  defaultLanguage: en-us\n  variables:\n"
                                        + variable("dateVariable", "Flow.day") + variable("dateTimeVariable", "Flow.at")
                                        + variable("userCollectionVariable", "Flow.agents")
                                        + variable("stringVariable", "Flow.note")
                                        + variable("integerCollectionVariable", "Flow.counts"))
    (tmp_path / ".flowlint.toml").write_text(f'[flows]\n"{FLOW_ID}" = "flow.yaml"\n')
    (tmp_path / "body.json").write_text(json.dumps({"flowId": FLOW_ID, "inputData": inputs}))
    return {d["pointer"]: d for d in diagnostics("--no-cache", "body.json") if d["code"] == "FL204"}


def test_the_flows_own_type_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    said = found(tmp_path, {"Flow.day": 20250329, "Flow.agents": "u1", "Flow.note": 7, "Flow.counts": ["1"]})
    assert said["/inputData/Flow.day"]["message"].endswith("the flow declares it as a Date")
    assert said["/inputData/Flow.agents"]["message"].endswith("the flow declares it as a User collection")
    assert said["/inputData/Flow.note"]["message"].endswith("the flow declares it as a String")
    assert said["/inputData/Flow.counts/0"]["message"].endswith("the flow declares it as an Integer")


def test_a_number_given_to_a_date_is_not_quoted_as_a_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    said = found(tmp_path, {"Flow.day": 20250329, "Flow.at": 1743242400, "Flow.note": 7})
    for pointer, shape in (("/inputData/Flow.day", "YYYY-MM-DD"), ("/inputData/Flow.at", "YYYY-MM-DDThh:mm:ssZ")):
        assert said[pointer].get("fix") is None, said[pointer]  # reached (an FL204), and no fix that writes a non-date
        assert shape in said[pointer]["help"]
    assert said["/inputData/Flow.note"]["fix"]["message"].startswith("quote it")  # a String's number is still quoted
