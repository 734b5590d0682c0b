"""Dataclasses and pydantic models dumped into a launch body (`asdict(x)`, `x.model_dump()`, `x.dict()`): known only when
the class is written in the same file with plain fields; then its field names are the body's keys, located in the class,
and a rename there is shown, never applied (the class is the user's)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"

DATACLASS = f"""from dataclasses import asdict, dataclass

import requests


@dataclass
class LaunchRequest:
    \"\"\"What the order service sends to start the follow-up flow.\"\"\"

    FLOW_ID: str
    INPUT_DATA: dict
    name: str = "order follow-up"


def launch(token: str, flow_id: str, order_id: str) -> str:
    request = LaunchRequest(flow_id, {{"Flow.orderId": order_id}})
    response = requests.post("{API}", json=asdict(request), headers={{"Authorization": f"Bearer {{token}}"}})
    return response.json()["id"]
"""
PYDANTIC = f"""import httpx
from pydantic import BaseModel


class FlowLaunch(BaseModel):
    FLOW_ID: str
    INPUT_DATA: dict[str, str] = {{}}
    flowVersion: str | None = None


async def launch(client: httpx.AsyncClient, flow_id: str) -> str:
    body = FlowLaunch(FLOW_ID=flow_id)
    response = await client.post("{API}", json=body.DUMP())
    return response.json()["id"]
"""
FASTAPI = f"""import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class FlowLaunch(BaseModel):
    FLOW_ID: str
    inputData: dict[str, str] = {{}}


@app.post("/launch")
async def launch(launch: FlowLaunch) -> dict[str, str]:
    async with httpx.AsyncClient() as client:
        response = await client.post("{API}", json=launch.model_dump())
    return response.json()
"""


def check(tmp_path: Path, text: str, *extra: str) -> tuple[list[dict[str, Any]], str]:
    path = tmp_path / "service.py"
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", *extra, str(path))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if not d["code"].startswith("FL2")], path.read_text()


def at(found: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    return sorted((d["code"], d["line"], d["column"]) for d in found)


@pytest.mark.parametrize("dump", ["model_dump", "dict"])
def test_snake_case_fields_of_a_pydantic_model_are_reported_in_the_class(tmp_path: Path, dump: str) -> None:
    bad = PYDANTIC.replace("FLOW_ID", "flow_id").replace("INPUT_DATA", "input_data").replace("DUMP", dump)
    found, _ = check(tmp_path, bad)
    assert at(found) == [("FL102", 6, 5), ("FL102", 7, 5)], found
    assert "did you mean `flowId`" in found[0]["message"]
    good = PYDANTIC.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData").replace("DUMP", dump)
    assert check(tmp_path, good)[0] == []


def test_a_dataclass_rename_is_shown_never_applied(tmp_path: Path) -> None:
    bad = DATACLASS.replace("FLOW_ID", "flow_id").replace("INPUT_DATA", "input_data").replace(
        '    name: str = "order follow-up"', '    flow_version: str = "1.0"')  # renamed, its value would be the same
    found, _ = check(tmp_path, bad)
    assert at(found) == [("FL102", 10, 5), ("FL102", 11, 5), ("FL102", 12, 5)], found
    assert all(d["fix"] is None or not d["fix"].get("edits") for d in found), found
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(tmp_path / "service.py"))
    assert fixed.exit_code == 1 and (tmp_path / "service.py").read_text() == bad  # the class is the user's
    good = DATACLASS.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData")
    assert check(tmp_path, good)[0] == []


def test_a_literal_default_is_a_known_value_unless_the_constructor_gives_it(tmp_path: Path) -> None:
    text = PYDANTIC.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData").replace("DUMP", "model_dump")
    versioned = text.replace("flowVersion: str | None = None", "flowVersion: int = 3")
    assert [(d["code"], d["line"]) for d in check(tmp_path, versioned)[0]] == [("FL105", 8)]  # where the default is written
    given = versioned.replace("FlowLaunch(flowId=flow_id)", "FlowLaunch(flowId=flow_id, flowVersion=v)")
    assert check(tmp_path, given)[0] == []


def test_a_handler_parameter_annotated_with_the_model_is_read(tmp_path: Path) -> None:
    found, _ = check(tmp_path, FASTAPI.replace("FLOW_ID", "flow_id"))
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 9)], found
    assert check(tmp_path, FASTAPI.replace("FLOW_ID", "flowId"))[0] == []


@pytest.mark.parametrize("change", [
    ("from pydantic import BaseModel", "from pydantic import BaseModel as Base\nBaseModel = Base"),  # a name bound twice
    ("from pydantic import BaseModel", "from ormlib import BaseModel"),  # not pydantic's
    ("class FlowLaunch(BaseModel):", "class FlowLaunch(Base, BaseModel):"),
    ("    flowVersion: str | None = None", "    flowVersion: str | None = None\n    model_config = {'alias_generator': None}"),
    ("    INPUT_DATA: dict[str, str] = {}", "    INPUT_DATA: dict[str, str] = Field(alias='inputs')"),
    (".DUMP()", ".DUMP(by_alias=False, exclude_unset=True)"),
    ("body = FlowLaunch(FLOW_ID=flow_id)", "body = make_launch(flow_id)"),
])
def test_a_model_not_known_to_be_plain_is_unknown(tmp_path: Path, change: tuple[str, str]) -> None:
    assert ("FL102", 6, 5) in at(check(tmp_path, PYDANTIC.replace("DUMP", "model_dump").replace("FLOW_ID", "flow_id"))[0])  # reach
    changed = PYDANTIC.replace(*change).replace("DUMP", "model_dump").replace("FLOW_ID", "flow_id").replace("INPUT_DATA", "input_data")
    assert check(tmp_path, changed)[0] == [], change


@pytest.mark.parametrize(("argument", "known"), [("body.model_dump_json()", True), ("body.json()", True),
                                                  ("other.model_dump_json()", False)])
def test_a_model_dumped_to_json_text_and_given_to_json_is_a_string(tmp_path: Path, argument: str, known: bool) -> None:
    text = (PYDANTIC.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData")
            .replace("json=body.DUMP()", f"json={argument}"))
    found, _ = check(tmp_path, text)
    assert [(d["code"], d["line"]) for d in found] == [("FL003", 13)], found
    assert "model_dump" in found[0]["help"]


def test_response_json_is_not_a_model(tmp_path: Path) -> None:
    text = PYDANTIC.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData").replace("json=body.DUMP()", "json=r.json()")
    assert check(tmp_path, text)[0] == []


def test_the_editor_refuses_to_edit_a_member_written_in_the_class() -> None:
    from validator.core.diagnostics import RenameKey
    from validator.edits.code_editor import LaunchEditor
    from validator.edits.text import CannotEdit

    literal = f'import requests\nrequests.post("{API}", json={{"flow_version": "1.0", "flowId": "{UUID}"}})\n'
    rename = RenameKey(("flow_version",), "flowVersion")
    assert '"flowVersion": "1.0"' in LaunchEditor("python", "a.py", 0).apply(literal, rename)  # reach: a literal is edited
    dumped = DATACLASS.replace("FLOW_ID", "flowId").replace("INPUT_DATA", "inputData").replace(
        '    name: str = "order follow-up"', '    flow_version: str = "1.0"')
    with pytest.raises(CannotEdit):
        LaunchEditor("python", "a.py", 0).apply(dumped, rename)


@pytest.mark.parametrize("change", [
    ("from pydantic import BaseModel\n", "from pydantic import BaseModel as Model\n", "(BaseModel)", "(Model)"),
    ("from pydantic import BaseModel\n", "import pydantic as pd\n", "(BaseModel)", "(pd.BaseModel)"),
])
def test_a_model_base_imported_under_another_name_is_known(tmp_path: Path, change: tuple[str, str, str, str]) -> None:
    changed = PYDANTIC.replace(*change[:2]).replace(*change[2:]).replace("DUMP", "model_dump").replace("FLOW_ID", "flow_id")
    assert ("FL102", 6, 5) in at(check(tmp_path, changed)[0])


def test_a_dataclass_module_imported_under_another_name_is_known(tmp_path: Path) -> None:
    changed = DATACLASS.replace("from dataclasses import asdict, dataclass", "import dataclasses as dc").replace(
        "@dataclass", "@dc.dataclass").replace("json=asdict(", "json=dc.asdict(").replace("FLOW_ID", "flow_id")
    assert ("FL102", 10, 5) in at(check(tmp_path, changed)[0])
