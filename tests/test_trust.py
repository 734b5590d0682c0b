"""What a report says, --fix keeps; and no note rests on a guess (review findings left open, one test each)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import flowlint

SECRET = "Zx8_qL2vR9tY4wE7uI1oP3aS6dF0gH5jK2lMn"


def found(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--format", "json", "--no-cache", *args)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def test_a_non_utf8_file_that_only_signs_in_is_never_said_to_mention_the_launch_endpoint(tmp_path: Path) -> None:
    sign_in = b"# caf\xe9\ncurl -s https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials\n"
    (tmp_path / "token.sh").write_bytes(sign_in)
    (tmp_path / "launch.sh").write_bytes(sign_in + b"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions\n")
    _, said = found(str(tmp_path / "launch.sh"), str(tmp_path / "token.sh"))
    assert [(d["file"].rsplit("/", 1)[-1], d["code"]) for d in said] == [("launch.sh", "FL011")]  # reached: the launch is said
    assert "mentions the launch endpoint" in said[0]["message"]
