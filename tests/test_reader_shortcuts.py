"""The code readers' shortcuts decide what the full work would: a node walk finds what tree-sitter's query found, and a
call skipped early (no module looked up, no credential call searched) is one the full test would not read either."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from validator.sources import javascript, python
from validator.sources.code import language, nodes_of, parsed
from validator.sources.extract import _TEST_FUNCTIONS, extract, reader_for
from validator.sources.javascript import JavaScriptReader

if TYPE_CHECKING:
    from tree_sitter import Node

API = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = "{ flowId: 'f', inputData: {} }"
JS_TYPES = javascript._INDEXED | javascript._CALLS | javascript._SECRETS | javascript._CONTAINERS | javascript._ENUMS | _TEST_FUNCTIONS
PYTHON_TYPES = python._INDEXED | python._CALLS | python._SECRETS | python._CONTAINERS | {"attribute"} | _TEST_FUNCTIONS


@pytest.mark.parametrize("kind", ["javascript", "typescript"])
def test_nodes_of_finds_the_types_asked_in_document_order_outer_first(kind: str) -> None:
    text = "import * as ns from 'm';\nconst f = (a) => g(h(a), { b: [a] });\nconst k = function () {};\n"
    _, tree = parsed(kind, text)
    found = nodes_of(kind, tree.root_node, frozenset({"import_clause", "namespace_import", "call_expression", "pair",
                                                      "array", "arrow_function", "function", "function_expression"}))
    at = text.index
    assert [(node.type, node.start_byte) for node in found] == [
        ("import_clause", at("*")), ("namespace_import", at("*")), ("arrow_function", at("(a)")), ("call_expression", at("g(")),
        ("call_expression", at("h(")), ("pair", at("b:")), ("array", at("[a]")), ("function_expression", at("function"))]
    # (the `function` keyword inside is no node of that type: only named nodes are found)
    inner = found[3]
    assert [node.start_byte for node in nodes_of(kind, inner, frozenset({"call_expression"}))] == [at("g("), at("h(")]


def _queried(kind: str, root: Node, types: frozenset[str]) -> list[int]:
    """What tree-sitter's own query captures of those types (the oracle the walk is held to)."""
    from tree_sitter import Query, QueryCursor

    grammar = language(kind)
    known = sorted(t for t in types if grammar.id_for_node_kind(t, True))
    found = QueryCursor(Query(grammar, "[" + " ".join(f"({t})" for t in known) + "] @node")).captures(root).get("node", [])
    return sorted(node.id for node in found)


@pytest.mark.parametrize(("kind", "text"), [
    ("python", "def f(a=b, *c, **d):\n    requests.post(url, json={'a': [f(b), (1, 2)], **e}, headers={1, 2})\n"),
    ("javascript", "class A { m(x = y) { return fetch(u, { body: [x], y }).then((r) => r.json()); } }\n"),
    ("typescript", "enum E { A = 'a' }\nimport d, * as n from 'm';\ntry { a = b; } catch (e) { delete c.d; c++; }\n"),
])
def test_nodes_of_finds_what_the_query_captures_whole_or_cut_off(kind: str, text: str) -> None:
    types = PYTHON_TYPES if kind == "python" else JS_TYPES
    for cut in range(len(text) + 1):
        _, tree = parsed(kind, text[:cut])
        found = nodes_of(kind, tree.root_node, types)
        assert sorted(node.id for node in found) == _queried(kind, tree.root_node, types), text[:cut]
        assert [(n.start_byte, -n.end_byte) for n in found] == sorted((n.start_byte, -n.end_byte) for n in found)
    assert found, "the whole text has nodes of those types"


@pytest.mark.parametrize("loads", [
    "const rp = require('request-promise');",
    "const rp = (await import('request-promise')).default;",
    "import rp from 'request';",
    "import { ofetch as rp } from 'ofetch';",
])
def test_a_client_called_by_any_name_is_read_where_the_file_loads_one(loads: str) -> None:
    text = f"{loads}\nexport async function launch(token) {{\n  return rp('{API}', {{ method: 'POST', body: {BODY}, json: true }});\n}}\n"
    source, tree = parsed("javascript", text)
    reader = reader_for("javascript", source, tree, 64, None)
    assert isinstance(reader, JavaScriptReader)
    assert reader._loads_a_client
    [launch] = extract("javascript", text, None)
    assert launch.url is not None and launch.url.value == API


def test_a_file_loading_no_such_client_reads_its_other_calls_as_before() -> None:
    text = (f"import {{ helper }} from './helper';\nconst api = axios.create({{ baseURL: 'https://api.mypurecloud.com' }});\n"
            f"helper(1);\napi.post('/api/v2/flows/executions', {BODY});\n")
    source, tree = parsed("javascript", text)
    reader = reader_for("javascript", source, tree, 64, None)
    assert isinstance(reader, JavaScriptReader)
    assert not reader._loads_a_client
    [launch] = reader.launches()
    assert launch.kind == "axios" and launch.url is not None and launch.url.value == API  # the instance's base joined


@pytest.mark.parametrize(("kind", "text"), [
    ("javascript", "const c = new platformClient.ApiClient();\nc.loginClientCredentialsGrant('id', 'Xk7pQ2mZ9vR4tL8wN3sB');\n"
                   f"fetch('{API}', {{ method: 'POST', body: JSON.stringify({BODY}) }});\n"),
    ("python", "api.get_client_credentials_token('id', 'Xk7pQ2mZ9vR4tL8wN3sB')\n"
               f"requests.post('{API}', json={{'flowId': 'f'}})\n"),
])
def test_a_secret_given_to_the_sdks_sign_in_is_still_found(kind: str, text: str) -> None:
    [launch] = extract(kind, text, None)
    assert [where for where, _ in launch.credentials] and all(
        text[start:end].strip("'") == "Xk7pQ2mZ9vR4tL8wN3sB" for (start, end), _ in launch.credentials)
