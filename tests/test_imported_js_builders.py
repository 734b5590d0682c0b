"""A JavaScript/TypeScript launch body returned by a function another module of the run exports (`import { buildLaunch }
from './builders'`, then `axios.post(url, buildLaunch(name))`): a function of that module's top whose body is one
`return` of an object literal (or an arrow's object) is read as a same-file one is, its keys judged at this call, a value
that is one of its parameters this call's argument (judged where it is written here), a literal default where none is
given, undefined (left out) where there is none. Anything else (statements before the return, async, a pattern or rest
parameter, a spread in the object) stays unknown (FL011 with -v). It was unknown before (FL011 only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_diagnostics

FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
BUILDERS = f"""export function buildLaunch(name, version = 3) {{
  return {{ flowId: '{FLOW}', flowVersion: version, inputs: {{ 'Flow.name': name }} }};
}}
"""
GO = """import axios from 'axios';
import { buildLaunch } from './lib';

export async function go(name) {
  await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', CALL);
}
"""


def found(root: Path, monkeypatch: pytest.MonkeyPatch, builders: str = BUILDERS, call: str = "buildLaunch(name)",
          barrel: str = "export * from './builders';\n") -> set[tuple[int, int, str]]:
    files = {"src/lib/builders.js": builders, "src/lib/index.js": barrel, "src/go.js": GO.replace("CALL", call)}
    diagnostics = tree_diagnostics(root, monkeypatch, files)
    return {(d["line"], d["column"], d["code"]) for d in diagnostics if d["file"].endswith("go.js") and d["code"] != "FL200"}


def test_an_imported_builders_keys_are_judged_at_the_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # through a barrel's `export *`; the default version (3, a number) read where none is given
    assert {code for _, _, code in found(tmp_path, monkeypatch)} == {"FL101", "FL105"}


@pytest.mark.parametrize("builders", [
    f"export const buildLaunch = (name, version = 3) => ({{ flowId: '{FLOW}', flowVersion: version, inputs: {{ name }} }});\n",
    f"function buildLaunch(name, version = 3) {{\n  return {{ flowId: '{FLOW}', flowVersion: version, inputs: {{ name }} }};\n}}\n"
    "export { buildLaunch };\n",
])
def test_an_arrow_or_a_function_exported_by_name_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         builders: str) -> None:
    assert {code for _, _, code in found(tmp_path, monkeypatch, builders)} == {"FL101", "FL105"}


def test_a_parameters_value_is_the_calls_argument_judged_where_it_is_written(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    builders = "export function buildLaunch(id, name) {\n  return { flowId: id, inputData: { 'Flow.name': name } };\n}\n"
    call = "buildLaunch('FLOW_ID', name)"
    column = GO.replace("CALL", call).splitlines()[4].index("'FLOW_ID'") + 1
    assert found(tmp_path, monkeypatch, builders, call) == {(5, column, "FL104")}
    # a value not given (undefined) is left out, as JSON.stringify leaves it: the flowId is missing
    assert {code for _, _, code in found(tmp_path, monkeypatch, builders, "buildLaunch()")} == {"FL103"}


@pytest.mark.parametrize("builders", [
    f"export function buildLaunch(name) {{\n  const b = {{ flowId: '{FLOW}', inputs: {{ name }} }};\n  delete b.inputs;\n"
    "  return b;\n}\n",
    f"export async function buildLaunch(name) {{\n  return {{ flowId: '{FLOW}', inputs: {{ name }} }};\n}}\n",
    f"export function buildLaunch({{ name }}) {{\n  return {{ flowId: '{FLOW}', inputs: {{ name }} }};\n}}\n",
    f"const extra = {{}};\nexport function buildLaunch(name) {{\n  return {{ flowId: '{FLOW}', inputs: {{ name }}, ...extra }};\n}}\n",
    f"export let buildLaunch = (name) => ({{ flowId: '{FLOW}', inputs: {{ name }} }});\nbuildLaunch = (name) => ({{}});\n",
])
def test_any_other_builder_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builders: str) -> None:
    assert {code for _, _, code in found(tmp_path, monkeypatch, builders)} == {"FL011"}  # read, and not known
