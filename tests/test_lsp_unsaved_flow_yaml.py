"""`flowlint lsp` with a flow's Architect YAML open and edited but not saved: a launch of that flow (a code file through
the project's `[flows]`, a Terraform data action through `genesyscloud_flow`) is checked against the editor's text of the
YAML, not the file's, and is published again as the YAML is edited and when it is closed (the file's text again).
Every wait is bounded (lsp_session)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import changed, closed, codes, mark, opened, publish, shared_client, shared_server  # noqa: E402, F401
from pytest_lsp import LanguageClient  # noqa: E402

from validator.lsp.server import check  # noqa: E402
from validator.sources import module_texts  # noqa: E402

FLOW = "c41d9e07-6b2a-4f5e-8d3c-1a7b9e2f4c60"
LAUNCH = (f"await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{method: 'POST', headers: "
          "{'Content-Type': 'application/json', Authorization: `Bearer ${token}`}, body: JSON.stringify({flowId: "
          f"'{FLOW}', inputData: {{'Flow.customerName': 'Ana', 'Flow.orderId': '1042'}}}})}});\n")
ACTION_TF = """\
resource "genesyscloud_flow" "follow_up" {
  filepath = "${path.module}/flows/follow-up.yaml"
}
resource "genesyscloud_integration_action" "launch" {
  name           = "Launch"
  category       = "Launches"
  integration_id = "0b9d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = jsonencode({
      flowId    = genesyscloud_flow.follow_up.id
      inputData = { "Flow.customerName" = "$${input.name}", "Flow.orderId" = "$${input.order}" }
    })
    headers = { Content-Type = "application/json" }
  }
}
"""


def _input(name: str) -> str:
    return f"    - stringVariable:\n        name: {name}\n        isInput: true\n"


FLOW_YAML = "workflow:\n  name: Follow-up\n  variables:\n" + _input("Flow.customerName")
DECLARED = FLOW_YAML + _input("Flow.orderId")


def _project(tmp_path: Path) -> tuple[Path, Path, Path]:
    (tmp_path / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/follow-up.yaml"\n')
    (tmp_path / "flows").mkdir()
    flow = tmp_path / "flows" / "follow-up.yaml"
    flow.write_text(FLOW_YAML)
    launch = tmp_path / "launch.js"
    launch.write_text(LAUNCH)
    action = tmp_path / "actions.tf"
    action.write_text(ACTION_TF)
    return launch, action, flow


@pytest.mark.parametrize("name", ["launch.js", "actions.tf"])
def test_the_editors_text_of_the_flow_yaml_is_the_contract(tmp_path: Path, name: str) -> None:
    flow = _project(tmp_path)[2]
    path = str(tmp_path / name)
    text = (tmp_path / name).read_text()
    assert "FL202" in [d.code for d in check(path, text)]  # reached: Flow.orderId is no input of the saved YAML
    module_texts.edited(str(flow), DECLARED)
    try:
        assert [d.code for d in check(path, text)] == []
        assert "FL202" in [d.code for d in check(path, text.replace("Flow.orderId", "Flow.orderNo"))]  # still checked
    finally:
        module_texts.edited(str(flow), None)
    assert "FL202" in [d.code for d in check(path, text)]  # closed: the file's text again


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_editing_the_flow_yaml_without_saving_re_publishes_the_open_launches(client: LanguageClient,
                                                                                  tmp_path: Path) -> None:
    launch, action, flow = _project(tmp_path)
    assert "FL202" in [d.code for d in await opened(client, launch.as_uri(), LAUNCH, "javascript")]
    assert "FL202" in [d.code for d in await opened(client, action.as_uri(), ACTION_TF, "terraform")]
    since = mark(client)
    await opened(client, flow.as_uri(), FLOW_YAML, "yaml")
    since = mark(client)
    await changed(client, flow.as_uri(), DECLARED, 2)  # unsaved: the file still declares no Flow.orderId
    await publish(client, launch.as_uri(), after=since, where=lambda p: "FL202" not in codes(p))
    await publish(client, action.as_uri(), after=since, where=lambda p: "FL202" not in codes(p))
    since = mark(client)
    await closed(client, flow.as_uri())  # the edit thrown away: the file's text again
    await publish(client, launch.as_uri(), after=since, where=lambda p: "FL202" in codes(p))
    await publish(client, action.as_uri(), after=since, where=lambda p: "FL202" in codes(p))
