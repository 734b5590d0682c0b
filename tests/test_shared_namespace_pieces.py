"""Pieces of code that run in one namespace are read so (review R1): a notebook's code cells (IPython runs them in one
namespace, in order) and a page's classic `<script>`s (one global scope; a module's is its own). A launch whose URL or
flow ID an earlier piece binds was lost: its piece, read alone, named a name it does not define, or its flow was
unknown and its inputs went unchecked. Where something flowlint does not read may bind those names (IPython's magics and
shell captures, exec; an external script, a write through `window`), and in a README, whose blocks are no program
(alternatives, a block shown as the wrong way), each piece is read alone: a finding never rests on a guessed binding
(the final review's F5, F6, F8, F4); a README's note says why, truly.

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
    text = (f"<!doctype html>\n<html>\n<head>\n{HTML_SETUP}</head>\n"
            f"<body>\n{HTML_CALL.format(attributes='')}</body>\n</html>\n")
    found = check_file(tmp_path, "page.html", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith("'1'")


@pytest.mark.parametrize("rebinding", [
    '<script src="/config.js"></script>\n',  # an external script may bind the globals
    "<script>Object.assign(window, window.__CONFIG__);</script>\n",
    "<script>window.FLOW = localStorage.getItem('flow');</script>\n",
    "<script>eval(atob(document.body.dataset.config));</script>\n",
])
def test_a_page_whose_globals_something_else_may_bind_is_read_script_by_script(tmp_path: Path, rebinding: str) -> None:
    text = f"<html><body>\n{HTML_SETUP}{rebinding}{HTML_CALL.format(attributes='')}</body></html>\n"
    found = check_file(tmp_path, "page.html", text)
    assert codes(found) == ["FL011"], found  # reached: its mention is said; nothing judged with a guessed FLOW


def test_a_module_script_has_its_own_scope(tmp_path: Path) -> None:
    module = HTML_CALL.format(attributes=' type="module"')
    text = f"<html><body>\n{HTML_SETUP}{module}</body></html>\n"
    assert codes(check_file(tmp_path, "page.html", text)) == ["FL011"]  # its mention is said, nothing judged


@pytest.mark.parametrize("cell", [
    "FLOW_ID = !cat flow_id.txt\n", "FLOW_ID = %env FLOW_ID\n", "%store -r FLOW_ID\n", "%run config.py\n",
    "exec(open('config.py').read())\n", "globals()['FLOW_ID'] = load()\n", "from config import *\n",
    "get_ipython().run_line_magic('store', '-r FLOW_ID')\n",
])
def test_a_notebook_whose_names_ipython_may_bind_is_read_cell_by_cell(tmp_path: Path, cell: str) -> None:
    text = _notebook(PY_SETUP, cell, PY_CALL)
    found = check_file(tmp_path, "launch.ipynb", text)
    assert codes(found) == ["FL011"], found  # reached: its mention is said; nothing judged with the first cell's FLOW_ID


def test_a_readmes_setup_block_then_call_block_is_read_block_by_block(tmp_path: Path) -> None:
    """A README's blocks are no program: the call block is read alone, its note saying why, truly."""
    text = f"# Launcher\n\nSet up:\n\n```python\n{PY_SETUP}```\n\nLaunch:\n\n```python\n{PY_CALL}print(r.json())\n```\n"
    found = check_file(tmp_path, "README.md", text)
    assert codes(found) == ["FL011"], found
    assert not any("does not read as a request" in d["message"] for d in found)  # (its blocks are read: not why)


def test_a_readmes_options_and_wrong_examples_lend_no_names(tmp_path: Path) -> None:
    """Option A binds the flow ID, Option B uses one it does not bind; a block shown as the wrong way binds one too:
    neither lends its names to another block (the final review's F8, F4)."""
    wrong = PY_SETUP.replace(UUID, "my-callback-flow")
    text = (f"## Option A\n\n```python\n{wrong}```\n\n## Option B\n\n```python\n{PY_CALL}```\n")
    found = check_file(tmp_path, "README.md", text)
    assert "FL104" not in codes(found) and "FL204" not in codes(found), found
    assert codes(found) == ["FL011"], found  # reached: the call block's mention is said


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
