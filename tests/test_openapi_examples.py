"""An OpenAPI document's JSON request examples under the launch path's POST are launch bodies written by hand: checked
where the document writes them (/tmp/s36/revA/6), never its schemas or responses; another API's path is not judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file, diagnostics

UUID = "3f1d9c7e-2a4b-4c6d-8e0f-1a2b3c4d5e6f"  # (a flow with no contract in the store: the fix is not held to one)

DOCUMENT = f"""openapi: 3.0.3
info:
  title: Genesys Cloud (the subset the orders service uses)
  version: "1.0"
servers:
  - url: https://api.mypurecloud.com
paths:
  /api/v2/flows/executions:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Launch'
            example:
              flowId: {UUID}
              inputs:
                Flow.orderId: "1042"
            examples:
              followup:
                value:
                  flowId: {UUID}
                  inputData:
                    Flow.orderId: "1042"
              shared:
                $ref: '#/components/examples/shared'
              again:
                $ref: '#/components/examples/shared'
      responses:
        "200":
          content:
            application/json:
              example:
                id: run-1
                flowVersion: {{id: "3.0", name: "3.0"}}
                selfUri: /api/v2/flows/executions/run-1
components:
  examples:
    shared:
      value:
        flowId: order-followup
  schemas:
    Launch:
      type: object
      example:
        flowID: {UUID}
"""


def at(found: list[dict[str, Any]]) -> set[tuple[str, int]]:
    return {(d["code"], d["line"]) for d in found}


def test_the_launch_paths_request_examples_are_judged_where_written(tmp_path: Path) -> None:
    """`example` (line 17: `inputs`), each `examples` value (the $ref'd one, line 41: a name for a flowId) are judged;
    a right one (followup), the response's example and a component schema's example are not read as launches."""
    found = check_file(tmp_path, "openapi.yaml", DOCUMENT, contract_findings=False)
    assert at(found) == {("FL101", 17), ("FL104", 41)}, found
    from validator.sources.extract import extract

    # the example two entries refer to is read once: the inline example, followup and shared
    assert len(extract("openapi", DOCUMENT, "openapi.yaml")) == 3
    assert next(d for d in found if d["code"] == "FL101")["fix"] is not None  # an edit of the example, as a YAML body's


def test_a_fix_edits_the_example_in_the_document(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(DOCUMENT, encoding="utf-8")
    diagnostics("--no-cache", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "inputs:" not in fixed and fixed.count("inputData") == 2, fixed
    line = fixed[:fixed.index("flowId: order-followup")].count("\n") + 1  # (the move may write the value on fewer lines)
    assert at(check_file(tmp_path, "openapi.yaml", fixed, contract_findings=False)) == {("FL104", line)}


def test_a_document_of_another_api_or_without_examples_says_nothing_walked(tmp_path: Path) -> None:
    """A document of the project's own engine (its own host, members no launch has) is no launch: -v says why; one
    whose launch path has no example describes, and holds no launch: nothing walked, one FL012 note named."""
    engine = ("openapi: 3.0.3\ninfo: {title: Orders engine, version: '2'}\nservers:\n  - url: http://engine.internal:8080\n"
              "paths:\n  /api/v2/flows/executions:\n    post:\n      requestBody:\n        content:\n"
              "          application/json:\n            example: {workflowName: order-followup, priority: 3}\n")
    bare = DOCUMENT[:DOCUMENT.index("            example:\n")] + DOCUMENT[DOCUMENT.index("      responses:"):]
    (tmp_path / "engine.yaml").write_text(engine, encoding="utf-8")
    (tmp_path / "bare.yaml").write_text(bare, encoding="utf-8")
    assert diagnostics("--no-cache", str(tmp_path)) == []
    said = {d["file"].rsplit("/", 1)[-1]: d for d in diagnostics("--no-cache", "-v", str(tmp_path / "engine.yaml"),
                                                                  str(tmp_path / "bare.yaml"))}
    assert said["engine.yaml"]["code"] == "FL011" and "engine.internal" in said["engine.yaml"]["message"], said
    assert said["bare.yaml"]["code"] == "FL012", said


def test_a_json_document_is_read_as_a_yaml_one(tmp_path: Path) -> None:
    """The same document written in JSON (swagger.json, openapi.json): its examples are judged and fixed where written."""
    import json

    import yaml

    text = json.dumps(yaml.safe_load(DOCUMENT), indent=2)
    found = check_file(tmp_path, "openapi.json", text, contract_findings=False)
    assert {(d["code"], d["pointer"]) for d in found} == {("FL101", "/inputs"), ("FL104", "/flowId")}, found
    assert {d["line"] for d in found if d["code"] == "FL101"} == {text[:text.index('"inputs"')].count("\n") + 1}
    assert next(d for d in found if d["code"] == "FL101")["fix"] is not None


def test_a_servers_variables_and_swagger_2s_host_give_the_base(tmp_path: Path) -> None:
    """`https://api.{domain}` takes the variable's default; Swagger 2 puts its host and basePath before the path, and
    its body parameter's schema example is a body."""
    variables = DOCUMENT.replace("  - url: https://api.mypurecloud.com\n",
                                 "  - url: 'https://api.{domain}'\n    variables: {domain: {default: mypurecloud.ie}}\n")
    assert ("FL101", 18) in at(check_file(tmp_path, "v.yaml", variables, contract_findings=False))
    swagger = ("swagger: '2.0'\ninfo: {title: launch, version: '1'}\nhost: api.mypurecloud.ie\nbasePath: /api/v2\n"
               "paths:\n  /flows/executions:\n    post:\n      parameters:\n        - in: body\n          name: body\n"
               f"          schema:\n            example: {{flowId: {UUID}, inputs: {{orderId: '1'}}}}\n")
    assert at(check_file(tmp_path, "s.yaml", swagger, contract_findings=False)) == {("FL101", 12)}


def test_a_yaml_document_past_the_yaml_limit_is_not_parsed(tmp_path: Path) -> None:
    """A YAML OpenAPI document bigger than the YAML limit (1/32 of max-file-size) is not parsed for examples."""
    assert ("FL101", 17) in at(check_file(tmp_path, "o.yaml", DOCUMENT, contract_findings=False))  # reached
    named = check_file(tmp_path, "o.yaml", DOCUMENT, "--max-file-size", str(32 * (len(DOCUMENT) - 1)))
    assert [(d["code"], "YAML limit" in d["message"]) for d in named] == [("FL012", True)], named


def _document(examples: str, responses: str = "") -> str:
    """An OpenAPI document of the launch path whose request `examples` are `examples` (YAML under `examples:`)."""
    return ("openapi: 3.0.3\ninfo: {title: Launch, version: '1'}\nservers:\n  - url: https://api.mypurecloud.com\n"
            "paths:\n  /api/v2/flows/executions:\n    post:\n      requestBody:\n        content:\n"
            "          application/json:\n            examples:\n" + examples +
            "      responses:\n        '200': {description: launched}\n" + responses)


def _line(text: str, written: str) -> int:
    return text[:text.index(written)].count("\n") + 1


#: The shapes a document's author writes for the reader to fill in (core.ids.PLACEHOLDER), quoted as YAML needs.
FAMILY = ["<your-flow-id>", "{{flowId}}", "YOUR_FLOW_ID", "$FLOW_ID", "${flowId}", "<flow id>",
          "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "..."]


def test_a_documents_placeholders_are_the_readers_to_fill_in(tmp_path: Path) -> None:
    """An OpenAPI document is documentation: a flow ID, a flowVersion or an input's value written as a placeholder is
    unknown, never FL104 nor a type finding; what the example writes beside it is judged (`inputs`, FL101)."""
    examples = "".join(
        f"              e{number}:\n                value:\n                  flowId: '{value}'\n"
        f"                  flowVersion: '<version>'\n                  inputs: {{Flow.customerName: Ana}}\n"
        for number, value in enumerate(FAMILY))
    text = _document(examples + "              typed:\n                value:\n"
                     f"                  flowId: {UUID_WITH_CONTRACT}\n                  inputData:\n"
                     "                    Flow.customerName: '<customer name>'\n"
                     "                    Flow.orderCount: '<number of orders>'\n")
    found = check_file(tmp_path, "openapi.yaml", text)
    assert sorted((d["code"], d["line"]) for d in found) == sorted(
        ("FL101", _line(text, f"e{number}:") + 4) for number in range(len(FAMILY))), found  # reached, no FL104
    # The same values in a request file are sent as written: still FL104, and the typed input's FL204.
    payload = check_file(tmp_path, "launch.json", '{"flowId": "<your-flow-id>"}')
    assert [d["code"] for d in payload] == ["FL104"] and "as written" in payload[0]["message"], payload
    typed = check_file(tmp_path, "typed.json", '{"flowId": "%s", "inputData": {"Flow.customerName": "Ana", '
                       '"Flow.orderCount": "<number of orders>"}}' % UUID_WITH_CONTRACT)
    assert [d["code"] for d in typed] == ["FL204"], typed


UUID_WITH_CONTRACT = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # (.flowlint/flows: Flow.orderCount is an Integer)


def test_an_example_the_document_marks_wrong_is_read_never_judged_nor_fixed(tmp_path: Path) -> None:
    """Its name (`wrong`, `badRequest`), its summary or description saying the platform refuses it, or a 400 response's
    example of the same name mark it wrong, as a page's label marks a block (sources/examples.py): -v says each at the
    example, quoting the words; a right one beside them is judged and fixed; --fix leaves the wrong ones as written."""
    from conftest import flowlint

    wrong_body = f"                value: {{flowId: {UUID}, inputs: {{Flow.x: '1'}}}}\n"
    examples = ("              wrong:\n" + wrong_body
                + "              badRequest:\n" + wrong_body
                + "              prefix:\n                summary: Fails with 400 Invalid request body\n" + wrong_body
                + "              legacy:\n                description: The platform rejects this body.\n" + wrong_body
                + "              paired:\n" + wrong_body
                + "              followup:\n                summary: If the flow is not published, this returns 400\n"
                + wrong_body)
    refusal = ("        '400':\n          description: refused\n          content:\n            application/json:\n"
               "              examples:\n                paired:\n                  value: {message: Invalid request body}\n")
    text = _document(examples, refusal)
    assert [(d["code"], d["line"]) for d in check_file(tmp_path, "openapi.yaml", text, contract_findings=False)] \
        == [("FL101", _line(text, "followup:") + 2)]  # a refusal on a condition marks nothing: judged
    said = [d for d in check_file(tmp_path, "openapi.yaml", text, "-v", contract_findings=False) if d["code"] == "FL011"]
    assert [d["line"] for d in said] == [_line(text, name) + (1 if name in ("wrong:", "badRequest:", "paired:") else 2)
                                         for name in ("wrong:", "badRequest:", "prefix:", "legacy:", "paired:")], said
    assert [d["message"].split("(", 1)[1].rsplit(",", 1)[0] for d in said] == [
        '"wrong"', '"bad Request"', '"Fails with 400 Invalid request body"', '"The platform rejects this body."',
        "\"the 400 response's example 'paired'\""], said
    assert all(d["message"].startswith("this launch was not judged: the document shows it as a wrong example")
               for d in said)
    (tmp_path / "openapi.yaml").write_text(text, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(tmp_path / "openapi.yaml"))
    fixed = (tmp_path / "openapi.yaml").read_text(encoding="utf-8")
    assert fixed.count("inputs:") == 5 and "inputData" in fixed, fixed  # only the followup example was rewritten


def test_the_same_document_in_json_marks_its_wrong_examples(tmp_path: Path) -> None:
    import json

    import yaml

    wrong_body = f"                value: {{flowId: {UUID}, inputs: {{Flow.x: '1'}}}}\n"
    text = json.dumps(yaml.safe_load(_document("              invalid_inputs:\n" + wrong_body
                                               + "              right:\n" + wrong_body)), indent=1)
    found = check_file(tmp_path, "openapi.json", text, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [  # said at its value; the right one judged at its `inputs`
        ("FL011", _line(text, '"invalid_inputs"') + 1), ("FL101", text[:text.rindex('"inputs"')].count("\n") + 1)], found
