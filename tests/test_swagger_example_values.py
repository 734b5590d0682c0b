"""A documentation page that shows the launch request as Swagger UI (and generated API docs) print a schema's example
value — each string member its type's name, `"string"`, a map's entries `additionalProp1`… — shows blanks of the
shape, the reader's to fill in: no FL104 "looks like a flow name" (with help to pull a flow named "string"), no FL203
for `additionalProp1`. What the page writes beside the blanks is still judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

HTTP = ("```http\nPOST /api/v2/flows/executions HTTP/1.1\nHost: api.mypurecloud.com\nContent-Type: application/json\n\n"
        "{BODY}\n```\n")
SAMPLE = ('{"flowId": "string", "flowVersion": "string", "name": "string", "inputData": {"additionalProp1": {}, '
          '"additionalProp2": {}, "additionalProp3": {}}}')


def test_swaggers_example_value_is_blanks() -> None:
    Path("README.md").write_text("# Launch\n\n" + HTTP.replace("{BODY}", SAMPLE), encoding="utf-8")
    assert diagnostics("--no-cache", "-v", "README.md") == []
    # reached: the same block with one input written wrong beside the blanks gets that one error, and only it
    Path("README.md").write_text("# Launch\n\n" + HTTP.replace("{BODY}", SAMPLE.replace('{"additionalProp1"',
                                 '{"customerName": "x", "additionalProp1"')), encoding="utf-8")
    found = diagnostics("--no-cache", "README.md")
    assert [(d["code"], d["pointer"]) for d in found] == [("FL203", "/inputData/customerName")], found


@pytest.mark.parametrize(("body", "code"), [
    ('{"flowId": "string", "inputData": {"customerName": "x"}}', "FL203"),  # a blank flowId, an input written wrong
    ('{"flowId": "Customer Callback", "name": "string"}', "FL104"),  # not the sample: one string is no type name
])
def test_what_is_written_beside_the_blanks_is_judged(body: str, code: str) -> None:
    Path("README.md").write_text("# Launch\n\n" + HTTP.replace("{BODY}", body), encoding="utf-8")
    found = diagnostics("--no-cache", "README.md")
    assert [d["code"] for d in found if d["severity"] == "error"] == [code], found
    assert all(d["code"] != "FL104" or "string" not in d["message"] for d in found), found
