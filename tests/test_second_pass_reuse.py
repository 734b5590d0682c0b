"""The imported-URL second pass reuses what the first pass has: a marked file's exports (kept with its mark, not
parsed again) and what the first pass said of a file that also launches with the endpoint written in it (not checked
again to learn it). Work counts, never times."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import launches
from validator.sources import code

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
BOTH = ("import requests\nfrom .constants import LAUNCH_URL\n\n\ndef launch(flow_id):\n"
        '    return requests.post(LAUNCH_URL, json={"flowID": flow_id}, timeout=5)\n\n\ndef direct(flow_id):\n'
        "    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={'flowId': flow_id, 'kind': 1})\n")


def _counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[str]:
    seen: list[str] = []
    real = getattr(owner, name)

    def counted(kind: str, data: Any, path: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(path))
        return real(kind, data, path, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return seen


@pytest.mark.parametrize("cache", [("--no-cache",), ()])
def test_each_file_is_read_for_launches_once_per_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      cache: tuple[str, ...]) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(f'LAUNCH_URL = "{BAD_HOST}"\n', encoding="utf-8")
    (app / "launch.py").write_text(BOTH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    read = _counting(monkeypatch, launches, "load_source")
    result = flowlint("check", "--format", "json", "-j", "1", *cache, ".")
    found = json.loads(result.stdout)["diagnostics"]
    # Both launches of launch.py are judged: the direct one's FL101 (`kind`) once, the imported one's host and body.
    assert sorted(d["code"] for d in found if d["file"] == "app/launch.py") == ["FL101", "FL102", "FL302"]
    # The first pass reads both files; the second reads launch.py with its import resolved, and nothing else.
    assert read.count("app/launch.py") == 2, read
    assert read.count("app/constants.py") == 1, read


def test_a_marked_file_is_parsed_once_in_a_cold_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text(f'LAUNCH_URL = "{BAD_HOST}"\n', encoding="utf-8")
    (app / "launch.py").write_text(BOTH.split("\n\n\ndef direct")[0] + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    parses: list[str] = []
    real = code.parsed

    def counted(kind: str, text: str) -> Any:
        parses.append(text[:11])
        return real(kind, text)

    monkeypatch.setattr(code, "parsed", counted)
    result = flowlint("check", "--format", "json", "-j", "1", "--no-cache", ".")
    assert "FL302" in result.stdout
    # The constants' module: its first pass, then its mark (exports kept, not parsed again by the second pass).
    assert parses.count("LAUNCH_URL ") == 2, parses
