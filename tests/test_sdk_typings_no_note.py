"""A TypeScript type an SDK's typings declare for the launch method (`interface postFlowsExecutionsOptions`) is the API
client's own definition: no FL011 note; a use of that type elsewhere keeps it."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

TYPINGS = """\
declare namespace ArchitectApi {
\texport interface postFlowsExecutionsOptions {
\t\t"customHeaders"?: Record<string, string>;
\t}
\texport type postFlowsExecutionsResult = Promise<unknown>;
}
"""


def notes(tmp_path: Path, text: str) -> list[str]:
    return [d["message"] for d in check_file(tmp_path, "index.d.ts", text, "--verbose") if d["code"] == "FL011"]


def test_sdk_typings_declaring_the_launch_options_get_no_note(tmp_path: Path) -> None:
    assert notes(tmp_path, TYPINGS) == []
    assert len(notes(tmp_path, TYPINGS + "let given: ArchitectApi.postFlowsExecutionsOptions;\n")) == 1
