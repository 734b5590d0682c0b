"""An axios request interceptor runs on the config before it is sent: launches through the object it is registered on
(the library's own calls, or one instance's) have data that is not known when the interceptor may reach it, and headers
that are not known at all; an interceptor that only sets other members (`config.headers…`) leaves the data judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
DATA = f"{{ flowId: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana', 'Flow.orderCount': '3' }} }}"
HEAD = "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://api.mypurecloud.com/api/v2' });\n"
GLOBAL = f"axios.post('{API}', {DATA});\n"
INSTANCE = f"api.post('/flows/executions', {DATA});\n"


def judged(found: list[dict[str, object]]) -> bool:
    """Whether the data was judged: its orderCount, a string, is not the Integer the flow declares (FL204)."""
    return any(d["code"] == "FL204" for d in found)


@pytest.mark.parametrize("interceptor", [
    "(config) => { config.data = decamelize(config.data); return config; }",
    "async function (config) { return { ...config, data: wrap(config.data) }; }",
    "addAuth",  # imported: what it does is not seen
    "rewrite",  # written below: it hands the config on
    "(config) => sign(config)",
    "(config) => sign({ ...config, headers: {} })",
    "(config) => ({ ...config, data: wrap(config.data) })",
])
def test_an_interceptor_that_may_reach_the_data_makes_it_unknown(tmp_path: Path, interceptor: str) -> None:
    extra = "import { addAuth } from './auth';\nfunction rewrite(config) { return transform(config); }\n"
    text = HEAD + extra + f"api.interceptors.request.use({interceptor});\n" + INSTANCE + GLOBAL
    found = check_file(tmp_path, "a.js", text)
    assert [int(d["line"]) for d in found if d["code"] == "FL204"] == [text.count("\n")], found


@pytest.mark.parametrize("interceptor", [
    "(config) => { config.headers.Authorization = `Bearer ${token()}`; return config; }",
    "function (config: InternalAxiosRequestConfig) { config.timeout = 5000; return config; }",
    "(config) => config",
    "async (config) => ({ ...config, headers: { ...config.headers, Authorization: 'Bearer x' } })",
    "() => undefined",
])
def test_an_interceptor_that_never_reaches_the_data_leaves_it_judged(tmp_path: Path, interceptor: str) -> None:
    text = HEAD + f"axios.interceptors.request.use({interceptor});\n" + GLOBAL
    assert judged(check_file(tmp_path, "a.ts", text))


def test_the_library_and_each_instance_have_their_own(tmp_path: Path) -> None:
    rewrite = "(c) => { c.data = JSON.stringify(c.data); return c; }"
    on_library = HEAD + f"axios.interceptors.request.use({rewrite});\n"
    assert not judged(check_file(tmp_path, "a.js", on_library + GLOBAL))
    assert not judged(check_file(tmp_path, "a.js", on_library + f"axios({{ url: '{API}', method: 'post', data: {DATA} }});\n"))
    assert judged(check_file(tmp_path, "a.js", on_library + INSTANCE))  # axios.create's instance: its own interceptors


def test_an_instance_held_by_a_class(tmp_path: Path) -> None:
    text = ("import axios from 'axios';\nexport class Genesys {\n  private http = axios.create({ baseURL: "
            "'https://api.mypurecloud.com/api/v2' });\n  constructor() {\n"
            "    this.http.interceptors.request.use((c) => { c.data = { ...c.data, name: 'x' }; return c; });\n  }\n"
            f"  launch() {{ return this.http.post('/flows/executions', {DATA}); }}\n}}\n")
    assert not judged(check_file(tmp_path, "a.ts", text))
    assert judged(check_file(tmp_path, "a.ts", text.replace("c.data = { ...c.data, name: 'x' }", "c.headers.x = '1'")))


def test_headers_an_interceptor_may_set_are_not_judged(tmp_path: Path) -> None:
    call = f"axios.post('{API}', {DATA}, {{ headers: {{ 'Content-Type': 'text/plain' }} }});\n"
    assert any(d["code"] == "FL303" for d in check_file(tmp_path, "a.js", HEAD + call))
    with_interceptor = HEAD + "axios.interceptors.request.use((c) => { c.headers.set('Content-Type', 'application/json'); " \
        "return c; });\n" + call
    found = check_file(tmp_path, "a.js", with_interceptor)
    assert judged(found) and not any(d["code"] == "FL303" for d in found)
