"""--force-exclude (pre-commit, lint-staged) decides which named files are skipped, never how a kept one is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID2, flowlint

NAMED = {
    ".env.example": "GENESYS_LAUNCH_URL=https://api.mypurecloud.com/api/v2/flows/executions\n",
    "notes.txt": "launch with POST https://api.mypurecloud.com/api/v2/flows/executions\n",
    "Dockerfile": "FROM alpine\nRUN curl -X POST https://api.mypurecloud.com/api/v2/flows/executions\n",
    "body.txt": json.dumps({"flowId": UUID2, "type": "flow"}),  # a body by its bytes, named: judged either way
    "launch.json": json.dumps({"flowId": UUID2, "type": "flow"}),
    "launch.sh": f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -d '{{\"flowId\":\"{UUID2}\",\"x\":1}}'\n",
}


def findings(*args: str) -> tuple[int, list[tuple[str, str, str]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    found = json.loads(result.stdout)["diagnostics"]
    return result.exit_code, sorted((d["file"], d["code"], d["severity"]) for d in found)


def test_a_kept_named_file_reads_the_same_with_force_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in NAMED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    plain = findings("--", *NAMED)
    # reached: the text files are noted as not read (FL012), the bodies and the curl get their errors
    assert ("notes.txt", "FL012", "info") in plain[1] and (".env.example", "FL012", "info") in plain[1]
    assert ("body.txt", "FL101", "error") in plain[1] and ("launch.sh", "FL102", "error") in plain[1]
    assert findings("--force-exclude", "--", *NAMED) == plain
    assert not any(code == "FL003" for _, code, _ in plain[1])


def test_force_exclude_still_skips_excluded_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in NAMED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.flowlint]\nexclude = ["notes.txt", "body.txt"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, found = findings("--force-exclude", "--", *NAMED)
    assert code == 1 and ("launch.json", "FL101", "error") in found
    assert not {"notes.txt", "body.txt"} & {file for file, _, _ in found}
