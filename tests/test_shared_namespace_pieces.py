"""Pieces of code that run in one namespace are read so (review R1): a notebook's code cells (IPython runs them in one
namespace, in order), a page's classic `<script>`s (one global scope; a module's is its own) and a README's blocks of
one language (a reader runs the setup block, then the call block). A launch whose URL or flow ID an earlier piece
binds was lost: its piece, read alone, named a name it does not define (an FL011 note at best, whose Markdown reason
was false: "a block flowlint does not read as a request"), or its flow was unknown and its inputs went unchecked.

A piece is read after the ones before it only where it reads no launch alone, or reads one whose flow ID it does not
know: a piece read alone keeps its reading. Only earlier pieces give names (never a later one), and a name two of
them bind differently stays unknown (a README showing alternatives). Positions are the file's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
#: The repo's contract for UUID: Flow.customerName (a required string), Flow.orderCount (an Integer).
PY_CALL = ('r = requests.post(URL, headers=HEADERS, json={\n    "flowId": FLOW_ID,\n'
           '    "inputData": {"Flow.customerName": "Ann", "Flow.orderCount": "1"},\n})\n')
PY_SETUP = f'import os, requests\n\nURL = "{URL}"\nFLOW_ID = "{UUID}"\nHEADERS = {{"Authorization": "Bearer " + os.environ["T"]}}\n'


def _notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                                  "source": cell.splitlines(keepends=True)} for cell in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def _at(text: str, found: dict[str, Any]) -> str:
    line: int = found["line"]
    column: int = found["column"]
    return text.splitlines()[line - 1][column - 1:]


@pytest.mark.parametrize("cells", [
    (PY_SETUP, PY_CALL),  # the URL, flow ID and headers in the first cell
    (PY_SETUP, "print('ready')\n", "%pip install requests\n", PY_CALL),  # cells between
    (f'import requests\nFLOW_ID = "{UUID}"\nHEADERS = {{}}\n', PY_CALL.replace("URL", f'"{URL}"', 1)),  # only the flow ID
])
def test_a_notebooks_cells_share_one_namespace(tmp_path: Path, cells: tuple[str, ...]) -> None:
    text = _notebook(*cells)
    found = check_file(tmp_path, "launch.ipynb", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith('\\"1\\"')  # at its place in the notebook's JSON


def test_a_later_cells_binding_is_never_taken(tmp_path: Path) -> None:
    text = _notebook(PY_CALL, PY_SETUP)  # the call runs before the cell that binds its names
    assert codes(check_file(tmp_path, "launch.ipynb", text)) == ["FL011"]  # (its mention noted: no launch read)


def test_a_cell_read_alone_keeps_its_reading(tmp_path: Path) -> None:
    """Each cell binds its own URL (two bindings of one name in the notebook): each launch is read with its own."""
    own = PY_SETUP + PY_CALL
    text = _notebook(own, own.replace('"1"', '"2"'))
    found = check_file(tmp_path, "launch.ipynb", text)
    assert codes(found) == ["FL204", "FL204"], found


HTML_SETUP = f"<script>\n  const GC_LAUNCH = '{URL}';\n  const FLOW = '{UUID}';\n</script>\n"
HTML_CALL = ("<script{attributes}>\n  async function launch() {{\n    await fetch(GC_LAUNCH, {{ method: 'POST',\n"
             "      headers: {{ 'Content-Type': 'application/json' }},\n"
             "      body: JSON.stringify({{ flowId: FLOW, inputData: {{ 'Flow.customerName': 'Ann', 'Flow.orderCount': '1' }} }}),\n"
             "    }});\n  }}\n</script>\n")


def test_a_pages_classic_scripts_share_the_global_scope(tmp_path: Path) -> None:
    text = (f"<!doctype html>\n<html>\n<head>\n{HTML_SETUP}<script src=\"https://cdn.example/sdk.js\"></script>\n</head>\n"
            f"<body>\n{HTML_CALL.format(attributes='')}</body>\n</html>\n")
    found = check_file(tmp_path, "page.html", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith("'1'")


def test_a_module_script_has_its_own_scope(tmp_path: Path) -> None:
    module = HTML_CALL.format(attributes=' type="module"')
    text = f"<html><body>\n{HTML_SETUP}{module}</body></html>\n"
    assert codes(check_file(tmp_path, "page.html", text)) == ["FL011"]  # its mention is said, nothing judged


def test_a_readmes_setup_block_then_call_block(tmp_path: Path) -> None:
    text = f"# Launcher\n\nSet up:\n\n```python\n{PY_SETUP}```\n\nLaunch:\n\n```python\n{PY_CALL}print(r.json())\n```\n"
    found = check_file(tmp_path, "README.md", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith('"1"')


def test_a_readmes_alternatives_are_not_taken_for_one_program(tmp_path: Path) -> None:
    """Two blocks bind the URL (two regions, say): which one the call runs after is the reader's choice, not known."""
    eu = PY_SETUP
    us = PY_SETUP.replace("mypurecloud.com", "usw2.pure.cloud")
    text = (f"EU:\n\n```python\n{eu}```\n\nUS:\n\n```python\n{us}```\n\nThen:\n\n```python\n{PY_CALL}```\n")
    noted = check_file(tmp_path, "README.md", text)
    assert codes(noted) == ["FL011"], noted  # (one note a README: no launch read with its URL)
    assert not any("does not read as a request" in d["message"] for d in noted)  # (its blocks are read: not why)


def test_a_readmes_block_in_another_language_shares_nothing(tmp_path: Path) -> None:
    js = "```js\nconst URL = '" + URL + "';\n```\n\n"
    call = f"requests.post(URL, json={{'flowId': '{UUID}', 'inputData': {{'Flow.orderCount': '1'}}}})"
    text = js + f"```python\nimport requests\n{call}\n```\n"
    assert codes(check_file(tmp_path, "README.md", text)) == ["FL011"]  # the JavaScript's URL, used by no launch


def test_the_readings_after_earlier_pieces_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading after the pieces before is of the file up to there: a hostile notebook of many such cells costs at
    most EARLIER_READS of them, not one a cell (quadratic)."""
    from validator.sources import blocks

    calls: list[int] = []
    real = blocks.joined

    def counted(pieces: Any) -> tuple[str, list[int]]:
        calls.append(len(pieces))
        return real(pieces)

    monkeypatch.setattr(blocks, "joined", counted)
    text = _notebook(PY_SETUP, *["r = requests.post(URL, json=body)\n"] * 60, PY_CALL)
    found = check_file(tmp_path, "launch.ipynb", text, "--jobs", "1")
    assert calls and len(calls) <= blocks.EARLIER_READS, calls  # reached: the cells after the setup were read so
    assert codes(found) in (["FL011"], []), found  # (the last cell is past the bound: not read with the setup)
