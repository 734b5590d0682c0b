"""A config file a walk passes that is not the one in use is said, never silently left out.

flowlint reads one config, the nearest from the current directory upwards (docs/configuration.md); a subproject's own
`.flowlint.toml` (its [flows] mapping, severities, ignores) is not read from above it. The files below it are then
checked without it, as they would not be from its directory or in the editor (which takes each file's nearest config):
a warning names it, how many files it covered, and how to check them with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "7d2c9a41-3e8b-4f60-a1d5-9c4e2b7f8a13"
FLOW_YAML = """workflow:
  name: Callback survey
  description: test
  division: Home
  startUpRef: "/workflow/states/state[Initial State_10]"
  variables:
    - integerVariable:
        name: Flow.attempt
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
          - endWorkflow:
              name: End Workflow
"""
LAUNCH = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.attempt": "2"}}}}\n'


def subproject(root: Path, config: str = f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n') -> Path:
    sub = root / "services" / "survey"
    (sub / "flows").mkdir(parents=True)
    (sub / "flows" / "survey.yaml").write_text(FLOW_YAML)
    (sub / "payloads").mkdir()
    (sub / "payloads" / "launch.json").write_text(LAUNCH)
    (sub / ".flowlint.toml").write_text(config)
    return sub


def test_a_subproject_s_config_not_read_from_above_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = subproject(tmp_path)
    monkeypatch.chdir(sub)
    inside = flowlint("check", "--no-cache", ".")
    assert "FL204" in inside.stdout and "is not read" not in inside.stderr  # its config decides the input's type
    monkeypatch.chdir(tmp_path)
    above = flowlint("check", "--no-cache", ".")
    assert "FL204" not in above.stdout and "FL200" in above.stdout  # the launch was reached, without it
    warning = " ".join(above.stderr.split())
    assert "services/survey/.flowlint.toml is not read, so the 2 files below it were checked without its settings" \
           in warning  # the launch and the flow's YAML
    assert "none is above here" in warning and "run flowlint in services/survey" in warning
    assert "--config services/survey/.flowlint.toml" in warning


def test_no_warning_when_the_config_is_the_one_in_use_named_or_covers_nothing(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sub = subproject(tmp_path)
    monkeypatch.chdir(tmp_path)
    named = flowlint("check", "--no-cache", "--config", "services/survey/.flowlint.toml", ".")
    assert "FL204" in named.stdout and "is not read" not in named.stderr  # the user chose it: read, nothing to say
    monkeypatch.chdir(sub)
    in_use = flowlint("check", "--no-cache", ".")
    assert "FL204" in in_use.stdout and "is not read" not in in_use.stderr
    (sub / "payloads" / "launch.json").unlink()
    (sub / "flows" / "survey.yaml").unlink()
    (tmp_path / "top.json").write_text(LAUNCH)
    monkeypatch.chdir(tmp_path)
    empty = flowlint("check", "--no-cache", ".")
    assert "1 file checked" in empty.stdout and "is not read" not in empty.stderr  # nothing below it was checked


def test_a_pyproject_without_the_table_is_no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = subproject(tmp_path)
    (sub / ".flowlint.toml").unlink()
    (sub / "pyproject.toml").write_text('[tool.ruff]\nline-length = 100\n')
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", ".")
    assert "FL200" in result.stdout and "is not read" not in result.stderr
    (sub / "pyproject.toml").write_text(f'[tool.flowlint.flows]\n"{FLOW}" = "flows/survey.yaml"\n')
    assert "services/survey/pyproject.toml is not read" in " ".join(flowlint("check", "--no-cache", ".").stderr.split())


def test_many_unread_configs_are_counted_and_names_are_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in range(7):
        folder = tmp_path / f"p{index}\x1b[31m"
        folder.mkdir()
        (folder / ".flowlint.toml").write_text("strict = true\n")
        (folder / "launch.json").write_text(LAUNCH)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", ".")
    assert "7 files checked" in result.stdout
    assert result.stderr.count("is not read, so the 1 file below it was checked") == 5
    assert "2 more configs below here are not read" in result.stderr
    assert "\x1b" not in result.stderr


def test_files_named_below_a_subproject_s_config_are_said_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subproject(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.flowlint]\nstrict = true\n")
    monkeypatch.chdir(tmp_path)
    named = "services/survey/payloads/launch.json"  # as pre-commit names a changed file: no walk passes its directory
    result = flowlint("check", "--no-cache", "--force-exclude", named)
    assert "FL200" in result.stdout  # reached, without the subproject's [flows]
    warning = " ".join(result.stderr.split())
    assert "services/survey/.flowlint.toml is not read, so the 1 file below it was checked" in warning
    assert "it reads pyproject.toml" in warning
    (tmp_path / "top.json").write_text(LAUNCH)
    top = flowlint("check", "--no-cache", "top.json")  # a file of the project whose config is in use
    assert "FL200" in top.stdout and "is not read" not in top.stderr


def test_configs_covering_nothing_never_hide_one_that_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in range(6):  # configs whose directories hold no checked file, walked before the one that matters
        (tmp_path / f"a{index}").mkdir()
        (tmp_path / f"a{index}" / ".flowlint.toml").write_text("strict = true\n")
        (tmp_path / f"a{index}" / "notes.txt").write_text("nothing to check\n")
    subproject(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", ".")
    assert "FL200" in result.stdout
    assert result.stderr.count("is not read") == 1 and "services/survey/.flowlint.toml is not read" in result.stderr
    assert "more config" not in result.stderr


def test_one_config_reached_two_ways_is_said_once_and_its_advice_is_quoted(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    sub = tmp_path / "x; rm -rf y"
    sub.mkdir()
    (sub / ".flowlint.toml").write_text("strict = true\n")
    (sub / "l.json").write_text(LAUNCH)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", ".", "x; rm -rf y/l.json")
    assert "FL200" in result.stdout
    assert result.stderr.count("is not read") == 1
    assert "run flowlint in 'x; rm -rf y', or pass --config 'x; rm -rf y/.flowlint.toml'" in " ".join(result.stderr.split())


def test_a_run_of_the_include_globs_says_it_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subproject(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.flowlint]\ninclude = ["services/**/*.json"]\n')
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache")  # no path: the include globs
    assert "FL200" in result.stdout and "1 file checked" in result.stdout
    assert "services/survey/.flowlint.toml is not read, so the 1 file below it was checked" in " ".join(result.stderr.split())
