"""A local declared in a module file that is a link out of the checked tree (`mod/locals.tf -> ../shared/locals.tf.txt`,
the module named alone) is not read, and that is said (FL011, naming the link, even without --verbose): before, the
launch's body was neither read nor noted (a silent miss), for a .tf.json launch and a .tf one alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

LOCALS = 'locals {\n  launch_body = "{\\"flowId\\": \\"$${input.flowId}\\", \\"bogus\\": 1}"\n}\n'
TF = """\
resource "genesyscloud_integration_action" "launch" {
  name     = "Launch"
  category = "Genesys Cloud Data Actions"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = local.launch_body
  }
}
"""
TF_JSON = """\
{"resource": {"genesyscloud_integration_action": {"launch": {"name": "Launch",
 "category": "Genesys Cloud Data Actions", "config_request": {"request_url_template": "/api/v2/flows/executions",
 "request_type": "POST", "request_template": "${local.launch_body}"}}}}}
"""


@pytest.mark.parametrize(("name", "text"), [("main.tf", TF), ("main.tf.json", TF_JSON)])
def test_a_local_in_a_link_out_of_the_checked_tree_is_said_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  name: str, text: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "locals.tf.txt").write_text(LOCALS)
    for module, target in (("out", "../shared/locals.tf.txt"), ("in", "real.txt")):
        (tmp_path / module).mkdir()
        (tmp_path / module / name).write_text(text)
        (tmp_path / "in" if module == "in" else tmp_path / "shared").joinpath("real.txt").write_text(LOCALS)
        (tmp_path / module / "locals.tf").symlink_to(target)
    inside = diagnostics("--no-cache", f"in/{name}")
    assert [(d["code"], Path(d["file"]).name) for d in inside] == [("FL102", "locals.tf")]  # a link inside is read
    found = diagnostics("--no-cache", f"out/{name}")
    assert [d["code"] for d in found] == ["FL011"]
    assert "locals.tf" in found[0]["message"] and "local.launch_body" in found[0]["message"]
    assert "shared" not in found[0]["message"]  # (where the link leads is not shown)
