"""A fix of several operations in a body written at its launch's call writes its later operations on that call parsed
alone (Extractions.call_tree), not on the whole edited file parsed again: a file of N such launches was parsed N times
to render their fixes (quadratic), and is now parsed once, with the same edits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import validator.sources.code as code
from validator.checker.engine import CheckOptions, check_documents
from validator.core.diagnostics import Diagnostic
from validator.edits.code_editor import Extractions
from validator.run.runner import documents_of

from conftest import UUID

API = "https://api.mypurecloud.com/api/v2/flows/executions"


class _Parses:
    """Whole-text parses (parser(kind).parse) and parses of a call alone (parsed_on), counted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.whole = 0
        self.alone = 0
        real, ranged = code.parser, getattr(code, "parsed_on", None)
        outer = self

        class Counting:
            def __init__(self, kind: str) -> None:
                self.parser = real(kind)

            def parse(self, read: Any, *old: Any, **options: Any) -> Any:  # (budgeted_parse's call: the old tree or none)
                outer.whole += 1
                return self.parser.parse(read, *old, **options)

            def reset(self) -> None:
                self.parser.reset()

        def counted(*args: Any) -> Any:
            outer.alone += 1
            assert ranged is not None
            return ranged(*args)

        monkeypatch.setattr(code, "parser", Counting)
        monkeypatch.setattr(code, "parsed_on", counted, raising=False)
        monkeypatch.setattr(code, "_PARSED", {})


def _python(launches: int) -> str:
    return "import requests\n" + "".join(
        f"requests.post('{API}', json={{'flowId': '{UUID}', 'inputs': {{'a': {n}}}}})\n" for n in range(launches))


def _fixed(tmp_path: Path, name: str, text: str) -> list[Diagnostic]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    diagnostics = check_documents(documents_of(str(path)), CheckOptions(render_fixes=True))
    return [d for d in diagnostics if d.fix is not None and d.fix.edits]


def test_the_fixes_of_many_launches_parse_the_file_as_often_as_those_of_a_few(monkeypatch: pytest.MonkeyPatch,
                                                                              tmp_path: Path) -> None:
    whole, alone = [], []
    for launches in (3, 6):
        parses = _Parses(monkeypatch)
        fixed = _fixed(tmp_path, f"l{launches}.py", _python(launches))
        # each launch's fix (`inputs` removed, `inputData` inserted: two operations) rendered with its edits
        assert [d.code for d in fixed] == ["FL101"] * launches
        assert all('"inputData": {"Flow.a"' in d.fix.edits[0].content for d in fixed if d.fix and d.fix.edits)
        whole.append(parses.whole)
        alone.append(parses.alone)
    assert whole[0] == whole[1]  # before: one more whole parse per launch (4 and 7 for the renderings alone)
    assert alone == [2 * 3, 2 * 6]  # each call as the file writes it (vouched for once), and as the first operation left it


_CASES = {
    "many.py": _python(4),
    "comments.py": "import requests\n" + "".join(
        f"requests.post('{API}', json={{  # the launch, café ☕\n    'flowId': '{UUID}',\n"
        f"    'inputs': {{'a': {n}, 'ü': 'é'}},\n    'flowVersion': '1',\n}})  # ✓\n" for n in range(3)),
    "nested.py": "import requests\nfor n in range(2):\n" + "".join(
        f"    requests.post('{API}', json={{'flowId': '{UUID}', 'type': 'x', 'inputs': {{'b': [1, {{'c': n}}], 'é': 'ü'}}}})\n"
        for _ in range(3)),
    "bound.py": "import requests\n" + "".join(
        f"body{n} = {{'flowId': '{UUID}', 'inputs': {{'a': {n}}}}}\nrequests.post('{API}', json=body{n})\n"
        for n in range(3)),
    "many.js": "".join(
        f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: '{UUID}', inputs: {{ a: {n} }} }}) }});\n"
        for n in range(4)),
    "asi.js": "".join(
        f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({{\n  flowId: '{UUID}', // ✓\n  inputs: {{ a: `x${{{n}}}` }},\n"
        f"  type: 'flow'\n}}) }})\n[1].forEach(x => x)\n" for n in range(3)),
    "many.ts": "".join(
        f"await fetch('{API}', {{ method: 'POST', body: JSON.stringify({{ flowId: '{UUID}' as string, "
        f"data: {{ inputData: {{ 'Flow.a': {n} }} }} }}) }});\n" for n in range(3)),
}


@pytest.mark.parametrize("name", sorted(_CASES))
def test_the_call_alone_writes_the_edits_the_whole_file_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                               name: str) -> None:
    real = Extractions.call_tree
    trees: list[object] = []

    def recorded(self: Extractions, text: str, request: Any) -> Any:
        found = real(self, text, request)
        trees.append(found)
        return found

    monkeypatch.setattr(Extractions, "call_tree", recorded)
    alone = _fixed(tmp_path, name, _CASES[name])
    monkeypatch.setattr(Extractions, "call_tree", lambda self, text, request: None)
    whole = _fixed(tmp_path, name, _CASES[name])
    assert alone and alone == whole
    if name.startswith("bound"):
        assert trees and not any(trees)  # a body bound to a name: its binding is read outside the call
    else:
        assert any(trees)


def test_an_edited_call_that_parses_alone_with_an_error_is_read_in_the_whole_file(tmp_path: Path) -> None:
    text = _python(2)
    path = tmp_path / "l.py"
    path.write_text(text)
    documents = documents_of(str(path))
    extractions: Extractions = documents[0].editor.extractions
    request = extractions.launches(text)[0]
    assert request.body_span is not None
    inside = text.index("'a': 0")
    good = text[:inside] + "'b': 0" + text[inside + 6:]
    assert extractions.call_tree(good, request) is not None
    assert extractions.call_tree(text[:inside] + "'b': 0 'c'" + text[inside + 6:], request) is None  # broken
    outside = text.index("requests")
    assert extractions.call_tree(text[:outside] + "# x\n" + text[outside:], request) is None  # not inside the body
