"""A Markdown, HTML or notebook file's fixes are rendered and proven with a bounded number of extractions of the whole
file, however many blocks it has: a fix of two operations (`inputs` moved into `inputData`, its keys given `Flow.`)
wrote its second operation in the launch extracted again from the whole edited file, and --fix's report proved each
fix alone by extracting every launch again (50 blocks: 52 extractions for check, 102 for --fix; 200 blocks took
18 s). Counted at two sizes, never timed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from validator.sources import extract

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JS = f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{FLOW}', inputs: {{customerName: 'n@'}}}})}});\n"
PY = f"requests.post('{URL}', json={{'flowId': '{FLOW}', 'inputs': {{'customerName': 'n@'}}}})\n"


def _markdown(blocks: int) -> str:
    return "".join(f"Step {n}:\n\n```js\n{JS.replace('@', str(n))}```\n\n" for n in range(blocks))


def _html(blocks: int) -> str:
    return "<html><body>\n" + "".join(f"<script>\n{JS.replace('@', str(n))}</script>\n" for n in range(blocks)) \
        + "</body></html>\n"


def _notebook(blocks: int) -> str:
    cells: list[dict[str, Any]] = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                                    "source": ["import requests\n"]}]
    cells += [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
               "source": [PY.replace("@", str(n))]} for n in range(blocks)]
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


_DOCUMENTS = ("markdown", "html", "notebook")


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, text: str, *args: str) -> tuple[int, int, str]:
    """How many whole-file extractions the run made; how many fixes its report offers with edits; the file after it."""
    whole: list[str] = []
    real = extract._read

    def counted(kind: str, *rest: Any, **kwargs: Any) -> Any:
        if kind in _DOCUMENTS:  # (a block's own code is read with its language's kind)
            whole.append(kind)
        return real(kind, *rest, **kwargs)

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(extract, "_read", counted)
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(path))
    monkeypatch.undo()
    assert result.exit_code in (0, 1), result.output
    offered = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL101" and (d.get("fix") or {}).get("edits")]
    return len(whole), len(offered), path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "make"), [("steps.md", _markdown), ("page.html", _html), ("run.ipynb", _notebook)])
@pytest.mark.parametrize("args", [(), ("--fix",), ("--fix", "--unsafe-fixes")], ids=["check", "fix", "unsafe-fixes"])
def test_a_files_fixes_cost_a_bounded_number_of_extractions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str,
                                                           make: Callable[[int], str], args: tuple[str, ...]) -> None:
    sizes = (6, 12)
    counts = []
    for blocks in sizes:
        extractions, offered, after = _run(monkeypatch, tmp_path, name, make(blocks), *args)
        if "--unsafe-fixes" in args:  # reached: every block's launch was fixed (and the report offers nothing left)
            assert (after.count("inputData"), after.count("inputs"), offered) == (blocks, 0, 0)
        else:  # reached: every block's fix was rendered and proven (the fix is unsafe: --fix leaves it, offered)
            assert offered == blocks
        counts.append(extractions)
    assert counts[0] > 0
    assert counts[1] == counts[0], counts  # the same at twice the blocks: not one extraction (or two) per fix
