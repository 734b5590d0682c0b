"""A walk takes the JSON-with-comments bodies a named check reads (sources/jsonc.py): `launch.jsonc`, and a JSON body kept
under a copy's name (`flow-execution.json.example`, `.json.tmpl`, `.json.sample`, `.json.dist`, `.json.template`), as it
takes a `.json` file: a candidate, judged when its bytes name the launch request's vocabulary, passed by in silence
when they do not (another tool's `.jsonc` configuration: biome.jsonc, a `.json.example` of settings). Before, a walk
left them out: `flowlint check .` said nothing of a wrong body that `flowlint check launch.jsonc` judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.project.files import is_walked, walk

from conftest import diagnostics

_BODY = ('// the nightly launch: fill in the flow ID\n{\n  "flowId": "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c", /* the flow */\n'
         '  "inputs": {"Flow.orderId": "1"}\n}\n')


@pytest.mark.parametrize("name", ["launch.jsonc", "flow-execution.json.example", "launch.json.tmpl", "launch.JSON.Sample",
                                  "launch.json.dist", "launch.json.template"])
def test_a_walk_judges_a_commented_json_body_as_a_named_check_does(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(_BODY, encoding="utf-8")
    walked = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] != "FL200"]
    named = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(tmp_path / name)) if d["code"] != "FL200"]
    assert walked == named == [("FL101", 4)]  # (FL200: no contract of the flow, said in both)


def test_other_tools_commented_json_is_walked_in_silence(tmp_path: Path) -> None:
    (tmp_path / "biome.jsonc").write_text('{\n  // formatter\n  "formatter": {"enabled": true,},\n}\n', encoding="utf-8")
    (tmp_path / "tsconfig.jsonc").write_text('{\n  /* strict */ "compilerOptions": {"strict": true, "target": "es2022"}\n}\n',
                                             encoding="utf-8")
    (tmp_path / "appsettings.json.example").write_text('{"Logging": {"LogLevel": {"Default": "Information"}},\n'
                                                       ' "ConnectionStrings": {"Main": "Server=.;Database=app"}}\n',
                                                       encoding="utf-8")
    (tmp_path / "devcontainer.json").write_text('{\n  // the image\n  "name": "app", "image": "python:3.12",\n}\n',
                                                encoding="utf-8")
    (tmp_path / ".vscode").mkdir()
    (tmp_path / ".vscode" / "settings.json").write_text('{\n  // editor\n  "editor.tabSize": 2,\n}\n', encoding="utf-8")
    assert sorted(Path(path).name for path in walk(str(tmp_path))) == [
        "appsettings.json.example", "biome.jsonc", "devcontainer.json", "tsconfig.jsonc"]  # reached: each is walked
    assert diagnostics("--no-cache", str(tmp_path)) == []


def test_only_a_json_copy_is_walked_by_its_copy_suffix() -> None:
    assert is_walked("launch.json.example") and is_walked("launch.jsonc")
    assert not is_walked("nginx.conf.example") and not is_walked("notes.sample") and not is_walked("x.jsonc.bak")
