"""Where a Python literal holding names is kept (sent to a call that only reads it, or stored where other code may
reach it) is decided from its outermost container, found going down the tree: a node's parent costs tree-sitter a walk
from the root, and asking it of every list of a 100,000-deep body (the README's nesting limit) did not end in 120 s.
The parents asked are counted (code.parent_of) at two depths, never timed; what is stored is compared with the walk
up that it replaces."""

from __future__ import annotations

import pytest

from validator.sources import code, python
from validator.sources.code import parsed
from validator.sources.python import PythonReader

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _stored(text: str) -> list[str]:
    source, tree = parsed("python", text)
    return [name for name, _ in PythonReader(source, tree, 64, "a.py").stored]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The nodes whose parent is asked, from now on."""
    asked: list[object] = []
    real = code.parent_of

    def counted(node: object) -> object:
        asked.append(node)
        return real(node)  # type: ignore[arg-type]

    monkeypatch.setattr(code, "parent_of", counted)
    monkeypatch.setattr(python, "parent_of", counted)
    return asked


def _parents_asked(monkeypatch: pytest.MonkeyPatch, depth: int, held: str) -> int:
    asked = _counting(monkeypatch)
    nest = "[" * depth + held + "]" * depth
    stored = _stored(f"import requests\nx = 1\nrequests.post('{URL}', json={{'flowId': 'f', 'inputData': {nest}}})\n")
    assert stored == []  # (only read by the launch's call)
    return len(asked)


@pytest.mark.parametrize("held", ["", "x", "x, x"])
def test_a_deep_nest_asks_few_parents(monkeypatch: pytest.MonkeyPatch, held: str) -> None:
    small, big = _parents_asked(monkeypatch, 400, held), _parents_asked(monkeypatch, 800, held)
    if held:
        assert small >= 1  # reached: the names' literal was placed
    assert big == small <= 8, (small, big)  # (the walk up asked one for every list: 400 and 800)


def test_deep_dicts_and_lists_holding_names_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name at every level, through dicts, lists, tuples and sets: each level's literal is placed by its outermost."""
    nest = "x"
    for level in range(300):
        nest = ["{'a': x, 'b': %s}", "[x, %s]", "(x, %s)", "{x, (%s,)}"][level % 4] % nest
    counted = _counting(monkeypatch)
    assert _stored(f"import requests\nrequests.post('{URL}', json={nest})\n") == []
    assert 1 <= len(counted) <= 8
    assert len(_stored(f"kept = {nest}\n")) == 301  # every level's x is stored where other code may reach it


@pytest.mark.parametrize(("text", "stored"), [
    (f"import requests\nrequests.post('{URL}', json={{'a': [body]}})\n", []),
    (f"import requests\nrequests.post('{URL}', json=[{{'a': (body, {{'b': other}})}}])\n", []),
    ("log({'a': [body]})\n", []),
    ("kept = {'a': [body]}\n", ["body"]),
    ("kept = [[{'k': [body, {'z': other}]}]]\n", ["body", "other"]),
    ("fill({'a': [body]})\n", ["body"]),
    ("f(k={'a': [body]})\n", ["body"]),
    ("for r in (body,):\n    r['x'] = 1\n", []),
    ("for r in [[body]]:\n    pass\n", ["body"]),
    ("kept = {(body, 1): 2}\n", ["body"]),
    ("[body for body in things]\n", []),
])
def test_what_is_stored_is_as_before(text: str, stored: list[str]) -> None:
    assert _stored(text) == stored


def _js_stored(text: str) -> list[str]:
    from validator.sources.javascript import JavaScriptReader

    return [name for name, _ in JavaScriptReader(*parsed("javascript", text), 64, "javascript").stored]


def _js_parents_asked(monkeypatch: pytest.MonkeyPatch, depth: int) -> int:
    from validator.sources import javascript

    asked = _counting(monkeypatch)
    monkeypatch.setattr(javascript, "parent_of", code.parent_of)
    nest = "x"
    for level in range(depth):
        nest = ["{a: x, x, b: %s}", "[x, %s]"][level % 2] % nest
    assert _js_stored(f"const x = 1;\nfetch('{URL}', {{method: 'POST', body: JSON.stringify({nest})}});\n") == []
    return len(asked)


def test_javascript_deep_literals_ask_few_parents(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same in JavaScript: objects and arrays holding a name at every level (500 deep took 1.35 s, 1,000 10 s:
    each literal's walk up asked a parent of each literal above it)."""
    small, big = _js_parents_asked(monkeypatch, 200), _js_parents_asked(monkeypatch, 400)
    assert 1 <= small == big <= 8, (small, big)


@pytest.mark.parametrize(("text", "stored"), [
    (f"fetch('{URL}', {{method: 'POST', body: JSON.stringify({{a: [body, {{b}}]}})}});\n", []),
    ("console.log({a: [body]});\n", []),
    ("const kept = {a: [body, {b: other, c}]};\n", ["body", "other", "c"]),
    ("fill([[body]]);\n", ["body"]),
    ("for (const r of [body]) r.x = 1;\n", []),
    ("for (const r of [[body]]) r.x = 1;\n", ["body"]),
    ("[body].forEach((r) => { r.x = 1; });\n", []),
    ("const {a = body} = o;\n", []),
    ("function f(b = body) {}\n", ["body"]),
])
def test_javascript_what_is_stored_is_as_before(text: str, stored: list[str]) -> None:
    assert _js_stored(text) == stored
