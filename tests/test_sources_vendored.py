"""A vendored or copied SDK (a file that defines postFlowsExecutions / post_flows_executions) is an API client, not a
launch site: its definitions of the launch never get FL011; a use of the endpoint beside them still does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import diagnostics

JS_CLASS = """class ArchitectApi {
  /**
   * Launch an instance of a flow definition (POST /api/v2/flows/executions)
   */
  postFlowsExecutions(flowLaunchRequest) {
    if (flowLaunchRequest === undefined) {
      throw 'Missing the required parameter "flowLaunchRequest" when calling postFlowsExecutions';
    }
    return this.apiClient.callApi('/api/v2/flows/executions', 'POST', {}, {}, {}, {}, flowLaunchRequest);
  }
}
module.exports = ArchitectApi;
"""
JS_ES5 = """var ArchitectApi = function(apiClient) {
  this.apiClient = apiClient;
  this.postFlowsExecutions = function(body) {
    return this.apiClient.callApi('/api/v2/flows/executions', 'POST', {}, {}, {}, {}, body);
  };
};
module.exports = { ArchitectApi, v1: { postFlowsExecutions: function (b) { return call('/api/v2/flows/executions', b); } } };
"""
TS_DECLARATION = """export declare class ArchitectApi {
  /** POST /api/v2/flows/executions */
  postFlowsExecutions(body: FlowExecutionLaunchRequest): Promise<FlowLaunchResponse>;
}
"""
PYTHON = '''class ArchitectApi(object):
    def post_flows_executions(self, body, **kwargs):
        """Launch an instance of a flow definition: POST /api/v2/flows/executions"""
        resource_path = '/api/v2/flows/executions'.replace('{format}', 'json')
        return self.api_client.call_api(resource_path, 'POST', body=body, response_type='FlowLaunchResponse')
'''
USE = {"js": "const launchPath = '/api/v2/flows/executions';\n", "ts": "export const launchPath = '/api/v2/flows/executions';\n",
       "py": "LAUNCH_PATH = '/api/v2/flows/executions'\n"}


def check(tmp_path: Path, name: str, text: str) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return diagnostics("--no-cache", "--verbose", str(path))


@pytest.mark.parametrize(("name", "text"), [("ArchitectApi.js", JS_CLASS), ("ArchitectApi.js", JS_ES5),
                                            ("index.d.ts", TS_DECLARATION), ("architect_api.py", PYTHON)],
                         ids=["class", "es5", "declaration", "python"])
def test_a_vendored_sdk_defining_the_launch_gets_no_note(tmp_path: Path, name: str, text: str) -> None:
    extension = name.rsplit(".", 1)[1]
    used = check(tmp_path, name, text + USE[extension])  # reach: the endpoint used outside the definitions is noted
    assert [(d["code"], d["line"]) for d in used] == [("FL011", text.count("\n") + 1)], used
    assert check(tmp_path, name, text) == []


def test_a_wrapper_that_calls_the_sdk_launch_is_still_a_launch(tmp_path: Path) -> None:
    text = "class Flows {\n  postFlowsExecutions(body) { return this.architect.postFlowsExecutions(body); }\n}\n"
    found = check(tmp_path, "flows.js", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 2)]  # the call inside is a launch, its body unknown
    assert "body is not known" in found[0]["message"]
