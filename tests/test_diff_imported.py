"""`--diff` runs the imported-URL second pass as a check and `--fix` do: a launch whose URL another module exports is
read, its fixes are said to be help only (--fix does not apply them: it does not follow the import), and the exit code
follows --diff's rule (1 when a diff is shown) with the importer's findings counted as a check counts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.checker import launches
from validator.sources import imports

from conftest import flowlint

CONSTANTS = "export const URL = 'https://myorg.mypurecloud.com/api/v2/flows/executions';\n"
IMPORTER = ("import axios from 'axios';\nimport { URL } from './cfg';\n"
            "export const a = (f) => axios.post(URL, { flowID: f, type: 'workflow' });\n")
DIRECT = ("import axios from 'axios';\n"
          "export const b = (f) => axios.post('https://api.mypurecloud.com/api/v2/flows/executions', { flowID: f });\n")


def _tree(root: Path, files: dict[str, str]) -> dict[str, bytes]:
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return {name: (root / name).read_bytes() for name in files}


@pytest.mark.parametrize("ignored", [(), ("--ignore", "FL011")])
def test_diff_says_the_importers_fixes_are_not_applied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        ignored: tuple[str, ...]) -> None:
    before = _tree(tmp_path, {"cfg.js": CONSTANTS, "go.js": IMPORTER})
    monkeypatch.chdir(tmp_path)
    checked = flowlint("check", "--no-cache", "--no-color", *ignored, ".")
    assert checked.exit_code == 1 and "go.js" in checked.output and "FL102" in checked.output, checked.output
    second: list[str] = []
    real = launches.load_source

    def counted(kind: str, data: bytes, name: str | None, *args: object, **kwargs: object) -> object:
        if imports.wanted(name):
            second.append(str(name))
        return real(kind, data, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(launches, "load_source", counted)
    diffed = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", *ignored, ".")
    assert second == ["go.js"]  # the importer, read in the second pass with its import resolved
    assert diffed.stdout == ""  # nothing --fix would change
    assert "flowlint: not fixed: go.js: its launch's URL is imported from another module, which --fix does not follow" \
        in diffed.stderr, diffed.stderr
    assert "nothing to fix" in diffed.stderr
    assert diffed.exit_code == 0  # --diff's rule: no diff shown
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


def test_diff_with_a_fix_beside_the_importer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"cfg.js": CONSTANTS, "go.js": IMPORTER, "direct.js": DIRECT})
    monkeypatch.chdir(tmp_path)
    diffed = flowlint("check", "--no-cache", "--no-color", "--diff", ".")
    assert "+++ direct.js" in diffed.stdout and "go.js" not in diffed.stdout
    assert "not fixed: go.js" in diffed.stderr and "would fix 1 finding in 1 file" in diffed.stderr, diffed.stderr
    assert diffed.exit_code == 1


def test_a_failure_reading_an_importer_is_a_failure_of_the_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"cfg.js": CONSTANTS, "go.js": IMPORTER})
    monkeypatch.chdir(tmp_path)
    real = launches.load_source

    def failing(kind: str, data: bytes, name: str | None, *args: object, **kwargs: object) -> object:
        if imports.wanted(name):  # read in the second pass only
            raise RuntimeError("boom")
        return real(kind, data, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(launches, "load_source", failing)
    checked = flowlint("check", "--no-cache", "--no-color", ".")
    assert checked.exit_code == 3 and "FL900" in checked.output, checked.output  # as a check says it
    diffed = flowlint("check", "--no-cache", "--no-color", "--diff", ".")
    assert diffed.exit_code == 3, diffed.stderr


def test_diff_names_the_launch_it_leaves_where_it_changes_the_file_for_another(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # go.js holds the importer's launch and one of its own: the diff has a hunk of go.js (the direct launch's fix), so a
    # bare "not fixed: go.js" would read as that hunk's; each finding left is named by place and code, none the diff fixes.
    _tree(tmp_path, {"cfg.js": CONSTANTS, "go.js": IMPORTER + DIRECT.split("\n", 1)[1]})
    monkeypatch.chdir(tmp_path)
    diffed = flowlint("check", "--no-cache", "--no-color", "--diff", ".")
    assert "+++ go.js" in diffed.stdout and "+export const b" in diffed.stdout, diffed.stdout  # reached: the other hunk
    assert ("flowlint: not fixed: go.js:3:43 FL102, go.js:3:54 FL101: its launch's URL is imported from another module, "
            "which --fix does not follow (the diff of go.js is another launch's)\n") in diffed.stderr, diffed.stderr
    assert "go.js:4:" not in diffed.stderr and "would fix 1 finding in 1 file" in diffed.stderr
