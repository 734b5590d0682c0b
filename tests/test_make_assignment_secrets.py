"""A secret-named variable given its literal by make's and other tools' assignments (`GC_CLIENT_SECRET ?= …`, `:=`,
`::=`, `:::=`, `+=`; `override`, `export` before the name) is masked in every output (text excerpts, json, sarif,
--diff, the cache), as `=` and `:` assignments are."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

SECRET = "Xq8vK2mW7xR4pLs9Tn3Bv6Yc1Hd5Jf0Gk"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
RECIPE = ("\nlaunch:\n\tcurl -X POST https://api.mypurecloud.com/api/v2/flows/executions "
          "-H \"Authorization: Bearer $$(./token.sh $(GC_CLIENT_SECRET))\" -H 'Content-Type: application/json' "
          "-d '{\"flowID\": \"%s\"}'\n" % FLOW)  # FL102 on `flowID`: a fix, so --diff shows the file's lines
OPERATORS = ["?=", ":=", "::=", ":::=", "+=", "="]
LINES = ["GC_CLIENT_SECRET {op} {s}", "GC_CLIENT_SECRET{op}{s}", "override GC_CLIENT_SECRET {op} {s}",
         "export GC_CLIENT_SECRET {op} {s}"]


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("line", LINES)
def test_the_assigned_literal_and_only_it_is_masked(line: str, operator: str) -> None:
    text = line.format(op=operator, s=SECRET) + "\n"
    assert [text[start:end] for start, end in credential_literals(text)] == [SECRET]


def test_no_output_prints_a_makefile_s_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    tree = tmp_path / "project"
    tree.mkdir()
    monkeypatch.chdir(tree)  # the project root: the cache is written there
    path = tree / "Makefile"
    text = "GC_CLIENT_SECRET ?= " + SECRET + "\n" + RECIPE
    path.write_text(text)
    for options in (("--no-cache", "--no-color"), ("--no-cache", "--format", "json"), ("--no-cache", "--format", "sarif"),
                    ("--no-cache", "--diff", "--no-color"), ("--no-color",), ("--no-color",)):  # the last: from the cache
        printed = flowlint("check", *options, str(path)).output
        assert "flowID" in printed or "flowId" in printed, (options, printed)  # the launch was read and reported
        assert SECRET not in printed, (options, printed)
    diff = flowlint("check", "--no-cache", "--diff", "--no-color", str(path)).output
    assert "GC_CLIENT_SECRET ?= " + "*" * len(SECRET) in diff, diff  # the secret's line shown, its literal masked
    cached = [p for p in (tree / ".flowlint_cache").rglob("*") if p.is_file()]
    assert len(cached) > 1  # (the cache was written: more than its .gitignore)
    assert not any(SECRET.encode() in p.read_bytes() for p in [*cached, *cache_on.rglob("*")] if p.is_file())
    assert path.read_text() == text
