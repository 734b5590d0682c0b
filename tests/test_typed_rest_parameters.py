"""An annotation on a wrapper's `**kwargs` changes nothing: the caller's body is forwarded and checked as without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

_WRAPPER = '''import requests
from typing import Any


class GenesysClient:
    LAUNCH = "/api/v2/flows/executions"

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()

    def _request(self, method: str, path: str, {rest}) -> requests.Response:
        return self.session.request(method, f"{{self.base_url}}{{path}}", **kwargs)

    def launch(self, flow_id: str) -> str:
        return self._request("POST", self.LAUNCH, json={{"flowID": flow_id}}).json()["id"]
'''


@pytest.mark.parametrize("rest", ["**kwargs", "**kwargs: Any", "**kwargs: 'dict[str, Any]'", "*args: Any, **kwargs: Any"])
def test_an_annotated_kwargs_still_forwards_the_body(tmp_path: Path, rest: str) -> None:
    path = tmp_path / "client.py"
    path.write_text(_WRAPPER.format(rest=rest), encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    found = [(d["code"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert ("FL102", 16) in found, found  # `flowID` in the caller's body: read through the wrapper
