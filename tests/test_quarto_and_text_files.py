"""Quarto (`.qmd`) and R Markdown (`.Rmd`) documents are Markdown whose chunks are fences with a braced info string
(```` ```{python} ````): read as Markdown's fences (review R23). A walked Org file (`.org`) that names the launch
endpoint gets the FL011 note a file in a language flowlint does not read gets. Before, the walk passed all three by
in silence, and named, a `.qmd` was "not read" (FL012). (A `.txt` is still not walked.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.blocks import fence_kind

from conftest import UUID, check_file, codes, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CALL = (f'import requests\nr = requests.post("{URL}", json={{"flowId": "{UUID}", "inputData": '
        '{"Flow.customerName": "Ann", "Flow.orderCount": "1"}})\n')


@pytest.mark.parametrize(("info", "kind"), [
    ("{python}", "python"), ("{python echo=false}", "python"), ("{.python}", "python"), ("{bash}", "shell"),
    ("{r setup, include=FALSE}", None), ("{r}", None), ("{ojs}", None), ('{"language":"javascript"}', "javascript"),
])
def test_a_chunks_braced_info_string_names_its_language(info: str, kind: str | None) -> None:
    assert fence_kind(info, "x = 1\n") == kind


@pytest.mark.parametrize(("name", "head"), [
    ("report.qmd", "---\ntitle: \"Callbacks\"\njupyter: python3\n---\n\n"),
    ("report.Rmd", "---\ntitle: \"Callbacks\"\noutput: html_document\n---\n\n```{r setup, include=FALSE}\nlibrary(reticulate)\n```\n\n"),
])
def test_a_quarto_or_r_markdown_python_chunk_is_read(tmp_path: Path, name: str, head: str) -> None:
    text = f"{head}```{{python}}\n{CALL}```\n"
    found = check_file(tmp_path, name, text)
    assert codes(found) == ["FL204"], found
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('"1"')


@pytest.mark.parametrize(("name", "text", "language"), [
    ("wiki.org", f"* Launch\n#+begin_src python\n{CALL}#+end_src\n", "Org"),
    ("notes.org", f"* Notes\nTo launch by hand:\n: curl -X POST {URL} -d '{{\"flowId\": \"{UUID}\"}}'\n", "Org"),
])
def test_a_walked_text_file_naming_the_endpoint_is_noted(tmp_path: Path, name: str, text: str, language: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("requests==2.32.3\n", encoding="utf-8")  # (no mention: nothing)
    monkeypatch.chdir(tmp_path)
    found = diagnostics("--no-cache", ".")
    assert [(d["file"], d["code"], d["severity"]) for d in found] == [(name, "FL011", "info")], found
    assert f"flowlint does not read {language} files" in found[0]["message"]


def test_a_named_txt_body_is_still_judged(tmp_path: Path) -> None:
    """A saved request body in a `.txt`, named, is judged as before."""
    found = check_file(tmp_path, "body.txt", f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
    assert "FL102" in codes(found), found
