"""Project configuration in pyproject.toml or .flowlint.toml."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID2, codes, flowlint

GOOD = json.dumps({"flowId": UUID2})
BAD = json.dumps({"flowId": UUID2, "type": "flow"})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "payloads" / "nested").mkdir(parents=True)
    (tmp_path / "payloads" / "good.json").write_text(GOOD)
    (tmp_path / "payloads" / "nested" / "bad.json").write_text(BAD)
    (tmp_path / "payloads" / "draft.json").write_text("{broken")
    (tmp_path / "package.json").write_text('{"name": "not a payload"}')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, notes: bool = False) -> tuple[int, list[dict[str, Any]]]:
    """Exit code and diagnostics; FL200 notes (no contract for the flow) left out unless asked for."""
    result = flowlint("check", "--format", "json", *args)
    found = json.loads(result.stdout)["diagnostics"] if result.stdout.startswith("{") else []
    return result.exit_code, [d for d in found if notes or d["code"] != "FL200"]


def test_include_and_exclude_pick_the_payloads(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.flowlint]\ninclude = ["payloads/**/*.json"]\nexclude = ["payloads/draft.json"]\n')
    code, found = run()
    assert code == 1 and [(d["file"], d["code"]) for d in found] == [("payloads/nested/bad.json", "FL101")]


def test_force_exclude_filters_named_files_for_pre_commit(project: Path) -> None:
    (project / ".flowlint.toml").write_text('include = ["payloads/**"]\nexclude = ["payloads/draft.json"]\n')
    code, found = run("--force-exclude", "package.json", "payloads/draft.json", "payloads/good.json")
    assert code == 0 and found == []
    code, found = run("package.json")  # named without --force-exclude: checked (npm's: its scripts read)
    assert code == 0 and [d["code"] for d in found] == ["FL012"]


def test_severity_changes_and_per_path_ignores(project: Path) -> None:
    (project / ".flowlint.toml").write_text(
        'include = ["payloads/**/*.json"]\nexclude = ["payloads/draft.json"]\n'
        '[severity]\nFL101 = "warning"\n'
        '[per-file-severity."payloads/nested/**"]\nwrong-envelope = "off"\n')
    code, found = run()
    assert code == 0 and found == []
    (project / ".flowlint.toml").write_text('[severity]\nFL101 = "warning"\nstrict = true\n')
    code, _ = run("payloads/nested/bad.json")
    assert code == 2  # `strict` inside [severity] is not a rule: a usage error


def test_warning_severity_and_strict(project: Path) -> None:
    (project / ".flowlint.toml").write_text('strict = true\n[severity]\nFL101 = "warning"\n')
    code, found = run("payloads/nested/bad.json")
    assert code == 1 and found[0]["severity"] == "warning"


def test_contract_store_path_is_relative_to_the_config(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = project / "contracts"
    store.mkdir()
    (store / f"{UUID2}.json").write_text(json.dumps({"inputSchema": {"properties": {"Flow.a": {"type": "string"}}}}))
    (project / "payloads" / "inputs.json").write_text(json.dumps({"flowId": UUID2, "inputData": {"Flow.b": 1}}))
    (project / ".flowlint.toml").write_text('contracts = "contracts"\n')
    monkeypatch.chdir(project / "payloads")
    code, found = run("inputs.json")
    assert code == 1 and codes(found) == ["FL202"]
    code, found = run("--contracts", str(project / "nowhere"), "inputs.json", notes=True)  # the command line wins
    assert codes(found) == ["FL200"]


def test_limits_from_config(project: Path) -> None:
    (project / ".flowlint.toml").write_text("max-file-size = 5\n")
    code, found = run("payloads/good.json")
    assert code == 1
    assert codes(found) == ["FL005"]


def test_limits_on_the_command_line_win_over_the_configs(project: Path) -> None:
    (project / ".flowlint.toml").write_text("max-file-size = 5\n")
    assert codes(run("payloads/good.json")[1]) == ["FL005"]  # reached: the config's bound
    assert run("--max-file-size", "100000", "payloads/good.json") == (0, [])


def test_a_subprojects_limits_bound_its_files_checked_from_the_top(project: Path) -> None:
    (project / ".flowlint.toml").write_text("")
    (project / "payloads" / ".flowlint.toml").write_text("max-file-size = 5\n")
    code, found = run("payloads/good.json", "package.json")
    assert code == 1 and sorted((d["file"], d["code"]) for d in found) == [("package.json", "FL012"),
                                                                           ("payloads/good.json", "FL005")]


@pytest.mark.parametrize("config", [".flowlint.toml", "payloads/.flowlint.toml"])
def test_a_rule_turned_off_on_the_command_line_stays_off_where_a_path_sets_its_severity(project: Path,
                                                                                        config: str) -> None:
    (project / ".flowlint.toml").write_text("")
    (project / config).write_text('[per-file-severity."**/nested/**"]\nFL101 = "warning"\n')
    found = run("payloads/nested/bad.json")[1]
    assert [(d["code"], d["severity"]) for d in found] == [("FL101", "warning")]  # reached: the path's severity
    assert run("--ignore", "FL101", "payloads/nested/bad.json")[1] == []


@pytest.mark.parametrize(("text", "words"), [
    ("colour = true\n", "colour: unknown key"),
    ('include = "payloads"\n', "include: expected a list"),
    ("max-depth = 0\n", "max-depth: expected a whole number"),
    ('[severity]\nFL999 = "error"\n', "FL999: no such rule"),
    ('[severity]\nFL101 = "fatal"\n', "FL101: expected"),
    ('[severity]\nFL900 = "off"\n', "cannot be changed"),
    ("strict = 1\n", "strict: expected true or false"),
    ("not toml [", "invalid TOML"),
    ('[per-file-severity]\n"[b-a]*.json" = { FL101 = "warning" }\n', "is not a glob flowlint can read"),
    ('exclude = ["\\\\x"]\n', "starts with a backslash"),
])
def test_bad_config_is_a_usage_error_naming_the_key(project: Path, text: str, words: str) -> None:
    (project / ".flowlint.toml").write_text(text)
    result = flowlint("check", "payloads/good.json")
    assert result.exit_code == 2 and words in result.stderr and ".flowlint.toml" in result.stderr


@pytest.mark.parametrize(("text", "words"), [
    ('exclude = ["*.md", "[[:alpha:]]", "[z-a]"]\n', "exclude: '[[:alpha:]]' is not a glob flowlint can read"),
    ('exclude = ["[z-a]"]\n', "exclude: '[z-a]' is not a glob flowlint can read (bad character range z-a)"),
    ('include = ["payloads/*.json", "[[:alpha:]]"]\n', "include: '[[:alpha:]]' is not a glob flowlint can read"),
])
def test_a_glob_no_engine_can_compile_stops_a_walk_as_a_config_error(project: Path, text: str, words: str) -> None:
    """Include and exclude globs are compiled when a walk first matches them (a run naming its files never imports
    pathspec): the walk stops as a config error naming the key, exit 2."""
    (project / ".flowlint.toml").write_text(text)
    result = flowlint("check", ".") if text.startswith("exclude") else flowlint("check")
    assert result.exit_code == 2 and words in result.stderr and ".flowlint.toml" in result.stderr, result.output
    assert "Traceback" not in result.output and "Warning" not in result.stderr


def test_pyproject_without_the_table_is_ignored(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert run("payloads/good.json")[0] == 0


def test_a_broken_pyproject_holding_the_table_is_a_usage_error_not_skipped(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.flowlint]\nstrict = true\nexclude = ["payloads/nested"\n')
    result = flowlint("check", "payloads/nested/bad.json")
    assert result.exit_code == 2 and "pyproject.toml: invalid TOML" in result.stderr
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.black\n')  # another tool's broken table
    assert run("payloads/good.json")[0] == 0


def test_unknown_key_in_pyproject_names_the_table(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.flowlint]\nincludes = []\n")
    result = flowlint("check", "payloads/good.json")
    assert result.exit_code == 2 and "[tool.flowlint] includes: unknown key" in result.stderr


def test_no_paths_and_no_include_checks_the_working_directory(project: Path) -> None:
    code, found = run()
    # As a walk of `.` finds them: the files that name the launch vocabulary, never package.json (nor the draft).
    assert code == 1 and {d["file"] for d in found} == {"payloads/nested/bad.json"}


def test_a_walk_of_include_globs_without_exclude_asks_nothing_of_each_file(project: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Each directory's excluder is its config's: with no exclude globs, the walk's fast path (never_excluded), include
    globs or not; no file is asked."""
    from validator.project import config as config_module
    from validator.project.files import never_excluded

    asked: list[Any] = []
    real_walk = config_module.walk  # type: ignore[attr-defined]

    def walk(top: str, *, exclude: Any = never_excluded, unapplied: Any = None) -> Any:
        asked.append(exclude.in_directory(top, []))  # what the walk asks of the files of its top directory
        return real_walk(top, exclude=exclude, unapplied=unapplied)

    monkeypatch.setattr(config_module, "walk", walk)
    (project / ".flowlint.toml").write_text('include = ["payloads/**/*.json"]\n')
    code, found = run()
    assert code == 1 and [d["file"] for d in found] == ["payloads/draft.json", "payloads/nested/bad.json"]
    assert asked == [never_excluded]  # walked, with nothing to ask
    (project / ".flowlint.toml").write_text('include = ["payloads/**/*.json"]\nexclude = ["payloads/draft.json"]\n')
    code, found = run()
    assert [d["file"] for d in found] == ["payloads/nested/bad.json"] and len(asked) == 2 and asked[1] is not never_excluded
