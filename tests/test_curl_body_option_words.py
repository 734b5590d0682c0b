"""curl's FL303 names the body option as the command writes it (`--data-binary`, not `-d`), and a body that is one
expansion (`"$(cat body.json)"`) is described as written, not as the reader's `{{…}}` hole."""

from __future__ import annotations

from pathlib import Path

from conftest import diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_the_option_and_the_body_are_said_as_written(tmp_path: Path) -> None:
    (tmp_path / "f.sh").write_text(f'curl -X POST {URL} --data-binary @- <<< "$(cat body.json)"\n')
    found = diagnostics("--no-cache", "-v", str(tmp_path / "f.sh"))
    said = {d["code"]: d for d in found}
    assert set(said) == {"FL303", "FL011"}, found  # reached: the launch read, its body unknown
    assert said["FL303"]["message"].startswith("curl --data-binary sends the body as application/x-www-form-urlencoded")
    assert "use --json instead of --data-binary" in said["FL303"]["help"]
    assert "(`$(cat body.json)`)" in said["FL011"]["message"], said["FL011"]


def test_dash_d_is_still_said_as_dash_d(tmp_path: Path) -> None:
    (tmp_path / "f.sh").write_text(f"curl {URL} -d '{{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}}'\n")
    [found] = [d for d in diagnostics("--no-cache", str(tmp_path / "f.sh")) if d["code"] == "FL303"]
    assert found["message"].startswith("curl -d sends") and "instead of -d" in found["help"]
