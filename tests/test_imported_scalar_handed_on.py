"""An imported flow ID (a string the module binds once) put in a body that another function hands to a client or a
helper is still that string: a string cannot be changed by the code it is handed to. Before, the name counted as
"changed or handed to other code", so the SDK launch naming it elsewhere in the file was left unchecked against the
flow's contract (silent; only -v said why, untrue). A member of an imported object handed away (`cfg.flowId` with
`cfg` given to code that may write it) stays unknown, as does a name written in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_imported_values import FLOW, WRONG, _contract_checked, _found, _tree

JS_FILES = {
    "src/config.js": f"module.exports = {{ followUpFlowId: '{FLOW}',\n"
                     "  launchUrl: 'https://api.mypurecloud.com/api/v2/flows/executions' }};\n",
    "src/genesys.js": (
        "const axios = require('axios');\nconst platformClient = require('purecloud-platform-client-v2');\n"
        "const { followUpFlowId, launchUrl } = require('./config');\nconst architect = new platformClient.ArchitectApi();\n\n"
        f"async function followUp() {{\n  return architect.postFlowsExecutions({{ flowId: followUpFlowId, inputData: {WRONG} }});\n}}\n\n"
        "async function followUpRaw(token, order) {\n"
        "  const body = { flowId: followUpFlowId, inputData: { 'Flow.customerName': order.name } };\n"
        "  return HAND;\n}\nmodule.exports = { followUp, followUpRaw };\n"),
}
PY_FILES = {
    "app/__init__.py": "",
    "app/config.py": f'FLOW_ID = "{FLOW}"\n',
    "app/launch.py": (
        "import PureCloudPlatformClientV2 as gc\nfrom app.config import FLOW_ID\n\n\n"
        f"def follow_up():\n    return gc.ArchitectApi().post_flows_executions({{\"flowId\": FLOW_ID, \"inputData\": {WRONG}}})\n\n\n"
        "def follow_up_raw(order):\n    body = {\"flowId\": FLOW_ID, \"inputData\": {\"Flow.customerName\": order}}\n"
        "    return HAND\n"),
}


@pytest.mark.parametrize(("files", "launching", "hand"), [
    (JS_FILES, "src/genesys.js", "axios.post(launchUrl, body, { headers: { Authorization: `Bearer ${token}` } })"),
    (JS_FILES, "src/genesys.js", "enqueue(body)"),
    (PY_FILES, "app/launch.py", "send_later(body)"),
    (PY_FILES, "app/launch.py", "[body].append(FLOW_ID)"),
], ids=["js-axios", "js-helper", "py-helper", "py-list"])
def test_an_imported_string_handed_on_in_a_body_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              files: dict[str, str], launching: str, hand: str) -> None:
    _tree(tmp_path, {name: text.replace("HAND", hand) for name, text in files.items()})
    found = _found(tmp_path, monkeypatch)
    assert _contract_checked(found, launching), found  # the SDK launch's inputs checked against the flow


def test_an_imported_object_handed_away_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `cfg` itself given to code that may write `cfg.FLOW_ID`: what the launch names is not known.
    files = {"app/__init__.py": "", "app/config.py": f'FLOWS = {{"cb": "{FLOW}"}}\n',
             "app/launch.py": ("import PureCloudPlatformClientV2 as gc\nfrom app.config import FLOWS\n\n\n"
                               f"def follow_up():\n    configure(FLOWS)\n    return gc.ArchitectApi().post_flows_executions("
                               f"{{\"flowId\": FLOWS[\"cb\"], \"inputData\": {WRONG}}})\n")}
    _tree(tmp_path, files)
    found = _found(tmp_path, monkeypatch, "--no-cache", "-v", "-j", "1", ".")
    assert ("app/launch.py", "FL011", 7) in found and not _contract_checked(found, "app/launch.py"), found
