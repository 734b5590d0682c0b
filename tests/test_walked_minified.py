"""A walked file skipped for its minified name (`app.min.js`) that mentions the launch endpoint says so (FL010), as one
found minified by its shape does: no miss is silent. One that mentions no launch passes by in silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

LAUNCH = ("fetch('https://api.mypurecloud.com/api/v2/flows/executions',"
          "{method:'POST',body:JSON.stringify({type:'flow'})});\n")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.min.js").write_text(LAUNCH, encoding="utf-8")
    (tmp_path / "other.min.js").write_text("var a=1;function b(){return a}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", [(), ("--no-cache",), ("--fix",)])
def test_a_walked_minified_file_naming_the_endpoint_is_said(tree: Path, args: tuple[str, ...]) -> None:
    result = flowlint("check", "--format", "json", *args, ".")
    found = [(Path(d["file"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [("app.min.js", "FL010")]  # other.min.js, which names no launch, is passed in silence
    assert (tree / "app.min.js").read_text(encoding="utf-8") == LAUNCH


def test_it_says_what_a_named_one_says(tree: Path) -> None:
    walked = flowlint("check", ".").output
    named = flowlint("check", "app.min.js").output
    assert "FL010" in walked and "its name says it is minified output" in walked
    assert walked.splitlines()[:2] == named.splitlines()[:2]
