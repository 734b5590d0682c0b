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
