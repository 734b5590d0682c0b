"""FL301's help says how to write POST in the file's own terms, end to end from a file of each kind: the client's flag
(curl, wget, HTTPie), the request line (.http, Postman, HAR), the options' member (fetch, jQuery, axios), the step's or
resource's attribute (Jenkins, Terraform, AWS, data actions, saved requests), written as that file writes it: a kind read
from HCL, YAML and JSON alike (an EventBridge API destination, a Step Functions task) is told in the syntax of the file.

Each case's file is checked as `flowlint check` checks it; the launch is read as its kind (so a case cannot drift to
another reader), and every kind of the request rule's table has a case (so a kind added to it cannot go unpinned)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.rules.request import METHOD_HELP
from validator.sources.extract import launches_in, source_kind

from conftest import UUID, check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = json.dumps({"flowId": UUID})


def _data_action() -> str:
    return json.dumps({
        "name": "Launch - Exported 2025-02-11 @ 10:42", "integrationType": "purecloud-data-actions", "actionType": "custom",
        "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "PUT",
                               "headers": {"Content-Type": "application/json"},
                               "requestTemplate": '{"flowId": "${input.flowId}"}'},
                   "response": {"translationMap": {}, "translationMapDefaults": {}, "successTemplate": "${rawResult}"}},
        "contract": {"input": {"inputSchema": {"type": "object", "properties": {"flowId": {"type": "string"}}}},
                     "output": {"successSchema": {"type": "object"}}},
        "secure": False}, indent=2) + "\n"


def _state_machine_json() -> str:
    task = {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
            "Parameters": {"ApiEndpoint": URL, "Method": "PUT", "RequestBody": {"flowId": UUID},
                           "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:1:connection/gc/abc"}}}
    return json.dumps({"StartAt": "Launch", "States": {"Launch": task}}, indent=2) + "\n"


def _state_machine_in_a_string() -> str:
    """A template whose state machine is JSON text in a string (DefinitionString): its `\\"Method\\"` is in no syntax
    the help can copy, so the help says what to set in words."""
    machine = json.loads(_state_machine_json())
    return json.dumps({"Resources": {"Launcher": {"Type": "AWS::StepFunctions::StateMachine",
                                                  "Properties": {"DefinitionString": json.dumps(machine)}}}}, indent=2) + "\n"


def _destination_json() -> str:
    return json.dumps({"Resources": {
        "Launch": {"Type": "AWS::Events::ApiDestination", "Properties": {"HttpMethod": "PUT", "InvocationEndpoint": URL}},
        "Rule": {"Type": "AWS::Events::Rule", "Properties": {"Targets": [
            {"Arn": {"Fn::GetAtt": ["Launch", "Arn"]}, "Id": "launch", "Input": BODY}]}}}}, indent=2) + "\n"


def _postman() -> str:
    request = {"method": "PUT", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": BODY, "options": {"raw": {"language": "json"}}}, "url": URL}
    return json.dumps({"info": {"name": "flows", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [{"name": "Launch", "request": request}]}, indent=2) + "\n"


def _har() -> str:
    request = {"method": "PUT", "url": URL, "httpVersion": "HTTP/2", "headers": [{"name": "Content-Type", "value": "application/json"}],
               "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(BODY),
               "postData": {"mimeType": "application/json", "text": BODY}}
    response = {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                "content": {"size": 0, "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": -1}
    entry = {"startedDateTime": "2026-03-29T09:12:45.001Z", "time": 1, "request": request, "response": response,
             "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 1}}
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [entry]}}, indent=2)


_INTEGRATION_ACTION = f"""\
resource "genesyscloud_integration_action" "launch" {{
  name            = "Launch"
  category        = "Flows"
  integration_id  = "0e3b7c2a-1111-4222-8333-444455556666"
  contract_input  = jsonencode({{ "type" = "object", "properties" = {{ "flowId" = {{ "type" = "string" }} }} }})
  contract_output = jsonencode({{ "type" = "object", "properties" = {{}} }})
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "PUT"
    request_template     = jsonencode({{ flowId = "{UUID}" }})
    headers = {{
      Content-Type = "application/json"
    }}
  }}
  config_response {{
    success_template = "$${{rawResult}}"
  }}
}}
"""
_DATA_HTTP = f"""\
data "http" "launch" {{
  url    = "{URL}"
  METHOD
  request_headers = {{
    Content-Type = "application/json"
  }}
  request_body = jsonencode({{ flowId = "{UUID}" }})
}}
"""
_DESTINATION_TF = f"""\
resource "aws_cloudwatch_event_api_destination" "launch" {{
  name                = "launch"
  invocation_endpoint = "{URL}"
  http_method         = "PUT"
}}

resource "aws_cloudwatch_event_target" "launch" {{
  rule  = "orders"
  arn   = aws_cloudwatch_event_api_destination.launch.arn
  input = jsonencode({{ flowId = "{UUID}" }})
}}
"""
_DESTINATION_YAML = f"""\
Resources:
  Launch:
    Type: AWS::Events::ApiDestination
    Properties:
      ConnectionArn: !GetAtt Connection.Arn
      HttpMethod: PUT
      InvocationEndpoint: {URL}
  Rule:
    Type: AWS::Events::Rule
    Properties:
      Targets:
        - Arn: !GetAtt Launch.Arn
          Id: launch
          Input: '{BODY}'
"""
_STATE_MACHINE_YAML = f"""\
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Launcher:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Launch
        States:
          Launch:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: {URL}
              Method: PUT
              Authentication:
                ConnectionArn: !Ref Connection
              RequestBody:
                flowId: {UUID}
            End: true
"""
_STATE_MACHINE_TF = f"""\
resource "aws_sfn_state_machine" "launch" {{
  name       = "launch"
  role_arn   = "arn:aws:iam::1:role/launch"
  definition = jsonencode({{
    StartAt = "Launch"
    States = {{
      Launch = {{
        Type     = "Task"
        Resource = "arn:aws:states:::http:invoke"
        Parameters = {{
          ApiEndpoint = "{URL}"
          Method      = "PUT"
          RequestBody = {{ flowId = "{UUID}" }}
        }}
        End = true
      }}
    }}
  }})
}}
"""
_JENKINS = f"""\
node {{
  stage('launch') {{
    def response = httpRequest url: '{URL}',
        httpMode: 'PUT',
        requestBody: '{BODY}',
        contentType: 'APPLICATION_JSON'
    echo response.content
  }}
}}
"""
_SAVED_YAML = f"""\
method: PUT
url: {URL}
headers:
  Content-Type: application/json
body:
  flowId: {UUID}
"""

#: (kind, file name, text, FL301's help)
CASES: list[tuple[str, str, str, str]] = [
    ("curl", "launch.sh", f"curl -X PUT {URL} -H 'Content-Type: application/json' -d '{BODY}'\n",
     "write -X POST (or drop -X PUT: with -d, curl sends a POST)"),
    ("curl", "launch.sh", f"curl -G {URL} -H 'Content-Type: application/json' -d '{BODY}'\n",
     "drop -G: it sends the data in the query with a GET; with -d alone, curl sends a POST"),
    ("curl", "launch.sh", f"curl -sI {URL} -H 'Content-Type: application/json' -d '{BODY}'\n",
     "drop -I (--head): it makes curl send HEAD; with -d and no -X, curl sends a POST"),
    ("wget", "launch.sh", f"wget --method=PUT --body-data='{BODY}' --header='Content-Type: application/json' {URL}\n",
     "write --method=POST (or drop --method: with --post-data, wget sends a POST)"),
    ("httpie", "launch.sh", f"http PUT {URL} flowId={UUID}\n", "write POST before the URL (`http POST https://…`)"),
    ("jenkins-http", "Jenkinsfile", _JENKINS, "write httpMode: 'POST' in the httpRequest step"),
    ("http-file", "launch.http", f"PUT {URL}\nContent-Type: application/json\n\n{BODY}\n",
     "write POST /api/v2/flows/executions"),
    ("postman", "launch.postman_collection.json", _postman(), "write POST /api/v2/flows/executions"),
    ("har", "launch.har", _har(), "write POST /api/v2/flows/executions"),
    ("saved-request", "launch.json",
     json.dumps({"method": "PUT", "url": URL, "headers": {"Content-Type": "application/json"}, "body": {"flowId": UUID}},
                indent=2) + "\n",
     'write "method": "POST"'),
    ("saved-request", "launch.yaml", _SAVED_YAML, "write method: POST"),
    ("data-action", "Launch.custom.json", _data_action(), "set the action's requestType to POST"),
    ("terraform", "actions.tf", _INTEGRATION_ACTION, 'set request_type = "POST" in config_request'),
    ("terraform-http", "main.tf", _DATA_HTTP.replace("METHOD", 'method = "PUT"'), 'set method = "POST" in the data "http" block'),
    # no method written: the provider's default, GET
    ("terraform-http", "main.tf", _DATA_HTTP.replace("  METHOD\n", ""), 'set method = "POST" in the data "http" block'),
    ("eventbridge", "main.tf", _DESTINATION_TF, 'set http_method = "POST" on the API destination'),
    ("eventbridge", "template.yaml", _DESTINATION_YAML, "set HttpMethod: POST on the API destination"),
    ("eventbridge", "template.json", _destination_json(), 'set "HttpMethod": "POST" on the API destination'),
    ("step-functions", "launch.asl.json", _state_machine_json(), 'write "Method": "POST" in the task\'s Parameters'),
    ("step-functions", "template.yaml", _STATE_MACHINE_YAML, "write Method: POST in the task's Parameters"),
    ("step-functions", "main.tf", _STATE_MACHINE_TF, 'write Method = "POST" in the task\'s Parameters'),
    ("step-functions", "template.json", _state_machine_in_a_string(), "set the task's Method to POST"),
    ("fetch", "launch.js", f'export const f = (flowId) => fetch("{URL}", {{ headers: {{"Content-Type": "application/json"}}, '
     'body: JSON.stringify({ flowId }) });\n', "add method: 'POST' to the options"),
    ("fetch", "launch.js", f'export const f = (flowId) => fetch("{URL}", {{ method: "PUT", '
     'headers: {"Content-Type": "application/json"}, body: JSON.stringify({ flowId }) });\n', 'change "PUT" to "POST"'),
    ("jquery", "launch.js", f'export const f = (flowId) => $.ajax({{ url: "{URL}", data: JSON.stringify({{ flowId }}), '
     'contentType: "application/json" });\n', "add type: 'POST' (or method: 'POST') to the options"),
    ("axios", "launch.js", f'import axios from "axios";\nexport const f = (flowId) => axios({{ url: "{URL}", '
     "method: 'put', data: { flowId } });\n", "change 'put' to 'POST'"),
    ("requests", "launch.py", f'import requests\n\ndef launch(flow_id):\n    return requests.put("{URL}", json={{"flowId": flow_id}})\n',
     "send it with POST (e.g. .post(...))"),
]


def _ids() -> list[str]:
    return [f"{kind}:{name}:{index}" for index, (kind, name, _, _) in enumerate(CASES)]


@pytest.mark.parametrize(("kind", "name", "text", "help_text"), CASES, ids=_ids())
def test_fl301_help_says_how_to_write_post_in_the_files_own_terms(tmp_path: Path, kind: str, name: str, text: str,
                                                                  help_text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    read = launches_in(source_kind(name, text.encode()) or "", text, str(tmp_path / name))
    assert [request.kind for request in read] == [kind]  # read as the kind the case is about
    found: list[dict[str, Any]] = [d for d in check_file(tmp_path, name, text) if d["code"] == "FL301"]
    assert [d["help"] for d in found] == [help_text], found


def test_every_kind_that_writes_its_method_in_one_place_has_a_case() -> None:
    assert set(METHOD_HELP) <= {kind for kind, _, _, _ in CASES}
