"""A Docker Compose file and an Ansible playbook are no launch body: named, neither is judged as one (an Ansible
playbook got FL003 "the body is an array", a compose file's keys FL102s), and where one names the launch endpoint in a
command that sends (a curl image's `command:`, Ansible's `uri` module) it gets an FL011 note there, walked or named:
flowlint does not read their commands, so the launch is said rather than passed in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
COMPOSE = (f'services:\n  launcher:\n    image: curlimages/curl\n    command: ["-X", "POST", "{URL}/${{FLOW_ID}}", '
           f'"-d", \'{{"type": "flow"}}\']\n')
PLAYBOOK = (f"- hosts: localhost\n  tasks:\n    - name: Launch\n      ansible.builtin.uri:\n        url: \"{URL}\"\n"
            f"        method: POST\n        body_format: json\n        body:\n          type: flow\n          configuration:\n"
            f"            flowId: \"{{{{ flow_id }}}}\"\n")
FILES = {"docker-compose.yml": COMPOSE, "compose.prod.yaml": COMPOSE, "playbook.yml": PLAYBOOK,
         "site.yml": "---\n- name: Deploy\n  hosts: all\n  roles: [app]\n" + PLAYBOOK}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_launch_in_a_compose_file_or_playbook_is_said_walked_or_named(tmp_path: Path, name: str) -> None:
    text = FILES[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"], d["severity"]) for d in found] == [(name, "FL011", "info")], (args, found)
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith("flows/executions")
        assert "not searched for launches" in found[0]["message"]


@pytest.mark.parametrize("name", sorted(FILES))
def test_one_that_launches_nothing_is_noted_named_and_silent_walked(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(FILES[name].replace(URL, "https://example.com/hook").replace("flowId", "flow"),
                                 encoding="utf-8")
    found = diagnostics("--no-cache", name)
    assert [(d["code"], d["severity"]) for d in found] == [("FL012", "info")]
    assert "no launch body" in found[0]["message"]
    assert diagnostics("--no-cache", ".") == []


def test_a_status_read_of_a_run_is_no_launch(tmp_path: Path) -> None:
    status = COMPOSE.replace('"-X", "POST", ', "").replace(', "-d", \'{"type": "flow"}\'', "")  # GET …/executions/{id}
    assert "POST" not in status and "-d" not in status
    (tmp_path / "docker-compose.yml").write_text(status, encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", "docker-compose.yml")] == ["FL012"]
