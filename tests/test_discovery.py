"""Which files a run covers: one glob matcher for discovery and filtering, skipped directories, .gitignore, paths outside."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from validator.project import files
from validator.project.globs import Globs

from conftest import UUID2, diagnostics, flowlint

GOOD = json.dumps({"flowId": UUID2})
BAD = json.dumps({"flowId": UUID2, "type": "flow"})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for relative, text in {
        "payloads/a.json": BAD, "payloads/b.json": BAD, "payloads/c.json": BAD, "payloads/deep/d.yaml": f"flowId: {UUID2}\ntype: x\n",
        "settings.json": '{"name": "not a payload"}',
        ".hidden/x.json": BAD, "node_modules/pkg/x.json": BAD, "venv/x.json": BAD, "env/pyvenv.cfg": "home = /usr\n",
        "env/x.json": BAD, "build/x.json": BAD, "dist/x.json": BAD, "__pycache__/x.json": BAD, "payloads/notes.txt": "x",
    }.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def checked(*args: str) -> tuple[int, list[str], str]:
    """Exit code, the files with findings (sorted, /-separated), and stderr."""
    result = flowlint("check", "--format", "json", *args)
    found = json.loads(result.stdout)["diagnostics"] if result.stdout.startswith("{") else []
    return result.exit_code, sorted({Path(d["file"]).as_posix() for d in found if d["code"] != "FL200"}), result.stderr


def config(project: Path, text: str) -> None:
    (project / ".flowlint.toml").write_text(text)


def test_include_dir_star_star_finds_the_files_below(project: Path) -> None:
    config(project, 'include = ["payloads/**"]\n')
    assert checked()[:2] == (1, ["payloads/a.json", "payloads/b.json", "payloads/c.json", "payloads/deep/d.yaml"])


@pytest.mark.parametrize(("pattern", "expected"), [
    ("./payloads/*.json", ["payloads/a.json", "payloads/b.json", "payloads/c.json"]),
    ("payloads/[ab].json", ["payloads/a.json", "payloads/b.json"]),
    ("payloads/[!c].json", ["payloads/a.json", "payloads/b.json"]),
    ("payloads/?.json", ["payloads/a.json", "payloads/b.json", "payloads/c.json"]),
])
def test_same_globs_for_discovery_and_force_exclude(project: Path, pattern: str, expected: list[str]) -> None:
    config(project, f'include = ["{pattern}"]\n')
    assert checked()[:2] == (1, expected)
    # pre-commit names every changed file; --force-exclude keeps what `include` names, with the same matcher
    named = ["settings.json", "payloads/a.json", "payloads/b.json", "payloads/c.json", "payloads/deep/d.yaml"]
    assert checked("--force-exclude", *named)[:2] == (1, expected)
    assert checked("--force-exclude", *[f"./{name}" for name in named])[:2] == (1, expected)


def test_star_star_does_not_walk_hidden_dependency_virtualenv_or_build_dirs(project: Path) -> None:
    config(project, 'include = ["**/*.json"]\n')
    code, found, _ = checked()
    assert code == 1
    assert found == ["payloads/a.json", "payloads/b.json", "payloads/c.json", "settings.json"]
    assert checked(".")[1] == sorted([*found, "payloads/deep/d.yaml"])  # a named directory is walked the same way


def test_a_named_skipped_directory_is_still_checked(project: Path) -> None:
    assert checked("node_modules")[1] == ["node_modules/pkg/x.json"]
    assert checked(".hidden/x.json")[1] == [".hidden/x.json"]


def test_gitignore_files_are_honoured_nested_and_negated(project: Path) -> None:
    (project / ".git").mkdir()
    (project / ".gitignore").write_text("payloads/c.json\n")
    (project / "payloads" / "deep" / ".gitignore").write_text("*.yaml\n")
    (project / "payloads" / "deep" / "keep.yaml").write_text(f"flowId: {UUID2}\ntype: x\n")
    (project / "payloads" / "deep" / ".gitignore").write_text("*.yaml\n!keep.yaml\n")
    assert checked("payloads")[1] == ["payloads/a.json", "payloads/b.json", "payloads/deep/keep.yaml"]
    config(project, 'include = ["payloads/**"]\n')
    assert checked()[1] == ["payloads/a.json", "payloads/b.json", "payloads/deep/keep.yaml"]
    (project / ".gitignore").write_text("payloads/\n")
    assert checked("payloads")[1] == ["payloads/a.json", "payloads/b.json", "payloads/c.json", "payloads/deep/keep.yaml"], \
        "a directory you name is checked even when git ignores it"


def test_the_walked_suffixes_live_in_one_set(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [Path(p).name for p in files.walk("payloads")] == ["a.json", "b.json", "c.json", "d.yaml"]
    monkeypatch.setattr(files, "WALKED_SUFFIXES", (*files.WALKED_SUFFIXES, ".txt"))
    assert "notes.txt" in [Path(p).name for p in files.walk("payloads")]


@pytest.mark.parametrize(("text", "words"), [
    ('include = ["../outside/*.json"]\n', "leaves the project"),
    ('include = ["/etc/*.json"]\n', "absolute path"),
    ('exclude = ["payloads/../../x"]\n', "leaves the project"),
    ('[per-file-severity."../x/*.json"]\nFL101 = "off"\n', "leaves the project"),
    ('contracts = "../flows"\n', "leaves the project"),
    ('contracts = "/etc"\n', "leaves the project"),
])
def test_config_paths_stay_inside_the_project(project: Path, text: str, words: str) -> None:
    (project.parent / "outside").mkdir(exist_ok=True)
    (project.parent / "outside" / "x.json").write_text(BAD)
    config(project, text)
    code, found, stderr = checked("payloads/a.json") if "include" not in text else checked()
    assert code == 2 and words in stderr and found == []


def test_a_pathological_glob_is_linear(project: Path) -> None:
    # A backtracking matcher takes hours on this; RE2 takes microseconds. Run apart, so a regression fails, not hangs.
    (project / ("a" * 200 + ".json")).write_text(GOOD)
    config(project, 'include = ["' + "**a" * 40 + 'b"]\n')
    script = "import sys; from validator.cli import main; sys.argv = ['flowlint', 'check']; main()"
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "matches no file" in result.stderr
    assert not Globs(["*a" * 40 + "b"]).matches("a" * 4000)


def test_a_named_directory_with_nothing_to_check_is_a_usage_error(project: Path) -> None:
    (project / "empty").mkdir()
    (project / "empty" / "notes.txt").write_text("x")
    result = flowlint("check", "empty")
    assert result.exit_code == 2 and "nothing to check in empty" in result.stderr and "--allow-no-files" in result.stderr
    assert flowlint("check", "--allow-no-files", "empty").exit_code == 0
    assert flowlint("check", "typo-dir").exit_code == 2


def test_an_include_that_matches_nothing_says_so(project: Path) -> None:
    config(project, 'include = ["payloads/a.json", "payload/*.json"]\n')
    code, found, stderr = checked()
    assert code == 1 and found == ["payloads/a.json"]
    assert "include 'payload/*.json'" in stderr and "matches no file" in stderr
    config(project, 'include = ["payload/*.json"]\n')
    assert checked()[0] == 2
    assert checked("--allow-no-files")[0] == 0


def test_double_star_slash_matches_at_any_depth(project: Path) -> None:
    config(project, '[per-file-severity."**/deep/*.yaml"]\nFL101 = "off"\n[per-file-severity."**/a.json"]\nFL101 = "off"\n')
    assert checked("payloads")[1] == ["payloads/b.json", "payloads/c.json"]


def test_per_file_severity_applies_to_stdin_with_a_filename(project: Path) -> None:
    config(project, '[per-file-severity."payloads/legacy/*.json"]\nFL101 = "off"\n')
    result = flowlint("check", "--format", "json", "--stdin-filename", "payloads/legacy/x.json", "-", input=BAD)
    assert result.exit_code == 0, result.stdout
    result = flowlint("check", "--format", "json", "--stdin-filename", "payloads/new/x.json", "-", input=BAD)
    assert result.exit_code == 1


def test_config_is_found_in_a_parent_directory(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config(project, 'include = ["payloads/a.json"]\n[severity]\nFL101 = "warning"\n')
    monkeypatch.chdir(project / "payloads" / "deep")
    result = flowlint("check", "--format", "json")
    document: dict[str, Any] = json.loads(result.stdout)
    assert result.exit_code == 0  # the parent's severity table made FL101 a warning
    assert [(Path(d["file"]).name, d["severity"]) for d in document["diagnostics"] if d["code"] == "FL101"] == [("a.json", "warning")]


def test_file_names_that_are_not_utf8_do_not_break_matching(project: Path) -> None:
    import os

    (project / ".git").mkdir()
    (project / ".gitignore").write_text("*.tmp\n")
    config(project, 'include = ["payloads/**"]\nexclude = ["payloads/x*"]\n[per-file-severity."payloads/*"]\nFL101 = "warning"\n')
    name = os.fsdecode(b"payloads/caf\xe9.json")
    with open(os.fsencode(project / "payloads") + b"/caf\xe9.json", "w") as handle:
        handle.write(BAD)
    result = flowlint("check", "--format", "json")
    assert result.exit_code == 0 and "Traceback" not in result.output  # FL101 is only a warning under payloads/
    # JSON output is strict JSON: the undecodable byte is written as \udce9 text, never a lone surrogate (issue 12).
    assert name.encode("utf-8", "backslashreplace").decode() in [d["file"] for d in json.loads(result.stdout)["diagnostics"]]
    assert flowlint("check", "--format", "json", "payloads").exit_code == 0


def test_a_gitignore_that_is_a_fifo_or_a_directory_is_skipped(project: Path) -> None:
    import os

    os.mkfifo(project / "payloads" / ".gitignore")
    (project / "payloads" / "deep" / ".gitignore").mkdir()
    script = "import sys; from validator.cli import main; sys.argv = ['flowlint', 'check', '--format', 'json', 'payloads']; main()"
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and len({d["file"] for d in json.loads(result.stdout)["diagnostics"]}) == 4


def test_a_glob_is_anchored_at_the_config_directory(project: Path) -> None:
    config(project, 'include = ["*.json"]\n')
    assert checked()[1] == ["settings.json"]  # not payloads/a.json: `**/*.json` is any depth
    config(project, 'include = ["payloads/*.json"]\nexclude = ["a.json"]\n')
    assert checked()[1] == ["payloads/a.json", "payloads/b.json", "payloads/c.json"]  # `a.json` is the top one only


def test_many_named_paths_in_one_directory_are_told_apart_as_one_stat_each_would(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Many names in one directory are sorted into files and directories by one listing of it: a directory named like
    a body is walked, a link to a directory followed, a broken link read as a file, a missing name is an error."""
    monkeypatch.chdir(tmp_path)
    many = tmp_path / "many"
    many.mkdir()
    names = [f"b{n:02d}.json" for n in range(20)]
    for name in names:
        (many / name).write_text("{}")
    (many / "dir.json").mkdir()
    (many / "dir.json" / "inner.json").write_text(json.dumps({"flowId": UUID2}))
    (many / "link").symlink_to(many / "dir.json")
    (many / "broken.json").symlink_to(many / "nowhere")
    named = [f"many/{name}" for name in [*names, "dir.json", "link", "broken.json"]]
    assert len(files._listed_kinds(named)) == len(named)  # reached: all settled by the listing
    found = list(files.expand(named))
    assert found == [*named[:20], "many/dir.json/inner.json", "many/link/inner.json", "many/broken.json"]
    monkeypatch.setattr(files, "_listed_kinds", lambda paths: {})  # a stat each: the same files
    assert list(files.expand(named)) == found
    with pytest.raises(files.MissingPath):
        list(files.expand([*named, "many/missing.json"]))


def test_a_link_to_a_directory_out_of_the_walked_tree_is_said_not_followed(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A walk never follows a link to a directory, but one whose target is out of the walked tree (a monorepo's link
    to a shared directory) holds files no run checked: an FL010 note says so at the link, with the target to name. A
    link to a directory inside the tree (its files checked there) is said nothing."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "bad.json").write_text(BAD)
    service = tmp_path / "svc"
    (service / "own").mkdir(parents=True)
    (service / "own" / "a.json").write_text(BAD)
    (service / "shared").symlink_to(tmp_path / "shared", target_is_directory=True)
    (service / "again").symlink_to(service / "own", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    found = diagnostics("--no-cache", "svc")
    assert [(d["file"], d["code"]) for d in found if d["code"] == "FL101"] == [("svc/own/a.json", "FL101")]  # reached
    notes = [d for d in found if d["code"] == "FL010"]
    assert [d["file"] for d in notes] == ["svc/shared"], found
    assert "a link to the directory shared" in notes[0]["message"] and "no file in it was checked" in notes[0]["message"]
    assert "flowlint check shared" in notes[0]["help"]
    assert list(files.walk("svc")) == ["svc/shared", "svc/own/a.json"]  # (a directory's own entries first)
