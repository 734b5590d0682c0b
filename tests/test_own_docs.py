"""flowlint's own documentation checks clean: `flowlint check docs README.md` exits 0 with no error and no warning, and
every note it gives is an FL011 (a block the page shows that is not read as a launch, or a launch it shows as a wrong
example, with -v): a launch a page shows as one to copy is right, and one it shows wrong says so in its words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

ROOT = Path(__file__).resolve().parent.parent


def test_our_docs_check_clean_and_each_wrong_example_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # (the project's own contracts, as a user running it in the repository has them)
    result = flowlint("check", "--format", "json", "--no-cache", "-v", "docs", "README.md")
    report = json.loads(result.stdout)
    pages = len(list((ROOT / "docs").rglob("*.md"))) + 1
    assert report["summary"]["files"] == pages, report["summary"]  # reached: every page
    assert (result.exit_code, report["summary"]["errors"], report["summary"]["warnings"]) == (0, 0, 0), [
        (d["file"], d["line"], d["code"], d["message"]) for d in report["diagnostics"] if d["severity"] != "info"]
    assert {d["code"] for d in report["diagnostics"]} == {"FL011"}, [
        (d["file"], d["line"], d["code"]) for d in report["diagnostics"] if d["code"] != "FL011"]
    assert not any(d["fix"] for d in report["diagnostics"])  # --fix would change no page
    # The launches the pages show as the mistake are read and said as wrong examples, by the words that mark them.
    wrong = {(d["file"], d["line"]) for d in report["diagnostics"]
             if "shows it as a wrong example" in d["message"]}
    seeds = {line for file, line in wrong if file == "docs/code-and-request-files.md"}
    assert len(seeds) >= 5, sorted(wrong)  # the seed with fetch, axios (2), requests, .http, curl
    assert {file for file, _ in wrong} >= {"docs/code-and-request-files.md", "docs/library.md"}, sorted(wrong)
