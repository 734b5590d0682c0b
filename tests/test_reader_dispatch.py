"""The JavaScript reader's per-call dispatch skips a call by its name only where no branch would read it: every
file reads as it does with the skip turned off (every name then taken through the whole dispatch)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import javascript
from validator.sources.code import parsed
from validator.sources.extract import reader_for

ROOT = Path(__file__).resolve().parent.parent
API = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = "{ flowId: 'f', inputData: {} }"
#: Test doubles named by calls of names no branch reads (`reply`, `mock`, `stub`, `intercept`): still noted.
SNIPPETS = [
    f"nock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(400, {{}});\n"
    f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({BODY}) }});\n",
    f"fetchMock.mock('{API}', 202);\nsinon.stub(client, 'launch').returns({BODY});\n",
    f"const server = setupServer();\nmoxios.stubRequest('{API}', {{ status: 400 }});\nmockServer.intercept('{API}');\n",
    f"users.filter(Boolean).map((u) => u.name).join(', ');\nlogger.warn('{API}');\nsend('{API}', {BODY});\n",
    f"const rp = require('request-promise');\nanything('{API}', {{ method: 'POST', body: {BODY}, json: true }});\n",
    f"function post(url, body) {{ return fetch(url, {{ method: 'POST', body: JSON.stringify(body) }}); }}\npost('{API}', {BODY});\n",
    f"import got from 'got';\nimport ky from 'ky';\ngot('{API}', {{ method: 'POST', json: {BODY} }});\n"
    f"ky('{API}', {{ method: 'post', json: {BODY} }});\n",
]


class _Every:
    """A set holding every name: the dispatch then skips none."""

    def __contains__(self, name: object) -> bool:
        return True


def _plain(value: Any) -> Any:
    """A reading's requests as plain data, to compare two readings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    slots = [name for cls in type(value).__mro__ for name in getattr(cls, "__slots__", ())]
    state = getattr(value, "__dict__", None) or {name: getattr(value, name, None) for name in slots}
    return [type(value).__name__, _plain(state)]


def _reading(kind: str, text: str) -> str:
    source, tree = parsed(kind, text)
    reader = reader_for(kind, source, tree, 64, None)
    found = reader.launches()
    sites = [request.site for request in found]
    return json.dumps([_plain(found), reader.unread(), reader.unread_beside(sites), reader.not_sent, reader.explained],
                      sort_keys=True, default=repr)


def _files() -> list[tuple[str, str]]:
    kinds = {".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript",
             ".tsx": "tsx"}
    found = [(kinds[p.suffix], p.read_text(encoding="utf-8", errors="surrogateescape"))
             for folder in ("fixtures", "tests/data") for p in sorted((ROOT / folder).rglob("*")) if p.suffix in kinds]
    return found + [("javascript", text) for text in SNIPPETS]


def test_the_corpus_holds_calls_the_dispatch_skips_and_test_doubles() -> None:
    texts = [text for _, text in _files()]
    assert len(texts) > 20 and any("nock(" in text for text in texts) and any(".filter(" in text for text in texts)


@pytest.mark.parametrize(("kind", "text"), _files())
def test_a_call_skipped_by_its_name_reads_as_the_whole_dispatch_reads_it(kind: str, text: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    skipped = _reading(kind, text)
    monkeypatch.setattr(javascript, "_DISPATCHED", _Every())
    assert skipped == _reading(kind, text)
