"""The editor publishes a buffer's findings under the buffer's own path: a finding located in another file (the body an
`.http` buffer reads with `< ./body.txt`) is that file's, never drawn at the same line and column of the buffer."""

from __future__ import annotations

import json
import os
from pathlib import Path

from validator.run.buffer import check_buffer

from conftest import flowlint

WRONG_HOST = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
REQUEST = f"POST {WRONG_HOST}\nContent-Type: application/json\n\n< ./body.txt\n"
BODY = '{"flowID": "{{flow}}", "inputData": {"customerName": "x"}}\n'


def test_a_read_through_body_files_findings_never_land_on_the_buffer(tmp_path: Path) -> None:
    (tmp_path / "body.txt").write_text(BODY)
    buffer = tmp_path / "launch.http"
    buffer.write_text(REQUEST)
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        checked = json.loads(flowlint("check", "--no-cache", "--format", "json", "launch.http").stdout)["diagnostics"]
    finally:
        os.chdir(here)
    # Reached: a check reads the body through the buffer and finds its mistakes there, and one in the buffer itself.
    assert {(Path(d["file"]).name, d["code"]) for d in checked} >= {("body.txt", "FL102"), ("launch.http", "FL302")}, checked

    found = check_buffer(str(buffer), REQUEST).diagnostics
    assert [d.code for d in found if d.code == "FL302"], found  # the buffer's own finding is published
    assert {d.file for d in found} == {str(buffer)}, [(d.file, d.code) for d in found]
