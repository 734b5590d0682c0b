"""flowVersion written as a number in code is quoted as written, safely, as in a JSON payload (`3.10` stays "3.10")."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

UUID = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # a flow with no contract here: no known version to match

API = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.parametrize(("name", "text", "written"), [
    ("v.py", f'import requests\nrequests.post("{API}", json={{"flowId": "{UUID}", "flowVersion": 3.10}})\n', "3.10"),
    ("v.ts", f'import axios from "axios";\naxios.post("{API}", {{flowId: "{UUID}", flowVersion: 3.0}});\n', "3.0"),
])
def test_a_code_flow_version_number_is_quoted_as_written(tmp_path: Path, name: str, text: str, written: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    checked = flowlint("check", "--no-cache", str(path))
    assert f'fix: quote it: "flowVersion": "{written}"' in checked.output, checked.output
    sent = {"3.10": "3.1", "3.0": "3"}[written]  # the message says what is sent; the fix, what was meant
    assert f"`flowVersion` is the number {sent};" in checked.output
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == text.replace(f"flowVersion\": {written}", f"flowVersion\": \"{written}\"").replace(
        f"flowVersion: {written}", f'flowVersion: "{written}"')
