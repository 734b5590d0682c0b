"""Deciding the suppressions of a file of many launches whose bodies are written over several lines costs work linear in
them: each finding looked at every such body of the file for one covering its line, and each body every block of a
Markdown page (or block scalar of a CI file) for the one holding it, so a page of N curl launches beside N `json`
blocks was N² in checker/suppress.py. Counted in the Python lines that module runs (a trace hook), never timed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint, lines_run

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SUPPRESS_MODULE = str(Path("validator", "checker", "suppress.py"))


def _page(n: int, *, commented: bool) -> str:
    """A page of N launches, each a curl command whose body spans lines and has an FL102 mistake (suppressed by a
    comment before it: `commented`), each after a `json` block (a block no comment can go in)."""
    comment = "# flowlint: ignore[FL102]\n" if commented else ""
    return "# Launching flows\n\n" + "".join(
        f"Response {i}:\n\n```json\n{{\n  \"id\": \"r{i}\"\n}}\n```\n\n"
        f"Launch {i}:\n\n```sh\n{comment}curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\n"
        f"  \"flowId\": \"{FLOW}\",\n  \"Extra{i}\": 1\n}}'\n```\n\n" for i in range(n))


def _codes(path: Path) -> list[str]:
    return [d["code"] for d in json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]]


def _suppression_lines(path: Path) -> int:
    """The Python lines checker/suppress.py runs in a check of the file."""
    return lines_run("check", "--no-cache", "--format", "json", str(path), module=SUPPRESS_MODULE)[0]

def test_suppressions_of_many_bodies_written_over_lines_cost_work_linear_in_them(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    (tmp_path / "plain.md").write_text(_page(10, commented=False))
    assert _codes(tmp_path / "plain.md").count("FL102") == 10  # reached: each launch read, its mistake found
    for size in (10, 10, 20, 40):  # (the first run: its first-use imports)
        path = tmp_path / f"{size}-{len(counts)}.md"
        path.write_text(_page(size, commented=True))
        assert not {"FL102", "FL009"} & set(_codes(path))  # each suppressed by its comment, and each comment used
        counts.append(_suppression_lines(path))
    _, one, two, four = counts
    assert two > one
    # linear: twice the launches, twice the lines (exactly 2.0; each finding looking at every body, or each body at every
    # block, gives 2.9 or 2.6 at these sizes, both 3.5: 10/20/40 launches are enough to tell them apart)
    assert four - two <= 2.3 * (two - one), counts
