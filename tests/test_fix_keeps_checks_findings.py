"""--fix never weakens a check: every finding check reports that --fix did not fix is still reported by --fix."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, UUID, flowlint

REQUEST = "POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n{body}\n"


def _found(*args: str) -> tuple[int, Counter[tuple[str, str]]]:
    result = flowlint("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, Counter((d["code"], d["file"]) for d in json.loads(result.stdout)["diagnostics"])


def _copy(to: Path) -> list[str]:
    """The fixtures with the repository's contract store and config, under `to`; every file, by name."""
    shutil.copytree(ROOT / "fixtures", to / "fixtures", symlinks=True)
    shutil.copytree(ROOT / ".flowlint", to / ".flowlint")
    (to / "pyproject.toml").write_text('[tool.flowlint]\ninclude = ["fixtures/**"]\n')
    # Beside them, request files that read their bodies from other files (`< ./body.json`): fixed in the request file only.
    (to / "fixtures" / "bodies").mkdir()
    (to / "fixtures" / "bodies" / "unsafe.json").write_text('{\n  "flowId": "' + UUID + '",\n  "type": "flow"\n}\n')
    (to / "fixtures" / "bodies" / "broken.json").write_text('{"flowId": "abc",}')
    (to / "fixtures" / "read.http").write_text(REQUEST.format(body="< ./bodies/unsafe.json") + "###\n"
                                                + REQUEST.format(body="< ./bodies/broken.json"))
    return sorted(str(path.relative_to(to)) for path in (to / "fixtures").rglob("*") if path.is_file() and not path.is_symlink())


@pytest.mark.parametrize("unsafe", [(), ("--unsafe-fixes",)], ids=["safe", "unsafe"])
def test_what_fix_reports_remaining_is_what_a_fresh_check_of_the_fixed_files_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unsafe: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    files = _copy(tmp_path)
    assert len(files) > 100
    _, before = _found(*files)
    assert before, "the fixtures hold findings"  # reached: there is something to keep or fix
    result = flowlint("check", "--format", "json", "--fix", *unsafe, *files)
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    remaining = Counter((d["code"], d["file"]) for d in report["diagnostics"])
    code, after = _found(*files)
    assert remaining == after, (sorted((after - remaining).elements()), sorted((remaining - after).elements()))
    assert result.exit_code == code
    kept = before & after  # what check said and --fix did not fix
    assert kept and not kept - remaining, sorted((kept - remaining).elements())


def test_each_file_alone_fix_reports_what_a_fresh_check_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Named alone, a file's findings in the files it reads (a request file's body file) are no other run's to say."""
    files = _copy(tmp_path / "pristine")
    _copy(tmp_path / "run")
    monkeypatch.chdir(tmp_path / "run")
    reached = 0
    for name in files:
        _, before = _found(name)
        result = flowlint("check", "--format", "json", "--fix", "--unsafe-fixes", name)
        assert result.exit_code in (0, 1), (name, result.output)
        remaining = Counter((d["code"], d["file"]) for d in json.loads(result.stdout)["diagnostics"])
        code, after = _found(name)
        assert remaining == after and result.exit_code == code, (name, after, remaining)
        assert not (before & after) - remaining, name
        reached += any(file != name for _, file in before)
        shutil.copyfile(tmp_path / "pristine" / name, name)  # as it was: the next file may read it
    assert reached, "a file whose findings are in another file was checked"  # the body files' request file



def test_fix_on_stdin_takes_the_severities_of_the_stdin_filename_as_check_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".flowlint.toml").write_text('[per-file-severity."legacy/*.json"]\nFL104 = "off"\n')
    monkeypatch.chdir(tmp_path)
    body = '{"flowId": "abc", "inputData": {}}\n'
    for name, code in (("other.json", 1), ("legacy/a.json", 0)):  # reached: FL104 where no table turns it off
        check = flowlint("check", "--no-color", "--stdin-filename", name, "-", input=body)
        fix = flowlint("check", "--no-color", "--fix", "--stdin-filename", name, "-", input=body)
        assert check.exit_code == fix.exit_code == code, (name, check.output, fix.output)
        assert ("FL104" in check.output) == ("FL104" in fix.output) == bool(code), (name, check.output, fix.output)
        assert fix.stdout.startswith(body)  # the body given back, unchanged
