"""One line splitter and one dedenter for every walked file: a script or block is its lines with their indentation (a
justfile's, `<<-`'s tabs, reStructuredText's) taken off, each character at its place, and one past its end."""

from __future__ import annotations

import pytest

from validator.sources import embedded_shell, fences


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_dockerfile_here_document_script_ends_one_past_its_last_character(end: str) -> None:
    text = f"FROM x{end}RUN <<-EOF{end}\t\techo a{end}\techo b{end}EOF{end}"
    [(script, where)] = list(embedded_shell.dockerfile_scripts(text))
    assert script.replace("\r", "") == "echo a\necho b"
    assert "".join(text[k] for k in where[:-1]) == script
    assert where[-1] == where[-2] + 1  # one past the last character (with CRLF it was that character)


def test_lines_are_cut_and_joined_at_their_places() -> None:
    text = "x\n    a\n      b\n\n    c\n"
    lines = fences.numbered_lines(text)
    assert [line for _, line in lines] == ["x\n", "    a\n", "      b\n", "\n", "    c\n"]
    code, where = fences.joined(fences.cut_lines(lines[1:], 4))
    assert code == "a\n  b\n\nc" and "".join(text[k] for k in where[:-1]) == code and where[-1] == len(text) - 1
