"""The launches of one code file share one Words of its text: each launch is a document of the whole file's text, and
each made its own lower-cased copy of it for its secret scans (2552d10), time quadratic in the file's launches (1,600
launches in a 225 KB Python file: 360 MB lowered). Counted, never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import Words

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.usefixtures("every_finding_listed")
def test_a_files_launches_lower_its_text_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "launches.py"
    source.write_text(f'import requests\nURL = "{URL}"\n' + "".join(
        f'def f{n}(x):\n    body = {{"flowId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "inputData": {{"flowA{n}": x}}}}\n'
        f'    requests.post(URL, json=body)\n' for n in range(30)))
    text = source.read_text()
    made: list[int] = []
    init = Words.__init__

    def counted(self: Words, words_of: str) -> None:
        if words_of == text:
            made.append(len(words_of))
        init(self, words_of)

    monkeypatch.setattr(Words, "__init__", counted)
    result = flowlint("check", "--no-color", "--no-cache", str(source))
    assert result.output.count("FL203") == 30, result.output  # each launch was judged (`flowA…` lacks `Flow.`)
    assert made, "the file's text was scanned"
    assert len(made) == 1, len(made)
