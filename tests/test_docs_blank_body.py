"""The Genesys Cloud SDKs' generated API docs (ArchitectApi.md) write every body parameter as a blank to fill in,
`let flowLaunchRequest = {}; // Object |`: in documentation an empty body object is the reader's form, as an empty
`"flowId": ""` is, so it gets no FL103. What a documented body writes is still judged, and `{}` sent by code is FL103."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

SDK_DOC = """## postFlowsExecutions

> FlowLaunchResponse postFlowsExecutions(flowLaunchRequest, opts)

POST /api/v2/flows/executions

### Example Usage

```{"language":"javascript"}
const platformClient = require('purecloud-platform-client-v2');

platformClient.ApiClient.instance.setAccessToken(yourAccessToken);

let apiInstance = new platformClient.ArchitectApi();

let flowLaunchRequest = {}; // Object |
let opts = {
  'customHeaders': {  // Object.<string, string> | Request Custom Headers
    'X-Service-Name': 'customer-service'
  }
};

apiInstance.postFlowsExecutions(flowLaunchRequest, opts)
  .then((data) => {
    console.log(`postFlowsExecutions success! data: ${JSON.stringify(data, null, 2)}`);
  });
```
"""


def test_an_empty_body_in_the_sdk_docs_is_a_blank_to_fill() -> None:
    Path("ArchitectApi.md").write_text(SDK_DOC, encoding="utf-8")
    assert [d for d in diagnostics("--no-cache", "ArchitectApi.md") if d["severity"] != "info"] == []
    # reached: the launch is read (a member written there is judged), and the same call in code sends `{}`: FL103
    Path("ArchitectApi.md").write_text(SDK_DOC.replace("= {};", "= { type: 'flow' };"), encoding="utf-8")
    assert "FL101" in [d["code"] for d in diagnostics("--no-cache", "ArchitectApi.md")]
    code = SDK_DOC.split("```", 2)[1].split("\n", 1)[1]
    Path("launch.js").write_text(code, encoding="utf-8")
    assert "FL103" in [d["code"] for d in diagnostics("--no-cache", "launch.js")]


def test_the_sdk_docs_blank_gets_a_truthful_note() -> None:
    Path("ArchitectApi.md").write_text(SDK_DOC, encoding="utf-8")
    notes = [d for d in diagnostics("--no-cache", "-v", "ArchitectApi.md") if d["code"] == "FL011"]
    assert len(notes) == 1 and "SDK's API docs write a blank" in notes[0]["message"], notes
    assert "condition" not in notes[0]["message"]


@pytest.mark.parametrize("block", [
    "```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' -d '{}'\n```\n",
    '```js\nawait axios.post("https://api.mypurecloud.com/api/v2/flows/executions", {}, {headers: {}});\n```\n',
])
def test_an_empty_body_an_example_sends_is_still_fl103(block: str) -> None:
    Path("README.md").write_text(block, encoding="utf-8")
    assert "FL103" in [d["code"] for d in diagnostics("--no-cache", "README.md")]


# The Python SDK's generated ArchitectApi.md (MyPureCloud/platform-client-sdk-python f80f2db, build/docs), verbatim: its
# blank is the model made empty and marked with the generator's `# <Model> | ` comment (review F6).
PYTHON_SDK_DOC = """## post_flows_executions

> [**FlowExecutionLaunchResponse**](FlowExecutionLaunchResponse) post_flows_executions(flow_launch_request)

Wraps POST /api/v2/flows/executions

### Example

```{"language":"python"}
import time
import PureCloudPlatformClientV2
from PureCloudPlatformClientV2.rest import ApiException
from pprint import pprint

# Configure OAuth2 access token for authorization: PureCloud OAuth
PureCloudPlatformClientV2.configuration.access_token = 'YOUR_ACCESS_TOKEN'

# create an instance of the API class
api_instance = PureCloudPlatformClientV2.ArchitectApi()
flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # FlowExecutionLaunchRequest |\x20

try:
    # Launch an instance of a flow definition, for flow types that support it such as the 'workflow' type.
    api_response = api_instance.post_flows_executions(flow_launch_request)
    pprint(api_response)
except ApiException as e:
    print("Exception when calling ArchitectApi->post_flows_executions: %s\\n" % e)
```
"""


def test_the_python_sdk_docs_blank_is_one_too() -> None:
    Path("ArchitectApi.md").write_text(PYTHON_SDK_DOC, encoding="utf-8")
    found = diagnostics("--no-cache", "-v", "ArchitectApi.md")
    assert [d for d in found if d["severity"] != "info"] == [], found
    notes = [d["message"] for d in found if d["code"] == "FL011"]
    assert len(notes) == 1 and "SDK's API docs write a blank" in notes[0], notes
    assert "`FlowExecutionLaunchRequest()` marked `# FlowExecutionLaunchRequest |`" in notes[0], notes
    # reached: an attribute the page sets is judged, and the same code in a .py file sends an empty model: FL103
    filled = PYTHON_SDK_DOC.replace("| \n", "| \nflow_launch_request.flow_id = 'my flow'\n")
    Path("ArchitectApi.md").write_text(filled, encoding="utf-8")
    assert "FL104" in [d["code"] for d in diagnostics("--no-cache", "ArchitectApi.md")]
    code = PYTHON_SDK_DOC.split("```", 2)[1].split("\n", 1)[1]
    Path("launch.py").write_text(code, encoding="utf-8")
    assert "FL103" in [d["code"] for d in diagnostics("--no-cache", "launch.py")]


@pytest.mark.parametrize("line", [
    # another model, or one made with something in it, or a comment that is not the generator's
    "flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # FlowExecutionLaunchResponse | ",
    "flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # fill in later",
    "flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()",
])
def test_only_the_generators_blank_is_one(line: str) -> None:
    text = PYTHON_SDK_DOC.replace(
        "flow_launch_request = PureCloudPlatformClientV2.FlowExecutionLaunchRequest() # FlowExecutionLaunchRequest | ", line)
    Path("ArchitectApi.md").write_text(text, encoding="utf-8")
    assert "FL103" in [d["code"] for d in diagnostics("--no-cache", "ArchitectApi.md")]
