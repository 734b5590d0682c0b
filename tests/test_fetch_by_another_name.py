"""fetch taken from its package under a name of the file's own is read as fetch: node-fetch's, cross-fetch's and
isomorphic-fetch's default (imported, required, destructured from a dynamic import, or `.default` of the namespace),
and undici's `fetch` and `request` imported by another name. It used to be only said (FL011: "passed to `f(…)`, which
flowlint does not read as a launch"), its body never checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
OPTIONS = ("{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: "
           "'5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c', inputData: { 'Flow.x': '1' }, priority: 2 }) }")

LOADED = {
    "default.mjs": ("import f from 'node-fetch';", "f"),
    "default_as.mjs": ("import { default as getIt } from 'node-fetch';", "getIt"),
    "required.js": ("const nf = require('node-fetch');", "nf"),
    "required_default.js": ("const nf = require('node-fetch').default;", "nf"),
    "namespace.mjs": ("import * as fetchMod from 'node-fetch';", "fetchMod.default"),
    "required_namespace.js": ("const nodeFetch = require('node-fetch');", "nodeFetch.default"),
    "dynamic.mjs": ("const { default: fetch2 } = await import('node-fetch');", "fetch2"),
    "undici_fetch.mjs": ("import { fetch as uf } from 'undici';", "uf"),
    "undici_request.mjs": ("import { request as send } from 'undici';", "send"),
    "undici_required.js": ("const { fetch: undiciFetch } = require('undici');", "undiciFetch"),
    "cross.mjs": ("import crossFetch from 'cross-fetch';", "crossFetch"),
    "cross_named.mjs": ("import { fetch as cf } from 'cross-fetch';", "cf"),
    "isomorphic.js": ("const iso = require('isomorphic-fetch');", "iso"),
}


@pytest.mark.parametrize("name", sorted(LOADED))
def test_fetch_by_another_name_is_read_and_its_body_checked(tmp_path: Path, name: str) -> None:
    loads, called = LOADED[name]
    text = f"{loads}\nawait {called}('{URL}', {OPTIONS});\n"
    found = check_file(tmp_path, name, text, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 2)], found
    assert "`priority`" in found[0]["message"]


NOT_FETCH = {
    "undici_stream.mjs": ("import { stream as pipe } from 'undici';", "pipe"),  # undici's stream(url, options, factory)
    "named_other.mjs": ("import { Headers as makeIt } from 'node-fetch';", "makeIt"),
    "undici_namespace.mjs": ("import * as undici from 'undici';", "undici.default"),
    "own.mjs": ("import f from './fetcher.js';", "f"),
}


@pytest.mark.parametrize("name", sorted(NOT_FETCH))
def test_another_export_or_module_is_said_not_read(tmp_path: Path, name: str) -> None:
    loads, called = NOT_FETCH[name]
    text = f"{loads}\nawait {called}('{URL}', {OPTIONS});\n"
    found = check_file(tmp_path, name, text, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 2)], found
    assert f"passed to `{called}(…)`" in found[0]["message"]


def test_beside_a_launch_read_the_other_name_is_read_too(tmp_path: Path) -> None:
    text = (f"import f from 'node-fetch';\nawait fetch('{URL}', {OPTIONS});\nawait f('{URL}', {OPTIONS});\n")
    found = check_file(tmp_path, "both.mjs", text, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 2), ("FL102", 3)], found
