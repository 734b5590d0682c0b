"""A JavaScript call's callee is read by its nodes, never by its text: in a chain (f`a``b``c`…, `f(a).assign(b)
.assign(c)…`) each callee's text is the whole chain before it, so reading it at each call read characters quadratic
in the chain (a 100 KB file of backticks, 5 s). Counted, never timed: the characters SourceText.raw returns."""

from __future__ import annotations

import pytest

from validator.sources.code import SourceText
from validator.sources.extract import launches_in

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _characters_read(monkeypatch: pytest.MonkeyPatch, kind: str, text: str) -> int:
    read: list[int] = []
    real = SourceText.raw

    def counted(self: SourceText, node: object) -> str:
        found = real(self, node)  # type: ignore[arg-type]
        read.append(len(found))
        return found

    monkeypatch.setattr(SourceText, "raw", counted)
    launches = launches_in(kind, text, "a." + ("ts" if kind == "typescript" else "js"))
    monkeypatch.undo()
    assert [launch.kind for launch in launches] == ["axios"]  # the launch after the chain was reached and read
    return sum(read)


def _file(link: str, links: int) -> str:
    return f"const r = f{link * links};\nawait axios.post('{URL}', {{flowId: 'x'}});\n"


@pytest.mark.parametrize("kind", ["javascript", "typescript"])
@pytest.mark.parametrize("link", ["``", ".assign(a)", "(a)"])
def test_a_chain_twice_as_long_reads_about_twice_the_characters(monkeypatch: pytest.MonkeyPatch, kind: str,
                                                               link: str) -> None:
    short, long = (_characters_read(monkeypatch, kind, _file(link, links)) for links in (150, 300))
    assert long < 2.2 * short
