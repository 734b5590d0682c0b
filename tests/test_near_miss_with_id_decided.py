"""Whether a near miss has a flow ID after it is decided once, where the URL is read (urls._near_miss_url sets
LaunchUrl.near_miss_id), and FL308's help and fix read that: they ran the edit distance again on `near_miss` to
tell the two apart (the last final read's smell)."""

from __future__ import annotations

from typing import Any

import pytest

from validator.genesys import paths
from validator.sources.model import Text
from validator.sources.urls import launch_url

from conftest import check_text

HOST = "https://api.mypurecloud.com"


@pytest.mark.parametrize(("url", "flow_id"), [(f"{HOST}/api/v2/flows/execution", ""),
                                              (f"{HOST}/api/v2/flows/execution/8f3c2a1e", "8f3c2a1e"),
                                              (f"{HOST}/api/v2/flows/execution/8f3c2a1e/", "8f3c2a1e")])
def test_the_url_says_which_flow_id_follows_its_near_miss(url: str, flow_id: str) -> None:
    found = launch_url(Text((url,)))
    assert found is not None and found.near_miss == url.removeprefix(HOST) and found.near_miss_id == flow_id


def test_fl308s_help_and_fix_run_no_edit_distance(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.rules import request

    real = request._path_help
    measured: list[int] = []

    def help_counted(*args: Any) -> str:
        calls: list[int] = []
        original = paths.edits

        def counted(*inner: Any) -> int:
            calls.append(1)
            return original(*inner)

        monkeypatch.setattr(paths, "edits", counted)
        try:
            return real(*args)
        finally:
            monkeypatch.setattr(paths, "edits", original)
            measured.append(len(calls))

    monkeypatch.setattr(request, "_path_help", help_counted)
    text = (f'POST {HOST}/api/v2/flows/execution\nContent-Type: application/json\n\n'
            '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}\n')
    found = check_text(text, "launch.http")
    fl308 = [d for d in found if d["code"] == "FL308"]
    assert fl308 and fl308[0]["help"] == "send it to /api/v2/flows/executions"  # reached
    assert measured == [0]
