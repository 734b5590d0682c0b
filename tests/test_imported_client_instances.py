"""An axios, ky or got instance another module of the run exports (`export const api = axios.create({ baseURL })`,
`ky.create({ prefixUrl })`), imported and called (`api.post('/flows/executions', body)`): its base URL is read by that
module's reader, so the launch is judged (it was "relative to a base URL flowlint does not see", an FL011 note); a
wrong host in it is said at the call; headers or rewrites (transformRequest, interceptors, defaults) in that module
leave the headers or the body unknown. A base from the environment stays unseen, as in one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

API = "https://api.mypurecloud.com/api/v2"


def found(root: Path, monkeypatch: pytest.MonkeyPatch, api: str, go: str) -> set[tuple[int, str]]:
    monkeypatch.chdir(root)
    (root / "api.ts").write_text(api)
    (root / "go.ts").write_text(go)
    return {(d["line"], d["code"]) for d in diagnostics("--no-cache", "-v", "-j", "1", ".") if d["code"] != "FL200"}


def test_ky_instances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = (f"import ky from 'ky';\nexport const api = ky.create({{ prefixUrl: '{API}' }});\n"
           "export const bad = ky.extend({ prefixUrl: 'https://myorg.mypurecloud.com/api/v2' });\n")
    go = ("import { api, bad } from './api';\nexport async function go(id: string) {\n"
          "  await api.post('flows/executions', { json: { flowId: id, extra: 1 } }).json();\n"
          "  await bad.post('flows/executions', { json: { flowId: id } });\n"
          "  await api.post('flows/executions', { json: { flowId: id } });\n}\n")
    assert found(tmp_path, monkeypatch, api, go) == {(3, "FL102"), (4, "FL302")}


def test_axios_instances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = (f"import axios from 'axios';\nexport const api = axios.create({{ baseURL: '{API}' }});\n"
           "export const orchestrator = axios.create({ baseURL: process.env.ORCHESTRATOR_URL });\n")
    go = ("import { api, orchestrator } from './api';\nexport async function go(id: string) {\n"
          "  await api.post('/flows/executions', { flowId: id, extra: 1 });\n"
          "  await orchestrator.post('/flows/executions', { flowId: id, priority: 1 });\n"
          "  await api.post('/flows/executions', { flowId: id });\n}\n")
    assert found(tmp_path, monkeypatch, api, go) == {(3, "FL102"), (4, "FL011")}


@pytest.mark.parametrize("rewrite", [
    "api.interceptors.request.use((config) => { config.data = { flowId: config.data.id }; return config; });\n",
    "export const spare = axios.create({ transformRequest: [(data) => data] });\napi.defaults.transformRequest = [];\n",
    "import { sign } from './sign';\napi.interceptors.request.use(sign);\n",  # a handler not written there
    "api.defaults.data = { flowId: 'x' };\n",
])
def test_axios_a_module_that_may_rewrite_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rewrite: str) -> None:
    api = f"import axios from 'axios';\nexport const api = axios.create({{ baseURL: '{API}' }});\n" + rewrite
    go = ("import { api } from './api';\nexport async function go(id: string) {\n"
          "  await api.post('/flows/executions', { id, extra: 1 });\n}\n")
    said = found(tmp_path, monkeypatch, api, go)
    assert (3, "FL011") in said and (3, "FL102") not in said and (3, "FL103") not in said, said


@pytest.mark.parametrize("headers", [
    "api.interceptors.request.use((config) => {\n  config.headers.Authorization = `Bearer ${process.env.T}`;\n  return config;\n});\n",
    "api.defaults.headers.common['Authorization'] = `Bearer ${process.env.T}`;\n",
])
def test_axios_a_module_that_only_sets_headers_leaves_the_body_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      headers: str) -> None:
    # A token interceptor in the client's module turned every body check off in silence (review A 12); the same one
    # in the calling file did not.
    api = f"import axios from 'axios';\nexport const api = axios.create({{ baseURL: '{API}' }});\n" + headers
    go = ("import { api } from './api';\nexport async function go(id: string) {\n"
          "  await api.post('/flows/executions', { flowId: id, inputs: { customerId: 1 } });\n}\n")
    said = found(tmp_path, monkeypatch, api, go)
    assert (3, "FL101") in said and (3, "FL011") not in said, said
