"""A launch body written as a literal and sent as its UTF-8 bytes is read through the encoding, as the urllib path
always was: Python's `.encode()`, `.encode("utf-8")`, `bytes(…, "utf-8")`, `bytearray(…, encoding=…)`; JavaScript's
`Buffer.from(…)`, `new TextEncoder().encode(…)`, `new Blob([…])`. Bytes in another encoding, or handed to an option
the client serializes itself (requests' `json=`, got's `json:`), stay not known: an FL011 note, never a guess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"
PY_BODY = 'json.dumps({"flowId": "case-flow", "inputs": {"caseId": case_id}})'
JS_BODY = "JSON.stringify({ flowId: 'case-flow', inputs: { caseId: '1' } })"

pytestmark = pytest.mark.usefixtures("in_tmp")


def python(data: str) -> str:
    return (f"import json, requests\n\ndef launch(token, case_id):\n    return requests.post(\"{API}\",\n"
            f"        data={data},\n        headers={{\"Content-Type\": \"application/json\"}})\n")


def javascript(body: str) -> str:
    return (f"const encoder = new TextEncoder();\nexport const launch = () => fetch('{API}', {{ method: 'POST',\n"
            f"  headers: {{ 'Content-Type': 'application/json' }},\n  body: {body} }});\n")


def codes(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    said: list[dict[str, Any]] = diagnostics("--no-cache", "-v", name)
    return sorted({d["code"] for d in said})


@pytest.mark.parametrize("data", [
    f"{PY_BODY}.encode()", f'{PY_BODY}.encode("utf-8")', f"{PY_BODY}.encode(encoding='UTF_8')",
    f'bytes({PY_BODY}, "utf-8")', f'bytearray({PY_BODY}, encoding="utf8")', f"bytearray({PY_BODY}.encode())"])
def test_python_bytes_of_a_literal_body_are_read(tmp_path: Path, data: str) -> None:
    found = codes(tmp_path, "launch.py", python(data))
    assert "FL101" in found and "FL104" in found  # the body's `inputs` and flow name, inside the bytes
    assert "FL011" not in found


@pytest.mark.parametrize("body", [
    f"Buffer.from({JS_BODY})", f"Buffer.from({JS_BODY}, 'utf8')", f"new TextEncoder().encode({JS_BODY})",
    f"encoder.encode({JS_BODY})", f"new Blob([{JS_BODY}])", f"new Blob([Buffer.from({JS_BODY})])"])
def test_javascript_bytes_of_a_literal_body_are_read(tmp_path: Path, body: str) -> None:
    found = codes(tmp_path, "launch.js", javascript(body))
    assert "FL101" in found and "FL104" in found
    assert "FL011" not in found


@pytest.mark.parametrize(("name", "text"), [
    ("launch.py", python(f'{PY_BODY}.encode("utf-16")')),  # other bytes than the JSON text's UTF-8
    ("launch.py", python(f"bytes({PY_BODY})")),  # a TypeError: nothing is sent
    ("launch.py", python("x").replace("data=x", f"json={PY_BODY}.encode()")),  # json= cannot serialize bytes
    ("launch.js", javascript(f"Buffer.from({JS_BODY}, 'base64')")),
    ("launch.js", javascript(f"new Blob([{JS_BODY}], {{ type: 'text/plain' }})")),  # its type: a Content-Type
])
def test_bytes_not_of_the_text_stay_unknown(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert "FL011" in found  # the launch was read (its body said not known) ...
    assert "FL101" not in found and "FL104" not in found  # ... and nothing judged in bytes not known
