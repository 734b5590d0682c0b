"""Every fixture's report, as a user sees it, against the expected report kept beside it.

Regenerate after an intended change with FLOWLINT_UPDATE_EXPECTED=1 and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from validator.project.files import WALKED_SUFFIXES

from conftest import FIXTURES, ROOT, flowlint

PAYLOADS = sorted(p for p in FIXTURES.rglob("*") if p.name.lower().endswith(WALKED_SUFFIXES))
INVALID = [p for p in PAYLOADS if "invalid" in p.parts]
VALID = [p for p in PAYLOADS if "valid" in p.parts]


def test_there_are_fixtures() -> None:
    assert len(VALID) >= 6 and len(INVALID) >= 30


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_fixture_matches_expected_report(path: Path) -> None:
    relative = path.relative_to(ROOT).as_posix()
    result = flowlint("check", "--no-color", relative)
    expected_file = path.with_name(path.name + ".expected")
    if os.environ.get("FLOWLINT_UPDATE_EXPECTED"):
        expected_file.write_text(result.stdout, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    assert result.stdout == expected
    # The exit code follows the report: 1 with an error in it, else 0 (a fixture with only notes or warnings).
    has_error = any(re.match(r"\S+:\d+:\d+: FL\d{3} error ", line) or re.match(r"\S+: FL\d{3} error ", line)
                    for line in expected.splitlines())
    assert result.exit_code == (1 if has_error else 0)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_has_no_finding_at_all(path: Path) -> None:
    result = flowlint("check", "--format", "json", path.relative_to(ROOT).as_posix())
    assert result.exit_code == 0
    assert '"diagnostics": []' in result.stdout


def test_the_whole_fixture_tree_checks_in_one_run() -> None:
    result = flowlint("check", "--format", "json", "fixtures")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == len(PAYLOADS)
    # The project's config (pyproject.toml: `include = ["fixtures/**"]`) makes the walk take every fixture as a payload,
    # as naming it does: the mistakes that name none of the launch's vocabulary (empty.json, binary.json) too.
    walked = {d["file"] for d in report["diagnostics"]}
    named = {p.relative_to(ROOT).as_posix() for p in INVALID
             if re.search(r": FL\d{3} ", p.with_name(p.name + ".expected").read_text(encoding="utf-8"))}
    assert "fixtures/invalid/empty.json" in named and "fixtures/invalid/binary.json" in named
    assert named - walked == set()
