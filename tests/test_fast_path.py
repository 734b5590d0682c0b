"""The fast path of a clean body (runner `certainly_clean`): whatever the body, the same result as the full check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.checker.engine import CheckOptions
from validator.contracts.store import ContractStore
from validator.run.runner import CLEAN, _Checker
from validator.sources.decode import decode
from validator.sources.document import DEFAULT_LIMITS

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

PLAIN = "11111111-1111-4111-8111-111111111111"  # a contract: name, count, day, code (pattern), tags
DOUBTFUL = "22222222-2222-4222-8222-222222222222"  # declares an input without the Flow. prefix (FL209)
INBOUND = "33333333-3333-4333-8333-333333333333"  # an inbound call flow (FL206)
BROKEN = "44444444-4444-4444-8444-444444444444"  # a snapshot that is not JSON (FL901)
MISSING = "55555555-5555-4555-8555-555555555555"  # no snapshot (FL200)
FLOWS = (PLAIN, DOUBTFUL, INBOUND, BROKEN, MISSING, PLAIN.upper(), "Order follow-up")

PROPERTIES = {"Flow.name": {"type": "string"}, "Flow.count": {"type": "integer", "minimum": 0},
              "Flow.day": {"type": "string", "format": "date"}, "Flow.code": {"type": "string", "pattern": "^[A-Z]{3}$"},
              "Flow.tags": {"type": "array", "items": {"type": "string"}}, "Flow.ratio": {"type": "number"}}
GOOD = {"Flow.name": "Ana", "Flow.count": 3, "Flow.day": "2026-03-29", "Flow.code": "ABC", "Flow.tags": ["a"],
        "Flow.ratio": 2.5}
BAD = {"Flow.name": 3, "Flow.count": -1, "Flow.day": "29/03/2026", "Flow.code": "abc", "Flow.tags": "a", "Flow.ratio": "2.5"}


def _snapshot(flow_id: str, properties: dict[str, Any], flow_type: str = "WORKFLOW", version: str = "3.0") -> str:
    return json.dumps({"flowId": flow_id, "flowName": "Test flow", "flowType": flow_type, "versionId": version,
                       "inputSchema": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                                       "required": ["Flow.name"], "properties": properties}})


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("store")
    (directory / f"{PLAIN}.json").write_text(_snapshot(PLAIN, PROPERTIES))
    (directory / f"{PLAIN}@2.0.json").write_text(_snapshot(PLAIN, {"Flow.name": {"type": "string"}}, version="2.0"))
    (directory / f"{DOUBTFUL}.json").write_text(_snapshot(DOUBTFUL, {"Flow.name": {"type": "string"}, "name2": {}}))
    (directory / f"{INBOUND}.json").write_text(_snapshot(INBOUND, PROPERTIES, "INBOUNDCALL"))
    (directory / f"{BROKEN}.json").write_text("{ not json")
    return directory


def _mutate(body: dict[str, Any], mutation: int, draw: st.DrawFn) -> Any:
    """One of the ways a body goes wrong (or stays right in another way)."""
    data = body["inputData"] if isinstance(body.get("inputData"), dict) else {}
    if mutation == 0:
        body["flowId"] = draw(st.sampled_from(FLOWS))
    elif mutation == 1:
        body["flowVersion"] = draw(st.sampled_from([None, "", "3.0", "2.0", "7.0", 3.0, "../x"]))
    elif mutation == 2:
        body["name"] = draw(st.sampled_from([None, 3, "a" * 300, "launch"]))
    elif mutation == 3:
        key = draw(st.sampled_from(sorted(GOOD)))
        data[key] = BAD[key]
    elif mutation == 4:
        data.pop(draw(st.sampled_from(sorted(GOOD))), None)
    elif mutation == 5:
        data[draw(st.sampled_from(["Flow.other", "name", "flow.name", "Flow.Name"]))] = "x"
    elif mutation == 6:
        body["inputData"] = draw(st.sampled_from([None, [], "x", {"Flow.name": None}, {}]))
    elif mutation == 7:
        body[draw(st.sampled_from(["flow_id", "input_data", "extra", "$schema"]))] = "x"
    elif mutation == 8:
        body.pop("flowId", None)
    elif mutation == 9:
        return draw(st.sampled_from([{"flow_id": PLAIN, "input_data": {}}, {"configuration": body}, [body], "x", None]))
    return body


@st.composite
def bodies(draw: st.DrawFn) -> str:
    """A valid body, maybe changed in a few ways, as file text (maybe changed too)."""
    body: Any = {"flowId": PLAIN, "name": "launch", "inputData": dict(GOOD)}
    for mutation in draw(st.lists(st.integers(0, 9), max_size=2)):
        body = _mutate(body, mutation, draw) if isinstance(body, dict) else body
    text = json.dumps(body, indent=draw(st.sampled_from([None, 2, "\t"])))
    variant = draw(st.integers(0, 12))
    if variant == 0 and text.endswith("}"):
        text = text[:-1] + ', "flowId": "x"}'  # a repeated key
    elif variant == 1:
        text = text.replace('"Ana"', '"flowlint: ignore[FL200]"')  # the directive's words (in a string: no comment)
    elif variant == 2:
        text = "\ufeff" + text
    elif variant == 3 and text.endswith("}"):
        text = text[:-1] + ",}"
    elif variant == 4:
        text = "[" * 250 + "]" * 250
    return text


def _checkers(store: Path, **options: Any) -> tuple[_Checker, _Checker]:
    return tuple(_Checker(CheckOptions(contracts=ContractStore(store), render_fixes=False, said_once=set(), **options),
                          DEFAULT_LIMITS, None, "<stdin>") for _ in range(2))  # type: ignore[return-value]


@SETTINGS
@given(bodies(), st.sampled_from(["launch.json", "LAUNCH.JSON", "launch.yaml", "a.postman_collection.json", "b.custom.json",
                                   "dev.postman_environment.json"]),
       st.booleans())
def test_the_fast_path_gives_what_the_full_check_gives(store: Path, tmp_path_factory: pytest.TempPathFactory, text: str,
                                                       name: str, ignores: bool) -> None:
    path = tmp_path_factory.mktemp("body") / name
    path.write_text(text, encoding="utf-8")
    extra: dict[str, Any] = {"ignores_for": lambda name: [("/inputData", None)]} if ignores else {}
    quick, full = _checkers(store, **extra)
    for _ in range(2):  # twice: a note said once per run is said the first time only
        expected = full.result(str(path), full.load(str(path)))
        documents = quick.load(str(path), quick=True)
        assert quick.result(str(path), documents) == expected
        TAKEN[not documents] += 1


TAKEN = [0, 0]  # how many checks above took the full path, and the fast one


def test_both_paths_were_taken_above() -> None:
    assert TAKEN[0] > 100 and TAKEN[1] > 100, TAKEN


def test_a_clean_body_takes_the_fast_path_and_a_broken_one_does_not(store: Path, tmp_path: Path) -> None:
    quick, _ = _checkers(store)
    path = tmp_path / "launch.json"
    path.write_text(json.dumps({"flowId": PLAIN, "inputData": GOOD}))
    assert quick.load(str(path), quick=True) == [] and quick(str(path)) is CLEAN  # reached: no Document was built
    assert len(quick.load(str(path))) == 1
    for body in ({"flowId": PLAIN, "inputData": {**GOOD, "Flow.count": "3"}}, {"flowId": MISSING},
                 {"flowId": DOUBTFUL, "inputData": {"Flow.name": "x"}}, {"flowId": PLAIN, "inputData": None}):
        path.write_text(json.dumps(body))
        assert len(quick.load(str(path), quick=True)) == 1, body
        assert quick(str(path)).diagnostics, body


def test_a_note_said_once_per_run_is_passed_by_once_said(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "launch.json"
    path.write_text(json.dumps({"flowId": MISSING, "inputData": {"Flow.x": 1}}))
    quick, _ = _checkers(store)
    first = quick.result(str(path), quick.load(str(path), quick=True))
    assert [d.code for d in first.diagnostics] == ["FL200"]
    assert quick.load(str(path), quick=True) == []  # said: the fast path takes the next body launching that flow
    ignoring, _ = _checkers(store, ignores_for=lambda name: [])
    for _ in range(2):  # per-file-ignores may take the note: it is located every time
        assert len(ignoring.load(str(path), quick=True)) == 1


_JSON_TEXTS = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5)),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=3), children, max_size=3)),
    max_leaves=12).map(json.dumps)
_ODD_TEXTS = st.sampled_from(['{"a": 1, "a": 2}', '{"a": {"b": 1, "b": 1}}', '[NaN]', '{"a": -Infinity}', '1' * 5000,
                              '{"a": 1,}', '{"a": 1} x', '\ufeff{}', '\ufeff\ufeff{}', '"\\ud800"', '', ' ', '[1] '])
_UTF8 = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@SETTINGS
@given(st.one_of(_JSON_TEXTS, _ODD_TEXTS, _UTF8, _JSON_TEXTS.map(lambda text: text[:-1] + ', "": 0' + text[-1:])))
def test_plain_json_vouches_for_what_the_loader_parses_without_a_repeated_key(text: str) -> None:
    from validator.checker.loader import plain_json
    from validator.sources import json_source

    data = text.encode("utf-8")
    expected = None
    if (decoded := decode(data)) == (decoded[0], []) and decoded[0] is not None:  # as plain_json decodes it
        loaded = decoded[0].removeprefix("\ufeff")
        parsed = json_source.parse(loaded)  # the loader's parse
        if isinstance(parsed, json_source.ParsedJson) and not parsed.has_duplicates:
            expected = (parsed.value, loaded)
    assert repr(plain_json(data)) == repr(expected)  # repr: -0.0 told from 0.0


def test_a_contract_owns_one_explaining_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema fastjsonschema refuses is checked and explained by one jsonschema validator, the contract's; a schema in
    subset.py's keywords by subset.py's, which both checks and explains (jsonschema's is never built)."""
    from validator.contracts import schema as schemas
    from validator.contracts.store import Contract
    from validator.contracts.subset import SubsetValidator

    built: list[object] = []
    build = schemas.explaining_validator

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(args)
        return build(*args, **kwargs)

    monkeypatch.setattr(schemas, "explaining_validator", counted)
    refused = {"type": "object", "required": ["Flow.b"], "properties": {"Flow.a": {"type": "string"}},
               "additionalProperties": False}
    contract = Contract({**refused, "minProperties": 1}, "test")  # minProperties: beyond the subset
    assert schemas.fast_check(contract.effective, "4") is None  # refused by fastjsonschema
    assert contract.is_valid({"Flow.a": "x"}) is False  # Flow.b is required, and cannot be sent
    assert [error.validator for error in contract.validator.iter_errors({"Flow.a": "x"})] == ["required"]
    assert len(built) == 1
    subset = Contract(refused, "test")
    assert subset.is_valid({"Flow.a": "x"}) is False
    assert isinstance(subset.validator, SubsetValidator) and subset.is_valid == subset.validator.is_valid
    assert len(built) == 1


def test_a_store_answers_a_body_s_lookup_as_asked_and_remembers_a_bounded_number(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The same flowId (and version) asked again is answered without its name checked again; flowIds and versions
    written in payloads never grow that memo past its bound, and each answer is the one a fresh store gives."""
    from validator.contracts import store as stores

    flow = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
    (tmp_path / f"{flow}.json").write_text(json.dumps({"flowId": flow, "versionId": "2.0", "inputSchema": {
        "properties": {"Flow.a": {"type": "string"}}}}))
    named: list[object] = []
    name = stores.snapshot_name

    def counted(*args: Any) -> Any:
        named.append(args)
        return name(*args)

    monkeypatch.setattr(stores, "snapshot_name", counted)
    monkeypatch.setattr(stores, "_MAX_ASKED", 8)
    store = stores.ContractStore(tmp_path)
    found = store.get(flow)
    assert isinstance(found, stores.Contract) and named  # reached: read from its snapshot
    asked = len(named)
    assert store.get(flow) is found and store.get(flow, "2.0") is found and len(named) > asked
    asked = len(named)
    assert store.get(flow) is found and store.get(flow, "2.0") is found and len(named) == asked
    for n in range(20):
        answer, fresh = store.get(flow, f"{n}.0"), stores.ContractStore(tmp_path).get(flow, f"{n}.0")
        assert (answer is found) == (n == 2) and type(answer) is type(fresh)
        assert getattr(answer, "input_schema", None) == getattr(fresh, "input_schema", None)
    assert len(store._asked) == 8


class _NoContains(bytes):
    """A body's bytes that refuse an `in` test: `b"x" in data` first tries its operand as an integer, making and dropping
    a TypeError each time, so the fast path's kind test and loader look at a body's bytes by `find`."""

    def __contains__(self, item: object) -> bool:
        raise AssertionError(f"an `in` test of the bytes for {item!r}")


def test_a_clean_body_s_kind_and_load_look_at_its_bytes_by_find() -> None:
    from validator.checker.loader import plain_json
    from validator.sources.kinds import sniff

    body = _NoContains(json.dumps({"flowId": PLAIN, "inputData": GOOD}).encode())
    assert sniff("launch.json", body) == (None, None)  # a body: nothing else its name and words could make it
    loaded = plain_json(body)
    assert loaded is not None and loaded[0]["flowId"] == PLAIN  # reached: loaded by the fast path
