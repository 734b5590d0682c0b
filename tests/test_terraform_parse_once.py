"""A module file is parsed once however many of its launches link a flow resource: the flows the file itself declares
are read from the tree (or, for .tf.json, the document) extract already parsed, not from a second parse of its text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import terraform

FLOW = 'resource "genesyscloud_flow" "callback" {\n  filepath = "${path.module}/flows/callback.yaml"\n}\n'
TEMPLATE = '{\n  "flowId": "${flow_id}",\n  "inputData": { "Flow.phone": "$${input.phone}" }\n}\n'


def action(name: str) -> str:
    return f"""\
resource "genesyscloud_integration_action" "{name}" {{
  name     = "{name}"
  category = "Genesys Cloud Data Action"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${{path.module}}/launch.json.tpl", {{ flow_id = genesyscloud_flow.callback.id }})
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
"""


def test_a_main_tf_with_three_flow_links_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "launch.json.tpl").write_text(TEMPLATE)
    main = tmp_path / "main.tf"
    text = "".join(action(name) for name in ("one", "two", "three")) + FLOW
    main.write_text(text)
    parsed: list[str] = []
    parse = terraform._parse

    def counting(written: str) -> Any:
        parsed.append(written)
        return parse(written)

    monkeypatch.setattr(terraform, "_parse", counting)
    requests = terraform.extract(text, str(main))
    assert len(requests) == 3
    assert all(request.body_file is not None and terraform._FLOW + "flow_id" in request.body_file[1]
               for request in requests)
    assert all(request.body_file[1][terraform._FLOW + "flow_id"].endswith("callback.yaml")
               for request in requests if request.body_file is not None)
    assert parsed == [text]


def test_a_tf_json_file_linking_its_own_flow_is_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = {"resource": {
        "genesyscloud_integration_action": {"launch": {"name": "Launch", "category": "Genesys Cloud Data Action",
                                                       "config_request": {
                                                           "request_url_template": "/api/v2/flows/executions",
                                                           "request_type": "POST",
                                                           "request_template": '{"flowId": "${genesyscloud_flow.callback.id}"}',
                                                           "headers": {"Content-Type": "application/json"}}}},
        "genesyscloud_flow": {"callback": {"filepath": "${path.module}/flows/callback.yaml"}}}}
    text = json.dumps(document)
    path = tmp_path / "main.tf.json"
    loaded: list[str] = []
    loads = json.loads

    def counting(written: Any, **options: Any) -> Any:
        if written == text:
            loaded.append(written)
        return loads(written, **options)

    monkeypatch.setattr(json, "loads", counting)
    requests = terraform.extract(text, str(path))
    assert len(requests) == 1 and requests[0].flow_file is not None
    assert requests[0].flow_file.endswith("callback.yaml")
    assert loaded == [text]
