""".http files' environments (JetBrains' http-client.env.json and http-client.private.env.json, VS Code REST Client's
rest-client.environmentVariables in .vscode/settings.json) give `{{name}}` its value where every reading agrees.

Before, they were not read: a launch whose flow ID or member came from an environment was never checked, and a file's own
`@flowId = …` was checked even where JetBrains sends the environment's value instead (an environment variable wins over
an in-place one there; REST Client ranks the file's own first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, codes, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

LAUNCH = ("POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
          '{"flowId": "{{flowId}}", "{{member}}": "1.0"}\n')
NAME = "Order follow-up"  # a flow's name where its ID belongs: FL104


def _write(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")


def _found(*args: str) -> list[tuple[str, str]]:
    return [(d["code"], d["message"]) for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]


@pytest.mark.parametrize("client", ["jetbrains", "rest-client"])
def test_a_value_every_environment_gives_is_checked(tmp_path: Path, client: str) -> None:
    (tmp_path / "launch.http").write_text(LAUNCH, encoding="utf-8")
    if client == "jetbrains":
        _write(tmp_path / "http-client.env.json", {"dev": {"flowId": NAME, "member": "flowVersoin"},
                                                   "prod": {"flowId": NAME, "member": "flowVersoin"}})
    else:  # a named environment's over `$shared`, and `$shared` alone (no environment chosen)
        _write(tmp_path / ".vscode" / "settings.json", {"editor.tabSize": 2, "rest-client.environmentVariables": {
            "$shared": {"flowId": NAME, "member": "flowVersoin"}, "dev": {}, "prod": {"flowId": NAME}}})
    found = _found("launch.http")
    assert codes([{"code": code} for code, _ in found]) == ["FL104", "FL102"], found
    assert NAME in found[0][1] and "flowVersoin" in found[1][1]


def test_a_value_the_environments_differ_on_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "launch.http").write_text(LAUNCH, encoding="utf-8")
    _write(tmp_path / "http-client.env.json", {"dev": {"flowId": NAME, "member": "flowVersoin"},
                                               "prod": {"flowId": "Other flow", "member": "flowVersoin"}})
    _write(tmp_path / ".vscode" / "settings.json", {"rest-client.environmentVariables": {"dev": {"flowId": NAME}}})
    assert [code for code, _ in _found("launch.http")] == ["FL102"]  # reached: the member all of them agree on


def test_a_jetbrains_environment_wins_over_the_files_own_variable_and_rest_clients_loses(tmp_path: Path) -> None:
    (tmp_path / "launch.http").write_text(f"@flowId = {NAME}\n@member = flowVersion\n\n{LAUNCH}", encoding="utf-8")
    assert [code for code, _ in _found("launch.http")] == ["FL104"]  # reached: the file's own value, no environment
    _write(tmp_path / ".vscode" / "settings.json", {"rest-client.environmentVariables": {"$shared": {"flowId": UUID}}})
    assert [code for code, _ in _found("launch.http")] == ["FL104"]  # REST Client sends the file's own
    _write(tmp_path / "http-client.env.json", {"dev": {"flowId": UUID}, "prod": {"flowId": UUID}})
    assert _found("launch.http") == []  # JetBrains sends the environment's: the file's own value may never be sent


def test_a_private_environments_values_are_never_read_nor_shown(tmp_path: Path) -> None:
    (tmp_path / "launch.http").write_text(LAUNCH, encoding="utf-8")
    _write(tmp_path / "http-client.env.json", {"dev": {"member": "flowVersoin"}})
    _write(tmp_path / "http-client.private.env.json", {"dev": {"flowId": "Private flow s3cr3t"}})
    assert [code for code, _ in _found("launch.http")] == ["FL102"]  # reached
    for output in ("text", "json"):
        result = flowlint("check", "--no-cache", "-v", "--format", output, "launch.http")
        assert result.exit_code == 1 and "s3cr3t" not in result.output


def test_environment_files_outside_the_checked_tree_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "launch.http").write_text(LAUNCH, encoding="utf-8")
    _write(tmp_path / "http-client.env.json", {"dev": {"flowId": NAME}})
    assert _found("api") == []
    assert [code for code, _ in _found(".")] == ["FL104"]  # reached: inside the tree checked, it is read


@pytest.mark.usefixtures("cache_on")
def test_a_changed_environment_file_is_seen_by_the_next_cached_run(tmp_path: Path) -> None:
    """The file's result depends on its environment files, which are no part of its cache key: it is not kept."""
    (tmp_path / "launch.http").write_text(LAUNCH, encoding="utf-8")
    _write(tmp_path / "http-client.env.json", {"dev": {"flowId": NAME}})
    assert [d["code"] for d in diagnostics("launch.http") if d["code"] != "FL200"] == ["FL104"]
    _write(tmp_path / "http-client.env.json", {"dev": {"flowId": UUID}})
    assert [d["code"] for d in diagnostics("launch.http") if d["code"] != "FL200"] == []
    (tmp_path / "http-client.env.json").unlink()
    _write(tmp_path / ".vscode" / "settings.json", {"rest-client.environmentVariables": {"$shared": {"flowId": NAME}}})
    assert [d["code"] for d in diagnostics("launch.http") if d["code"] != "FL200"] == ["FL104"]
