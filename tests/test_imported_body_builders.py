"""A launch body returned by a function another module of the run defines (`from app.payloads import build`, then
`json=build(flow_id, name)`): a module-level function whose body is one `return` of a dict literal is read as a
same-file one is, its keys judged at this call (FL101, FL102), a value that is one of its parameters this call's
argument (judged where it is written here), a literal default where none is given. Anything else (statements before
the return, a decorator, `*args`/`**kwargs`, a name bound twice, an argument it does not take) stays unknown (FL011
with -v). It was unknown before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_diagnostics

FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
BUILD = '''def build(flow_id, name, version="1.0"):
    """The launch body."""
    return {"flowId": flow_id, "flowVersion": version, "inputs": {"Flow.name": name}}
'''
GO = '''import requests
from app.payloads import build


def go(name):
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=CALL)
'''


def found(root: Path, monkeypatch: pytest.MonkeyPatch, build: str = BUILD,
          call: str = f'build("{FLOW}", name)') -> set[tuple[int, int, str]]:
    files = {"app/__init__.py": "", "app/payloads.py": build, "app/go.py": GO.replace("CALL", call)}
    diagnostics = tree_diagnostics(root, monkeypatch, files)
    return {(d["line"], d["column"], d["code"]) for d in diagnostics if d["file"].endswith("go.py") and d["code"] != "FL200"}


def test_the_returned_dicts_keys_are_judged_at_the_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert {code for _, _, code in found(tmp_path, monkeypatch)} == {"FL101"}


def test_a_parameters_value_is_the_calls_argument_judged_where_it_is_written(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    said = found(tmp_path, monkeypatch, BUILD.replace(', "inputs"', ', "inputData"'), 'build("FLOW_ID", name)')
    column = GO.replace("CALL", 'build("FLOW_ID", name)').splitlines()[5].index('"FLOW_ID"') + 1
    assert said == {(6, column, "FL104")}


def test_a_literal_default_is_read_and_a_value_built_from_a_parameter_is_unknown(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    build = BUILD.replace('version="1.0"', "version=3").replace('{"Flow.name": name}', '{"Flow.name": name.upper()}')
    assert {code for _, _, code in found(tmp_path, monkeypatch, build.replace(', "inputs"', ', "inputData"'))} == \
        {"FL105"}  # flowVersion 3 (a number): its default read; `name.upper()` unknown, no finding


def test_a_correct_body_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert found(tmp_path, monkeypatch, BUILD.replace(', "inputs"', ', "inputData"')) == set()


@pytest.mark.parametrize(("build", "call"), [
    (BUILD.replace('    """The launch body."""\n', '    name = name.strip()\n'), f'build("{FLOW}", name)'),
    ("import functools\n\n\n@functools.cache\n" + BUILD, f'build("{FLOW}", name)'),
    (BUILD.replace('version="1.0"', '*rest, version="1.0"'), f'build("{FLOW}", name)'),
    (BUILD + "\n\nbuild = print\n", f'build("{FLOW}", name)'),
    (BUILD, f'build("{FLOW}", name, "1.0", "extra")'),
    (BUILD, f'build("{FLOW}", nam=name)'),
])
def test_a_function_not_read_whole_leaves_the_body_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: str,
                                                           call: str) -> None:
    assert {code for _, _, code in found(tmp_path, monkeypatch, build, call)} == {"FL011"}
