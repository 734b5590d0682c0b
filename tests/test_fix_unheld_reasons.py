"""A fix whose edits cannot hold says why and is not counted as one --fix would apply; a key written beside a YAML
merge key is edited like any other (the keys the merge brings stay at their anchor)."""

from __future__ import annotations

import json
from pathlib import Path

from validator.checker.engine import CheckOptions, check_document
from validator.checker.loader import load_documents
from validator.core.diagnostics import Applicability, Fix, RenameKey
from validator.edits import render
from validator.sources.document import load_text

from conftest import UUID, flowlint

SELECTED_ONLY = '{"flowID": "%s", "inputData": {"Flow.x": 1,}}\n' % UUID


def test_a_fix_in_a_payload_that_does_not_parse_says_so_and_is_not_offered() -> None:
    fix = Fix(Applicability.SAFE, "rename it `flowId`", (RenameKey(("flowID",), "flowId"),))
    rendered = render(fix, SELECTED_ONLY, "json", {"flowID": UUID, "inputData": {"Flow.x": 1}})
    assert rendered.edits is None and rendered.applicability is Applicability.DISPLAY_ONLY
    assert "not applied: the file does not parse (FL001 at 1:" in rendered.message
    # A payload that parses gets the edit.
    clean = SELECTED_ONLY.replace(",}", "}")
    assert render(fix, clean, "json", json.loads(clean)).edits


#: Why a fix of a payload whose unselected syntax error stops every proof is not applied (the comma at 1:77).
NOT_SELECTED = "not applied: the file does not parse (FL001 at 1:77, not selected)"


def test_select_of_one_rule_in_a_file_with_a_syntax_error_says_why_its_fix_is_not_applied(tmp_path: Path) -> None:
    path = tmp_path / "sel.json"
    path.write_text(SELECTED_ONLY)
    result = flowlint("check", "--no-cache", "--fix", "--select", "FL102", str(path))
    lines = result.output.splitlines()
    assert any(line.startswith(f"{path}:1:2: FL102") for line in lines), result.output
    help_line = next(line for line in lines if "rename it `flowId`" in line)
    assert help_line.startswith("  help: ") and NOT_SELECTED in help_line, result.output  # where the finding is
    assert "1 fix not applied: the file does not parse (FL001 at 1:77, not selected)" in lines, result.output
    assert "did not hold once proven" not in result.output and "fixable" not in result.output
    assert path.read_text() == SELECTED_ONLY
    # A check promises no fix --fix would not apply, and says why in its text report and its JSON alike.
    result = flowlint("check", "--no-cache", "--select", "FL102", str(path))
    assert NOT_SELECTED in result.output and "fixable" not in result.output and "  fix:" not in result.output, result.output
    (wrong,) = json.loads(flowlint("check", "--no-cache", "--format", "json", "--select", "FL102", str(path)).stdout)["diagnostics"]
    assert wrong["code"] == "FL102" and wrong["fix"] is None and NOT_SELECTED in wrong["help"]
    # With the syntax error selected too, both are fixed (the rename in the pass after the comma's).
    result = flowlint("check", "--no-cache", "--fix", "--select", "FL102,FL001", str(path))
    assert json.loads(path.read_text()) == {"flowId": UUID, "inputData": {"Flow.x": 1}}, result.output
    assert "not applied" not in result.output


MERGED = f"""x-defaults: &defaults
  Flow.region: EU
flowId: {UUID}
inputData:
  <<: *defaults
  customerName: Ana   # as invoiced
"""


def test_a_key_beside_a_merge_key_is_renamed_and_the_merge_stays(tmp_path: Path) -> None:
    path = tmp_path / "l.yaml"
    path.write_text(MERGED)
    document = load_text(MERGED, "l.yaml")
    fix = Fix(Applicability.SAFE, "rename it", (RenameKey(("inputData", "customerName"), "Flow.customerName"),))
    assert render(fix, MERGED, "yaml", document.value, dialect=document.dialect).edits  # proven: the merge still gives its key
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert "not applied" not in result.output, result.output
    assert path.read_text() == MERGED.replace("  customerName: Ana", "  Flow.customerName: Ana")


def test_a_body_shared_with_another_call_says_why_its_fix_is_not_applied() -> None:
    text = ("import requests\n\n\ndef launch(flow_id):\n    payload = {\"flowID\": flow_id}\n"
            "    requests.post(\"https://audit.example.com/events\", json=payload)\n"
            "    return requests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", json=payload)\n")
    (document,) = load_documents(text.encode(), "svc.py", source="python", named=False)
    wrong = next(d for d in check_document(document, CheckOptions()) if d.code == "FL102")
    assert wrong.fix is not None and wrong.fix.edits is None
    assert "`payload` is also read on line 6" in wrong.fix.message


XHR_LAUNCH = """function start(region, flowId, conversationId) {
  const xhr = new XMLHttpRequest()
  const data = { flowId: flowId, inputData: { 'flow.conversationId': conversationId } }
  xhr.open('POST', 'https://api.' + region + '/api/v2/flows/executions')
  xhr.setRequestHeader('Content-Type', 'application/json')
  xhr.send(JSON.stringify(data))
}
"""


def test_a_body_an_xhr_sends_is_fixed_in_its_binding(tmp_path: Path) -> None:
    # The launch's site is `xhr.open(...)`; the body is read at `xhr.send(...)`, which is the launch sending it, not
    # other code reading the object.
    (document,) = load_documents(XHR_LAUNCH.encode(), "start.js", source="javascript", named=False)
    wrong = next(d for d in check_document(document, CheckOptions()) if d.code == "FL211")
    assert wrong.fix is not None and wrong.fix.edits, wrong.fix
    path = tmp_path / "start.js"
    path.write_text(XHR_LAUNCH)
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == XHR_LAUNCH.replace("'flow.conversationId'", "'Flow.conversationId'"), result.output
    # Read again by other code, it is still not edited, and says where.
    shared = XHR_LAUNCH.replace("  xhr.send(", "  navigator.sendBeacon('/audit', JSON.stringify(data))\n  xhr.send(")
    (document,) = load_documents(shared.encode(), "start.js", source="javascript", named=False)
    wrong = next(d for d in check_document(document, CheckOptions()) if d.code == "FL211")
    assert wrong.fix is not None and wrong.fix.edits is None and "`data` is also read on line 6" in wrong.fix.message


CALLED_IN_FILE_PY = """import requests


def launch(token):
    body = {"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "flowVersion": 3.0}
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,
                  headers={"Authorization": f"Bearer {token}"})


if __name__ == "__main__":
    launch("tok")
"""

CALLED_IN_FILE_JS = """async function launch(token) {
  const res = await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId: "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", type: "flow" }),
  });
  return res.json();
}

launch(process.env.TOKEN).then(console.log);
"""


def test_a_launch_in_a_function_the_file_calls_is_fixed_where_it_is_sent(tmp_path: Path) -> None:
    # The launch is reported at the call of the function that makes it; the names read by the send inside the function
    # (the body's binding, the response's) are the launch's own, not other code's.
    for name, text, code, fixed in (
            ("l.py", CALLED_IN_FILE_PY, "FL105", CALLED_IN_FILE_PY.replace('"flowVersion": 3.0', '"flowVersion": "3.0"')),
            ("l.js", CALLED_IN_FILE_JS, "FL101", CALLED_IN_FILE_JS.replace(', type: "flow"', ""))):
        (document,) = load_documents(text.encode(), name, source="python" if name.endswith(".py") else "javascript",
                                     named=False)
        wrong = next(d for d in check_document(document, CheckOptions()) if d.code == code)
        assert wrong.fix is not None and wrong.fix.edits, (name, wrong.fix)
        path = tmp_path / name
        path.write_text(text)
        result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
        assert path.read_text() == fixed, result.output
    # Read by other code inside the function too, it is still not edited, and says where.
    shared = CALLED_IN_FILE_PY.replace("    requests.post(\"https://api.", "    requests.post(\"https://audit.example.com/e\", json=body)\n"
                                       "    requests.post(\"https://api.")
    (document,) = load_documents(shared.encode(), "l.py", source="python", named=False)
    wrong = next(d for d in check_document(document, CheckOptions()) if d.code == "FL105")
    assert wrong.fix is not None and wrong.fix.edits is None and "`body` is also read on line 6" in wrong.fix.message
