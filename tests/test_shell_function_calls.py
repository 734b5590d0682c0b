"""A shell function's curl that sends what its call gives it (`launch() { local body="$1"; curl … -d "$body"; }`, then
`launch '{"flowId": …}'`) is read at each call with the call's words as its positional parameters, its body checked
where the call writes it. Before, its body was unknown at the definition and the launch written at the call went
unchecked. A parameter not given, after a word that may be several, or in a function that moves them (`shift`,
`set --`) is unknown, never a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import curl

from conftest import diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
ID = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"
BODY = f"'{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}'"


@pytest.mark.parametrize("function", [
    f"launch() {{\n  local body=\"$1\"\n  curl -X POST {URL} -H 'Content-Type: application/json' -d \"$body\"\n}}\n",
    f"launch() {{\n  curl -X POST {URL} -H 'Content-Type: application/json' -d \"$1\"\n}}\n",
    f"function launch {{\n  local -a args=(-X POST -H 'Content-Type: application/json' -d \"${{1}}\")\n  curl \"${{args[@]}}\" {URL}\n}}\n",
])
def test_a_functions_curl_is_read_at_each_call_with_its_words(tmp_path: Path, function: str) -> None:
    text = f"#!/bin/bash\n{function}launch {BODY}\nlaunch '{{\"flowId\": \"{ID}\"}}'\n"
    found = curl.extract(text)
    assert [request.body for request in found] == [{"flowId": ID, "inputs": {}}, {"flowId": ID}]
    assert found[0].body_span is not None and text[found[0].body_span[0]:].startswith(BODY)  # (where the call writes it)
    path = tmp_path / "launch.sh"
    path.write_text(text, encoding="utf-8")
    line = text.count("\n", 0, text.index(BODY)) + 1
    assert [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"] == [("FL101", line)]


@pytest.mark.parametrize("call", ["launch", "launch \"$BODY\"", "launch $OPTS " + BODY, "launch one"])
def test_a_parameter_not_known_at_the_call_is_unknown(call: str) -> None:
    text = f"launch() {{\n  curl -X POST {URL} -d \"$2\"\n}}\n{call}\n"
    (request,) = curl.extract(text)  # (the call's reading, or the definition's)
    assert isinstance(request.body, Unknown) and request.url is not None and request.url.value == URL


def test_a_function_that_moves_its_parameters_is_not_read_at_its_calls() -> None:
    text = f"launch() {{\n  local name=\"$1\"\n  shift\n  curl -X POST {URL} -d \"$1\"\n}}\nlaunch nightly {BODY}\n"
    (request,) = curl.extract(text)
    assert isinstance(request.body, Unknown)  # reached: the definition's own reading, its body unknown


def test_a_call_before_the_definition_or_of_a_function_defined_twice_is_not_read() -> None:
    function = f"launch() {{\n  curl -X POST {URL} -d \"$1\"\n}}\n"
    for text in (f"launch {BODY}\n{function}", f"{function}{function}launch {BODY}\n"):
        assert all(isinstance(request.body, Unknown) for request in curl.extract(text)), text
