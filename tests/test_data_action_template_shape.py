"""A data action whose requestTemplate is no string (a list) is not said to send the platform's default template
(`${input.rawRequest}`, which only a missing requestTemplate gives): its body is unknown, named as the member."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import diagnostics


def action(template: object) -> str:
    request: dict[str, object] = {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST", "headers": []}
    if template is not None:
        request["requestTemplate"] = template
    return json.dumps({"name": "x", "integrationType": "purecloud-data-actions", "actionType": "custom",
                       "config": {"request": request}, "contract": 1})


def test_a_list_template_is_not_the_default_one(tmp_path: Path) -> None:
    (tmp_path / "d.custom.json").write_text(action(["x"]))
    [note] = [d for d in diagnostics("--no-cache", "-v", str(tmp_path)) if d["code"] == "FL011"]
    assert "the launch's body is not known here (`requestTemplate`)" in note["message"], note
    assert "rawRequest" not in note["message"]


def test_a_missing_template_is_the_default_one(tmp_path: Path) -> None:
    (tmp_path / "d.custom.json").write_text(action(None))
    [note] = [d for d in diagnostics("--no-cache", "-v", str(tmp_path)) if d["code"] == "FL011"]
    assert "`${input.rawRequest}`" in note["message"], note
