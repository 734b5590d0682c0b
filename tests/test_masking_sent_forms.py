"""More ways a variable is sent as a bearer or basic credential: Python's `"Bearer %s" % t`, `"Bearer {}".format(t)`
and f"Bearer {self.t}", JavaScript's `'Bearer ' + this.token` and `${this.token}`: the literal the same file gives
that name is masked. A name sent but given no literal here (another file's, an environment's) masks nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

SECRET = "abcS3cretValue9"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.parametrize("text", [
    f't = "{SECRET}"\nh = {{"Authorization": "Bearer %s" % t}}\n',
    f't = "{SECRET}"\nh = {{"Authorization": "Basic %s" % (t,)}}\n',
    f't = "{SECRET}"\nh = {{"Authorization": "Bearer {{}}".format(t)}}\n',
    f't = "{SECRET}"\nh = {{"Authorization": "Bearer {{0}}".format(t)}}\n',
    f'TOKEN: str = "{SECRET}"\nh = {{"Authorization": f"Bearer {{TOKEN}}"}}\n',
    f'class C:\n    def __init__(self):\n        self.t = "{SECRET}"\n\n    def h(self):\n'
    f'        return {{"Authorization": f"Bearer {{self.t}}"}}\n',
    f'class C:\n    def __init__(self):\n        self.t = "{SECRET}"\n\n    def h(self):\n'
    f'        return {{"Authorization": "Bearer %s" % self.t}}\n',
    f"class C {{\n  constructor() {{ this.token = '{SECRET}'; }}\n  h() {{ return {{Authorization: 'Bearer ' + this.token}}; }}\n}}\n",
    f"class C {{\n  constructor() {{\n    this.token = '{SECRET}';\n  }}\n"
    f"  h() {{ return {{Authorization: `Bearer ${{this.token}}`}}; }}\n}}\n",
    f"const t: string = '{SECRET}';\nfetch(u, {{headers: {{Authorization: `Bearer ${{t}}`}}}})\n",
    f"@auth.token = {SECRET}\nPOST {URL}\nAuthorization: Bearer {{{{auth.token}}}}\n",  # (an .http variable, dotted)
])
def test_each_way_of_sending_a_name_masks_its_literal(text: str) -> None:
    assert [text[start:end] for start, end in credential_literals(text)] == [SECRET]


@pytest.mark.parametrize("text", [
    f'other = "{SECRET}"\nh = "Bearer %s" % t\n',  # t is given nothing here
    f't = "{SECRET}"\nh = "Bearer %s" % t.strip()\n',  # a call's result is sent, not t
    f'self.other = "{SECRET}"\nh = f"Bearer {{self.t}}"\n',
    f'requests.get(u, t="{SECRET}")\nh = "Bearer {{}}".format(t)\n',  # a keyword argument gives t nothing
    "this.token = config.token;\nh = 'Bearer ' + this.token;\n",
    f'self.t == "{SECRET}"\nh = f"Bearer {{self.t}}"\n',  # a comparison gives nothing
])
def test_a_name_given_no_literal_here_masks_nothing(text: str) -> None:
    assert credential_literals(text) == []


def test_a_sent_attributes_literal_is_masked_in_a_reports_excerpt(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(
        f'import requests\n\n\nclass Launcher:\n    def launch(self):\n        self.t = "{SECRET}"\n'
        f'        return requests.post("{URL}", json={{"flowID": "9f5b7c1e-1234-4a5b-9c8d-0123456789ab", "inputData": {{}}}},\n'
        f'                             headers={{"Authorization": "Bearer %s" % self.t}})\n')
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", str(tmp_path)).stdout
    # reached: the fixed line is right below the assignment, so its hunk shows it (a masked context line farther from
    # a change is left out of its hunk: tests/test_masked_diff_context.py)
    assert "flowId" in diff and "self.t = " in diff, diff
    assert SECRET not in diff and f'self.t = "{"*" * len(SECRET)}"' in diff, diff
