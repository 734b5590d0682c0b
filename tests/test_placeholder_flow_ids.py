"""The common shapes of a flow ID's placeholder (YOUR_FLOW_ID, your-flow-id, FLOW_ID_HERE, an x-masked UUID) are
placeholders as `<flow-id>` and `{{flowId}}` are: unknown in a document (the reader's to fill in), FL104's placeholder
finding in code; never "looks like a flow name". A real name-looking value is still that."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from validator.core.ids import PLACEHOLDER, TEMPLATE_PLACEHOLDER

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

PLACEHOLDERS = ["YOUR_FLOW_ID", "your-flow-id", "your_flow_id", "yourFlowId", "FLOW_ID_HERE", "FLOW_ID", "flow-id-here",
                "REPLACE_WITH_FLOW_ID", "INSERT-FLOW-ID", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "flow-id-placeholder", "CHANGEME"]
NAMES = ["my-flow", "Customer Callback", "IVR_MAIN", "flow-42", "SupportInbound", "here-and-there flow", "xylophone",
         "replace-card", "main_ivr_v2"]


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_placeholders_shape_is_a_placeholder(value: str) -> None:
    assert PLACEHOLDER.fullmatch(value)


def test_a_long_value_is_no_written_placeholder_and_costs_little() -> None:
    # (the capitals' form would backtrack over each `_` of an unbounded value: it looks at 80 characters at most)
    assert not PLACEHOLDER.fullmatch("ID_" * 200_000 + "a") and not PLACEHOLDER.fullmatch("YOUR_" + "A" * 80)


@pytest.mark.parametrize("value", ["your" + "a" * 60 + "-", "[your" + "a" * 60 + "-]", "[" + "your_" * 15 + "!]",
                                   "(" + "a " * 38 + "id!)", "<<" + "flow_" * 15 + "x>>"])
def test_a_value_that_almost_is_a_written_placeholder_costs_little(value: str) -> None:
    # ("your" then letters read a letter at a time, an optional `_` or `-` before each: one way of reading them. Read
    # as runs of letters, each split anew, `your` + 60 letters + `-` took 2^60 steps: a flowId that hung flowlint.)
    assert not PLACEHOLDER.fullmatch(value)


#: Placeholders in brackets, as READMEs and vendor docs write them (/tmp/s39/review F13).
BRACKETED = ["[FLOW_ID]", "[your flow id]", "<<FLOW_ID>>", "[Flow ID]", "[flowId]", "[INSERT_FLOW_ID_HERE]",
             "[insert flow id here]", "[Enter your flow ID]", "<<your-flow-id>>", "(flow id)", "[YOUR-FLOW-ID]",
             "my-workflow-id"]
#: Names written with brackets or parentheses: still names.
BRACKETED_NAMES = ["[Prod] Callback", "[Billing]", "[flow]", "(Callback IVR)", "[Main IVR flow]", "[the flow]",
                   "Sales (v2)", "<<Main>>"]


@pytest.mark.parametrize("value", BRACKETED)
def test_a_bracketed_placeholder_is_a_placeholder(tmp_path: Path, value: str) -> None:
    assert PLACEHOLDER.fullmatch(value)
    assert check(tmp_path, "README.md", markdown(value)) == []
    # in code it is sent as written: still FL104, said as a placeholder, not as a flow name
    code = f'import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/executions", json={{"flowId": "{value}"}})\n'
    found = [d for d in check(tmp_path, "launch.py", code) if d["code"] == "FL104"]
    assert len(found) == 1 and "is a placeholder, not a flow ID" in found[0]["message"]


@pytest.mark.parametrize("value", BRACKETED_NAMES)
def test_a_bracketed_name_is_still_a_name(tmp_path: Path, value: str) -> None:
    assert not PLACEHOLDER.fullmatch(value)
    found = check(tmp_path, "README.md", markdown(value))
    assert [d["code"] for d in found] == ["FL104", "FL104"] and "looks like a flow name" in found[0]["message"]


@pytest.mark.parametrize("value", NAMES)
def test_a_name_is_no_placeholder(value: str) -> None:
    assert not PLACEHOLDER.fullmatch(value)


def markdown(flow_id: str) -> str:
    return ("# Quick start\n\n```bash\ncurl -X POST \"https://api.mypurecloud.com/api/v2/flows/executions\" \\\n"
            "  -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" -H \"Content-Type: application/json\" \\\n"
            f"  -d '{{\"flowId\": \"{flow_id}\", \"inputData\": {{\"Flow.customerName\": \"Jane\"}}}}'\n```\n\n"
            "```python\nrequests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\",\n"
            f"              json={{\"flowId\": \"{flow_id}\"}}, headers={{\"Authorization\": \"Bearer <token>\"}})\n```\n")


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_documents_placeholder_flow_id_is_unknown(tmp_path: Path, value: str) -> None:
    assert check(tmp_path, "README.md", markdown(value)) == []


def test_a_documents_name_looking_flow_id_is_still_fl104(tmp_path: Path) -> None:
    found = check(tmp_path, "README.md", markdown("my-flow"))
    assert [d["code"] for d in found] == ["FL104", "FL104"] and "looks like a flow name" in found[0]["message"]


@pytest.mark.parametrize(("value", "said"), [("YOUR_FLOW_ID", "placeholder"), ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                                                                             "placeholder"), ("my-flow", "looks like a flow name")])
def test_in_code_a_placeholder_is_said_as_one_and_a_name_as_a_name(tmp_path: Path, value: str, said: str) -> None:
    code = f'import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/executions", json={{"flowId": "{value}"}})\n'
    found = [d for d in check(tmp_path, "launch.py", code) if d["code"] == "FL104"]
    assert len(found) == 1 and said in found[0]["message"]


#: Each template's or token replacer's syntax, by its shape (core.placeholders): Postman/Mustache, a blueprint's
#: `{flowExecutionId}` style, Express/Postman path variables, Azure Replace Tokens, Azure macros, token-replacing build
#: steps, Python's %-format, GitHub expressions, Octopus, CMake, a format string's holes.
TEMPLATES = ["{flowId}", ":flowId", "#{FlowId}#", "$(FLOW_ID)", "@@FLOW_ID@@", "%(flow_id)s", "__FLOW_ID__",
             "${{ vars.FLOW_ID }}", "#{FlowId}", "@FLOW_ID@", "{{{flowId}}}", "{0}", "%s", "$[variables.flowId]",
             "[[${flowId}]]", "$env:FLOW_ID"]
#: Real names and texts that hold such characters without being one.
TEMPLATE_LIKE_NAMES = ["My Flow", '{"a"}', '{"a": 1}', "flow {x}", "Flow: Main", "@home", "a:b", "50%", "flow-${env}",
                       "{a b}", "Sales (v2)"]


@pytest.mark.parametrize("value", TEMPLATES)
def test_a_templates_placeholder_is_one(value: str) -> None:
    assert PLACEHOLDER.fullmatch(value) and TEMPLATE_PLACEHOLDER.fullmatch(value)


@pytest.mark.parametrize("value", TEMPLATE_LIKE_NAMES)
def test_a_name_holding_template_characters_is_no_placeholder(value: str) -> None:
    assert not PLACEHOLDER.fullmatch(value)


def test_a_value_that_almost_is_a_placeholder_costs_little() -> None:
    # (overlapping shapes, repeated, would backtrack exponentially: a value is matched as one placeholder, <= 200 long)
    for unit in ("%a%", "__a__", "$a$", ":a", "{{a}}", "@a@", "#{a}#"):
        assert not PLACEHOLDER.fullmatch(unit * 40 + "!")


@pytest.mark.parametrize("value", [*TEMPLATES, "...", "…", "8f3c2a1e-...", "8f3c2a1e…7c90"])
def test_a_documents_template_placeholder_or_elided_flow_id_is_unknown(tmp_path: Path, value: str) -> None:
    assert check(tmp_path, "README.md", markdown(value)) == []


@pytest.mark.parametrize("value", ["{flowId}", "#{FlowId}#", "%(flow_id)s", "@@FLOW_ID@@"])
def test_a_payloads_template_placeholder_is_said_as_one_never_as_a_flow_name(tmp_path: Path, value: str) -> None:
    found = check(tmp_path, "launch.json", json.dumps({"flowId": value, "inputData": {"Flow.orderId": "1"}}))
    assert [d["code"] for d in found] == ["FL104"]
    assert "a template's placeholder" in found[0]["message"] and "--name" not in found[0]["message"]
    assert f'--name "{value}"' not in found[0]["help"]


def test_a_documents_placeholder_input_names_are_the_readers_to_fill_in(tmp_path: Path) -> None:
    """A page's `"<input name>": "<value>"` (or `{{input}}`, `Flow.<variable>`, `YOUR_INPUT`) names the reader's own
    input: no FL203 for its missing prefix, and its object open (nothing said missing); a name written beside it, in
    capitals ending in ID too, is still judged. A payload file sends such a key as written."""
    inputs = ('{"<input name>": "<value>", "{{input}}": 1, "Flow.<variable>": "x", "YOUR_INPUT": 2, '
              '"CUSTOMER_ID": "3", "orderId": "4"}')
    page = ("# Launch\n\n```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/executions "
            "-H 'Content-Type: application/json' \\\n"
            f"  -d '{{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputData\": {inputs}}}'\n```\n")
    found = check_file(tmp_path, "README.md", page)  # (the flow's contract requires Flow.customerName: not said)
    assert [(d["code"], d["message"].split("`")[1]) for d in found] == [("FL202", "CUSTOMER_ID"), ("FL202", "orderId")], found
    payload = check_file(tmp_path, "launch.json", '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", '
                         '"inputData": {"<input name>": "v"}}')
    assert sorted(d["code"] for d in payload) == ["FL201", "FL202"], payload  # sent as written; Flow.customerName missing
