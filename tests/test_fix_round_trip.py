"""check → --fix --unsafe-fixes → check, each file of the corpus (fixtures/ and tests/data/) alone: a finding the check
called fixable is gone (but for a fix that says it does only part of it: `(the fix does only this)`), every error it did
not fix is still an error, and no new error comes but those a fix uncovers (the inputs, checked once the fixed envelope
lets the flow's contract apply: FL2xx). What a check promises is what --fix makes, and --fix never weakens a check."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from validator.checker.merge import ONLY_THE_MOVE
from validator.core.diagnostics import WITHHELD_EDITS

from conftest import ROOT, flowlint

#: The corpus: every input file (not a fixture's expected output or diff).
CORPUS = sorted(str(path.relative_to(ROOT)) for top in ("fixtures", "tests/data") for path in (ROOT / top).rglob("*")
                if path.is_file() and not path.is_symlink() and not path.name.endswith((".expected", ".diff")))


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the corpus, with the repository's contract store (each test puts back the file it fixed)."""
    root = tmp_path_factory.mktemp("corpus")
    for top in ("fixtures", "tests/data", ".flowlint"):
        shutil.copytree(ROOT / top, root / top, symlinks=True)
    return root


@pytest.fixture(scope="module")
def kept(tree: Path) -> dict[Path, bytes]:
    """Each file of the copy and its bytes, as copied (every test leaves the copy so: `restored`)."""
    return {path: path.read_bytes() for path in tree.rglob("*") if path.is_file() and not path.is_symlink()}


def _diagnostics(*args: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _fixable(diagnostic: dict[str, Any]) -> bool:
    """Offered to --fix --unsafe-fixes: edits shown, or withheld from outputs as they write a secret (--fix applies them)."""
    fix = diagnostic["fix"]
    return (fix is not None and fix["applicability"] != "display-only" and bool(fix["edits"])) \
        or WITHHELD_EDITS in diagnostic["help"]


def _errors(diagnostics: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((d["code"], d["file"]) for d in diagnostics if d["severity"] == "error")


@pytest.fixture
def restored(tree: Path, kept: dict[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The copy, every file of it put back as copied once the test is done: those whose bytes changed (or are gone)
    written again, the others left alone (writing all ~200 back after each of ~200 tests was most of this file's time)."""
    monkeypatch.chdir(tree)
    yield tree
    for path, data in kept.items():
        try:
            unchanged = path.read_bytes() == data
        except OSError:
            unchanged = False
        if not unchanged:
            path.write_bytes(data)


def test_the_corpus_is_read() -> None:
    assert len(CORPUS) > 150 and any(name.startswith("tests/data/") for name in CORPUS)


@pytest.mark.parametrize("name", CORPUS)
def test_fix_makes_what_check_promises_and_weakens_nothing(restored: Path, name: str) -> None:
    before = _diagnostics(name)
    promised = [d for d in before if _fixable(d) and d["file"] == name]
    if not promised:
        return  # nothing --fix would change in this file (the files it reads are fixed by their own runs)
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", name)
    assert fixed.exit_code in (0, 1), fixed.output
    after = _diagnostics(name)
    # Each finding called fixable is gone, by rule and place in the body (a partial fix's stays: it says so).
    kept = Counter((d["code"], d["pointer"]) for d in before if not _fixable(d) or ONLY_THE_MOVE in d["help"])
    left = Counter((d["code"], d["pointer"]) for d in after)
    unkept = [(code, pointer) for code, pointer in {(d["code"], d["pointer"]) for d in promised}
              if left[(code, pointer)] > kept[(code, pointer)]]
    assert not unkept, (unkept, fixed.output)
    # Every error not fixed is still an error; a new one is only one the fixed envelope uncovers (the inputs, checked).
    errors_before, errors_after = _errors(before), _errors(after)
    not_fixed = _errors([d for d in before if not _fixable(d) or ONLY_THE_MOVE in d["help"]])
    assert not not_fixed - errors_after, (not_fixed - errors_after, fixed.output)
    new = [code for code, _ in (errors_after - errors_before).elements() if not code.startswith("FL2")]
    assert not new, (new, fixed.output)


def _promised(text_report: str) -> int:
    """The fixes a text report counts (`N fixable with …`, `(M more with --unsafe-fixes)`)."""
    safe = re.search(r"^(\d+) fixable with `flowlint check --fix`(?: \((\d+) more with --unsafe-fixes\))?$", text_report, re.M)
    unsafe = re.search(r"^(\d+) fixable with `flowlint check --fix --unsafe-fixes`$", text_report, re.M)
    return int(safe.group(1)) + int(safe.group(2) or 0) if safe else int(unsafe.group(1)) if unsafe else 0


@pytest.mark.parametrize("name", CORPUS)
def test_every_fix_a_report_offers_is_one_fix_applies(name: str) -> None:
    """A fix offered is a fix applied, whatever the report: the text report's count (which neither renders nor proves)
    is the json report's fixes (rendered and proven), and `--diff --unsafe-fixes` applies at least those, with none
    "offered not applied". A fix that does only part says so, and is offered like any other (issue 19's F11: the README's
    first example showed that move as help, counted it nowhere, and --fix called it offered and not applied)."""
    text = flowlint("check", "--no-cache", "--no-color", name)
    said = _diagnostics(name)
    offered = [d for d in said if _fixable(d)]
    assert _promised(text.stdout) == len(offered), (text.stdout, offered)
    assert len(re.findall(r"^  fix(?: \(unsafe\))?: ", text.stdout, re.M)) >= len([d for d in offered if d["file"] == name])
    for diagnostic in said:  # a fix saying it does only part is offered, or says why not
        assert ONLY_THE_MOVE not in diagnostic["help"] or _fixable(diagnostic) or "(not applied: " in diagnostic["help"]
    if not offered:
        return
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", name)
    assert "not applied" not in diff.stderr, diff.stderr
    would = re.search(r"would fix (\d+) findings?", diff.stderr)
    assert would is not None and int(would.group(1)) >= len(offered), diff.stderr
