"""A launch URL re-exported down a long chain of barrels (`export * from './m1'` in m0.ts, … in m499.ts) reaches the
file importing it from the chain's top: the chain is resolved without deep recursion (it hit Python's recursion
limit, and the table was left empty with no word), each barrel parsed a bounded number of times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import imports

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"


def _chain(root: Path, length: int) -> None:
    (root / "src").mkdir()
    (root / "src" / f"m{length}.ts").write_text(f"export const LAUNCH_URL = '{BAD_HOST}';\n")
    for at in range(length):
        (root / "src" / f"m{at}.ts").write_text(f"export * from './m{at + 1}';\n")
    (root / "src" / "launch.ts").write_text("import axios from 'axios';\nimport { LAUNCH_URL } from './m0';\n"
                                            "export const go = (f: string) => axios.post(LAUNCH_URL, { flowID: f });\n")


@pytest.mark.parametrize("length", [5, 400])
def test_a_deep_chain_of_barrels_reaches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, length: int) -> None:
    _chain(tmp_path, length)
    parses: list[int] = []
    real = imports.Exports.values

    def counted(self: imports.Exports, module: str) -> dict[str, imports.Value]:
        table = real(self, module)
        parses.append(self.parses)
        return table

    monkeypatch.setattr(imports.Exports, "values", counted)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", ".")
    found = json.loads(result.stdout)["diagnostics"]
    assert {"FL102", "FL302"} <= {d["code"] for d in found if d["file"] == "src/launch.ts"}, result.output
    assert 0 < max(parses) <= 2 * length + 2, max(parses)  # linear: each barrel parsed at most about twice


def _cycle(root: Path, length: int) -> None:
    """m0.ts … m{length-1}.ts each re-exporting the next, the last the first (a cycle); the middle one also defines
    the launch URL."""
    (root / "src").mkdir()
    for at in range(length):
        own = f"export const LAUNCH_URL = '{BAD_HOST}';\n" if at == length // 2 else ""
        (root / "src" / f"m{at}.ts").write_text(f"{own}export * from './m{(at + 1) % length}';\n")
    (root / "src" / "launch.ts").write_text("import axios from 'axios';\nimport { LAUNCH_URL } from './m0';\n"
                                            "export const go = (f: string) => axios.post(LAUNCH_URL, { flowID: f });\n")


@pytest.mark.parametrize("length", [5, 500])
def test_a_long_cycle_of_barrels_is_parsed_a_bounded_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, length: int) -> None:
    _cycle(tmp_path, length)
    parses: list[int] = []
    real = imports.Exports.values

    def counted(self: imports.Exports, module: str) -> dict[str, imports.Value]:
        table = real(self, module)
        parses.append(self.parses)
        return table

    monkeypatch.setattr(imports.Exports, "values", counted)
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    assert parses, result.output  # the importer's imports were resolved through the barrels

    assert max(parses) <= length + 1, max(parses)  # each barrel parsed once (6,496 parses for 500 before)
