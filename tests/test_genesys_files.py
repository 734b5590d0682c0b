"""Genesys files that are no launch body stay silent; Architect YAML declares a workflow's inputs, used as its contract."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.contracts.architect import input_schema, load_flow_yaml, read_flow
from validator.contracts.store import BrokenContract, Contract
from validator.sources import github_actions
from validator.sources.kinds import source_kind

from conftest import codes, flowlint

FLOW = "c41d9e07-6b2a-4f5e-8d3c-1a7b9e2f4c60"

#: An Archy workflow as a CX-as-Code repository keeps it: placeholders filled by Terraform's `substitutions`.
WORKFLOW = """\
workflow:
  name: {{flow_name}}
  description: Sends the callback survey after an interaction
  division: {{division}}
  startUpRef: "/workflow/states/state[Initial State_10]"
  defaultLanguage: en-us
  supportedLanguages:
    en-us:
      none: true
  variables:
    - stringVariable:
        name: Flow.customerName
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - integerVariable:
        name: Flow.attempt
        initialValue:
          lit: 1
        isInput: true
        isOutput: false
    - decimalVariable:
        name: Flow.score
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - booleanVariable:
        name: Flow.vip
        initialValue:
          lit: false
        isInput: true
        isOutput: false
    - dateTimeVariable:
        name: Flow.contactedAt
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - stringCollectionVariable:
        name: Flow.tags
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - queueVariable:
        name: Flow.queue
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - stringVariable:
        name: Flow.result
        initialValue:
          noValue: true
        isInput: false
        isOutput: true
  settingsErrorHandling:
    errorHandling:
      endWorkflow:
        none: true
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
          - callData:
              name: Launch follow-up
              timeout:
                lit:
                  minutes: 1
              category:
                {{data_action_category}}:
                  dataAction:
                    Launch Callback Workflow:
                      inputs:
                        flowId:
                          lit: {{followup_flow_id}}
                        attributes:
                          exp: Append("\\"Flow.customerName\\":\\"", Flow.customerName, "\\"")
              outputs:
                success:
                  actions:
                    - endWorkflow:
                        name: End Workflow
                        exitReason:
                          noValue: true
          - decision:
              name: VIP?
              condition:
                exp: Flow.vip
              outputs:
                yes:
                  actions:
                    - endWorkflow:
                        name: End VIP
                        exitReason:
                          noValue: true
                no:
                  actions:
                    - endWorkflow:
                        name: End
                        exitReason:
                          noValue: true
"""

INBOUND_CALL = """\
inboundCall:
  name: Main IVR
  division: Home
  startUpRef: "/inboundCall/menus/menu[Main Menu_10]"
  defaultLanguage: en-us
  initialGreeting:
    tts: Welcome
  menus:
    - menu:
        name: Main Menu
        refId: Main Menu_10
        audio:
          tts: Press 1
        choices:
          - menuDataAction:
              name: Launch
              dataAction:
                inputs:
                  flowId:
                    lit: 0f5b7a0e-2d4f-4b6a-9e1c-7d3f5b9a2e84
                  inputData: {}
"""

GITHUB_WORKFLOW = """\
name: Deploy CX as Code
on:
  push:
    branches: [main]
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GENESYSCLOUD_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init && terraform apply -auto-approve
      - name: Smoke test the callback workflow
        run: |
          TOKEN=$(curl -s -u "$GENESYSCLOUD_OAUTHCLIENT_ID:$GENESYSCLOUD_OAUTHCLIENT_SECRET" \\
            -d grant_type=client_credentials https://login.mypurecloud.com/oauth/token | jq -r .access_token)
          curl -sf -X POST https://api.mypurecloud.com/api/v2/flows/executions \\
            -H "Authorization: Bearer $TOKEN" \\
            -H 'Content-Type: application/json' \\
            -d '{"flowId": "${{ vars.CALLBACK_FLOW_ID }}", "inputData": {"customerName": "smoke"}}'
"""


def run(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- Architect YAML: never a payload ---------------------------------------------------------------------------------

def test_architect_yaml_is_recognised_even_when_placeholders_make_it_unloadable() -> None:
    import yaml

    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(WORKFLOW)  # reached: `name: {{flow_name}}` is no YAML before substitution
    assert source_kind("flows/callback.yaml", WORKFLOW.encode()) == "architect"
    assert source_kind("ivr.yml", INBOUND_CALL.encode()) == "architect"


def test_architect_yaml_walked_or_named_gets_no_payload_finding(repo: Path) -> None:
    write(repo, "flows/callback.yaml", WORKFLOW)
    write(repo, "flows/ivr.yaml", INBOUND_CALL)
    assert run(".") == (0, [])
    status, found = run("flows/callback.yaml", "flows/ivr.yaml")
    assert status == 0 and codes(found) == ["FL012", "FL012"]
    assert "an Architect flow (workflow)" in found[0]["message"] and "inboundCall" in found[1]["message"]


# --- Architect YAML: the workflow's inputs ---------------------------------------------------------------------------

def test_each_input_type_maps_to_the_schema_the_platform_publishes(repo: Path) -> None:
    contract = load_flow_yaml(write(repo, "callback.yaml", WORKFLOW))
    assert contract.flow_type == "WORKFLOW" and contract.flow_name is None  # {{flow_name}}: filled at deploy time
    assert contract.input_schema["properties"] == {
        "Flow.customerName": {"type": "string"}, "Flow.attempt": {"type": "integer"}, "Flow.score": {"type": "number"},
        "Flow.vip": {"type": "boolean"}, "Flow.contactedAt": {"type": "string"},
        "Flow.tags": {"type": "array", "items": {"type": "string"}},
        "Flow.queue": {},  # no certain JSON form: unknown, never an error
    }
    assert "required" not in contract.input_schema  # Archy declares no required inputs


def test_a_file_that_is_no_flow_is_a_broken_contract(repo: Path) -> None:
    with pytest.raises(BrokenContract, match="not an Architect flow"):
        load_flow_yaml(write(repo, "x.yaml", "flowId: 1\n"))
    with pytest.raises(BrokenContract):
        read_flow("workflow: [", "x.yaml")


def project(root: Path, flows: str = f'"{FLOW}" = "flows/callback.yaml"') -> None:
    write(root, "flows/callback.yaml", WORKFLOW)
    write(root, "pyproject.toml", f'[project]\nname = "callbacks"\n\n[tool.flowlint.flows]\n{flows}\n')


def test_the_mapping_checks_every_launch_of_the_flow(repo: Path) -> None:
    project(repo)
    write(repo, "launch.json", json.dumps({"flowId": FLOW, "inputData": {"Flow.attempt": "2", "Flow.customerNme": "Ada"}}))
    write(repo, "src/launch.py", "import requests\n\nrequests.post(\n    'https://api.mypurecloud.com/api/v2/flows/executions',\n"
          f"    json={{'flowId': '{FLOW}', 'inputData': {{'Flow.tags': 'vip'}}}},\n"
          "    headers={'Authorization': f'Bearer {token}'},\n)\n")
    status, found = run(".")
    assert status == 1
    assert sorted((Path(d["file"]).as_posix(), d["code"]) for d in found) == [
        ("launch.json", "FL202"), ("launch.json", "FL204"), ("src/launch.py", "FL204")]


def test_valid_inputs_of_every_type_pass_and_unknown_types_never_fail(repo: Path) -> None:
    project(repo)
    write(repo, "launch.json", json.dumps({"flowId": FLOW, "inputData": {
        "Flow.customerName": "Ada", "Flow.attempt": 2, "Flow.score": 4.5, "Flow.vip": True,
        "Flow.contactedAt": "2025-03-29T10:00:00Z", "Flow.tags": ["a"], "Flow.queue": {"id": "q"}}}))
    assert run("launch.json") == (0, [])


def test_the_mapping_in_flowlint_toml_and_its_errors(repo: Path) -> None:
    write(repo, "flows/callback.yaml", WORKFLOW)
    write(repo, ".flowlint.toml", f'[flows]\n"{FLOW}" = "flows/callback.yaml"\n')
    write(repo, "launch.json", json.dumps({"flowId": FLOW, "inputData": {"Flow.nope": 1}}))
    assert codes(run("launch.json")[1]) == ["FL202"]
    write(repo, ".flowlint.toml", '[flows]\n"callback" = "flows/callback.yaml"\n')
    result = flowlint("check", "launch.json")
    assert result.exit_code == 2 and "a flow ID is a UUID" in result.output
    write(repo, ".flowlint.toml", f'[flows]\n"{FLOW}" = "../elsewhere/callback.yaml"\n')
    assert flowlint("check", "launch.json").exit_code == 2


def test_a_snapshot_that_disagrees_is_said_once_and_the_yaml_wins(repo: Path) -> None:
    project(repo)
    snapshot = {"flowId": FLOW, "flowName": "Callback", "flowType": "WORKFLOW",
                "inputSchema": {"type": "object", "properties": {"Flow.customerName": {"type": "string"},
                                                                 "Flow.attempt": {"type": "string"}}}}
    write(repo, f".flowlint/flows/{FLOW}.json", json.dumps(snapshot))
    for name in ("a.json", "b.json"):
        write(repo, name, json.dumps({"flowId": FLOW, "inputData": {"Flow.attempt": 2, "Flow.vip": True}}))
    status, found = run("a.json", "b.json")
    assert status == 0 and codes(found) == ["FL210"]
    assert "`Flow.attempt` is integer in the YAML, string in the snapshot" in found[0]["message"]


def test_the_library_takes_the_mapping(repo: Path) -> None:
    from validator import check

    project(repo)
    report = check({"flowId": FLOW, "inputData": {"Flow.attempt": "x"}}, contracts={FLOW: "flows/callback.yaml"})
    assert [d.code for d in report.diagnostics] == ["FL204"]


def test_the_project_helper_gives_the_library_and_the_editor_the_contracts_check_uses(repo: Path) -> None:
    from validator import check, project_contracts
    from validator.run.buffer import check_buffer

    project(repo)
    body = {"flowId": FLOW, "inputData": {"Flow.attempt": "x"}}
    assert [d.code for d in check(body, contracts=project_contracts()).diagnostics] == ["FL204"]
    assert [d.code for d in check(body, contracts=project_contracts(start=repo / "flows")).diagnostics] == ["FL204"]
    editor = check_buffer(str(repo / "src" / "launch.json"), json.dumps(body))
    assert [d.code for d in editor.diagnostics] == ["FL204"]


def test_a_mapped_yaml_is_found_from_the_project_after_the_working_directory_changes(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A long-running process (flowlint serve, the editor server, an app using the library) may change directory
    # after it built the contracts: the mapping's paths are the project's, not the working directory's.
    from validator import check, project_contracts

    project(repo)
    (repo / "elsewhere").mkdir()
    contracts = project_contracts()
    monkeypatch.chdir(repo / "elsewhere")
    found = check({"flowId": FLOW, "inputData": {"Flow.attempt": "x"}}, contracts=contracts).diagnostics
    assert [d.code for d in found] == ["FL204"]
    contract = contracts.get(FLOW)
    assert isinstance(contract, Contract) and contract.source == "flows/callback.yaml"  # shown as the project names it


# --- GitHub Actions, environments, schemas, responses, config files --------------------------------------------------

def test_a_github_workflow_curl_is_a_launch_at_its_line(repo: Path) -> None:
    write(repo, ".github/workflows/deploy.yml", GITHUB_WORKFLOW)
    status, found = run(".")
    assert status == 1 and codes(found) == ["FL203"]
    line = GITHUB_WORKFLOW.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('"customerName"')


def test_a_github_workflow_without_a_launch_is_silent_walked_and_noted_named(repo: Path) -> None:
    text = GITHUB_WORKFLOW.split("      - name: Smoke")[0]
    write(repo, ".github/workflows/ci.yml", text)
    assert source_kind("ci.yml", text.encode()) == "github-actions"
    assert run(".") == (0, [])
    assert codes(run(".github/workflows/ci.yml")[1]) == ["FL012"]


NOT_BODIES = {
    "http-client.env.json": json.dumps({"dev": {"host": "https://api.mypurecloud.com", "flowId": FLOW}}),
    "http-client.private.env.json": json.dumps({"dev": {"token": "x", "flow_id": FLOW}}),
    "genesys.postman_environment.json": json.dumps({"id": "e1", "name": "Genesys dev", "values": [
        {"key": "flowId", "value": FLOW, "enabled": True}], "_postman_variable_scope": "environment"}),
    "openapi.json": json.dumps({"openapi": "3.0.3", "paths": {"/launch": {"post": {"requestBody": {"content": {
        "application/json": {"schema": {"properties": {"flowId": {"type": "string"}}}}}}}}}}),
    "schemas/launch.schema.json": json.dumps({"$schema": "http://json-schema.org/draft-04/schema#",
                                              "properties": {"flowId": {"type": "string"}, "inputData": {"type": "object"}}}),
    "recordings/launch-response.json": json.dumps({"id": "a8b7c6d5-0000-4000-8000-000000000001", "name": "Callback",
                                                   "flowVersion": {"id": "3.0", "name": "3.0",
                                                                   "selfUri": f"/api/v2/flows/{FLOW}/versions/3.0"},
                                                   "selfUri": "/api/v2/flows/executions/a8b7c6d5-0000-4000-8000-000000000001"}),
    "config/default.json": json.dumps({"genesys": {"region": "us-east-1", "callback": {"flowId": FLOW, "flowVersion": "3.0"}}}),
    "api/openapi.yaml": "openapi: 3.0.3\ninfo:\n  title: launcher\npaths:\n  /launch:\n    post:\n      requestBody:\n"
                        "        content:\n          application/json:\n            schema:\n              properties:\n"
                        "                flowId: {type: string}\n",
    # Files Genesys blueprints ship beside their flows: Architect's own exports, the AWS side of an integration,
    # a composite GitHub action, a contact list, and the repository's plain text files.
    "exports/Callback_v1-0.i3WorkFlow": "JTdCJTIybmV4dFRyYWNraW5nTnVtYmVyJTIyJTNBNDUlMkMlMjJmbG93SWQlMjIlM0ElMjJ4JTIyJTdE",
    "aws/template.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n"
                         "  Classifier:\n    Type: AWS::Serverless::Function\n    Properties:\n      Role: !GetAtt Role.Arn\n"
                         "      Environment:\n        Variables:\n          FLOW_ID: !Ref FlowId\n",
    "aws/role-policy.json": json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                                                               "Resource": "*"}]}),
    ".github/actions/deploy/action.yaml": "name: Deploy flows\ndescription: archy publish\ninputs:\n  flowId:\n"
                                          "    required: true\nruns:\n  using: composite\n  steps:\n"
                                          "    - run: archy publish --file flows/callback.yaml\n      shell: bash\n",
    "events/event.json": json.dumps({"body": json.dumps({"flowId": FLOW}), "resource": "/launch", "httpMethod": "POST",
                                     "headers": {"Content-Type": "application/json"}, "requestContext": {"stage": "dev"}}),
    "events/order-placed.json": json.dumps({"version": "0", "detail-type": "OrderPlaced", "source": "shop.orders",
                                            "detail": {"flowId": FLOW, "inputData": {"orderId": "42"}}}),
    # Config files with the flow ID in one section beside others (.NET, a Helm chart, a Kubernetes ConfigMap).
    "appsettings.json": json.dumps({"Logging": {"LogLevel": {"Default": "Information"}},
                                    "Genesys": {"Region": "mypurecloud.com", "FlowId": FLOW}, "AllowedHosts": "*"}),
    "chart/values.yaml": f"replicaCount: 2\nimage:\n  tag: '1.4'\ngenesys:\n  flowId: {FLOW}\n  flowVersion: '3.0'\n",
    "k8s/configmap.yaml": f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: launcher\ndata:\n  flowId: {FLOW}\n",
    "files/contact-list.csv": "phone,name,flowId: x\n+15551234,Ada,1\n",
    "LICENSE": "MIT License\n\nPermission is hereby granted: free of charge, to any person\n",
    "requirements.txt": "requests\nboto3\n",
}


def test_files_that_are_no_launch_body_get_no_error_walked_or_named(repo: Path) -> None:
    for relative, text in NOT_BODIES.items():
        write(repo, relative, text)
    assert run(".") == (0, [])
    status, found = run(*NOT_BODIES)
    assert status == 0 and codes(found) == ["FL012"] * len(NOT_BODIES)
    before = {relative: (repo / relative).read_text() for relative in NOT_BODIES}
    fixed = flowlint("check", "--fix", "--unsafe-fixes", "--format", "json", *NOT_BODIES)
    assert {relative: (repo / relative).read_text() for relative in NOT_BODIES} == before
    assert json.loads(fixed.stdout)["diagnostics"] == found  # --fix says the notes check says


def test_fix_says_the_notes_check_says_named_and_none_walked(repo: Path) -> None:
    for relative, text in {**NOT_BODIES, "flows/ivr.yaml": INBOUND_CALL, "flows/callback.yaml": WORKFLOW,
                           "main.tf": 'variable "region" {\n  default = "us-east-1"\n}\n'}.items():
        write(repo, relative, text)
    for args in ((".",), ("config/default.json", "flows/ivr.yaml", "flows/callback.yaml", "main.tf")):
        checked = run(*args)[1]
        fixed = flowlint("check", "--fix", "--format", "json", *args)
        assert fixed.exit_code == 0 and json.loads(fixed.stdout)["diagnostics"] == checked
        assert codes(checked) == ([] if args == (".",) else ["FL012"] * 4)


def test_a_body_whose_input_holds_an_eventbridge_event_is_checked(repo: Path) -> None:
    # The event's keys sit in an input here, not at the top: this is a launch body forwarding an event.
    event = {"detail-type": "OrderPlaced", "source": "shop.orders", "detail": {"orderId": "42"}}
    write(repo, "payloads/forward.json", json.dumps({"flowId": "nope", "inputs": {"Flow.event": event}}))
    for args in ((".",), ("payloads/forward.json",)):
        assert {"FL104", "FL101"} <= set(codes(run(*args)[1])), args


def test_a_body_one_wrapper_deep_stays_a_payload_when_walked(repo: Path) -> None:
    write(repo, "payloads/seed.json", json.dumps({"type": "flow", "configuration": {"flowId": FLOW}}))
    assert "FL101" in codes(run(".")[1])


def test_no_unsafe_fix_on_a_payload_found_only_by_a_guess(repo: Path) -> None:
    path = write(repo, "payloads/seed.json", json.dumps({"type": "flow", "configuration": {"flowId": FLOW}}))
    found = run(".")[1]
    assert "FL101" in codes(found) and all(d.get("fix") is None or d["fix"]["applicability"] != "unsafe" for d in found)
    before = path.read_text()
    flowlint("check", "--fix", "--unsafe-fixes", ".")
    assert path.read_text() == before
    named = run("payloads/seed.json")[1]  # named: the user asked, so the unsafe fix is offered
    assert any((d.get("fix") or {}).get("applicability") == "unsafe" for d in named)


@pytest.mark.parametrize(("name", "text"), [
    ("launch.go", 'package main\n\nconst url = "https://api.mypurecloud.com/api/v2/flows"\n'),
    ("Dockerfile", "FROM python:3.12\nENV FLOW_ID=x\n"),
    ("Launch.java", "class Launch {\n  String url = \"/api/v2/flows/executions/\" + id;\n}\n"),  # a status read
    ("main.tf", 'resource "genesyscloud_flow" "callback" {\n  filepath = "flows/callback.yaml"\n}\n'),
])
def test_a_named_file_of_a_kind_not_read_gets_one_note(repo: Path, name: str, text: str) -> None:
    write(repo, name, text)
    status, found = run(name)
    assert status == 0 and codes(found) == ["FL012"] and "YAML" not in found[0]["message"].replace("flow YAML", "")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=" \n\t-:|>#run'\"curl${}abcjobsonworkflow", max_size=200))
def test_the_workflow_reader_survives_any_text(text: str) -> None:
    for start, script in github_actions.scripts(text):
        if isinstance(start, int):
            assert text[start:start + len(script)].replace("\n", " ") == script.replace("\n", " ")
        else:  # a quoted scalar: each character's place in order, then its closing quote's
            assert len(start) == len(script) + 1 and start == sorted(start) and text[start[-1]] in "'\""
    assert len(github_actions.extract(GITHUB_WORKFLOW)) == 2  # reached: the reader reads a real workflow's launches
    github_actions.extract(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=" \n\t-:{}[]'\"#workflowvariablesisInputnameFlow.xstringVariabletrue", max_size=200))
def test_the_flow_yaml_reader_survives_any_text(text: str) -> None:
    try:
        _, flow = read_flow(text, "x.yaml")
    except BrokenContract:
        return
    input_schema(flow)


# --- hosts ----------------------------------------------------------------------------------------------------------

def launch_to(host: str) -> str:
    return (f"requests.post('https://{host}/api/v2/flows/executions',\n"
            f"              json={{'flowId': '{FLOW}', 'inputData': {{}}}})\n")


@pytest.mark.parametrize("host", ["api.us.genesyscloud.com", "api.genesys.cloud", "help.genesys.com"])
def test_a_genesys_host_that_serves_no_api_is_fl302(repo: Path, host: str) -> None:
    write(repo, "launch.py", launch_to(host))
    found = [d for d in run("launch.py")[1] if d["code"] != "FL200"]
    assert codes(found) == ["FL302"] and host in found[0]["message"]


@pytest.mark.parametrize("host", ["api.workflows.example-vendor.com", "automation.acme-saas.io"])
def test_another_vendors_host_with_the_same_path_is_no_launch(repo: Path, host: str) -> None:
    write(repo, "launch.py", launch_to(host).replace("'inputData': {}", "'inputData': {'x': 1}"))
    code, found = run("launch.py")  # no launch (not even FL200): an info note naming the host, never silence
    assert code == 0 and codes(found) == ["FL011"] and f"{host} (not a Genesys Cloud host)" in found[0]["message"]
    write(repo, "launch.py", launch_to("api.mypurecloud.com").replace("'inputData': {}", "'inputData': {'x': 1}"))
    assert [c for c in codes(run("launch.py")[1]) if c != "FL200"] == ["FL203"]  # reached: the same launch to Genesys is checked


@pytest.mark.parametrize("host", ["localhost:8080", "127.0.0.1:9000", "flowlint-stand-in", "genesys-proxy.acme.com",
                                  "mock.api.test", "gateway.internal"])
def test_stand_ins_for_the_platform_are_still_launches(repo: Path, host: str) -> None:
    write(repo, "launch.py", f"import requests\n\n{launch_to(host)}".replace("'inputData': {}", "'inputData': {'x': 1}"))
    assert [c for c in codes(run("launch.py")[1]) if c != "FL200"] == ["FL203"]


# --- a launch in a language flowlint does not read: said, never passed in silence --------------------------------

FOREIGN_LAUNCHES = [
    ("svc/launch.go",
     'package svc\n\nfunc launch() {\n\treq, _ := http.NewRequest("POST", base+"/api/v2/flows/executions", body)\n}\n', (4, 50)),
    ("src/Launcher.java",
     "class Launcher {\n  void go() throws Exception {\n    architectApi.postFlowsExecutions(body);\n  }\n}\n", (3, 18)),
    ("Launcher.cs", "var result = await architectApi.PostFlowsExecutionsAsync(body);\n", (1, 33)),
    ("launch.rb", "api.post_flows_executions(body)\n", (1, 5)),
    ("Start-Flow.ps1", 'Invoke-RestMethod -Method Post -Uri "$base/api/v2/flows/executions" -Body $json\n', (1, 51)),
]


@pytest.mark.parametrize(("name", "text", "where"), FOREIGN_LAUNCHES)
def test_a_launch_in_a_language_not_read_is_said_walked_or_named(repo: Path, name: str, text: str, where: tuple[int, int]) -> None:
    write(repo, name, text)
    write(repo, "body.json", '{"flowId": "%s"}\n' % FLOW)  # something the walk checks, so the run is reached
    for found in (run(".")[1], run(name)[1]):
        said = [d for d in found if d["file"] != "body.json"]
        assert [(d["code"], d["file"], d["line"], d["column"]) for d in said] == [("FL011", name, *where)]
        assert "does not read" in said[0]["message"] and said[0]["severity"] == "info"


def test_a_foreign_launch_in_a_file_not_utf8_is_said(repo: Path) -> None:
    (repo / "Launcher.cs").write_bytes(b"// Gr\xfc\xdfe\nawait api.PostFlowsExecutionsAsync(body);\n")
    assert [(d["code"], d["line"]) for d in run(".")[1]] == [("FL011", 2)]


def test_a_foreign_file_without_a_launch_stays_silent_when_walked(repo: Path) -> None:
    write(repo, "svc/status.go", 'url := base + "/api/v2/flows/executions/" + id\n')  # a status read
    write(repo, "svc/Flows.java", "class Flows { void list() { architectApi.getFlowsExecution(id); } }\n")
    write(repo, "svc/other.go", "package svc\n// flows/executionsLog is not the endpoint\n")
    write(repo, "svc/launch.go", 'x := "/api/v2/flows/executions"\n')
    status, found = run(".")
    assert status == 0 and [(d["code"], d["file"]) for d in found] == [("FL011", "svc/launch.go")]  # the walk reached them


def test_foreign_code_past_the_size_limit_vendored_or_in_utf16(repo: Path) -> None:
    write(repo, "pyproject.toml", "[tool.flowlint]\nmax-file-size = 1000\n")
    write(repo, "gen.pb.go", "// generated\n" + "var x = 1\n" * 200)  # walked: only searched, never FL005
    write(repo, "vendor/github.com/mypurecloud/sdk/architectapi.go", "func PostFlowsExecutions() {}\n")
    (repo / "Launcher.cs").write_bytes("await api.PostFlowsExecutionsAsync(body);\n".encode("utf-16"))
    (repo / "Launcher.java").write_bytes(b"\x00\x00\xfe\xff" + "api.postFlowsExecutions(body);\n".encode("utf-32-be"))
    write(repo, "launch.dart", "await http.post(Uri.parse('$base/api/v2/flows/executions'), body: body);\n")
    status, found = run(".")
    assert status == 0 and sorted((d["code"], d["file"]) for d in found) == [
        ("FL011", "Launcher.cs"), ("FL011", "Launcher.java"), ("FL011", "launch.dart")]
    assert [d["message"].split("does not read ")[1].split(":")[0] for d in sorted(found, key=lambda d: d["file"])] == [
        "C# files", "Java files", "Dart files"]
    assert codes(run("gen.pb.go")[1]) == ["FL005"]  # named: the user asked for it


def test_the_walk_passes_by_vendored_code_in_a_language_flowlint_does_not_read(repo: Path) -> None:
    from validator.project.files import walk

    write(repo, "vendor/github.com/mypurecloud/sdk/architectapi.go", 'x := "/api/v2/flows/executions"\n')
    write(repo, "vendor/lib/launch.js", "// vendored JavaScript is read as any other\n")
    write(repo, "svc/launch.go", 'x := "/api/v2/flows/executions"\n')
    assert sorted(walk(".")) == ["./svc/launch.go", "./vendor/lib/launch.js"]  # never read to be passed by
    assert [(d["code"], d["file"]) for d in run(".")[1]] == [("FL011", "svc/launch.go")]


def test_vendor_is_judged_below_the_directory_walked_and_never_for_a_named_file(repo: Path) -> None:
    """A project checked out below a `vendor` directory is the user's: `check vendor/proj` was "nothing to check" (its
    Go files passed by), though `cd vendor/proj; check .` said their launch; a named file is checked as asked (FL011,
    not "Go files are not read")."""
    write(repo, "vendor/proj/svc/launch.go", 'x := "/api/v2/flows/executions"\n')
    write(repo, "vendor/proj/vendor/sdk/api.go", 'x := "/api/v2/flows/executions"\n')  # the project's own vendor/
    for args in (("vendor/proj",), ("vendor/proj/svc/launch.go",), (str(repo / "vendor" / "proj"),)):
        found = run(*args)[1]
        assert [(d["code"], d["file"].rpartition("vendor/proj/")[2]) for d in found] == [("FL011", "svc/launch.go")], args


FOREIGN_ROUTES = [
    ("server.go", 'func main() {\n\thttp.HandleFunc("/api/v2/flows/executions", launch)\n}\n'),
    ("router.go", 'r.POST("/api/v2/flows/executions", handlers.Launch)\n'
                  'r.Post("/api/v2/flows/executions", func(w http.ResponseWriter, r *http.Request) {})\n'),
    ("FlowController.java", '@RestController\nclass FlowController {\n  @PostMapping("/api/v2/flows/executions")\n'
                            '  String launch() { return ""; }\n}\n'),
    ("FlowResource.java", '@Path("/api/v2/flows/executions")\npublic class FlowResource {}\n'),
    ("Program.cs", 'app.MapPost("/api/v2/flows/executions", (LaunchRequest body) => Results.Ok());\n'),
    ("FlowsController.cs", '[HttpPost("/api/v2/flows/executions")]\npublic IActionResult Launch() => Ok();\n'),
    ("routes.php", "<?php\nRoute::post('/api/v2/flows/executions', [FlowController::class, 'launch']);\n"),
    ("main.rs", 'let app = Router::new().route("/api/v2/flows/executions", post(launch));\n'
                '#[post("/api/v2/flows/executions")]\nasync fn l() {}\n'),
    ("app.rb", "post '/api/v2/flows/executions' do\n  'ok'\nend\n"),
]


@pytest.mark.parametrize(("name", "text"), FOREIGN_ROUTES)
def test_a_server_route_for_the_launch_path_in_another_language_is_no_launch(repo: Path, name: str, text: str) -> None:
    # A route receives the path (a stand-in for the platform, a proxy): it sends nothing, so there is nothing unchecked.
    write(repo, name, text)
    write(repo, "body.json", '{"flowId": "%s"}\n' % FLOW)
    status, found = run(".")
    assert status == 0 and [d["file"] for d in found] == ["body.json"]  # the walk reached the body, said nothing of the route
    assert codes(run(name)[1]) == ["FL012"]  # named: not read, said once, never "a launch here is not checked"
    # The same file with a client's call beside its route still gets its FL011, at the call.
    write(repo, name, text + 'resp := http.Post(base + "/api/v2/flows/executions", "application/json", body)\n')
    said = [(d["code"], d["line"]) for d in run(".")[1] if d["file"] == name]
    assert said == [("FL011", text.count("\n") + 1)]


@pytest.mark.parametrize(("name", "text", "line"), [
    # imroc/req's client call has a route's shape, but its URL is no route's path (a route's starts with `/`)
    ("client.go", 'resp, err := req.Post("https://api.mypurecloud.com/api/v2/flows/executions", body)\n', 1),
    # a launch written after a route on the same line is outside the route's parentheses
    ("inline.go", 'http.HandleFunc("/health", ok); resp, _ := http.Post(base + "/api/v2/flows/executions", ct, b)\n', 1),
    ("Flows.java", '@Path("/flows") public class Flows { void go() { target.path(BASE + "/flows/executions").request(); } }\n',
     1),
    # a declarative client's mapping names the request it sends (OpenFeign, MicroProfile Rest Client)
    ("FlowClient.java", '@FeignClient(name = "genesys", url = "${genesys.api}")\npublic interface FlowClient {\n'
     '    @PostMapping("/api/v2/flows/executions")\n    FlowExecution launch(@RequestBody FlowLaunch body);\n}\n', 3),
    ("FlowsClient.java", '@RegisterRestClient(configKey = "genesys")\npublic interface FlowsClient {\n'
     '    @POST\n    @Path("/api/v2/flows/executions")\n    Response launch(FlowLaunch body);\n}\n', 4),
])
def test_a_launch_beside_a_route_in_another_language_is_said(repo: Path, name: str, text: str, line: int) -> None:
    write(repo, name, text)
    assert [(d["code"], d["line"]) for d in run(".")[1]] == [("FL011", line)]


def test_the_search_for_a_foreign_launch_reads_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of many mentions inside a route is read once, not once per mention (quadratic: minutes on 32 MB)."""
    from validator.sources import kinds

    read: list[int] = []

    class Counted:  # the characters each search of the patterns is given
        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def search(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> Any:
            read.append(min(endpos, len(text)) - pos)
            return self.pattern.search(text, pos, endpos)

        def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> Any:
            read.append(min(endpos, len(text)) - pos)
            return self.pattern.finditer(text, pos, endpos)

    monkeypatch.setattr(kinds, "FOREIGN_ROUTE", Counted(kinds.FOREIGN_ROUTE))
    monkeypatch.setattr(kinds, "FOREIGN_MENTION", Counted(kinds.FOREIGN_MENTION))
    costs = []
    for count in (200, 400):
        read.clear()
        text = '@Path("' + "/flows/executions " * count + '")\nclass A {}\n'
        assert kinds.foreign_launch_mention(text) is None  # every mention is the route's: reached and suppressed
        costs.append(sum(read))
    assert costs[1] <= 2.2 * costs[0], costs


def test_code_in_a_language_not_read_is_counted_as_searched_not_checked(repo: Path) -> None:
    write(repo, "body.json", '{"flowId": "%s"}\n' % FLOW)
    write(repo, "main.go", "package main\nfunc main() {}\n")
    write(repo, "Launcher.java", "class L { void go() { architectApi.postFlowsExecutions(body); } }\n")
    text = flowlint("check", ".").stdout.splitlines()[-1]
    assert text.endswith(" in 1 file checked (2 files in other languages only searched for the launch endpoint)"), text
    summary = json.loads(flowlint("check", "--format", "json", ".").stdout)["summary"]
    assert (summary["files"], summary["searched"]) == (1, 2)


@given(st.text(alphabet="aB.-_jsJStxpyGOgoMDmd", max_size=12), st.booleans())
def test_the_walk_takes_a_file_by_its_suffix_as_is_walked_says(name: str, vendored: bool) -> None:
    from validator.project.files import WALKED_SUFFIXES, _suffix_table, _taken, is_walked
    from validator.sources.kinds import FOREIGN_SUFFIXES

    table = _suffix_table(WALKED_SUFFIXES)
    assert table is not None  # every walked suffix has one dot: the look-up is used
    for taken in (_taken(table, name, vendored), _taken(None, name, vendored)):
        assert taken is (is_walked(name) and not (vendored and name.lower().endswith(FOREIGN_SUFFIXES)))


def test_a_saved_request_naming_the_launch_url_is_judged_not_passed_by(repo: Path) -> None:
    """A request written as JSON beside the launch URL (method, url, headers, body) is no config file with sections:
    it was passed by in silence, its wrong body (`inputs`) unchecked."""
    saved = {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
             "headers": {"Content-Type": "application/json"}, "body": {"flowId": FLOW, "inputs": {"Flow.x": 1}}}
    write(repo, "requests/launch.json", json.dumps(saved))
    write(repo, "appsettings.json", NOT_BODIES["appsettings.json"])  # the same shape without the URL: still a config
    status, found = run(".")
    assert status == 1 and {d["file"] for d in found} == {"requests/launch.json"} and "FL101" in codes(found)


_JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet='a"\\}{[]: '),
                            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                                st.sampled_from(["detail", "detail-type", "source", "x"]), inner, max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(members=st.fixed_dictionaries({}, optional={
    "version": _JSON_VALUES, "detail-type": st.text(alphabet='a"}') | _JSON_VALUES, "a]\"{": _JSON_VALUES,
    "source": st.text(alphabet="b\\[") | _JSON_VALUES, "detail": st.dictionaries(st.text(max_size=3), _JSON_VALUES) | _JSON_VALUES}),
       indent=st.sampled_from([None, 2]), cut=st.integers(0, 4), after=st.sampled_from(["", "\n", "}", "}}", " x", "]"]))
@example(members={"detail-type": "a", "source": "b", "detail": {"x": None}}, indent=None, cut=4, after="}}")
@example(members={"detail-type": "a", "source": "b", "detail": {"x": -1}}, indent=2, cut=4, after="}")
@example(members={"detail-type": "a", "source": "b", "detail": None}, indent=None, cut=3, after="}")
def test_an_eventbridge_event_is_told_by_its_top_level_members_as_json_would_read_them(
        members: dict[str, Any], indent: int | None, cut: int, after: str) -> None:
    """Kind detection reads the event's top-level members from the file's tokens, without parsing it: what it decides
    is what parsing would (strings holding brackets and quotes, nested events, a file cut short or with more after).
    An object closed whose scalars are broken (`"x": nu}`) is judged by the members it writes: it parses as nothing,
    and is decided as the same file with that scalar written whole (`null`) parses."""
    from validator.sources.kinds import aws_document

    text = json.dumps(members, indent=indent)
    data = (text[:len(text) - cut] + after).encode()
    value, parsed = _parsed(data)
    if not parsed and (whole := _BROKEN_SCALAR.sub(b" null", data, count=1)) != data:
        value, parsed = _parsed(whole)  # the documented exception: judged by the members it writes
    assert (aws_document(data) == "an Amazon EventBridge event (a test event of the Lambda it triggers)") == _is_event(value)


#: A literal cut short, or a member's value cut off, just before the closing brackets that end the file (`nu}`,
#: `-]}`, `"x": }`): a broken scalar.
_BROKEN_SCALAR = re.compile(rb"(?:(?<=[\s:,\[])(?:-|n|nu|nul|t|tr|tru|f|fa|fal|fals)|(?<=:)\s*)(?=\s*[}\]]+\s*$)")


def _parsed(data: bytes) -> tuple[Any, bool]:
    try:
        return json.loads(data), True
    except ValueError:
        return None, False


def _is_event(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("detail"), dict) and isinstance(value.get("detail-type"), str) \
        and isinstance(value.get("source"), str)


def test_an_event_closed_whose_scalar_is_broken_is_judged_by_the_members_it_writes() -> None:
    """The one place the token reading and parsing part: parsing fails on `nu}`, the members written make an event."""
    from validator.sources.kinds import aws_document

    data = b'{"detail-type": "x", "source": "y", "detail": {"x": nu}}'
    assert not _parsed(data)[1]
    assert aws_document(data) == "an Amazon EventBridge event (a test event of the Lambda it triggers)"
