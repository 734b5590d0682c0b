"""The substring tests that spare a clean body the case-blind scans (credentials, secret names, JSON Schema
declarations) decide nothing the scans would not: with them on or off, every check gives the same output.
Nor does the merge's shortcut for a lone input finding (a valid body's FL200 note)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from validator.checker.merge import merge, merge_all
from validator.core import credentials
from validator.core.codes import RULES
from validator.core.credentials import _NAME_WORD, CREDENTIAL, certainly_none, no_secret_word
from validator.core.diagnostics import Finding, Fix, RenameKey, Target
from validator.core.diagnostics import Path as Path_
from validator.rules.fixes import SAFE
from validator.sources import candidates
from validator.sources.candidates import _DESCRIBES_JSON, describes_json

from conftest import UUID, flowlint

#: Pieces near what the scans look for: their words in every case, and the non-ASCII letters a case-blind
#: pattern also takes for ASCII ones (long s, Kelvin sign, dotted and dotless i).
PIECES = ["Bearer ", "bearer\t", "BASIC ", "basic", "Basic  ", "baſic ", "beareR ", "eyJ", "eyj", "EYJ", "eyJhbGci.eyJzdWIi.c2ln",
          "abcDEF123._~+/-", "==", "secret", "SECRET", "ſecret", "passwd", "PassWord", "paſſword", "api_key", "apiKey",
          "API-KEY", "apı_key", "APİ", "api_\u212aey", "access_token", "Access-Token", "refresh_token", "private_key",
          "token", '"', "'", ":", " = ", " ", "\n", "\r\n", "Flow.", "$schema", "openapi", "swagger", "OpenAPI",
          "https://json-schema.org/", ": \"3.0\"", "{", "}", ",", "é", "\u2028"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=24).map("".join)


@given(texts)
@settings(max_examples=400)
def test_each_substring_test_only_answers_where_its_scan_agrees(text: str) -> None:
    if certainly_none(text):
        assert CREDENTIAL.search(text) is None
    if no_secret_word(text):
        assert _NAME_WORD.search(text) is None
    data = text.encode("utf-8", "surrogatepass")
    assert describes_json(data) is (_DESCRIBES_JSON.search(data) is not None)


def test_the_substring_tests_are_reached_and_decide_a_clean_body() -> None:
    body = json.dumps({"flowId": UUID, "inputData": {"Flow.customer": "Ana"}})
    assert certainly_none(body) and no_secret_word(body) and not describes_json(body.encode())
    assert not certainly_none("Authorization: baſic dXNlcjpwYXNzd29yZA==")  # the long s: left to the scan, which takes it
    assert CREDENTIAL.search("Authorization: baſic dXNlcjpwYXNzd29yZA==") is not None


values = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30), st.floats(allow_nan=False),
                   texts, st.lists(texts, max_size=2))
keys = st.sampled_from(["Flow.customer", "Flow.token", "Flow.apiKey", "customer", "Flow.basic", "client_secret", "Flow.é"]) | texts
flow_ids = st.sampled_from([UUID, UUID.upper(), UUID[:-1], "Order follow-up", "eyJhbGci.eyJzdWIi.c2ln", ""]) | texts
bodies = st.fixed_dictionaries(
    {"flowId": flow_ids | values},
    optional={"flowVersion": st.sampled_from(["1.0", 3.0, None]) | texts, "name": texts | values,
              "inputData": st.dictionaries(keys, values, max_size=4) | values, "$schema": texts, "extra": values})


@st.composite
def files(draw: st.DrawFn) -> bytes:
    """A launch body as a file: valid or subtly not, sometimes with a repeated key, a BOM or a broken end."""
    text = json.dumps(draw(bodies), indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()) and text.endswith("}") and len(text) > 2:
        text = text[:-1] + f', "flowId": {json.dumps(draw(flow_ids))}' + "}"  # a repeated key
    if draw(st.integers(0, 9)) == 0:
        text = text[:-1]  # a broken end
    prefix = b"\xef\xbb\xbf" if draw(st.integers(0, 4)) == 0 else b""
    return prefix + text.encode("utf-8", "surrogatepass")


def _outputs(folder: Path) -> list[str]:
    """The text and JSON reports of the folder, walked (so the walked files' byte test runs too)."""
    return [flowlint("check", "--no-cache", "--no-color", "--format", fmt, str(folder)).output for fmt in ("text", "json")]


@given(st.lists(files(), min_size=1, max_size=4))
@example([json.dumps({"flowId": UUID, "inputData": {"apiKey": "hunter22", "Flow.x": "Bearer abcdefghij"}}, indent=2).encode()])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_checks_with_and_without_the_substring_tests_are_identical(tmp_path: Path, contents: list[bytes]) -> None:
    folder = tmp_path / "bodies"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for n, data in enumerate(contents):
        (folder / f"body-{n}.json").write_bytes(data)
    fast = _outputs(folder)
    assert f"in {len(contents)} file" in fast[0], fast[0]  # the files were walked and checked
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(credentials, "certainly_none", lambda text, words=None: False)
        patch.setattr(credentials, "no_secret_word", lambda text, words=None: False)
        patch.setattr(candidates, "describes_json", lambda data: _DESCRIBES_JSON.search(data) is not None)
        full = _outputs(folder)
    assert fast == full


findings = st.builds(
    Finding,
    code=st.sampled_from(sorted(RULES)),
    path=st.sampled_from([(), ("flowId",), ("inputData",), ("inputData", "Flow.x"), ("inputData", "x"),
                          ("inputData", "Flow.dates", 0), ("configuration", "flowId")]),
    message=st.sampled_from(["m", "no input contract for flow x"]),
    help=st.sampled_from(["", "h"]),
    target=st.sampled_from(list(Target)),
    subject=st.sampled_from(["", "Flow.x", "x", "flowId"]),
    fix=st.none() | st.just(Fix(SAFE, "rename it", (RenameKey(("inputData", "x"), "Flow.x"),))))


yaml_readings = st.dictionaries(st.sampled_from([("inputData", "Flow.x"), ("flowId",), ("inputData", "Flow.dates", 0)]),
                                st.sampled_from(["yes", "1.0", "2026-01-01"]), max_size=2)


@given(st.tuples(st.lists(findings, max_size=2), st.lists(findings, max_size=2), st.lists(findings, max_size=2)), yaml_readings,
       st.sampled_from([{"flowId": UUID, "inputData": {"Flow.x": True, "x": 1.0, "Flow.dates": [1]}}, {"flowId": 3}, [], None]))
@settings(max_examples=1000, deadline=None)  # a timed assertion: a loaded machine fails it (no finding rests on time)
def test_a_lone_input_finding_merges_as_the_full_merge_does(lists: tuple[list[Finding], list[Finding], list[Finding]],
                                                            plain_scalars: dict[Path_, str], value: Any) -> None:
    def declared(path: Path_) -> dict[str, Any] | None:
        return {"type": "boolean"} if path == ("inputData", "Flow.x") else None

    def outcome(how: Any) -> object:
        try:  # a YAML reading of a value the body does not hold fails alike both ways
            return how(*lists, value=value, plain_scalars=plain_scalars, declared=declared)
        except (KeyError, IndexError, TypeError) as err:
            return type(err)

    assert outcome(merge) == outcome(merge_all)
