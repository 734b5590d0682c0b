"""A safe --fix renames a member only where no other use of its name would be left behind (review round 3, finding 3):
a read of the old name, a type declaring it, a TypedDict's field. Such a rename is help only."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import UUID, check_file, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"

READ_AFTER_WRITE_JS = f"""\
const axios = require('axios');
async function launch(id) {{
  const body = {{}};
  body.flowID = id;
  body.inputData = {{}};
  if (!body.flowID) {{
    throw new Error('no flow');
  }}
  await axios.post('{API}', body);
}}
module.exports = {{ launch }};
"""

# axios stubbed: the launch prints what it posts, or that it threw
RUN_JS = """\
const Module = require('module'); const orig = Module._load;
Module._load = function (r, ...a) { if (r === 'axios') return { post: async (u, b) => console.log('POST', JSON.stringify(b)) };
  return orig.call(this, r, ...a); };
require(process.argv[2]).launch('%s').then(() => console.log('ok'), e => console.log('THREW', e.message));
""" % UUID


def fix_and_read(tmp_path: Path, name: str, text: str, *flags: str) -> tuple[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", *flags, str(path))
    assert result.exit_code in (0, 1), result.output
    return result.output, path.read_text(encoding="utf-8")


@pytest.mark.parametrize("flags", [(), ("--unsafe-fixes",)])
def test_a_member_read_under_its_old_name_is_not_renamed(tmp_path: Path, flags: tuple[str, ...]) -> None:
    found = check_file(tmp_path, "a.js", READ_AFTER_WRITE_JS)
    assert [(d["code"], d["line"], d["help"]) for d in found] == [("FL102", 4, "rename it `flowId` (names are case-sensitive)")]
    assert found[0]["fix"] is None  # help only: the read on line 6 would still say flowID
    output, after = fix_and_read(tmp_path, "a.js", READ_AFTER_WRITE_JS, *flags)
    assert after == READ_AFTER_WRITE_JS and "fixed" not in output
    if shutil.which("node"):  # the file still runs as it did: the launch is posted, nothing throws
        (tmp_path / "run.js").write_text(RUN_JS)
        ran = subprocess.run(["node", str(tmp_path / "run.js"), str(tmp_path / "a.js")], capture_output=True, text=True,
                             timeout=60, check=False)
        assert ran.stdout.splitlines()[-1] == "ok", ran.stdout + ran.stderr


def test_a_member_written_once_is_still_renamed_safely(tmp_path: Path) -> None:
    # reached: the same launch without the read is fixed (the rule above is about the other use, not the shape)
    text = READ_AFTER_WRITE_JS.replace("  if (!body.flowID) {\n    throw new Error('no flow');\n  }\n", "")
    output, after = fix_and_read(tmp_path, "a.js", text)
    assert "fixed 1 finding" in output
    assert after == text.replace("body.flowID = id;", "body.flowId = id;")


@pytest.mark.parametrize(("name", "text"), [
    ("lit.js", f"const body = {{ flowID: id, inputData: {{}} }};\nif (!body.flowID) throw new Error('no flow');\n"
               f"axios.post('{API}', body);\n"),
    ("c.js", f"const body = {{ flowId: id, inputData: {{}} }};\nbody.inputData.customerName = name;\n"
             f"console.log(body.inputData.customerName);\naxios.post('{API}', body);\n"),
    ("b.ts", f"interface Launch {{ flowID: string; inputData: Record<string, string> }}\nconst body = {{}} as Launch;\n"
             f"body.flowID = id;\nbody.inputData = {{}};\naxios.post('{API}', body);\n"),
    ("imported.ts", f"import {{ Launch }} from './types';\nconst body = {{}} as Launch;\nbody.flowID = id;\n"
                    f"body.inputData = {{}};\naxios.post('{API}', body);\n"),
    ("declared.ts", f"import {{ Launch }} from './types';\nconst body: Launch = {{ flowID: id, inputData: {{}} }};\n"
                    f"axios.post('{API}', body);\n"),
    ("read.py", f"import requests\nbody = {{'flowID': fid, 'inputData': {{}}}}\nif not body.get('flowID'):\n"
                f"    raise ValueError('no flow')\nrequests.post('{API}', json=body)\n"),
    ("td.py", f"from typing import TypedDict\nimport requests\nclass LaunchBody(TypedDict):\n    flowID: str\n"
              f"    inputData: dict\nbody = LaunchBody(flowID=fid, inputData={{}})\nrequests.post('{API}', json=body)\n"),
    ("annotated.py", f"import requests\nfrom types_mod import LaunchBody\nbody: LaunchBody = {{'flowID': fid, 'inputData': {{}}}}\n"
                     f"requests.post('{API}', json=body)\n"),
])
def test_a_name_used_elsewhere_or_declared_by_a_type_is_help_only(tmp_path: Path, name: str, text: str) -> None:
    found = check_file(tmp_path, name, text, contract_findings=False) + \
        [d for d in check_file(tmp_path, name, text) if d["code"] == "FL203"]
    assert found and all(d["help"].startswith("rename it") for d in found)  # reached: the rename is said
    assert all(d["fix"] is None for d in found)
    _, after = fix_and_read(tmp_path, name, text, "--unsafe-fixes")
    assert after == text


def test_a_python_dict_call_keyword_is_still_renamed(tmp_path: Path) -> None:
    text = f"import requests\nrequests.post('{API}', json=dict(flowID=fid, inputData={{}}))\n"
    output, after = fix_and_read(tmp_path, "d.py", text)
    assert "fixed 1 finding" in output and after == text.replace("flowID=", "flowId=")


def test_the_same_key_in_another_launchs_literal_does_not_stop_the_rename(tmp_path: Path) -> None:
    text = (f"import requests\nOTHER = {{'flowId': FLOW, 'inputData': {{'flowID': 'x'}}}}\n"
            f"requests.post('{API}', json=OTHER)\nrequests.post('{API}', json={{'flowID': FLOW, 'inputData': {{}}}})\n")
    output, after = fix_and_read(tmp_path, "two.py", text)
    assert "fixed" in output and after.count("'flowID'") == 1 and "json={'flowId': FLOW" in after
