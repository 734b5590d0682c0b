"""A HAR entry with no postData whose bodySize is -1 (HAR 1.2: "not available") or not written does not say what the
launch sent: its body is unknown (an FL011 note with -v, as for other unknown bodies), never FL103 "the launch sends no
body". A bodySize of 0 still says no body was sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"

pytestmark = pytest.mark.usefixtures("in_tmp")


def har(request: dict[str, Any], status: int) -> str:
    entry = {"request": {"method": "POST", "url": API, "headers": [{"name": "Content-Type", "value": "application/json"}],
                         "queryString": [], "cookies": [], "headersSize": -1, **request},
             "response": {"status": status, "content": {"text": '{"message":"Invalid request body"}'}}}
    return json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=1)


def codes(tmp_path: Path, request: dict[str, Any], status: int, *args: str) -> list[dict[str, Any]]:
    (tmp_path / "session.har").write_text(har(request, status))
    return [d for d in diagnostics("--no-cache", *args, "session.har") if d["code"] != "FL200"]


@pytest.mark.parametrize("request_", [pytest.param({"bodySize": -1}, id="size-unknown"), pytest.param({}, id="no-size")])
def test_a_body_the_har_does_not_record_is_unknown(tmp_path: Path, request_: dict[str, Any]) -> None:
    assert codes(tmp_path, request_, 200) == []
    said = codes(tmp_path, request_, 200, "-v")
    assert [d["code"] for d in said] == ["FL011"], said  # reached: the launch was read
    assert "not known" in said[0]["message"] and "nothing in it was checked" in said[0]["message"]
    answered = codes(tmp_path, request_, 400)
    assert [d["code"] for d in answered] == ["FL306"]
    assert "does not say what body" in answered[0]["help"]


def test_a_recorded_size_of_zero_still_sends_no_body(tmp_path: Path) -> None:
    assert sorted(d["code"] for d in codes(tmp_path, {"bodySize": 0}, 200)) == ["FL103"]
