"""A curl launch whose body is a file outside the checked tree (`-d @/etc/passwd`) says so by default, as a request
file's `< /etc/passwd` does: before, only -v said its body was unknown. The file is never read."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"

pytestmark = pytest.mark.usefixtures("in_tmp")


def test_a_curl_body_file_outside_the_tree_is_said_by_default(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text('{"flowId": "not-a-uuid", "type": "x"}')  # never read: none of its mistakes is said
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "launch.sh").write_text(
        f"curl -X POST {API} -H 'Content-Type: application/json' -d @{outside}\n"
        f"curl -X POST {API} -H 'Content-Type: application/json' -d @body.json\n")
    found = diagnostics("--no-cache", "tree")
    assert {d["file"] for d in found} == {"tree/launch.sh"}
    said = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in said] == [1, 2]
    assert "outside the checked tree" in said[0]["message"] and "nothing in it was checked" in said[0]["message"]
    assert "is not found" in said[1]["message"]  # (a relative one is looked for where curl may run: found nowhere)
    verbose = [d for d in diagnostics("--no-cache", "-v", "tree") if d["code"] == "FL011"]
    assert [d["line"] for d in verbose] == [1, 2]
