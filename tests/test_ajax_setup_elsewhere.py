"""`$.ajaxSetup({headers: {...}})` in another file of the tree (a common setup module) may give every jQuery request the
Content-Type a call in this file lacks: the call's Content-Type is then unknown, not an error (FL303 was a possible false
positive); with no such file in the run, or in a single file checked alone, the call is read with jQuery's defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

CALL = ("$.ajax({ url: 'https://api.mypurecloud.com/api/v2/flows/executions', type: 'POST',\n"
        "  data: JSON.stringify({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputData: {} }) });\n")


def _codes(tree: Path, *named: str) -> list[str]:
    return [str(d["code"]) for d in diagnostics("--no-cache", *(named or (str(tree),)))]


@pytest.mark.parametrize(("name", "setup"), [
    ("setup.js", "$.ajaxSetup({ headers: { 'Content-Type': 'application/json' } });\n"),
    ("setup.ts", "jQuery.ajaxSetup({ contentType: 'application/json' });\n"),
    ("index.html", "<script>\n  $.ajaxSetup({ headers: { 'Content-Type': 'application/json' } });\n</script>\n"),
    ("prefilter.js", "$.ajaxPrefilter((options) => { options.contentType = 'application/json'; });\n"),
])
def test_a_setup_in_another_file_makes_the_content_type_unknown(tmp_path: Path, name: str, setup: str) -> None:
    (tmp_path / "launch.js").write_text(CALL)
    assert "FL303" in _codes(tmp_path)  # (reached: alone, the call is read with jQuery's defaults)
    (tmp_path / name).write_text(setup)
    codes = _codes(tmp_path)
    assert any(code.startswith("FL2") for code in codes), codes  # the launch was read and checked
    assert "FL303" not in codes, codes


def test_a_setup_word_in_a_document_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "launch.js").write_text(CALL)
    (tmp_path / "README.md").write_text("Call `$.ajaxSetup({ headers: {...} })` first.\n")
    assert "FL303" in _codes(tmp_path)


def test_the_result_cache_does_not_keep_a_result_another_file_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FLOWLINT_NO_CACHE", raising=False)
    (tmp_path / "launch.js").write_text(CALL)
    first = [str(d["code"]) for d in diagnostics(".")]
    assert "FL303" in first
    (tmp_path / "setup.js").write_text("$.ajaxSetup({ headers: { 'Content-Type': 'application/json' } });\n")
    assert "FL303" not in [str(d["code"]) for d in diagnostics(".")]
