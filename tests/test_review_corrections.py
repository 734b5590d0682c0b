"""Defects an adversarial review of the reading and masking found (issue 19's session), one test each, user-side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")


def found(*args: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", *args)


CLASS_SCOPE = f"""import math
import requests
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
body = {{"flowId": "nope"}}


class K:
    math = None
    body = {{"flowId": "{UUID}", "inputData": {{"x": 1}}}}

    def h(self):
        return requests.post(URL, json={{"flowId": "{UUID}", "inputData": {{"Flow.x": math.nan}}}})

    def g(self):
        return requests.post(URL, json=body)

    ok = requests.post(URL, json=body)
"""


def test_a_name_in_a_method_skips_its_class_s_scope(tmp_path: Path) -> None:
    """Python's class body is not a scope its methods see: `math` and `body` there are the module's."""
    (tmp_path / "k.py").write_text(CLASS_SCOPE)
    said = [(d["code"], d["line"]) for d in found("k.py")]
    assert ("FL014", 12) in said and said.count(("FL104", 4)) == 1
    assert said.count(("FL203", 9)) == 1  # in the class body itself (line 17), the class's `body` is sent


CRONJOB = """apiVersion: batch/v1
kind: CronJob
metadata:
  name: launch-followups
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: launch
              image: curlimages/curl
              args: ["/bin/sh", "-c",
                     "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -d '{\\\\"flowId\\\\": \\\\"nope\\\\"}'"]
"""


@pytest.mark.parametrize("named", [True, False])
def test_a_manifest_that_names_the_launch_endpoint_is_said_not_read(tmp_path: Path, named: bool) -> None:
    """A quiet config file (a Kubernetes manifest) whose command launches a flow: FL011 where, never silence or a
    false "no launch body"; one that only configures the app stays quiet."""
    (tmp_path / "k8s").mkdir()
    (tmp_path / "k8s" / "cronjob.yaml").write_text(CRONJOB)
    said = found("k8s/cronjob.yaml" if named else ".")
    assert [(d["code"], d["line"]) for d in said] == [("FL011", 15)]
    assert "Kubernetes manifest" in said[0]["message"]
    # a ConfigMap with the flow ID, a recorded launch's status URL: the app's settings, quiet as before
    (tmp_path / "k8s" / "cronjob.yaml").write_text(
        f"apiVersion: v1\nkind: ConfigMap\ndata:\n  flowId: {UUID}\n  status: https://api.mypurecloud.com/api/v2/flows/executions/e-1\n")
    assert [d["code"] for d in found("k8s/cronjob.yaml" if named else ".")] == (["FL012"] if named else [])


@pytest.mark.parametrize(("name", "launch"), [
    ("q.http", "POST https://user:Qm7vLx2pR9tKz4wB@api.mypurecloud.com/api/v2/flows/executions?access_token=a8Kd93jLq0ZpX7wT2\n"
               "Content-Type: application/json\n\n{\"flowId\": \"" + UUID + "\"}\n"),
    ("q.py", "import requests\nrequests.post('https://api.mypurecloud.com/api/v2/flows/executions?access_token=a8Kd93jLq0ZpX7wT2',"
             " json={'flowId': '" + UUID + "'})\n"),
])
def test_a_credential_in_the_launch_url_is_said_and_never_shown(tmp_path: Path, name: str, launch: str) -> None:
    """A password in the URL's userinfo or a token in its query is a literal credential (FL305), masked everywhere."""
    (tmp_path / name).write_text(launch)
    for output in ("json", "text", "sarif"):
        result = flowlint("check", "--no-cache", "--format", output, name)
        assert "FL305" in result.stdout and "a8Kd93jLq0" not in result.stdout and "Qm7vLx2p" not in result.stdout
    # a template's hole is no credential
    (tmp_path / name).write_text(launch.replace("a8Kd93jLq0ZpX7wT2", "{{token}}").replace("Qm7vLx2pR9tKz4wB", "{{password}}"))
    assert "FL305" not in [d["code"] for d in found(name)]


def test_the_missing_flow_id_of_a_launch_that_put_it_in_the_path_says_where_it_went(tmp_path: Path) -> None:
    """FL106 then FL103 for one mistake: FL103's help says the ID is the one the URL carries."""
    (tmp_path / "l.http").write_text(f"POST https://api.mypurecloud.com/api/v2/flows/{UUID}/executions\n"
                                     "Content-Type: application/json\n\n{\"inputData\": {\"Flow.a\": 1}}\n")
    said = {d["code"]: d for d in found("l.http")}
    assert set(said) == {"FL106", "FL103"}
    assert "the URL's path (FL106)" in said["FL103"]["help"]
    # reached: without FL106, FL103's help is as before
    (tmp_path / "l.http").write_text((tmp_path / "l.http").read_text().replace(f"flows/{UUID}/executions", "flows/executions"))
    assert [("FL103", "FL106" not in d["help"]) for d in found("l.http")] == [("FL103", True)]


def test_sdk_model_helps_are_code_the_file_can_take(tmp_path: Path) -> None:
    """FL013 names the model's variable as the code does; FL103 for an inline model says how to build one."""
    (tmp_path / "s.py").write_text(
        "from PureCloudPlatformClientV2 import FlowExecutionLaunchRequest\n\n\n"
        "def a(api):\n    req = FlowExecutionLaunchRequest(input_data={'Flow.x': 1})\n    return api.post_flows_executions(req)\n\n\n"
        "def b(api):\n    return api.post_flows_executions(FlowExecutionLaunchRequest())\n")
    helps = {(d["code"], d["line"]): d["help"] for d in found("s.py")}
    assert "req.flow_id = …" in helps[("FL013", 5)]
    assert 'body = FlowExecutionLaunchRequest(), then body.flow_id = "<flow ID>"' in helps[("FL103", 10)]
    assert "its flow_id" not in helps[("FL103", 10)]


def test_a_wrong_base_url_host_is_told_to_change_its_host_not_to_become_the_launch_url(tmp_path: Path) -> None:
    """A baseURL set to the launch URL would break every other call through it."""
    (tmp_path / "a.js").write_text(
        "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://myorg.mypurecloud.com' });\n"
        f"api.post('/api/v2/flows/executions', {{ flowId: '{UUID}' }});\n")
    said = [d for d in found("a.js") if d["code"] == "FL302"]
    assert len(said) == 1 and said[0]["line"] == 2
    assert "change its host to api.mypurecloud.com" in said[0]["help"] and "/flows/executions" not in said[0]["help"]
