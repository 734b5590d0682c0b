"""`Object.assign(body.inputData, {…})` (or onto the body) with an object literal of written keys gives those members,
as Python's `body["inputData"].update({…})` does: judged, under an `if` too (review R10, /tmp/s42/review/r/s41fix/comp.js
`launch2`: the members were "not checked" and the -v note said the body was handed to `Object.assign()`, "no
function defined in this file, nor a reader it knows"). A source flowlint cannot see still leaves them not known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
HEAD = (f"const URL = '{URL}';\nasync function launch(phone, vip, extra) {{\n"
        f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }} }};\n")
SEND = "  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });\n}\n"


def _errors(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


JUDGED = {
    "under an if, into inputData": ("  if (vip) Object.assign(body.inputData, { priority: 'high' });\n", [("FL203", 4)]),
    "under an if, braces, onto the body": ("  if (vip) {\n    Object.assign(body, { inputs: { 'Flow.vip': true } });\n  }\n",
                                           [("FL101", 5)]),
    "straight, onto the body": ("  Object.assign(body, { flowVersion: 2 });\n", [("FL105", 4)]),
}


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_object_assign_of_a_literal_gives_its_members(tmp_path: Path, name: str) -> None:
    written, errors = JUDGED[name]
    assert _errors(check_file(tmp_path, "a.js", HEAD + written + SEND)) == errors


def test_a_source_not_seen_leaves_the_members_not_known(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.js", HEAD + "  if (vip) Object.assign(body.inputData, extra, { priority: 'high' });\n"
                       + SEND, "-v")
    assert any(d["code"] == "FL011" for d in found), found  # reached: read, its inputs not all known
    assert _errors(found) == [], found
