"""Work on a JavaScript/TypeScript file grows with the file, not with references times declarations: a TypeScript
enum's members are indexed once per enum (not filtered again at each `Flows.X`), and whether the file says `toJSON`
(a BigInt may be given one) or sets axios's `defaults.transformRequest` is looked up once per file, not per literal
or per launch. Counted, never timed."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from validator.sources.javascript import JavaScriptReader

from conftest import UUID, check_file, counted_calls

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def counted_property(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """A list that grows by one each time the reader's cached property `name` is computed (it still is)."""
    calls: list[int] = []
    real = getattr(JavaScriptReader, name).func

    def computed(self: JavaScriptReader) -> Any:
        calls.append(1)
        return real(self)

    replaced = functools.cached_property(computed)
    replaced.__set_name__(JavaScriptReader, name)
    monkeypatch.setattr(JavaScriptReader, name, replaced)
    return calls


def enum_file(members: int, references: int) -> str:
    declared = ",\n".join(f"  M{i} = 'v{i}'" for i in range(members - 1))
    uses = ", ".join(f"'Flow.m{i}': Flows.M{i % (members - 1)}" for i in range(references))
    return (f"enum Other {{ A = 'a' }}\nenum Flows {{\n{declared},\n  Callback = '{UUID}'\n}}\n"
            f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }},\n"
            f"  body: JSON.stringify({{ flowId: Flows.Callback, inputData: {{ {uses}, 'Flow.orderCount': '3' }} }}) }});\n")


def counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str], properties: list[str],
           name: str, text: str) -> list[int]:
    """How often each of the reader's methods `names` ran and each of its cached `properties` was computed while
    `text` (written to `name`) was checked."""
    with monkeypatch.context() as patched:
        calls = [counted_calls(patched, JavaScriptReader, each) for each in names]
        calls += [counted_property(patched, each) for each in properties]
        check_file(tmp_path, name, text)
    return [len(each) for each in calls]


def test_an_enum_is_indexed_once_however_often_it_is_referenced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = check_file(tmp_path, "a.ts", enum_file(50, 50))
    assert ("FL204", "/inputData/Flow.orderCount") in [(d["code"], d["pointer"]) for d in found]  # the ID was read
    names = ["enum_member", "_index_enums", "_index_enum_members"]
    lookups, enums, members = counts(tmp_path, monkeypatch, names, [], "a.ts", enum_file(50, 50))
    lookups_2n, enums_2n, members_2n = counts(tmp_path, monkeypatch, names, [], "a.ts", enum_file(100, 100))
    assert lookups_2n >= 2 * lookups - 10 and lookups > 50  # every reference was looked up…
    assert (enums_2n, members_2n) == (enums, members) and 1 <= members <= enums  # …in indexes built once per reader


def test_the_file_is_searched_for_to_json_once_however_many_big_ints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def text(size: int) -> str:
        numbers = ", ".join(f"{i}n" for i in range(size))
        return (f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: '{UUID}', "
                f"inputData: {{ 'Flow.ids': [{numbers}] }} }}) }});\n")

    assert "FL014" in [d["code"] for d in check_file(tmp_path, "a.js", text(200))]
    literals, searched = counts(tmp_path, monkeypatch, ["big_int"], ["_gives_to_json"], "a.js", text(200))
    literals_2n, searched_2n = counts(tmp_path, monkeypatch, ["big_int"], ["_gives_to_json"], "a.js", text(400))
    assert literals >= 200 and literals_2n >= 400
    assert searched == searched_2n == 1


def test_the_file_is_searched_for_default_transforms_once_however_many_launches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def text(launches: int) -> str:
        call = f"axios.post('{API}', {{ flowId: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana' }} }});\n"
        return "const axios = require('axios');\naxios.defaults.transformRequest = [];\n" + call * launches

    names, properties = ["transforms_request"], ["_sets_default_transform"]
    asked, searched = counts(tmp_path, monkeypatch, names, properties, "a.js", text(20))
    asked_2n, searched_2n = counts(tmp_path, monkeypatch, names, properties, "a.js", text(40))
    assert asked >= 20 and asked_2n >= 40
    assert searched == searched_2n == 1
