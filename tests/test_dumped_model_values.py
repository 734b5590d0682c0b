"""A body dumped from a class written in the file (`asdict(Launch(…))`, `Launch(…).model_dump()`): a dataclass holds the
values it is made with, as asdict copies them unconverted, shown where the call writes them and never edited there;
where the values are not known (pydantic converts them, *args, a parameter, fields changed later, a field left out of
`__init__`) the -v FL011 note says the body comes from that class and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
DATACLASS = ("from dataclasses import asdict, dataclass, field\n\nimport requests\n\n\n@dataclass{options}\nclass Launch:\n"
             "    flowId: str\n    inputData: dict{default}\n\n\n")
INPUTS = "{'customerName': 'Ana'}"


@pytest.mark.parametrize("made", [f"Launch(flowId='{UUID}', inputData={INPUTS})", f"Launch('{UUID}', {INPUTS})",
                                  f"Launch('{UUID}', inputData={INPUTS})"])
def test_a_dataclass_holds_the_values_it_is_made_with(tmp_path: Path, made: str) -> None:
    text = DATACLASS.format(options="", default="") + f"requests.post('{API}', json=asdict({made}))\n"
    found = [(d["code"], d["pointer"], d.get("fix")) for d in check_file(tmp_path, "a.py", text)]
    assert ("FL203", "/inputData/customerName", None) in found, found  # shown where it is made, never edited there


def test_a_name_bound_to_one_is_read_as_made(tmp_path: Path) -> None:
    text = DATACLASS.format(options="", default="") + (
        f"launch = Launch('{UUID}', {INPUTS})\nrequests.post('{API}', json=asdict(launch))\n")
    assert "FL203" in {d["code"] for d in check_file(tmp_path, "a.py", text)}


NOT_KNOWN = {
    "kw_only": (DATACLASS.format(options="(kw_only=True)", default="")
                + f"requests.post('{API}', json=asdict(Launch('{UUID}', {INPUTS})))\n", "by position"),
    "field_call": (DATACLASS.format(options="", default=" = field(default_factory=dict)")
                   + f"requests.post('{API}', json=asdict(Launch('{UUID}', {INPUTS})))\n", "by position"),
    "changed": (DATACLASS.format(options="", default="") + f"launch = Launch('{UUID}', {INPUTS})\n"
                "launch.inputData['Flow.customerName'] = 'Ana'\n"
                f"requests.post('{API}', json=asdict(launch))\n", "changed after it is made"),
    # (a `dict` field keeps the keys it is given: tests/test_pydantic_dump_keys.py; a model field makes its own)
    "pydantic": ("import requests\nfrom pydantic import BaseModel\n\n\nclass Launch(BaseModel):\n    flowId: str\n"
                 f"    inputData: Inputs\n\n\nrequests.post('{API}', json=Launch(flowId='{UUID}', inputData={INPUTS}).model_dump())\n",
                 "pydantic model"),
}


@pytest.mark.parametrize("name", NOT_KNOWN)
def test_values_not_known_are_said_with_the_class_and_why(tmp_path: Path, name: str) -> None:
    text, why = NOT_KNOWN[name]
    found = check_file(tmp_path, "a.py", text, "-v")
    assert "FL203" not in {d["code"] for d in found}, found  # nothing judged from a guess
    notes = [str(d["message"]) for d in found if d["code"] == "FL011"]
    assert notes and "dumped from `Launch`" in notes[0] and why in notes[0], found


@pytest.mark.parametrize("tail", [f"requests.post('{API}', json=asdict(Launch(*values)))\n",
                                  f"def go(launch: Launch):\n    requests.post('{API}', json=asdict(launch))\n",
                                  f"def go(fid, inputs):\n    requests.post('{API}', json=asdict(Launch(fid, inputs)))\n"])
def test_values_its_caller_gives_are_no_note(tmp_path: Path, tail: str) -> None:
    """A parameter's values are its caller's, as a plain parameter body's are: no note for what nothing here could tell."""
    found = check_file(tmp_path, "a.py", DATACLASS.format(options="", default="") + tail, "-v")
    assert [d for d in found if d["code"] in ("FL011", "FL203")] == [], found


ALIASED = ("import httpx\nfrom pydantic import BaseModel, ConfigDict, Field\n\n\nclass Launch(BaseModel):\n"
           "    model_config = ConfigDict({config})\n\n"
           "    flow_id: str = Field(alias={alias!r})\n"
           "    inputs: dict[str, str] = Field(default_factory=dict, description='the flow inputs')\n\n\n"
           "def launch(order_id: str) -> None:\n"
           "    req = Launch({made}='{uuid}', inputs={{'orderId': order_id}})\n"
           "    httpx.post('{api}', json=req.{dump})\n")


@pytest.mark.parametrize(("config", "alias", "made", "dump", "key"), [
    # /tmp/s36/revA/12: made by name (populate_by_name), dumped by alias
    ("populate_by_name=True", "flowID", "flow_id", "model_dump(by_alias=True)", "flowID"),
    ("", "flowID", "flowID", "model_dump(by_alias=True)", "flowID"),  # made with its alias
    ("extra='forbid'", "flowId", "flowId", "model_dump()", "flow_id"),  # dumped by name: the alias is not the key
    ("validate_by_name=True", "flowId", "flow_id", "dict(by_alias=False)", "flow_id"),
])
def test_a_pydantic_models_aliases_name_its_dumped_members(tmp_path: Path, config: str, alias: str, made: str, dump: str,
                                                           key: str) -> None:
    """Field(alias=…) makes the model with the alias (and the name too under populate_by_name), and `by_alias=True`
    dumps it under the alias: the body's members are known, and judged; its dict field's keys too."""
    text = ALIASED.format(config=config, alias=alias, made=made, uuid=UUID, api=API, dump=dump)
    found = {(d["code"], d["pointer"]) for d in check_file(tmp_path, "a.py", text, contract_findings=False)}
    assert ("FL101", "/inputs") in found, found
    assert (key != "flowId") == any(pointer == f"/{key}" for _, pointer in found), found


@pytest.mark.parametrize("change", [
    ("model_config = ConfigDict()", "model_config = ConfigDict(alias_generator=to_camel)"),
    ("description='the flow inputs'", "exclude=True"),
    ("model_dump(by_alias=True)", "model_dump(by_alias=True, exclude_none=True)"),
    ("Field(alias='flowID')", "Field(validation_alias=AliasChoices('flowID', 'flow'))"),
    ("model_config = ConfigDict()", "model_config = ConfigDict(extra='allow')"),
])
def test_a_dump_whose_names_are_not_known_is_not_judged(tmp_path: Path, change: tuple[str, str]) -> None:
    """An alias generator, a field left out of the dump, a dump's own options, an alias not written as a name, extra
    members kept: which members the dump writes is not known, and nothing fails."""
    text = ALIASED.format(config="", alias="flowID", made="flowID", uuid=UUID, api=API, dump="model_dump(by_alias=True)")
    assert {d["code"] for d in check_file(tmp_path, "a.py", text, contract_findings=False)} >= {"FL101", "FL102"}  # reached
    changed = text.replace(*change)
    assert changed != text
    assert not [d for d in check_file(tmp_path, "a.py", changed, contract_findings=False) if d["severity"] != "info"]



ATTRS = ("import attrs\nimport requests\n\n\n@attrs.define\nclass Launch:\n    flowId: str\n    inputData: dict\n\n\n"
         f"requests.post('{API}', json=attrs.asdict(Launch('{UUID}', {INPUTS})))\n")


def test_an_attrs_class_holds_the_values_it_is_made_with(tmp_path: Path) -> None:
    """attrs.asdict (attr.asdict) copies what an `@attrs.define` class is made with, as a dataclass's asdict does."""
    found = [(d["code"], d["pointer"]) for d in check_file(tmp_path, "a.py", ATTRS)]
    assert ("FL203", "/inputData/customerName") in found, found


@pytest.mark.parametrize("change", [
    ("@attrs.define", "@attrs.s"), ("@attrs.define", "@attrs.define(kw_only=True)"),
    ("    inputData: dict", "    inputData: dict = attrs.field(converter=dict)"),
    ("attrs.asdict(Launch", "attrs.asdict(recurse=False, inst=Launch"),
])
def test_an_attrs_class_not_plain_is_not_read(tmp_path: Path, change: tuple[str, str]) -> None:
    """`@attr.s` (auto_attribs not read), keyword-only fields given by position, a converter, asdict's own options."""
    text = ATTRS.replace(*change)
    assert text != ATTRS
    assert not [d for d in check_file(tmp_path, "a.py", text) if d["code"] == "FL203"]
