"""`check --fix` and `--diff` read files as `check` does, with the same refusals (issue 18): a link out of the
checked tree, a kernel or device file, a file swapped for a link meanwhile. A rewrite keeps the file's mode."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

import validator.sources.document as document

from conftest import UUID, flowlint

#: A body with a safe fix (`flow_id` -> `flowId`): a run that reads it would rewrite it.
BROKEN = '{"flow_id": "' + UUID + '", "inputData": {}}'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "body.json").write_text(BROKEN)
    (outside / "passwd").write_text("root:x:0:0:OUTSIDE-SECRET:/root:/bin/sh\n")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_a_directory_linked_out_of_the_tree_is_not_rewritten(project: Path, mode: str) -> None:
    (project / "ext").symlink_to(project.parent / "outside", target_is_directory=True)
    checked = flowlint("check", "--no-color", "ext/body.json")
    result = flowlint("check", "--no-color", mode, "ext/body.json")
    assert "FL007" in checked.stdout and checked.exit_code == 1
    assert (project.parent / "outside" / "body.json").read_text() == BROKEN  # not rewritten
    assert "flowId" not in result.stdout and "flow_id" not in result.stdout  # no diff of it either
    if mode == "--fix":
        assert result.exit_code == 1 and "FL007" in result.stdout


def test_a_file_through_a_linked_directory_is_not_shown(project: Path) -> None:
    (project / "linkdir").symlink_to(project.parent / "outside", target_is_directory=True)
    for mode in ((), ("--fix",), ("--diff",)):
        result = flowlint("check", "--no-color", *mode, "linkdir/passwd")
        assert "OUTSIDE-SECRET" not in result.stdout + result.stderr and "root:" not in result.stdout + result.stderr
        assert mode == ("--diff",) or "FL007" in result.stdout


@pytest.mark.parametrize("target", ["/proc/self/status", "/proc/self/environ"])
def test_a_kernel_file_is_not_read_by_fix(project: Path, target: str) -> None:
    if not os.path.exists(target):
        pytest.skip(f"{target} is not on this machine")
    result = flowlint("check", "--no-color", "--fix", target)
    assert result.exit_code == 1 and "FL007" in result.stdout
    assert "Pid:" not in result.stdout + result.stderr and "PATH=" not in result.stdout + result.stderr


def test_a_file_swapped_for_a_link_after_the_check_is_not_read_nor_rewritten(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = project / "body.json"
    body.write_text(BROKEN)
    outside = project.parent / "outside" / "body.json"
    judged = document.ResolvedDirs.verdict

    def swap_after_judging(self: document.ResolvedDirs, directory: str, base: str, roots: tuple[str, ...]) -> tuple[str, str | None]:
        found = judged(self, directory, base, roots)
        if base == "body.json" and not body.is_symlink():  # the directory was judged; now the file becomes a link
            body.unlink()
            body.symlink_to(outside)
        return found

    monkeypatch.setattr(document.ResolvedDirs, "verdict", swap_after_judging)
    result = flowlint("check", "--no-color", "--fix", "body.json")
    assert body.is_symlink(), "reached: the swap happened"
    assert outside.read_text() == BROKEN
    assert result.exit_code == 1 and "FL007" in result.stdout


def test_a_file_swapped_for_a_link_before_the_write_is_not_written_through(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.run.writes as writes
    from validator.run.writes import write_atomically

    body = project / "body.json"
    body.write_text(BROKEN)
    outside = project.parent / "outside" / "body.json"
    write = write_atomically

    def swap_then_write(path: str, original: bytes, content: bytes, **kwargs: object) -> None:
        body.unlink()
        body.symlink_to(outside)  # the same bytes behind it: only the link tells it apart
        write(path, original, content, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writes, "write_atomically", swap_then_write)  # a fix run imports it when it runs
    result = flowlint("check", "--no-color", "--fix", "body.json")
    assert outside.read_text() == BROKEN and body.is_symlink()
    assert "not fixed" in result.stderr


def test_a_rewrite_keeps_the_file_mode(project: Path) -> None:
    body = project / "body.json"
    body.write_text(BROKEN)
    body.chmod(0o640)
    result = flowlint("check", "--no-color", "--fix", "body.json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(body.read_text())["flowId"] == UUID  # reached: rewritten
    assert stat.S_IMODE(body.stat().st_mode) == 0o640


def test_a_directory_swapped_for_a_link_before_the_write_is_not_written_into(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.run.writes as writes
    from validator.run.writes import write_atomically

    (project / "sub").mkdir()
    (project / "sub" / "body.json").write_text(BROKEN)
    outside = project.parent / "outside" / "body.json"
    write = write_atomically

    def swap_then_write(path: str, original: bytes, content: bytes, **kwargs: object) -> None:
        (project / "sub").rename(project / "was-sub")
        (project / "sub").symlink_to(outside.parent, target_is_directory=True)  # the same bytes behind it
        write(path, original, content, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writes, "write_atomically", swap_then_write)  # a fix run imports it when it runs
    result = flowlint("check", "--no-color", "--fix", "sub/body.json")
    assert (project / "sub").is_symlink() and outside.read_text() == BROKEN
    assert "not fixed" in result.stderr and "out of the checked tree" in result.stderr


def test_a_file_that_cannot_be_written_back_is_reported_as_a_check_reports_it(project: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.run.writes as writes

    body = project / "body.json"
    body.write_text(BROKEN)
    checked = flowlint("check", "--no-color", "body.json")

    def refuse(path: str, original: bytes, content: bytes, **kwargs: object) -> None:
        raise writes.NotFixable("read-only here")

    monkeypatch.setattr(writes, "write_atomically", refuse)  # a fix run imports it when it runs
    result = flowlint("check", "--no-color", "--fix", "body.json")
    assert "not fixed" in result.stderr and "read-only here" in result.stderr  # reached: the write was refused
    assert body.read_text() == BROKEN
    assert "FL" in checked.stdout and result.stdout == checked.stdout and result.exit_code == checked.exit_code
