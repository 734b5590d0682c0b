"""A file's requests are each asked where they are sent once (urls.to_endpoint) when its launches are loaded: the
loader asked it again in each of its passes (launches, the unsure, the near misses, -v's probes and wrong examples),
rendering each URL six times (the last final read's smell)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources import extract, urls

from conftest import UUID, flowlint


def test_each_request_is_asked_where_it_is_sent_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []
    real = urls.to_endpoint

    def counted(request: Any) -> Any:
        asked.append(request)
        return real(request)

    monkeypatch.setattr(extract, "to_endpoint", counted)
    path = tmp_path / "launch.js"
    path.write_text("".join(f"fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{method: 'POST', headers: "
                            f"{{'Content-Type': 'application/json'}}, body: JSON.stringify({{flowId: '{UUID}', "
                            f"inputData: {{'Flow.customerName': 'n{i}'}}}})}});\n" for i in range(3)))
    result = flowlint("check", "--no-cache", "-v", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    assert len(asked) == 3 and len({id(request) for request in asked}) == 3


def test_a_notes_near_miss_is_found_once_and_its_help_written_in_one_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The FL011 note of a near miss no launch uses found the near miss twice (its help, then its words)."""
    asked: list[str] = []
    real = extract._near_miss_named

    def counted(url: str) -> Any:
        asked.append(url)
        return real(url)

    monkeypatch.setattr(extract, "_near_miss_named", counted)
    path = tmp_path / "urls.py"
    path.write_text('LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/execution"\n')
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert "FL011" in result.output and len(asked) == 1, (asked, result.output)
    assert "send it to /api/v2/flows/executions (the platform answers 404 at `/api/v2/flows/execution`)" in result.output
