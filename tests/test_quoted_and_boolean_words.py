"""Two message and fix details: an FL011 note quotes a template or expression it could not read cut to 80 characters
(with an ellipsis, escaped), never whole; and text standing for a Boolean, where the flow declares one, is fixed
safely when it is a word naming a truth value (`true`, `no`, `off`), unsafely when it is one character: "1" may be a
count put in the wrong input, "N" an initial or a code, as "0" always was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, UUID, flowlint


def test_an_unread_body_is_quoted_short(tmp_path: Path) -> None:
    argument = "x" * 3000 + "\u001b]0;title"
    (tmp_path / "l.js").write_text('fetch("https://api.mypurecloud.com/api/v2/flows/executions", {method: "POST", '
                                   'headers: {"Content-Type": "application/json"}, body: makeBody("%s")});\n' % argument)
    result = flowlint("check", "--no-cache", "--format", "json", "-v", str(tmp_path / "l.js"))
    notes = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL011"]
    assert notes and "makeBody(" in notes[0]["message"], result.stdout[:2000]  # the note is there, quoting the start
    assert len(notes[0]["message"]) < 200 and "…" in notes[0]["message"], notes[0]["message"]


@pytest.mark.parametrize(("text", "applicability"), [
    ("true", "safe"), ("FALSE", "safe"), ("no", "safe"), ("off", "safe"), ("yes", "safe"),
    (" On ", "unsafe"),  # blanks around the word: as for " 42 ", the text is not only the value (fixout c1c2d68)
    ("N", "unsafe"), ("y", "unsafe"), ("0", "unsafe"), ("1", "unsafe"),
])
def test_text_for_a_boolean_is_fixed_safely_only_when_it_is_a_word(tmp_path: Path, text: str, applicability: str) -> None:
    (tmp_path / "b.json").write_text(json.dumps(
        {"flowId": UUID, "inputData": {"Flow.customerName": "x", "Flow.isVip": text}}))
    result = flowlint("check", "--no-cache", "--format", "json", "--contracts", str(ROOT / ".flowlint" / "flows"),
                      str(tmp_path / "b.json"))
    found = json.loads(result.stdout)["diagnostics"]
    assert [d["code"] for d in found] == ["FL204"] and found[0]["fix"]["applicability"] == applicability, found
