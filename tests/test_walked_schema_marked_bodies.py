"""A launch body that carries a `$schema` member (an editor's completion hint, JSON Schema's metaschema URL or the
repository's own schema file) is still a body: its flowId and inputs are judged, and the `$schema` member the platform
refuses is FL101's, walked or named. Only a document that is a schema (its flow ID a property it describes) is passed
by as one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = "b2c3d4e5-1111-4111-8111-11111111111b"


@pytest.mark.parametrize("schema", ["https://json-schema.org/draft/2020-12/schema",
                                    "../schemas/flow-execution-launch-request.schema.json"], ids=["metaschema", "own"])
def test_a_body_with_a_schema_member_is_judged(schema: str) -> None:
    Path("launch.json").write_text(json.dumps({"$schema": schema, "flowId": FLOW, "inputData": {"phone": "+1"}}),
                                   encoding="utf-8")
    for found in (diagnostics("--no-cache", "."), diagnostics("--no-cache", "launch.json")):
        codes = sorted({str(d["code"]) for d in found} - {"FL200"})
        assert codes == ["FL101", "FL203"], found


def test_a_schema_describing_the_launch_is_still_none() -> None:
    Path("launch.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["flowId"],
        "properties": {"flowId": {"type": "string", "format": "uuid"}, "inputData": {"type": "object"}}}), encoding="utf-8")
    assert diagnostics("--no-cache", ".") == []
