"""Property-based tests: whatever the input, a report and never a traceback; findings always inside the file."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import validator
from validator.checker.engine import CheckOptions, check_document
from validator.contracts.schema import fast_check, launch_schema, launch_validator
from validator.contracts.store import contract_from_document
from validator.core.codes import EXAMPLE_CONTRACT
from validator.core.lines import LineIndex
from validator.sources.document import Limits, load_bytes

from conftest import UUID, UUID2, flowlint

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
CONTRACT = contract_from_document(EXAMPLE_CONTRACT, "example")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=20))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                               st.dictionaries(st.text(max_size=12), inner, max_size=5)),
                           max_leaves=25)
keys = st.sampled_from(["flowId", "flowVersion", "name", "inputData", "type", "configuration", "data", "flow_id",
                        "Flow.customerName", "customerName", "inputs", "a/b~c", ""]) | st.text(max_size=10)
VALID = {"flowId": UUID, "flowVersion": "3.0", "name": "n",
         "inputData": {"Flow.customerName": "A", "Flow.orderCount": 2, "Flow.dates": ["2026-03-29"], "Flow.priority": "low"}}


def check_bytes(data: bytes, name: str = "body.json") -> list[validator.Diagnostic]:
    document = load_bytes(data, name, limits=Limits(max_depth=50))
    diagnostics = check_document(document, CheckOptions(contract=CONTRACT))
    assert all(d.code != "FL900" for d in diagnostics), diagnostics
    text = data.decode("utf-8", "replace").removeprefix("\ufeff")
    lines = re.split(r"\r\n?|\n", text)
    for d in diagnostics:
        if d.span is None:
            continue
        assert 1 <= d.span.line <= len(lines) + 1, (d, len(lines))
        assert 1 <= d.span.column <= len(lines[d.span.line - 1]) + 2 if d.span.line <= len(lines) else True, d
        assert (d.span.end_line, d.span.end_column) >= (d.span.line, d.span.column)
        json.dumps(d.to_dict())  # every diagnostic can be written as JSON
        str(d).encode("utf-8")  # and printed, lone surrogates included
    return diagnostics


@SETTINGS
@given(json_values)
def test_any_json_value_gets_a_report(value: Any) -> None:
    check_bytes(json.dumps(value).encode())
    check_bytes(json.dumps(value, indent="\t").replace("\n", "\r\n").encode())


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_gets_a_report(text: str) -> None:
    check_bytes(text.encode("utf-8", "surrogatepass"), "body.json")
    check_bytes(text.encode("utf-8", "surrogatepass"), "body.yaml")


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_get_a_report(data: bytes) -> None:
    check_bytes(data, "body.json")
    check_bytes(data, "body.yaml")


def mutate(body: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    body = json.loads(json.dumps(body))
    for _ in range(data.draw(st.integers(1, 4))):
        target = body if data.draw(st.booleans()) or not isinstance(body.get("inputData"), dict) else body["inputData"]
        if not target:
            target[data.draw(keys)] = data.draw(json_values)
            continue
        key = data.draw(st.sampled_from(sorted(target)))
        action = data.draw(st.sampled_from(["delete", "rename", "retype", "nest", "add"]))
        if action == "delete":
            del target[key]
        elif action == "rename":
            target[data.draw(keys)] = target.pop(key)
        elif action == "retype":
            target[key] = data.draw(json_values)
        elif action == "nest":
            target[data.draw(st.sampled_from(["configuration", "data", "body", "parameters"]))] = {key: target.pop(key)}
        else:
            target[data.draw(keys)] = data.draw(json_values)
    return body


@SETTINGS
@given(st.data())
def test_mutated_bodies_get_located_findings(data: st.DataObject) -> None:
    body = mutate(VALID, data)
    text = json.dumps(body, indent=2)
    diagnostics = check_bytes(text.encode())
    assert all(d.span is not None for d in diagnostics if d.code != "FL200")
    yaml_text = "\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in body.items()) + "\n"
    check_bytes(yaml_text.encode(), "body.yaml")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.data())
def test_cli_exit_code_is_0_or_1(data: st.DataObject) -> None:
    body = mutate({"flowId": UUID2, "inputData": {"Flow.agentId": "1"}}, data)
    result = flowlint("check", "--format", "json", "--stdin-filename", "b.json", "-", input=json.dumps(body))
    assert result.exit_code in (0, 1)
    assert result.exit_code == (1 if '"severity": "error"' in result.stdout else 0)


@SETTINGS
@given(st.data())
def test_fast_and_explaining_validators_agree_on_the_envelope(data: st.DataObject) -> None:
    value = data.draw(json_values) if data.draw(st.booleans()) else mutate(VALID, data)
    schema = launch_schema()
    fast = fast_check(schema)
    assert fast is not None and fast(value) == launch_validator().is_valid(value)  # both ECMA-262 patterns


@SETTINGS
@given(st.data())
def test_fast_and_explaining_validators_agree_on_contracts(data: st.DataObject) -> None:
    inputs = mutate(VALID, data).get("inputData", {})
    if isinstance(inputs, dict):
        explaining = bool(list(CONTRACT.validator.iter_errors(inputs)))
        assert CONTRACT.is_valid(inputs) == (not explaining)
        if not explaining:
            assert validator.check({"flowId": UUID, "inputData": inputs}, contract=CONTRACT).ok


@SETTINGS
@given(st.text(alphabet="ab\r\n\t", max_size=300), st.data())
def test_line_index_matches_a_naive_split(text: str, data: st.DataObject) -> None:
    lines = re.split(r"\r\n?|\n", text)
    index = LineIndex(text)
    starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)]
    for offset in data.draw(st.lists(st.integers(0, len(text)), max_size=5)):
        line = max(n for n, start in enumerate(starts) if start <= offset)
        assert index.position(offset) == (line + 1, offset - starts[line] + 1)
    number = data.draw(st.integers(1, len(lines) + 1))
    assert index.line_text(number) == (lines[number - 1] if number <= len(lines) else "")


@SETTINGS
@given(st.text(alphabet="ab\r\n\t", max_size=300), st.data())
def test_a_span_is_its_two_positions_whether_or_not_the_lines_are_all_known(text: str, data: st.DataObject) -> None:
    known = LineIndex(text)
    known.position(len(text))  # every line found: span's own path
    for start, end in data.draw(st.lists(st.tuples(st.integers(-2, len(text) + 2), st.integers(-2, len(text) + 2)), max_size=5)):
        fresh = LineIndex(text)
        expected = (*fresh.position(start), *fresh.position(max(end, start)))
        span = known.span(start, end)
        assert (span.line, span.column, span.end_line, span.end_column) == expected
