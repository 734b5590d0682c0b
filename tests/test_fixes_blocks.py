"""Fixes of a JS/TS or Python object literal inside a document's code block (a Markdown fence, an HTML `<script>`, a
notebook cell) are applied there, through the block's place in the file, and proven by reading the file again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
JS = (f'await fetch("{API}", {{\n  method: "POST",\n  headers: {{ "Content-Type": "application/json" }},\n'
      f'  body: JSON.stringify({{ FLOWID: "{UUID}", inputData: {{ orderId: "1" }} }}),\n}});\n')
PY = f'requests.post("{API}", json={{"FLOWID": "{UUID}", "inputData": {{"orderId": "a\\"b"}}}}, headers=h)\n'


def fixed(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = [d["code"] for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert {"FL102", "FL203"} <= set(before), before  # reach: the block's launch is read, its mistakes found
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert result.exit_code in (0, 1), result.output
    assert [d["code"] for d in diagnostics("--no-cache", str(path)) if d["code"] not in ("FL200", "FL201", "FL202")] == []
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fence", ["js", "ts", "javascript"])
def test_a_fix_in_a_markdown_js_fence_is_applied_there(tmp_path: Path, fence: str) -> None:
    text = f"# Launching\n\nSome prose: {{ flowid }} is not code.\n\n```{fence}\n{JS.replace('FLOWID', 'flowid')}```\n\nMore.\n"
    expected = text.replace("flowid: ", "flowId: ")
    assert fixed(tmp_path, "README.md", text) == expected


def test_a_fix_in_a_markdown_python_fence_is_applied_there(tmp_path: Path) -> None:
    text = f"Intro\n\n- step\n\n  ```python\n  {PY.replace('FLOWID', 'flowid')}  ```\n"
    expected = text.replace('"flowid"', '"flowId"')
    assert fixed(tmp_path, "guide.md", text) == expected


def test_a_fix_in_an_html_script_is_applied_there(tmp_path: Path) -> None:
    text = f"<!doctype html>\n<body>\n<script type=\"module\">\n{JS.replace('FLOWID', 'flowid')}</script>\n</body>\n"
    expected = text.replace("flowid: ", "flowId: ")
    assert fixed(tmp_path, "launch.html", text) == expected


def test_a_fix_in_a_notebook_cell_is_applied_inside_its_json_string(tmp_path: Path) -> None:
    cell = "import requests\n" + PY.replace("FLOWID", "flowid")
    notebook: dict[str, Any] = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["flowid in prose\n"]},
                          {"cell_type": "code", "metadata": {}, "source": cell.splitlines(keepends=True), "outputs": [],
                           "execution_count": None}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(notebook, indent=1)
    after = json.loads(fixed(tmp_path, "launch.ipynb", text))
    assert "".join(after["cells"][1]["source"]) == cell.replace('"flowid"', '"flowId"')
    assert after["cells"][0] == notebook["cells"][0]  # the prose cell is left alone


def test_a_dumped_class_in_a_fence_is_still_never_edited(tmp_path: Path) -> None:
    code = (f"from dataclasses import asdict, dataclass\nimport requests\n\n@dataclass\nclass Launch:\n    flowId: str\n"
            f"    flow_version: str = \"1.0\"\n\nrequests.post(\"{API}\", json=asdict(Launch(\"{UUID}\")))\n")
    path = tmp_path / "README.md"
    path.write_text(f"```python\n{code}```\n", encoding="utf-8")
    assert "FL102" in [d["code"] for d in diagnostics("--no-cache", str(path))]  # reach: read, the field reported
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == f"```python\n{code}```\n"
