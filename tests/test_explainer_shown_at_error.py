"""A finding is explained away only by one shown at error (review2 item 1): turning FL101 down or off, or ignoring it
for a file, leaves the FL201 of the input its wrapper keeps from being sent, in check and serve alike."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from validator.core.diagnostics import Severity
from validator.serve import app

from conftest import ROOT, UUID, flowlint

STORE = ROOT / ".flowlint" / "flows"
#: `inputs` is no member of the launch: no inputData is sent, so the flow's required `Flow.customerName` is missing.
WRAPPED = {"flowId": UUID, "inputs": {"customerName": "a", "orderCount": "two"}}


def codes(tmp_path: Path, *args: str, config: str = "") -> tuple[int, list[tuple[str, str]]]:
    """The exit code and (code, severity) of each diagnostic of `check` run in `tmp_path` (its config there)."""
    (tmp_path / "w.json").write_text(json.dumps(WRAPPED), encoding="utf-8")
    (tmp_path / ".flowlint.toml").write_text(config, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = flowlint("check", "--no-cache", "--format", "json", "--contracts", str(STORE), *args, "w.json")
    return result.exit_code, [(d["code"], d["severity"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_fl101_at_error_explains_the_missing_input(tmp_path: Path) -> None:
    assert codes(tmp_path) == (1, [("FL101", "error")])  # one mistake, one finding: the wrapper's move fixes both


@pytest.mark.parametrize(("args", "config", "shown"), [
    ((), '[severity]\nFL101 = "warning"\n', [("FL201", "error"), ("FL101", "warning")]),
    (("--ignore", "FL101"), "", [("FL201", "error")]),
    ((), '[per-file-ignores]\n"w.json" = ["FL101"]\n', [("FL201", "error")]),
])
def test_an_explainer_not_shown_at_error_explains_nothing(tmp_path: Path, args: tuple[str, ...], config: str,
                                                          shown: list[tuple[str, str]]) -> None:
    assert codes(tmp_path, *args, config=config) == (1, shown)


def test_serve_refuses_it_as_check_does() -> None:
    async def run(severities: dict[str, Severity | None]) -> httpx.Response:
        application = app(STORE, auth=False, severities=severities)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(application), base_url="http://serve") as client:
            return await client.post("/api/v2/flows/executions", json=WRAPPED)

    answer = asyncio.run(run({"FL101": Severity.WARNING}))
    assert answer.status_code == 400, answer.text
    assert [d["code"] for d in answer.json()["diagnostics"]] == ["FL201", "FL101"]  # the warning said beside it
    answer = asyncio.run(run({"FL101": None}))
    assert answer.status_code == 400 and [d["code"] for d in answer.json()["diagnostics"]] == ["FL201"]
