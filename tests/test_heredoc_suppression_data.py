"""A heredoc's lines are data (a file `cat` writes, a script `RUN <<EOF` runs as written, a file `COPY <<EOF` makes):
a `# flowlint: ignore[…]` there is text the user keeps, never a directive — no FL009 "unused suppression" for it, and
`--fix` never removes it. A comment outside the heredoc is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
CURL = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
        f"-d '{{\"flowId\": \"{FLOW}\", \"type\": \"x\"}}'")
DATA = "# flowlint: ignore[FL101]"
FILES = {
    "run.sh": f"#!/bin/sh\ncat > notes.txt <<EOF\n{DATA}\nkept\nEOF\n{CURL}  # flowlint: ignore[FL101]\n",
    "tabs.sh": f"#!/bin/sh\nif true; then\n\tcat <<-'END'\n\t{DATA}\n\tEND\nfi\n{CURL}  # flowlint: ignore[FL101]\n",
    "Dockerfile": f"FROM alpine\nCOPY <<EOF /etc/motd\n{DATA}\nEOF\nRUN {CURL}  # flowlint: ignore[FL101]\n",
    "two.sh": f"#!/bin/sh\ncat <<A <<\"B\"\none\n{DATA}\nA\n{DATA}\nB\n{CURL}  # flowlint: ignore[FL101]\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_directive_s_words_in_a_heredoc_are_data(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / name).write_text(FILES[name])
    monkeypatch.chdir(tmp_path)
    found = diagnostics("--no-cache", name)
    assert any(d["code"] == "FL200" for d in found), found  # reached: the launch after the heredoc is read
    assert not [d for d in found if d["code"] in ("FL009", "FL101")], found  # data said nothing; the real comment works
    fixed = flowlint("check", "--no-cache", "--fix", name)
    assert fixed.exit_code == 0, fixed.output
    assert (tmp_path / name).read_text() == FILES[name]  # the heredoc's line kept


def test_a_comment_after_a_here_string_is_still_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"#!/bin/sh\ntr a b <<< 'text'\n# flowlint: ignore[FL101]\n{CURL}\n"
    (tmp_path / "h.sh").write_text(text)
    monkeypatch.chdir(tmp_path)
    found = diagnostics("--no-cache", "h.sh")
    assert any(d["code"] == "FL200" for d in found), found
    assert not [d for d in found if d["code"] in ("FL009", "FL101")], found  # `<<<` opens no heredoc
