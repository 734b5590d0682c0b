"""A saved request's body as each HTTP client writes it: Thunder Client's `{type, raw, form}`, Hoppscotch's
`{contentType, body}`, Bruno's `{mode: json, json}`, Insomnia's `{mimeType, text}`. The text the wrapper carries is the
launch body, checked (and fixed) inside its JSON string; the wrapper itself is never judged as the body. A wrapper of a
format flowlint does not know leaves the body unknown, said by an FL011 note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: The repository's contract store: the flows UUID names declare their inputs there.
STORE = str(Path(__file__).resolve().parents[1] / ".flowlint" / "flows")

pytestmark = pytest.mark.usefixtures("in_tmp")

GOOD = json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}})
#: Its inputs unprefixed: FL203, fixed safely by adding `Flow.`.
UNPREFIXED = json.dumps({"flowId": UUID, "inputData": {"customerName": "Ann"}})


def thunder(text: str, kind: str = "json") -> dict[str, Any]:
    return {"_id": "5c1f0c1a", "colId": "history", "containerId": "", "name": "Launch", "url": API, "method": "POST",
            "headers": [{"name": "Content-Type", "value": "application/json"}], "params": [],
            "body": {"type": kind, "raw": text, "form": []}, "tests": []}


def hoppscotch(text: str, content_type: str | None = "application/json") -> dict[str, Any]:
    return {"v": "1", "name": "Launch", "method": "POST", "endpoint": API, "url": API, "params": [],
            "headers": [{"key": "Authorization", "value": "Bearer <<token>>", "active": True}],
            "auth": {"authType": "none", "authActive": True}, "preRequestScript": "", "testScript": "",
            "body": {"contentType": content_type, "body": text}}


def bruno(text: str) -> dict[str, Any]:
    return {"url": API, "method": "POST", "headers": [{"name": "Content-Type", "value": "application/json", "enabled": True}],
            "body": {"mode": "json", "json": text}, "auth": {"mode": "none"}}


def codes(said: list[dict[str, Any]]) -> list[str]:
    return sorted(d["code"] for d in said if d["code"] != "FL200")


def check(name: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", "--contracts", STORE, name)


WRAPPED = [pytest.param(thunder, id="thunder"), pytest.param(hoppscotch, id="hoppscotch"), pytest.param(bruno, id="bruno")]


@pytest.mark.parametrize("wrap", WRAPPED)
def test_the_wrapped_text_is_the_body_a_correct_one_passes(tmp_path: Path, wrap: Any) -> None:
    (tmp_path / "launch.json").write_text(json.dumps(wrap(GOOD), indent=2))
    assert codes(check("launch.json")) == []
    # reached: a wrong body in the same wrapper is judged, inside the JSON string that carries it
    (tmp_path / "launch.json").write_text(json.dumps(wrap(UNPREFIXED), indent=2))
    said = [d for d in check("launch.json") if d["code"] != "FL200"]
    assert codes(said) == ["FL203"]
    text = (tmp_path / "launch.json").read_text()
    line = text.splitlines()[said[0]["line"] - 1]
    assert '\\"customerName\\"' in line[said[0]["column"] - 1:][:20]  # pointed at the key inside the string


@pytest.mark.parametrize("wrap", WRAPPED)
def test_the_fix_edits_only_the_wrapped_text_re_escaped(tmp_path: Path, wrap: Any) -> None:
    path = tmp_path / "launch.json"
    path.write_text(json.dumps(wrap(UNPREFIXED), indent=2))
    before = json.loads(path.read_text())
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "launch.json")
    after = json.loads(path.read_text())  # still JSON
    wrapper = next(key for key in ("raw", "body", "json") if isinstance(after["body"].get(key), str))
    assert json.loads(after["body"][wrapper]) == {"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}
    after["body"][wrapper] = before["body"][wrapper]
    assert after == before  # nothing else changed: the wrapper's own members kept
    assert codes(check("launch.json")) == []


def test_a_thunder_collection_s_real_mistake_inside_raw_is_found_and_its_wrapper_never_judged(tmp_path: Path) -> None:
    wrong = json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ann", "Flow.orderCount": "2"}})
    (tmp_path / "thunderclient.json").write_text(json.dumps([thunder(GOOD), thunder(wrong)], indent=2))
    said = check("thunderclient.json")
    assert codes(said) == ["FL204"] and said[0]["line"] == 39  # in the second request's raw text
    assert not {"FL101", "FL102", "FL103"} & set(codes(said))
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "thunderclient.json")
    assert [item["body"]["type"] for item in json.loads((tmp_path / "thunderclient.json").read_text())] == ["json", "json"]


@pytest.mark.parametrize("wrapper", [
    {"format": "json", "content": GOOD},  # an unknown client's
    {"bodyType": "json", "text": UNPREFIXED, "lang": "json"},
    {"contentType": "application/json", "content": UNPREFIXED},
])
def test_an_unknown_wrapper_is_never_judged_as_the_body_and_is_said(tmp_path: Path, wrapper: dict[str, Any]) -> None:
    path = tmp_path / "launch.json"
    path.write_text(json.dumps({"name": "Launch", "method": "POST", "url": API, "body": wrapper}, indent=2))
    said = check("launch.json")
    assert codes(said) == ["FL011"]
    assert "not recognised" in said[0]["message"] or "not read" in said[0]["message"]
    before = path.read_text()
    result = flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "launch.json")
    assert result.exit_code == 0 and path.read_text() == before


def test_a_form_or_empty_wrapper_is_no_json_body(tmp_path: Path) -> None:
    (tmp_path / "form.json").write_text(json.dumps({"method": "POST", "url": API, "body": {
        "mimeType": "application/x-www-form-urlencoded", "params": [{"name": "flowId", "value": UUID}]}}))
    said = codes(check("form.json"))
    assert not {"FL101", "FL102", "FL103"} & set(said) and said  # judged as a form, never as a body
    (tmp_path / "none.json").write_text(json.dumps(hoppscotch("", None)))
    assert "FL102" not in codes(check("none.json"))


def test_a_wrapped_request_to_another_api_is_silent(tmp_path: Path) -> None:
    other = thunder(json.dumps({"type": "flow", "name": "x"}))
    other["url"] = "https://api.example.com/v1/items"
    (tmp_path / "thunderclient.json").write_text(json.dumps([other]))
    assert codes(diagnostics("--no-cache", "--contracts", STORE, ".")) == []


SEED = json.dumps({"type": "flow", "configuration": {"flowId": UUID, "parameters": {"customerName": "Ann"}}}, indent=2)


@pytest.mark.parametrize("wrap", WRAPPED)
def test_a_fix_that_writes_quotes_and_line_breaks_re_escapes_them_inside_the_string(tmp_path: Path, wrap: Any) -> None:
    path = tmp_path / "launch.json"
    path.write_text(json.dumps(wrap(SEED), indent=2))
    assert {"FL101"} <= set(codes(check("launch.json")))
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "launch.json")
    after = json.loads(path.read_text())  # still JSON: what the fix wrote in the string is escaped
    wrapper = next(key for key in ("raw", "body", "json") if isinstance(after["body"].get(key), str))
    assert json.loads(after["body"][wrapper]) == {"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}
    assert set(after["body"]) == set(wrap(SEED)["body"])  # the wrapper's own members (Thunder's `type`) kept
    assert "FL101" not in codes(check("launch.json"))
