"""FL305's literal Authorization token is masked, not the header around it: `-H "Authorization: Bearer ****"` shows
the header's name, its scheme and its quotes (before, the whole `"Authorization: Bearer …"` argument was starred,
hiding what is no secret). A token the header's text does not write as read (an escape in it) masks the header whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
TOKEN = "Zq8vR4nT7pLm2XwQ9sKdLIT"


@pytest.mark.parametrize(("name", "text", "shown"), [
    ("l.sh", f"curl -X POST {URL} -d '{{\"flowId\": \"{UUID}\", \"inputData\": {{\"x\": 3}}}}' "
             f"-H \"Authorization: Bearer {TOKEN}\"\n", '-H "Authorization: Bearer ' + "*" * len(TOKEN) + '"'),
    ("l.py", f"import requests\nrequests.post(\"{URL}\", json={{\"flowId\": \"{UUID}\", \"inputData\": {{\"x\": 3}}}}, "
             f"headers={{\"Authorization\": \"Bearer {TOKEN}\"}})\n",
     '{"Authorization": "Bearer ' + "*" * len(TOKEN) + '"}'),
])
def test_only_the_token_of_a_literal_authorization_is_masked(tmp_path: Path, name: str, text: str, shown: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = flowlint("check", "--no-cache", "--no-color", str(path))
    assert "FL305" in result.stdout and "FL203" in result.stdout, result.stdout  # reached
    assert TOKEN not in result.output
    assert shown in result.stdout, result.stdout


def test_a_token_written_with_an_escape_masks_its_header_whole(tmp_path: Path) -> None:
    path = tmp_path / "l.py"
    escaped = TOKEN.replace("w", "\\u0077")
    assert escaped != TOKEN
    path.write_text(f"import requests\nrequests.post(\"{URL}\", json={{\"flowId\": \"{UUID}\", \"inputData\": {{\"x\": 3}}}}, "
                    f"headers={{\"Authorization\": \"Bearer {escaped}\"}})\n")
    result = flowlint("check", "--no-cache", "--no-color", str(path))
    assert "FL305" in result.stdout and "FL203" in result.stdout, result.stdout  # reached
    assert TOKEN[:10] not in result.output and "u0077" not in result.output, result.output
