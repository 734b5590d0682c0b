"""`import { URL } from './a'` beside `import { URL as OTHER } from './b'`: the second binds OTHER only, so the launch
using URL reads a's launch URL (it was taken for a name bound twice, and a's FL011 note said no launch used it); the
same for an imported flow ID. The aliased import read under its alias stays read too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
SEND = ("export async function go() {{\n  await fetch({url}, {{ method: 'POST', headers: {{ 'Content-Type': "
        "'application/json' }}, body: JSON.stringify({{ flowId: {flow}, extra: 1 }}) }});\n}}\n")


def _codes(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in files.items():
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "--no-cache", "-v", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return sorted((d["file"], d["code"]) for d in found if d["code"] != "FL200")


@pytest.mark.parametrize(("exported", "imports"), [
    ("URL", "import { URL } from './a';\nimport { URL as OTHER } from './b';\n"),
    ("URL", "import { URL as OTHER } from './b';\nimport { URL } from './a';\n"),
    ("LAUNCH", "import { URL as OTHER } from './b';\nimport { LAUNCH as URL } from './a';\n"),
])
def test_the_url_imported_beside_an_alias_of_its_name_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              exported: str, imports: str) -> None:
    files = {"a.js": f"export const {exported} = '{LAUNCH_URL}';\n",
             "b.js": "export const URL = 'https://example.com/other';\n",
             "go.js": imports + SEND.format(url="URL", flow=f"'{FLOW}'") + "export const other = OTHER;\n"}
    assert _codes(tmp_path, monkeypatch, files) == [("go.js", "FL102")]


def test_a_flow_id_imported_beside_an_alias_of_its_name_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"ids.js": "export const FLOW_ID = 'not-a-uuid';\n", "old.js": f"export const FLOW_ID = '{FLOW}';\n",
             "go.js": "import { FLOW_ID } from './ids';\nimport { FLOW_ID as OLD } from './old';\n"
                      + SEND.format(url=f"'{LAUNCH_URL}'", flow="FLOW_ID") + "export const old = OLD;\n"}
    assert _codes(tmp_path, monkeypatch, files) == [("go.js", "FL102"), ("go.js", "FL104")]
