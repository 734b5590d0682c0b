"""A file of many functions, each storing its own body where other code may reach it (`const all = [body]`,
`{"k": body}`) before sending it, is read in time linear in its functions: the place each sent body was stored at was
found by resolving the binding of every store of the file, twice per launch (800 such functions of JavaScript: 9.6 s,
twice the session's start). Counted (bindings resolved), never timed."""

from __future__ import annotations

from typing import Any

import pytest

from validator.sources.code import Bindings
from validator.sources.extract import launches_in

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def _javascript(functions: int) -> str:
    return f'const axios = require("axios"); const URL = "{URL}";\n' + "".join(
        f'async function f{n}(x) {{ const body = {{flowId: "{FLOW}", inputData: {{"Flow.a{n}": x}}}}; const all = [body]; '
        f'for (const v of Object.values({{a: body}})) delete v.inputData["Flow.b"]; await axios.post(URL, body); }}\n'
        for n in range(functions))


def _python(functions: int) -> str:
    return f'import requests\nURL = "{URL}"\n' + "".join(
        f'def f{n}(x):\n    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.a{n}": x}}}}\n    d = {{"k": body}}\n'
        f'    for v in d.values():\n        v["inputData"].pop("Flow.b", None)\n    requests.post(URL, json=body)\n'
        for n in range(functions))


@pytest.mark.parametrize(("language", "make", "name"), [("javascript", _javascript, "a.js"), ("python", _python, "a.py")])
def test_twice_the_functions_resolve_about_twice_the_bindings(monkeypatch: pytest.MonkeyPatch, language: str,
                                                              make: Any, name: str) -> None:
    counts = []
    resolved: list[str] = []
    real = Bindings.key

    def counted(self: Bindings, name: str, at: Any) -> tuple[int, str]:
        resolved.append(name)
        return real(self, name, at)

    for functions in (40, 80):
        resolved.clear()
        monkeypatch.setattr(Bindings, "key", counted)
        launches = launches_in(language, make(functions), name)
        monkeypatch.undo()
        assert len(launches) == functions  # every launch was read
        assert "body" in resolved  # its stored body was looked up
        counts.append(len(resolved))
    assert 0 < counts[1] < 2.2 * counts[0]
