"""Each file is checked under the nearest config at or above it, inside the project root (as ruff does it).

A monorepo's subprojects each hold a `.flowlint.toml` (their [flows] mapping, severities, contract store); checked from
the top, from a subproject, or file by file as pre-commit names them, a file gets the same findings. `--config FILE` is
one config for every file. A subproject config that cannot be read is FL902 at it (exit 2), its files unchecked, never
checked under the config above. A config is read once per run, and a directory asked once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.project import config as config_module
from validator.project.config import load_config
from validator.run import runner

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
#: One launch, in both subprojects: `extra` is FL102 (off in billing); `Flow.attempt` "2" is FL204 under billing's
#: Architect YAML (an Integer) and FL202 under support's snapshot (which declares only Flow.note, required: FL201).
LAUNCH = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.attempt": "2"}}, "extra": 1}}\n'
SNAPSHOT = {"flowId": FLOW, "flowName": "Callback survey", "flowType": "WORKFLOW",
            "inputSchema": {"type": "object", "properties": {"Flow.note": {"type": "string"}}, "required": ["Flow.note"]}}
#: What each subproject's launch gets under its own config.
BILLING = {"FL204"}
SUPPORT = {"FL102", "FL201", "FL202"}


def monorepo(root: Path) -> Path:
    """Two subprojects with their own configs below a root config that maps nothing and turns nothing off."""
    (root / ".flowlint.toml").write_text('[severity]\nFL207 = "warning"\n')
    billing = root / "services" / "billing"
    (billing / "flows").mkdir(parents=True)
    (billing / "flows" / "survey.yaml").write_text(FLOW_YAML)
    (billing / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n\n[severity]\nFL102 = "off"\n')
    (billing / "launch.json").write_text(LAUNCH)
    support = root / "services" / "support"
    (support / "snapshots").mkdir(parents=True)
    (support / "snapshots" / f"{FLOW}.json").write_text(json.dumps(SNAPSHOT))
    (support / ".flowlint.toml").write_text('contracts = "snapshots"\n')
    (support / "launch.json").write_text(LAUNCH)
    return root


def codes_by_file(*args: str) -> tuple[int, dict[str, set[str]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    found: dict[str, set[str]] = {}
    for diagnostic in json.loads(result.stdout)["diagnostics"]:
        found.setdefault(diagnostic["file"], set()).add(diagnostic["code"])
    return result.exit_code, found


def test_each_file_is_checked_under_its_nearest_config_from_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    code, found = codes_by_file(".")
    assert code == 1
    assert found == {"services/billing/launch.json": BILLING, "services/support/launch.json": SUPPORT}
    named = ("services/billing/launch.json", "services/support/launch.json")
    assert codes_by_file(*named)[1] == found  # named files, as a script names them
    assert codes_by_file("--force-exclude", *named)[1] == found  # and as pre-commit does
    monkeypatch.chdir(root / "services" / "billing")
    assert codes_by_file(".")[1] == {"launch.json": BILLING}
    monkeypatch.chdir(root / "services" / "support")
    assert codes_by_file()[1] == {"launch.json": SUPPORT}
    result = flowlint("check", "--no-cache", ".")
    assert "is not read" not in result.stderr  # nothing left unread, nothing to warn of


def test_text_sarif_fix_and_diff_agree_on_each_file_s_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    text = flowlint("check", "--no-cache", ".").stdout
    assert "services/billing/launch.json:1:82: FL204" in text and "services/billing/launch.json:1:88: FL102" not in text
    sarif = json.loads(flowlint("check", "--no-cache", "--format", "sarif", ".").stdout)
    located = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in sarif["runs"][0]["results"]}
    assert ("FL204", "services/billing/launch.json") in located and ("FL102", "services/support/launch.json") in located
    assert ("FL102", "services/billing/launch.json") not in located
    diff = flowlint("check", "--no-cache", "--diff", ".")
    assert '+{"flowId": "7d2c9a41-3e8b-4f60-a1d5-9c4e2b7f8a13", "inputData": {"Flow.attempt": 2}, "extra": 1}' in diff.stdout
    assert (root / "services" / "billing" / "launch.json").read_text() == LAUNCH  # a diff writes nothing
    fixed = flowlint("check", "--no-cache", "--fix", ".")
    # The YAML's Integer is billing's alone: support's launch keeps its "2" (its snapshot declares no Flow.attempt).
    assert json.loads((root / "services" / "billing" / "launch.json").read_text())["inputData"] == {"Flow.attempt": 2}
    assert json.loads((root / "services" / "support" / "launch.json").read_text())["inputData"] == {"Flow.attempt": "2"}
    assert "services/support/launch.json" in fixed.stdout and fixed.exit_code == 1


def test_a_config_named_on_the_command_line_is_the_one_for_every_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    _, found = codes_by_file("--config", "services/billing/.flowlint.toml", ".")
    # billing's settings for both launches (its flow YAML's Integer, FL102 off), none of support's (its snapshot)
    assert found == {"services/billing/launch.json": BILLING, "services/support/launch.json": BILLING}
    _, found = codes_by_file("--config", ".flowlint.toml", ".")  # the root's: no mapping, no store of support's
    assert found["services/billing/launch.json"] == {"FL102", "FL200"}


def test_a_broken_subproject_config_is_fl902_its_files_unchecked_and_the_rest_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    (root / "services" / "support" / ".flowlint.toml").write_text('contracts = "snapshots"\n[severity]\nFL102 = "of\n')
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", ".")
    assert result.exit_code == 2  # as the config in use when it cannot be read: a usage error
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert {(d["file"], d["code"]) for d in diagnostics} == {("services/billing/launch.json", "FL204"),
                                                             ("services/support/.flowlint.toml", "FL902")}
    broken = next(d for d in diagnostics if d["code"] == "FL902")
    assert (broken["line"], broken["column"]) == (3, 12)  # where TOML says it broke
    assert "invalid TOML" in broken["message"] and "the 2 files below it were not checked" in broken["message"]
    text = flowlint("check", "--no-cache", ".")
    assert "services/support/.flowlint.toml:3:12: FL902 error" in text.stdout and text.exit_code == 2
    assert flowlint("check", "--no-cache", "--select", "FL204", ".").exit_code == 2  # never turned off
    diff = flowlint("check", "--no-cache", "--diff", ".")
    assert diff.exit_code == 2 and '+{"flowId"' in diff.stdout  # billing's fix shown; the broken config said, exit 2
    assert "flowlint: services/support/.flowlint.toml:3:12: FL902 this config cannot be read" in diff.stderr
    assert (root / "services" / "billing" / "launch.json").read_text() == LAUNCH
    fix = flowlint("check", "--no-cache", "--fix", ".")
    assert fix.exit_code == 2 and "FL902" in fix.stdout
    assert (root / "services" / "support" / "launch.json").read_text() == LAUNCH  # never fixed under another config
    assert json.loads((root / "services" / "billing" / "launch.json").read_text())["inputData"] == {"Flow.attempt": 2}
    (root / "services" / "support" / ".flowlint.toml").write_text('[severity]\nFL102 = "loud"\n')  # a bad value
    _, found = codes_by_file(".")
    assert found["services/support/.flowlint.toml"] == {"FL902"} and "services/support/launch.json" not in found


def test_a_broken_config_of_the_current_directory_is_still_a_usage_error(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    (root / "services" / "support" / ".flowlint.toml").write_text("x = [\n")
    monkeypatch.chdir(root / "services" / "support")
    result = flowlint("check", "--no-cache", ".")
    assert result.exit_code == 2 and "invalid TOML" in result.stderr and "FL" not in result.stdout


def test_with_no_git_work_tree_the_project_is_the_config_in_use_s_directory(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    monkeypatch.chdir(root / "services" / "billing")
    _, found = codes_by_file("../support/launch.json")
    assert found == {"../support/launch.json": BILLING}  # out of the project (billing): checked under its config
    warning = " ".join(flowlint("check", "--no-cache", "../support/launch.json").stderr.split())
    assert "../support/.flowlint.toml is not read, so the 1 file below it was checked without its settings" in warning


def test_a_config_out_of_the_project_is_never_read_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / ".flowlint.toml").write_text("")
    (project / ".git").mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / ".flowlint.toml").write_text('[severity]\nFL102 = "off"\n')
    (other / "launch.json").write_text(LAUNCH)
    monkeypatch.chdir(project)
    _, found = codes_by_file("../other/launch.json")
    assert found == {"../other/launch.json": {"FL102", "FL200"}}  # not its config: it is out of the project
    warning = " ".join(flowlint("check", "--no-cache", "../other/launch.json").stderr.split())
    assert "../other/.flowlint.toml is not read, so the 1 file below it was checked without its settings" in warning
    assert "run flowlint in" in warning and "--config" in warning


def test_the_project_root_is_the_git_work_tree_so_a_sibling_subproject_s_config_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    (root / ".flowlint.toml").unlink()
    (root / ".git").mkdir()
    monkeypatch.chdir(root / "services" / "billing")  # its config is the one in use; support's is in the work tree
    _, found = codes_by_file("../support/launch.json")
    assert found == {"../support/launch.json": SUPPORT}
    from validator.project.tree import ProjectConfigs

    assert ProjectConfigs(load_config(root / "services" / "billing" / ".flowlint.toml")).root == root


def test_a_pyproject_without_the_table_is_no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    (root / "services" / "billing" / "pyproject.toml").write_text('[tool.ruff]\nline-length = 100\n')
    (root / "services" / "billing" / ".flowlint.toml").unlink()
    monkeypatch.chdir(root)
    assert codes_by_file(".")[1]["services/billing/launch.json"] == {"FL102", "FL200"}  # the root's, as before
    (root / "services" / "billing" / "pyproject.toml").write_text(
        f'[tool.flowlint.flows]\n"{FLOW}" = "flows/survey.yaml"\n[tool.flowlint.severity]\nFL102 = "off"\n')
    assert codes_by_file(".")[1]["services/billing/launch.json"] == BILLING


def test_exclude_and_include_are_each_config_s_relative_to_its_directory(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    support = root / "services" / "support"
    (support / "drafts").mkdir()
    (support / "drafts" / "launch.json").write_text(LAUNCH)
    (support / "notes.json").write_text('{"id": 1}\n')  # no launch vocabulary: a payload only by declaration
    (root / "notes.json").write_text('{"id": 1}\n')
    (support / ".flowlint.toml").write_text('contracts = "snapshots"\nexclude = ["drafts/**"]\ninclude = ["*.json"]\n')
    (root / "drafts").mkdir()
    (root / "drafts" / "launch.json").write_text(LAUNCH)
    monkeypatch.chdir(root)
    _, found = codes_by_file(".")
    assert "services/support/drafts/launch.json" not in found  # support's exclude, from its directory
    assert "drafts/launch.json" in found  # the same glob does not reach the root's files
    assert "FL103" in found["services/support/notes.json"]  # declared a payload by support's include
    assert "notes.json" not in found  # the root's is not: support's `*.json` is from support's directory


def test_a_strict_subproject_fails_on_its_own_warnings_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    (root / "services" / "billing" / "launch.json").write_text(f'{{"flowId": "{FLOW}", "inputData": {{"flow.attempt": 2}}}}\n')
    (root / "services" / "support" / "launch.json").write_text(f'{{"flowId": "{FLOW}", "inputData": {{"flow.note": "x"}}}}\n')
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", ".")
    assert result.exit_code == 0 and "0 errors, 2 warnings" in result.stdout  # FL211 in each, nobody strict
    (root / "services" / "support" / ".flowlint.toml").write_text('contracts = "snapshots"\nstrict = true\n')
    assert flowlint("check", "--no-cache", ".").exit_code == 1
    assert flowlint("check", "--no-cache", "services/billing").exit_code == 0


def test_changing_a_subproject_s_config_checks_exactly_its_files_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        cache_on: Path) -> None:
    root = monorepo(tmp_path)
    for name in ("billing", "support"):
        for n in range(3):
            (root / "services" / name / f"more{n}.json").write_text(LAUNCH)
    monkeypatch.chdir(root)
    real = runner._Checker.load_data

    def checked() -> tuple[set[str], str]:
        seen: set[str] = set()

        def spy(self: runner._Checker, path: str, data: Any, **kwargs: Any) -> Any:
            seen.add(path)
            return real(self, path, data, **kwargs)

        monkeypatch.setattr(runner._Checker, "load_data", spy)
        try:
            return seen, flowlint("check", ".").stdout
        finally:
            monkeypatch.setattr(runner._Checker, "load_data", real)

    cold, first = checked()
    assert len(cold) == 10 and "FL204" in first  # the launches, the flow YAML and the snapshot
    warm, again = checked()
    assert warm == set() and again == first
    (root / "services" / "billing" / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n')
    changed, after = checked()
    assert changed == {*(f"services/billing/{name}.json" for name in ("launch", "more0", "more1", "more2")),
                       "services/billing/flows/survey.yaml"}  # billing's files, and only those
    assert "services/billing/launch.json:1:88: FL102" in after  # its FL102 no longer off
    assert checked()[0] == set()


def test_workers_check_each_file_under_its_own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.run import workers

    root = monorepo(tmp_path)
    for name in ("billing", "support"):
        for n in range(runner.PARALLEL_MIN_FILES // 2 + 10):
            (root / "services" / name / f"b{n:04d}.json").write_text(LAUNCH)
    forks: list[int] = []
    real_fork = workers._fork_worker

    def fork(*args: Any) -> Any:
        forks.append(1)
        return real_fork(*args)

    monkeypatch.setattr(workers, "_fork_worker", fork)
    monkeypatch.chdir(root)
    reports = [codes_by_file("-j", str(jobs), ".") for jobs in (1, 2)]
    assert forks  # reached: the -j 2 run forked
    assert reports[0] == reports[1]
    found = reports[1][1]
    assert all(codes == (BILLING if "/billing/" in name else SUPPORT) for name, codes in found.items())
    assert len(found) == 2 * (runner.PARALLEL_MIN_FILES // 2 + 11)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every TOML text parsed from here on (none remembered from before)."""
    toml = config_module._toml()  # (tomllib, or tomli before Python 3.11)
    parsed: list[str] = []
    real = toml.loads

    def loads(text: str, **kwargs: Any) -> Any:
        parsed.append(text)
        return real(text, **kwargs)

    config_module._parsed.cache_clear()
    monkeypatch.setattr(toml, "loads", loads)
    return parsed


def test_a_config_is_parsed_once_and_each_directory_asked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 10,000-file tree asks the disk about its configs per directory, not per file, and parses each config once."""
    root = monorepo(tmp_path)
    for name in ("billing", "support"):
        for folder in range(10):
            directory = root / "services" / name / f"d{folder}"
            directory.mkdir()
            for n in range(500):
                (directory / f"f{n}.js").write_text("// nothing to launch\n")
    parsed = _count_parses(monkeypatch)
    asked: list[Path] = []
    real_in = config_module.config_in

    def config_in(folder: Path) -> Any:
        asked.append(folder)
        return real_in(folder)

    monkeypatch.setattr("validator.project.tree.config_in", config_in)
    monkeypatch.chdir(root)
    _, found = codes_by_file(".")
    assert found == {"services/billing/launch.json": BILLING, "services/support/launch.json": SUPPORT}  # reached
    assert len(parsed) <= 3  # the root's, billing's, support's: each once (a text parsed once, whoever asks)
    assert len(asked) == len(set(asked)) <= 5  # only the directories whose listing holds a config's name
    config_module._parsed.cache_clear()


def test_a_pyproject_with_the_table_is_parsed_once_per_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "flowlint-demo"\n\n[tool.flowlint]\nstrict = true\n')
    (tmp_path / "launch.json").write_text(LAUNCH)
    parsed = _count_parses(monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert "FL102" in flowlint("check", "--no-cache", "launch.json").stdout
    assert len(parsed) == 1  # found (has it the table?) and loaded: one parse
    flowlint("check", "--no-cache", "launch.json")
    assert len(parsed) == 1  # the same text in the same process: not parsed again
    config_module._parsed.cache_clear()


def test_a_config_file_too_big_is_refused_unread_and_a_fifo_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    support = root / "services" / "support"
    (support / ".flowlint.toml").write_text("# " + "x" * config_module.MAX_CONFIG_BYTES + "\n")
    monkeypatch.chdir(root)
    _, found = codes_by_file(".")
    assert found["services/support/.flowlint.toml"] == {"FL902"} and "services/support/launch.json" not in found
    (support / ".flowlint.toml").unlink()
    os.mkfifo(support / ".flowlint.toml")  # no config (not a file): never opened, the run never blocks on it
    _, found = codes_by_file(".")
    assert found["services/support/launch.json"] == {"FL102", "FL200"}


def test_the_editor_checks_each_file_as_the_command_line_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.run.buffer import check_buffer

    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    _, found = codes_by_file(".")
    for name in ("billing", "support"):
        path = root / "services" / name / "launch.json"
        editor = {d.code for d in check_buffer(str(path), path.read_text()).diagnostics}
        assert editor == found[f"services/{name}/launch.json"] == (BILLING if name == "billing" else SUPPORT)


def extending(root: Path) -> Path:
    """A root config the billing subproject extends: its flow YAML, FL102 off, and a per-path table for billing's legacy
    directory written from the root."""
    (root / "flows").mkdir()
    (root / "flows" / "survey.yaml").write_text(FLOW_YAML)
    (root / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n[severity]\nFL102 = "off"\n'
                                         '[per-file-severity."services/billing/legacy/**"]\nFL204 = "info"\n')
    billing = root / "services" / "billing"
    (billing / "legacy").mkdir(parents=True)
    (billing / ".flowlint.toml").write_text('extend = "../../.flowlint.toml"\n')
    (billing / "launch.json").write_text(LAUNCH)
    (billing / "legacy" / "launch.json").write_text(LAUNCH)
    support = root / "services" / "support"
    support.mkdir()
    (support / ".flowlint.toml").write_text("strict = false\n")  # extends nothing: the root's settings are not its
    (support / "launch.json").write_text(LAUNCH)
    return root


def test_extend_takes_what_a_config_does_not_set_each_path_relative_to_its_writer(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    root = extending(tmp_path)
    monkeypatch.chdir(root)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", ".").stdout)["diagnostics"]
    by_file = {(d["file"], d["code"], d["severity"]) for d in found}
    assert ("services/billing/launch.json", "FL204", "error") in by_file  # the root's flow YAML, found from the root
    assert ("services/billing/legacy/launch.json", "FL204", "info") in by_file  # the root's glob, from the root
    assert not any(d["file"].startswith("services/billing/") and d["code"] == "FL102" for d in found)  # the root's off
    assert {code for file, code, _ in by_file if file == "services/support/launch.json"} == {"FL102", "FL200"}
    monkeypatch.chdir(root / "services" / "billing")  # no git: its extend chain widens the project to the root
    assert codes_by_file(".")[1] == {"launch.json": {"FL204"}, "legacy/launch.json": {"FL204"}}
    (root / "services" / "billing" / ".flowlint.toml").write_text('extend = "../../.flowlint.toml"\n[severity]\nFL102 = "warning"\n')
    monkeypatch.chdir(root)
    _, files = codes_by_file(".")
    assert files["services/billing/launch.json"] == {"FL102", "FL204"}  # its own table wins, the rest still the root's
    (root / ".flowlint.toml").write_text(f'include = ["services/billing/legacy/*.json"]\n[flows]\n"{FLOW}" = "flows/survey.yaml"\n')
    (root / "services" / "billing" / "legacy" / "notes.json").write_text('{"id": 1}\n')
    (root / "services" / "billing" / "notes.json").write_text('{"id": 1}\n')
    _, files = codes_by_file("services")
    assert "FL103" in files["services/billing/legacy/notes.json"]  # the root's include, inherited, from the root
    assert "services/billing/notes.json" not in files


def test_an_extend_that_cannot_be_followed_is_fl902_at_the_extending_config(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root = extending(tmp_path)
    (root / ".git").mkdir()
    billing = root / "services" / "billing" / ".flowlint.toml"
    monkeypatch.chdir(root)
    for value, said in (("../../nope.toml", "is no file"), ("../../../elsewhere.toml", "out of the project"),
                        ("../support/.flowlint.toml", "extends itself")):
        (tmp_path.parent / "elsewhere.toml").write_text("")
        billing.write_text(f'extend = "{value}"\n')
        if "itself" in said:
            (root / "services" / "support" / ".flowlint.toml").write_text('extend = "../billing/.flowlint.toml"\n')
        result = flowlint("check", "--no-cache", "--format", "json", ".")
        assert result.exit_code == 2
        broken = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL902"]
        assert broken and broken[0]["file"] == "services/billing/.flowlint.toml" and said in broken[0]["message"], value


def test_changing_an_extended_config_checks_the_extending_subproject_s_files_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    root = extending(tmp_path)
    monkeypatch.chdir(root)
    assert "FL204" in flowlint("check", ".").stdout
    assert "services/billing/launch.json:1:88: FL102" not in flowlint("check", ".").stdout  # warm, the root's FL102 off
    (root / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n')
    assert "services/billing/launch.json:1:88: FL102" in flowlint("check", ".").stdout  # never the stale result


def test_stdin_is_checked_under_the_config_of_the_name_it_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "--stdin-filename", "services/billing/new.json", "-",
                      input=LAUNCH)
    assert {d["code"] for d in json.loads(result.stdout)["diagnostics"]} == BILLING
    result = flowlint("check", "--no-cache", "--format", "json", "--stdin-filename", "services/support/new.json", "-",
                      input=LAUNCH)
    assert {d["code"] for d in json.loads(result.stdout)["diagnostics"]} == SUPPORT
    (root / "services" / "support" / ".flowlint.toml").write_text("strict = 1\n")
    result = flowlint("check", "--no-cache", "--format", "json", "--stdin-filename", "services/support/new.json", "-",
                      input=LAUNCH)
    assert result.exit_code == 2 and [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL902"]


def test_the_readme_s_first_command_reads_the_example_project_s_own_config(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    result = flowlint("check", "--no-cache", "fixtures/")
    assert result.exit_code == 1 and "is not read" not in result.stderr
    # fixtures/cx-as-code/.flowlint.toml maps the callback survey to its Architect YAML, which declares an Integer
    assert "fixtures/cx-as-code/scripts/launch_callback.py:20:29: FL204 error" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "is not read from here" not in readme and "checked under its own `.flowlint.toml`" in readme


def test_a_file_named_through_a_link_to_the_project_gets_its_subproject_s_config(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real").mkdir()
    root = monorepo(tmp_path / "real")
    (tmp_path / "link").symlink_to(root)
    monkeypatch.chdir(root)
    named = str(tmp_path / "link" / "services" / "billing" / "launch.json")
    result = flowlint("check", "--no-cache", "--format", "json", named)
    assert {d["code"] for d in json.loads(result.stdout)["diagnostics"]} == BILLING and "is not read" not in result.stderr


def test_the_library_s_project_contracts_are_each_subproject_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator

    root = monorepo(tmp_path)
    monkeypatch.chdir(root)
    body = json.loads(LAUNCH)
    billing = validator.project_contracts(start=root / "services" / "billing")
    support = validator.project_contracts(start=root / "services" / "support")
    assert "FL204" in {d.code for d in validator.check(body, contracts=billing).diagnostics}  # its flow YAML
    assert {"FL201", "FL202"} <= {d.code for d in validator.check(body, contracts=support).diagnostics}  # its store


_DIRECTORIES = st.lists(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=3).map("/".join), max_size=8)


@given(_DIRECTORIES, st.data())
@settings(max_examples=40)
def test_each_file_s_config_is_the_nearest_at_or_above_it_in_the_root(directories: list[str], data: st.DataObject) -> None:
    """Walked or named, any layout: a file's config is the first directory from its own up to the root holding one."""
    import tempfile

    from validator.project.files import expand

    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        (root / ".git").mkdir()
        folders = sorted({"", *directories, *(d.rsplit("/", 1)[0] for d in directories if "/" in d)})
        configured = data.draw(st.sets(st.sampled_from(folders)))
        for folder in folders:
            (root / folder).mkdir(parents=True, exist_ok=True)
            (root / folder / "f.json").write_text("{}")
            if folder in configured:
                name = data.draw(st.sampled_from([".flowlint.toml", "flowlint.toml", "pyproject.toml"]))
                text = f'[tool.flowlint]\nregion = "{folder or "top"}"\n' if name == "pyproject.toml" else \
                    f'region = "{folder or "top"}"\n'
                (root / folder / name).write_text(text)

        def nearest(folder: str) -> str | None:
            while True:
                if folder in configured:
                    return folder or "top"
                if not folder:
                    return None
                folder = folder.rsplit("/", 1)[0] if "/" in folder else ""

        anchor_path = config_module.find_config(root)
        anchor = load_config(anchor_path)
        for walked in (True, False):
            from validator.project.tree import ProjectConfigs

            configs = ProjectConfigs(anchor, start=root)
            names = list(expand([str(root)], exclude=configs.excluder)) if walked else \
                [str(root / folder / "f.json") for folder in folders]
            assert len(names) == len(folders)  # reached: every file
            for name in names:
                config = configs.of(name)
                assert not isinstance(config, Exception)
                folder = os.path.relpath(os.path.dirname(name), root).replace(os.sep, "/")
                assert config.region == nearest("" if folder == "." else folder), (name, walked)


def test_an_extend_out_of_the_work_tree_is_refused_from_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.run.buffer import check_buffer

    (tmp_path / "repo").mkdir()
    root = extending(tmp_path / "repo")
    (root / ".git").mkdir()
    (tmp_path / "shared.toml").write_text('[severity]\nFL102 = "off"\n')
    billing = root / "services" / "billing"
    (billing / ".flowlint.toml").write_text('extend = "../../../shared.toml"\n')
    monkeypatch.chdir(root)
    assert flowlint("check", "--no-cache", ".").exit_code == 2  # FL902 at billing's config
    monkeypatch.chdir(billing)
    inside = flowlint("check", "--no-cache", ".")
    assert inside.exit_code == 2 and "out of the project" in inside.stderr  # the config in use: a usage error
    assert check_buffer(str(billing / "launch.json"), LAUNCH).problem is not None  # the editor reads it as the CLI does


def test_a_config_in_a_directory_linked_out_of_the_project_is_never_read(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A repository may plant `services/ext -> /somewhere/else` and a config there: its target is out of the checked
    tree, so the config is not read, its directory never becomes a root files may be read in, and --fix writes nothing
    there (FL007, as without the config)."""
    outside = tmp_path / "outside"
    (outside / "flows").mkdir(parents=True)
    (outside / "flows" / "survey.yaml").write_text(FLOW_YAML)
    (outside / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/survey.yaml"\n[severity]\nFL204 = "off"\n')
    body = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"customerName": "x"}}\n'
    (outside / "s2.json").write_text(body)
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "services").mkdir()
    (repo / "services" / "ext").symlink_to(outside)
    monkeypatch.chdir(repo)
    result = flowlint("check", "--no-cache", "--fix", "services/ext/s2.json")
    assert "FL007" in result.stdout and result.exit_code == 1  # reached: the link out is said, never followed
    assert (outside / "s2.json").read_text() == body  # nothing written out of the tree
    (outside / ".flowlint.toml").write_text("[severity\n")  # nor read: no FL902 for a config out of the tree
    assert "FL902" not in flowlint("check", "--no-cache", "services/ext/s2.json").stdout


def test_a_subproject_config_naming_no_store_uses_the_nearest_store_above_it(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The repository's committed store at its root is not lost by a subproject config that only sets a severity
    (review2 A4): a config naming no `contracts` takes .flowlint/flows in its directory, else the nearest above it in
    the git work tree; from the top, from the subproject and in the editor alike."""
    from validator.run.buffer import check_buffer

    (tmp_path / ".git").mkdir()
    store = tmp_path / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{FLOW}.json").write_text(json.dumps(SNAPSHOT))
    billing = tmp_path / "services" / "billing"
    billing.mkdir(parents=True)
    (billing / ".flowlint.toml").write_text('[severity]\nFL102 = "off"\n')
    (billing / "launch.json").write_text(LAUNCH)
    monkeypatch.chdir(tmp_path)
    assert codes_by_file(".")[1] == {"services/billing/launch.json": {"FL201", "FL202"}}  # the root's store, FL102 off
    monkeypatch.chdir(billing)
    assert codes_by_file(".")[1] == {"launch.json": {"FL201", "FL202"}}
    assert {d.code for d in check_buffer(str(billing / "launch.json"), LAUNCH).diagnostics} == {"FL201", "FL202"}
    (billing / ".flowlint" / "flows").mkdir(parents=True)  # a store of its own: the nearer one, even empty
    assert codes_by_file(".")[1] == {"launch.json": {"FL200"}}
