"""A fix inside the body literal written at a file's one launch is proven on that literal (code_editor's local proof):
the edited text is parsed again and the changed part of the literal read by the language's reader, the rest of the body
taken from the first read where the text and path are the same. The full proof (a second reader of the edited file) is
the fallback and the oracle these tests hold the local one to."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from validator.checker.engine import check_documents
from validator.checker.loader import load_documents
from validator.checker.options import CheckOptions
from validator.sources import javascript, python
from validator.sources.document import DEFAULT_LIMITS

from conftest import counted_calls

_JS = """export async function start(token, contactId) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST', headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', type: 'flow', inputData: { 'Flow.id': contactId } }),
  });
}
"""
_PY = """import requests


def start(token, contact_id):
    return requests.post(
        "https://api.mypurecloud.com/api/v2/flows/executions",
        headers={"Authorization": f"Bearer {token}"},
        json={"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "type": "flow", "inputData": {"Flow.id": contact_id}},
    )
"""


def _fixes(text: str, name: str, kind: str) -> list[Any]:
    documents = load_documents(text.encode(), name, DEFAULT_LIMITS, source=kind)
    return [d.fix for d in check_documents(documents, CheckOptions()) if d.code == "FL101" and d.fix is not None]


@pytest.mark.parametrize(("text", "name", "kind", "reader"), [
    (_JS, "start.js", "javascript", javascript.JavaScriptReader), (_PY, "start.py", "python", python.PythonReader)])
def test_a_fix_inside_the_body_literal_is_proven_without_indexing_the_edited_file(
        text: str, name: str, kind: str, reader: type, monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = counted_calls(monkeypatch, reader, "_index")
    fixes = _fixes(text, name, kind)
    assert fixes and fixes[0].edits  # reached: rendered and proven
    assert "type" in text[fixes[0].edits[0].start:fixes[0].edits[0].end]  # the member removed, nothing else
    assert len(indexed) == 1  # the extraction's reader only: the proof read the edited literal alone



def test_an_edit_that_changes_another_member_is_not_proven_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    """Broken on purpose: the editor's edit also changes another member of the body literal; read locally, it shows."""
    from validator.edits.code_editor import LaunchEditor

    real = LaunchEditor._apply

    def wrong(self: LaunchEditor, text: str, request: Any, operation: Any) -> str:
        return real(self, text, request, operation).replace("'Flow.id': contactId", "'Flow.id': 1")

    monkeypatch.setattr(LaunchEditor, "_apply", wrong)
    indexed = counted_calls(monkeypatch, javascript.JavaScriptReader, "_index")
    fixes = _fixes(_JS, "start.js", "javascript")
    assert fixes and len(indexed) == 1  # reached: proven locally
    assert fixes[0].edits is None

# -- the oracle: the body read locally is the body the edited file, read again in full, holds ----------------------------

_JS_FILE = """const CONST = 'c';
const other = { k: 1 };
export async function start(token, ...rest) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST',
    body: JSON.stringify(BODY),
  });
}
"""
_JS_AXIOS = """const axios = require('axios');
const CONST = 'c';
const other = { k: 1 };
async function start(token) {
  await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', BODY, { headers: { 'X-A': 'b' } });
}
"""
_JS_REPLACER = _JS_FILE.replace("JSON.stringify(BODY)", "JSON.stringify(BODY, ['flowId', 'inputData', 'a'])")
_TS = _JS_FILE.replace("start(token, ...rest)", "start(token: string, ...rest: unknown[])")
_PY_FILE = """import json
import requests

CONST = "c"
other = {"k": 1}


def start(token):
    return requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=BODY)
"""
_PY_DUMPS = """import json
import requests

CONST = "c"
other = {"k": 1}


def start(token):
    return requests.post("https://api.mypurecloud.com/api/v2/flows/executions", data=json.dumps(BODY))
"""
_PY_DEFAULT = _PY_DUMPS.replace("json.dumps(BODY)", "json.dumps(BODY, default=str)")
_KEYS = ["flowId", "type", "inputData", "name", "flowVersion", "Flow.x", "a"]
_JS_VALUES = ["'s'", '"t"', "12", "-3", "1.5", "9007199254740993", "10n", "true", "null", "undefined", "token", "CONST",
              "other", "unbound", "`x${token}`", "`plain`", "'a\\\\'b'", "[1, token]", "[]", "{}", "Infinity", "-0",
              "() => 1", "CONST + 'x'"]
_PY_VALUES = ['"s"', "'t'", "12", "-3", "1.5", "True", "None", "token", "CONST", "other", "unbound", 'f"x{token}"',
              'f"plain"', '"a\\\\"b"', "[1, token]", "[]", "{}", "(1, 2)", "float('nan')", "10**3", '"a" "b"']

#: A literal as generated: a leaf's text, ("{", [(key, value)…]) an object (key "...": a spread, its text as value), or
#: ("[", [value…]) an array.
Literal = Any


def _literal(draw: st.DrawFn, python: bool, depth: int, shape: str) -> Literal:
    values = _PY_VALUES if python else _JS_VALUES
    parts: list[Any] = []
    for _ in range(draw(st.integers(0, 4))):
        nested = depth < 3 and draw(st.integers(0, 3)) == 0
        value = _literal(draw, python, depth + 1, draw(st.sampled_from("{["))) if nested else draw(st.sampled_from(values))
        if shape == "[":
            parts.append(value)
        elif draw(st.integers(0, 9)) == 0:
            parts.append(("...", "**other" if python else "...other"))
        else:
            parts.append((draw(st.sampled_from(_KEYS)), value))
    return shape, parts


def _written(literal: Literal, python: bool) -> str:
    if isinstance(literal, str):
        return literal
    shape, parts = literal
    if shape == "[":
        return "[" + ", ".join(_written(item, python) for item in parts) + "]"
    written = []
    for key, value in parts:
        name = f'"{key}"' if python or "." in key or key == "a" else key
        written.append(value if key == "..." else f"{name}: {_written(value, python)}")
    return "{" + ", ".join(written) + "}"


@st.composite
def _edits(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A file with one launch whose body literal is written at the call, and the same file with one member or item of
    one of the body's object or array literals replaced, removed, inserted or (a member) renamed."""
    form = draw(st.sampled_from([(_JS_FILE, "javascript", "a.js"), (_JS_AXIOS, "javascript", "b.js"),
                                 (_JS_REPLACER, "javascript", "c.js"), (_TS, "typescript", "a.ts"),
                                 (_PY_FILE, "python", "a.py"), (_PY_DUMPS, "python", "b.py"), (_PY_DEFAULT, "python", "c.py")]))
    python = form[1] == "python"
    body = _literal(draw, python, 0, "{")
    values = _PY_VALUES if python else _JS_VALUES

    def edited(literal: Literal) -> Literal:
        shape, parts = literal
        parts = list(parts)
        nested = [i for i, part in enumerate(parts) if not isinstance(part if shape == "[" else part[1], str)]
        deeper: bool = draw(st.booleans()) if nested else False
        if deeper:  # into a nested literal
            at = draw(st.sampled_from(nested))
            parts[at] = edited(parts[at]) if shape == "[" else (parts[at][0], edited(parts[at][1]))
            return shape, parts
        what = draw(st.sampled_from(["replace", "remove", "insert", "rename"]))
        leaf = draw(st.sampled_from(values))
        if what == "insert" or not parts:
            parts.insert(draw(st.integers(0, len(parts))), leaf if shape == "[" else (draw(st.sampled_from(_KEYS)), leaf))
            return shape, parts
        at = draw(st.integers(0, len(parts) - 1))
        if what == "remove":
            del parts[at]
        elif shape == "[":
            parts[at] = leaf
        elif parts[at][0] != "...":
            parts[at] = (draw(st.sampled_from(_KEYS)), parts[at][1]) if what == "rename" else (parts[at][0], leaf)
        return shape, parts

    old = form[0].replace("BODY", _written(body, python))
    new = form[0].replace("BODY", _written(edited(body), python))
    return old, new, form[1], form[2]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_edits())
def test_a_body_read_locally_is_the_body_the_edited_file_holds(edit: tuple[str, str, str, str]) -> None:
    from validator.edits import same
    from validator.edits.code_editor import _NOT_LOCAL, local_body
    from validator.edits.text import difference
    from validator.sources.code import parsed
    from validator.sources.extract import launches_in

    old, new, kind, name = edit
    first = launches_in(kind, old, name)
    assume(len(first) == 1 and old != new)
    span = first[0].body_span
    start, end, content = difference(old, new)
    assume(span is not None and span[0] <= start and end <= span[1])
    source, tree = parsed(kind, new, (old, start, end, content))
    body = local_body(kind, first[0], old, (start, end, content), source, tree, DEFAULT_LIMITS.max_depth)
    event("local" if body is not _NOT_LOCAL else "full")
    if body is _NOT_LOCAL:
        return
    again = launches_in(kind, new, name, credentials=False)
    assert len(again) == 1 and same(body, again[0].body), (body, again[0].body if again else None)
