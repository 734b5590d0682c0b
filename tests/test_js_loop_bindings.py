"""A name a JavaScript/TypeScript loop, catch clause or `var` declares for itself (`for (const { flowId } of jobs)`,
`for (const [key, record] of Object.entries(m))`, `for (const flowId in m)`, `catch ({ record })`, `if (c) { var
flowId = … }`) is not the module's name of the same spelling: its value is unknown there, so neither the module's flow
id (its contract judging the inputs: FL202) nor the module's object (judged as the body: FL102) is read in its place.
Outside the loop or the catch clause, the module's name is still the one read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
TEMPLATE = f"""const axios = require('axios');
const flowId = '{UUID}';
const record = {{ flowID: '{UUID}', owner: 'ops' }};
async function go(jobs: any, m: any) {{
  LOOP
}}
module.exports = {{ go }};
"""
#: Sends the module's flow id (if it were read) with an input its flow lacks, and a member no launch has (read anyway).
BY_ID = f"await axios.post('{API}', {{ flowId, extra: 1, inputData: {{ 'Flow.notAnInput': 1 }} }});"
#: Sends the module's object as the body (if it were read): its members are no launch's.
BY_RECORD = f"await axios.post('{API}', record);"

FORMS = [
    "for (const { NAME, orderId } of jobs) { SEND }",
    "for (const [key, NAME] of Object.entries(m)) { SEND }",
    "for (const NAME in m) SEND",
    "for (let NAME in m) { SEND }",
    "for (var NAME in m) SEND",
    "for (NAME in m) SEND",
    "for (const { id: NAME } of jobs) SEND",
    "for (let { NAME = m.fallback } of jobs) SEND",
    "for (const [first, ...NAME] of jobs) SEND",
    "for (const { a, ...NAME } of jobs) SEND",
    "for (const { a: [{ NAME }] } of jobs) SEND",
    "for await (const { NAME } of jobs) SEND",
    "for (var { NAME } of jobs) {}\n  SEND",
    "for (let { NAME } = jobs; ; ) { SEND break; }",
    "try { m(); } catch ({ NAME }) { SEND }",
    "try { m(); } catch ([NAME]) { SEND }",
    "if (m) { var NAME = m.value; }\n  SEND",
    "switch (m) { case 1: var NAME = m.value; }\n  SEND",
]


def found(tmp_path: Path, name: str, loop: str, send: str, binding: str) -> list[dict[str, Any]]:
    text = TEMPLATE.replace("LOOP", loop.replace("NAME", binding).replace("SEND", send))
    return check_file(tmp_path, name, text if name.endswith(".ts") else text.replace(": any", ""), "-v")


@pytest.mark.parametrize("name", ["a.js", "a.ts"])
@pytest.mark.parametrize("loop", FORMS)
def test_a_flow_id_the_loop_declares_is_not_the_modules(tmp_path: Path, name: str, loop: str) -> None:
    diagnostics = found(tmp_path, name, loop, BY_ID, "flowId")
    assert any(d["code"] == "FL102" and d["pointer"] == "/extra" for d in diagnostics), diagnostics  # read
    assert not [d for d in diagnostics if d["code"] == "FL202"]


@pytest.mark.parametrize("name", ["a.js", "a.ts"])
@pytest.mark.parametrize("loop", FORMS)
def test_an_object_the_loop_declares_is_not_the_modules(tmp_path: Path, name: str, loop: str) -> None:
    diagnostics = found(tmp_path, name, loop, BY_RECORD, "record")
    assert any(d["code"] == "FL011" and "`record`" in d["message"] for d in diagnostics), diagnostics  # read, not known
    assert not [d for d in diagnostics if d["severity"] == "error"]


@pytest.mark.parametrize("loop", [
    "for (const { NAME } of jobs) {}\n  SEND",
    "for (let NAME in m) {}\n  SEND",
    "try { m(); } catch (NAME) {}\n  SEND",
    "try { m(); } catch ({ NAME }) {}\n  SEND",
    "{ let NAME = m; }\n  SEND",
    "for (const { id = NAME } of jobs) {}\n  SEND",
])
def test_after_the_loop_the_modules_name_is_read(tmp_path: Path, loop: str) -> None:
    diagnostics = found(tmp_path, "a.js", loop, BY_ID, "flowId")
    assert [d["pointer"] for d in diagnostics if d["code"] == "FL202"] == ["/inputData/Flow.notAnInput"], diagnostics
