"""Misses and false positives outside the code readers: records that are no request, saved requests, URLs' userinfo,
the flow ID in the launch URL, Terraform inputs named `id`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics

RUN_ID = "a1b2c3d4-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def found(*args: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", *args)


def codes(said: list[dict[str, Any]]) -> list[str]:
    return sorted(d["code"] for d in said if d["code"] != "FL200")


pytestmark = pytest.mark.usefixtures("in_tmp")


RECORD = {"flowId": UUID, "id": RUN_ID, "status": "RUNNING", "dateLaunched": "2024-03-01T10:00:00Z"}
RECORDS = {
    "run.json": json.dumps(RECORD),
    "runs.json": json.dumps([RECORD, {**RECORD, "status": "COMPLETED", "dateCompleted": "2024-03-01T10:01:00Z"}]),
    "run.yaml": f"flowId: {UUID}\nid: {RUN_ID}\nstatus: 'FAILED'\nflowErrorInfo:\n  message: boom\n",
}


@pytest.mark.parametrize("name", RECORDS)
def test_a_kept_record_of_a_run_is_no_request(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(RECORDS[name])
    said = found(name)
    assert codes(said) == ["FL012"] and "a record of a flow execution" in said[0]["message"]
    assert codes(found(".")) == []  # walked: passed in silence


@pytest.mark.parametrize("body", [
    {"flowId": UUID, "status": "RUNNING"},  # no member only a run has
    {"flowId": UUID, "status": "active", "dateLaunched": "2024-03-01T10:00:00Z"},  # no run's status
    {"flowId": UUID, "status": "RUNNING", "dateLaunched": "2024-03-01T10:00:00Z", "inputData": {"Flow.x": "1"}},  # sends inputs
])
def test_a_request_with_a_stray_status_is_judged(tmp_path: Path, body: dict[str, Any]) -> None:
    (tmp_path / "body.json").write_text(json.dumps(body))
    said = found("body.json")
    assert "FL102" in codes(said) and any(d["pointer"] == "/status" for d in said)
