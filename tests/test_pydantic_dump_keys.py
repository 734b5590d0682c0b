"""A body dumped from a pydantic model of the file (`Launch(flowId=…, inputData={…}).model_dump()`): pydantic validates a
`dict` / `dict[str, …]` field into a dict of the very keys it is given (its values converted: not known), and a `str`,
`int` or `bool` field given a literal of that type into that literal. So the keys of `inputData` are judged (FL203 on a
key without its `Flow.` prefix) and a string `flowId` names the flow; anything converted stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
MODEL = ("import requests\nfrom pydantic import BaseModel\nIMPORTS\n\nclass Launch(BaseModel):\n    flowId: FLOW\n"
         "    inputData: INPUTS = {}\n\n\nrequests.post('" + API + "', json=Launch(flowId=ID, inputData=GIVEN).model_dump())\n")


def made(flow: str = "str", inputs: str = "dict[str, str]", given: str = "{'customerName': 'Ana'}",
         flow_id: str = f"'{UUID}'", imports: str = "") -> str:
    return MODEL.replace("IMPORTS", imports).replace("FLOW", flow).replace("INPUTS", inputs).replace("GIVEN", given) \
        .replace("ID", flow_id)


def codes(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(str(d["code"]), str(d.get("pointer"))) for d in check_file(tmp_path, "a.py", text, "-v")}


@pytest.mark.parametrize("text", [made(), made(inputs="dict"), made(inputs="Dict[str, Any]", imports="from typing import Any, Dict"),
                                  made(flow_id="FLOW_ID".replace("FLOW_ID", "__import__('os').environ['F']"))],
                         ids=["dict[str, str]", "dict", "typing.Dict", "flowId not known"])
def test_the_keys_a_dict_field_is_given_are_judged(tmp_path: Path, text: str) -> None:
    assert ("FL203", "/inputData/customerName") in codes(tmp_path, text)


def test_a_string_flow_id_names_the_flow(tmp_path: Path) -> None:
    found = codes(tmp_path, made(given="{'Flow.customerName': 'Ana', 'Flow.nope': 1}"))
    assert ("FL202", "/inputData/Flow.nope") in found, found  # the contract of the flow it names is read
    assert not any(code == "FL204" for code, _ in found), found  # values are converted by pydantic: not judged


@pytest.mark.parametrize("text", [
    made(inputs="Inputs", imports="\n\nclass Inputs(BaseModel):\n    customerName: str\n"),
    made(inputs="dict[int, str]"), made(given="{1: 'Ana'}", inputs="dict"), made(given="{**other}"),
    made(inputs="dict[str, str] | None"), made(inputs="Dict[str, str]", imports="Dict = dict"),
], ids=["a model field", "int keys", "an int key", "a spread", "optional", "a Dict of the file's"])
def test_a_field_whose_keys_may_differ_is_not_judged(tmp_path: Path, text: str) -> None:
    found = codes(tmp_path, text)
    assert ("FL011", "") in found, found  # read, and said not known
    assert not any(code in ("FL202", "FL203") for code, _ in found), found


def test_a_flow_id_pydantic_converts_is_not_read(tmp_path: Path) -> None:
    found = codes(tmp_path, made(flow="int", given="{'Flow.customerName': 'Ana', 'Flow.nope': 1}"))
    assert not any(code == "FL202" for code, _ in found), found  # flowId not known: no contract read
