"""In code flowlint does not read (Go, Java, C#, Ruby, PHP, PowerShell), the flow ID's path under /api/v2
(`/api/v2/flows/{flowId}/executions`, `"…/flows/" + flowId + "/executions"`) is a mention of the launch, and so is the
endpoint's path with a flow ID after it (`…/flows/executions/%s`) in a file that sends a POST: an FL011 note says
where, walked or named. Before, both passed in silence. A run's status read (`…/flows/executions/{id}`, no POST) is
none."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

BASE = "https://api.mypurecloud.com/api/v2/flows"
FILES = {
    "Launch.java": f'class Launch {{\n  String url(String id) {{ return "{BASE}/" + id + "/executions"; }}\n}}\n',
    "Other.java": f'class Other {{\n  static final String LAUNCH = "{BASE}/{{flowId}}/executions";\n}}\n',
    "launch.go": f'package main\n\nfunc launch(id string) {{\n\turl := fmt.Sprintf("{BASE}/executions/%s", id)\n'
                 '\treq, _ := http.NewRequest("POST", url, nil)\n\t_ = req\n}\n',
    "Launch.cs": f'var res = await http.PostAsync($"{BASE}/executions/{{flowId}}", content);\n',
    "launch.ps1": f'Invoke-RestMethod -Method Post -Uri "{BASE}/executions/$FlowId" -Body \'{{}}\'\n',
    "launch.rb": f'uri = URI("{BASE}/executions/#{{ENV[\'FLOW_ID\']}}")\nNet::HTTP.post(uri, "{{}}")\n',
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_flow_ids_paths_are_mentions(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(FILES[name], encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"]) for d in found] == [(name, "FL011")], (args, found)
        assert found[0]["line"] == next(number for number, line in enumerate(FILES[name].splitlines(), 1) if BASE in line)


def test_a_status_read_is_none(tmp_path: Path) -> None:
    (tmp_path / "status.go").write_text(f'package main\n\nvar status = http.Get("{BASE}/executions/" + id)\n', encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", "status.go")] == ["FL012"]
