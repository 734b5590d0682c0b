"""A Python file that is not UTF-8 is read in the encoding its PEP 263 coding line declares, as Python reads it (F10):
its launches are checked at the right columns, --fix writes it back in that encoding, and a coding line Python cannot
read it by is said plainly (FL011), never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.run.writes import NotFixable, encoded, text_of

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = f"requests.post('{API}', json={{'flowId': '{UUID}', 'inputData': {{'Flow.customerName': 'Ana', 'Flow.orderCount': '3'}}}})"


def checked(tmp_path: Path, name: str, data: bytes) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_bytes(data)
    return diagnostics("--no-cache", str(path))


@pytest.mark.parametrize("codec, cookie", [("latin-1", "# -*- coding: latin-1 -*-"), ("cp1252", "# coding=cp1252"),
                                           ("iso-8859-15", "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :")])
def test_a_declared_encoding_is_read_and_columns_count_its_characters(tmp_path: Path, codec: str, cookie: str) -> None:
    line = f"note = 'café €'; {LAUNCH}" if codec != "latin-1" else f"note = 'café'; {LAUNCH}"
    text = f"{cookie}\nimport requests\n{line}\n"
    data = text.encode(codec)
    assert b"\xe9" in data  # not UTF-8: read only by its coding line
    [found] = [d for d in checked(tmp_path, "a.py", data) if d["code"] == "FL204"]
    assert found["line"] == text.count("\n") and found["column"] == line.index("'3'") + 1


def test_fix_writes_the_file_back_in_its_own_encoding(tmp_path: Path) -> None:
    text = f"# -*- coding: latin-1 -*-\nimport requests\n# café\n{LAUNCH}\n"
    path = tmp_path / "a.py"
    path.write_bytes(text.encode("latin-1"))
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert "fixed 1" in result.output, result.output
    assert path.read_bytes() == text.replace("'Flow.orderCount': '3'", "'Flow.orderCount': 3").encode("latin-1")


def test_a_fix_the_encoding_cannot_hold_is_refused() -> None:
    assert encoded("café", "latin-1") == b"caf\xe9"
    with pytest.raises(NotFixable, match="latin-1"):
        encoded("café €", "latin-1")
    assert text_of("# coding: latin-1\nx = 'é'\n".encode("latin-1"), python=True)[1:] == ("# coding: latin-1\nx = 'é'\n", "iso-8859-1")
    with pytest.raises(NotFixable):  # a file read as UTF-8 everywhere else is never written in a declared encoding
        text_of("# coding: latin-1\nx = 'é'\n".encode("latin-1"))


@pytest.mark.parametrize("head, said", [
    ("# coding: no-such-codec", "an encoding Python does not know"),
    ("# coding: utf-16", "an encoding Python cannot read source in"),
    ("# coding: rot13", "an encoding Python cannot read source in"),
    ("# caf\xe9\n# coding: latin-1", "below a first line that is not UTF-8"),
])
def test_a_coding_line_python_cannot_read_by_is_said(tmp_path: Path, head: str, said: str) -> None:
    data = f"{head}\nimport requests\n# caf\xe9\n{LAUNCH}\n".encode("latin-1")
    [note] = checked(tmp_path, "a.py", data)
    assert note["code"] == "FL011" and said in str(note["message"]), note


def test_bytes_not_valid_in_the_declared_encoding_are_said_where_they_are(tmp_path: Path) -> None:
    data = f"# coding: cp1252\nimport requests\nx = 'a\x81'\n{LAUNCH}\n".encode("latin-1")
    [note] = checked(tmp_path, "a.py", data)
    assert note["code"] == "FL011" and "not valid \"cp1252\" text" in str(note["message"])
    assert (note["line"], note["column"]) == (3, 7)


def test_only_python_reads_a_coding_line(tmp_path: Path) -> None:
    data = f"// -*- coding: latin-1 -*-\n// caf\xe9\nfetch('{API}', {{method: 'POST'}});\n".encode("latin-1")
    [note] = checked(tmp_path, "a.js", data)
    assert note["code"] == "FL011" and "not valid UTF-8" in str(note["message"])
