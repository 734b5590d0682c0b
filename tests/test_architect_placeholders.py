"""An Architect YAML shipped with `{{placeholder}}`s filled at deploy time (Terraform's `substitutions`, archy's options
file) declares what the placeholders will say: a variable named by one, or whose `isInput` is one, is not known here,
so no launch is faulted by it (an unknown value never fails a check): the contract accepts any other input, and a
variable that may be an input is checked by its type only."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.contracts.architect import load_flow_yaml

from conftest import codes, flowlint

FLOW_ID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def workflow(*variables: str) -> str:
    return "workflow:\n  name: Demo\n  defaultLanguage: en-us\n  variables:\n" + "".join(variables)


def variable(kind: str, name: str, is_input: str) -> str:
    return (f"    - {kind}:\n        name: {name}\n        initialValue:\n          noValue: true\n"
            f"        isInput: {is_input}\n        isOutput: false\n")


def check(tmp_path: Path, flow: str, inputs: str) -> list[str]:
    (tmp_path / "flow.yaml").write_text(flow)
    (tmp_path / ".flowlint.toml").write_text(f'[flows]\n"{FLOW_ID}" = "flow.yaml"\n')
    (tmp_path / "body.json").write_text('{"flowId": "%s", "inputData": {%s}}\n' % (FLOW_ID, inputs))
    result = flowlint("check", "--no-cache", "--format", "json", "body.json")
    assert result.exit_code in (0, 1), result.output
    import json

    return codes(json.loads(result.stdout)["diagnostics"])


@pytest.mark.parametrize("name", ['"{{input_name}}"', "{{input_name}}", '"Flow.{{prefix}}Id"'])
def test_an_input_named_by_a_placeholder_leaves_the_names_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                name: str) -> None:
    monkeypatch.chdir(tmp_path)
    flow = workflow(variable("stringVariable", name, "true"), variable("integerVariable", "Flow.count", "true"))
    assert check(tmp_path, flow, '"Flow.customerId": "c-1", "Flow.count": 2') == []
    assert check(tmp_path, flow, '"Flow.count": "two"') == ["FL204"]  # reached: the known input is still typed
    contract = load_flow_yaml(tmp_path / "flow.yaml")
    assert all("{" not in name and "\ue000" not in name for name in contract.declared), contract.declared


@pytest.mark.parametrize("is_input", ["{{expose}}", '"{{expose}}"', '"yes"'])
def test_an_input_flag_not_known_makes_a_possible_input_checked_by_type(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        is_input: str) -> None:
    monkeypatch.chdir(tmp_path)
    flow = workflow(variable("integerVariable", "Flow.count", is_input), variable("stringVariable", "Flow.a", "true"))
    assert check(tmp_path, flow, '"Flow.count": 2, "Flow.a": "x"') == []
    assert check(tmp_path, flow, '"Flow.count": "two"') == ["FL204"]  # sent as text: wrong whether it is one or not
    assert check(tmp_path, flow, '"Flow.b": "x"') == ["FL202"]  # reached: the names are still closed


def test_a_variable_that_is_no_input_is_still_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    flow = workflow(variable("stringVariable", "Flow.secret", "false"), variable("stringVariable", "Flow.a", "true"))
    assert check(tmp_path, flow, '"Flow.secret": "x"') == ["FL202"]


def test_a_variable_whose_type_is_a_placeholder_is_an_input_of_any_type(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    flow = workflow(variable("{{id_type}}", "Flow.id", "true"), variable("stringVariable", "Flow.a", "true"))
    assert check(tmp_path, flow, '"Flow.id": 7, "Flow.a": "x"') == []
    assert check(tmp_path, flow, '"Flow.b": "x"') == ["FL202"]  # reached: the names are still closed
