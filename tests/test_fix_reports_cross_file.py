"""`--fix` reports what a check reports when a finding's parts sit in two files (final review 26 B #1): a launch whose
URL another module exports, and a Terraform data action whose body a local of another .tf file declares. Both ended
"no problems", exit 0, under --fix (the pre-commit fix hook's command) while a check said an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

TREES = {
    "imported": {
        "cfg.js": "export const URL = 'https://myorg.mypurecloud.com/api/v2/flows/executions';\n",
        "go.js": "import axios from 'axios';\nimport { URL } from './cfg';\n"
                 "export const a = (f) => axios.post(URL, { flowId: f });\n",
    },
    "terraform": {
        "locals.tf": 'locals {\n  url  = "/api/v2/flows/executions"\n  body = jsonencode({\n'
                     '    flowId = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"\n'
                     '    inputs = { customerId = "$${input.customerId}" }\n  })\n}\n',
        "main.tf": 'resource "genesyscloud_integration_action" "a" {\n  name = "A"\n  category = "x"\n'
                   '  integration_id = var.integration_id\n  config_request {\n    request_url_template = local.url\n'
                   '    request_type         = "POST"\n    request_template     = local.body\n'
                   '    headers = { "Content-Type" = "application/json" }\n  }\n}\n',
    },
}
EXPECTED = {"imported": "FL302", "terraform": "FL101"}


@pytest.mark.parametrize("tree", sorted(TREES))
def test_fix_says_the_error_a_check_says(tmp_path: Path, tree: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in TREES[tree].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    checked = flowlint("check", "--no-cache", "--no-color", ".")
    assert checked.exit_code == 1 and EXPECTED[tree] in checked.output, checked.output  # the finding is reached
    before = {name: (tmp_path / name).read_bytes() for name in TREES[tree]}
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", ".")
    assert fixed.exit_code == 1, fixed.output
    assert EXPECTED[tree] in fixed.output
    assert "no problems" not in fixed.output
    assert {name: (tmp_path / name).read_bytes() for name in TREES[tree]} == before  # help only: nothing edited
