"""A Markdown, HTML or notebook file's fixes are rendered in its code blocks, found once for the file's text: each fix
walked the blocks from the file's start again (a notebook's cells decoded again, an HTML file's scripts found again,
each block's offsets indexed), and parsed its block again (one cell with 400 launches: 26 s, now 1.6 s; 1,000
Markdown blocks 51 s under load). Counted at two sizes, never timed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import blocks

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
LAUNCH = f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{FLOW}', inputs: {{customerName: 'n@'}}}})}});\n"


def _markdown(blocks_: int) -> str:
    return "".join(f"Step {n}:\n\n```js\n{LAUNCH.replace('@', str(n))}```\n\n" for n in range(blocks_))


def _notebook_one_cell(launches: int) -> str:
    cell: dict[str, object] = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
            "source": [f"requests.post('{URL}', json={{'flowId': '{FLOW}', 'inputs': {{'customerName': 'n{n}'}}}})\n"
                       for n in range(launches)]}
    return json.dumps({"cells": [cell], "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
                       "nbformat": 4, "nbformat_minor": 5})


def _work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, text: str) -> tuple[int, int]:
    """How many fixes were rendered; how often the blocks of the file's own text were found."""
    texts: list[str] = []
    real = blocks.code_blocks

    def counted(text: str, kind: str) -> object:
        texts.append(text)
        return real(text, kind)

    with monkeypatch.context() as patch:  # (only this: the listing cap stays lifted)
        patch.setattr(blocks, "code_blocks", counted)
        diagnostics = check_file(tmp_path, name, text)
    fixed = [d for d in diagnostics if d["code"] == "FL101" and d.get("fix")]
    return len(fixed), texts.count(text)


@pytest.fixture(autouse=True)
def _every_launch_listed(every_finding_listed: None) -> None:
    """40 launches' FL101 each counted in the report: past the listing cap of 20 a rule a file (test_file_finding_cap)."""


@pytest.mark.parametrize(("name", "make"), [("steps.md", _markdown), ("run.ipynb", _notebook_one_cell)])
def test_a_files_blocks_are_found_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, make: object) -> None:
    small_fixed, small_found = _work(monkeypatch, tmp_path, name, make(20))  # type: ignore[operator]
    big_fixed, big_found = _work(monkeypatch, tmp_path, name, make(40))  # type: ignore[operator]
    assert (small_fixed, big_fixed) == (20, 40)  # reached: every launch's fix was rendered in its block
    assert big_found == small_found == 1, (small_found, big_found)
