"""A chain of calls (`f.get('k', 'd').get('k', 'd')…`, thousands long in generated code) is read in time linear in its
length. Each call's receiver is the whole chain before it: reading the receiver's text for its last name (JavaScript's
`receiver_name`, Python's `_escaping_call`), a callee's text for `.interceptors.request.use` or
`loginClientCredentialsGrant`, the text of `self.x`'s owner, or walking the receiver down to the chain's start for
a test double's name (`is_mock`, `_chain_root`) at every call cost characters or steps quadratic in the chain (3,000
links: 14 s of JavaScript, 5 s of Python). Counted, never timed: the characters SourceText.raw returns, and the steps
taken down a node's `object`/`function` fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import validator.sources.javascript as javascript
import validator.sources.python as python
from validator.sources.code import SourceText
from validator.sources.extract import launches_in

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = {"javascript": f"await axios.post('{URL}', {{flowId: 'x'}});\n",
          "python": f"import requests\nrequests.post('{URL}', json={{'flowId': 'x'}})\n"}


class _Counted:
    """A grammar's field ids, counting how often a reader asks for `object` and `function` (a step down a chain)."""

    def __init__(self, real: Any, steps: list[int]) -> None:
        self._real, self._steps = real, steps

    def __getattr__(self, name: str) -> Any:
        if name in ("object", "function"):
            self._steps[0] += 1
        return getattr(self._real, name)


def _work(monkeypatch: pytest.MonkeyPatch, kind: str, chain: str) -> tuple[int, int]:
    read = [0]
    steps = [0]
    real_raw = SourceText.raw

    def counted(self: SourceText, node: Any) -> str:
        found = real_raw(self, node)
        read[0] += len(found)
        return found

    module = javascript if kind == "javascript" else python
    real_fields = module.fields
    monkeypatch.setattr(SourceText, "raw", counted)
    monkeypatch.setattr(module, "fields", lambda language: _Counted(real_fields(language), steps))
    launches = launches_in(kind, chain + LAUNCH[kind], "a.js" if kind == "javascript" else "a.py")
    monkeypatch.undo()
    assert [launch.kind for launch in launches] == ["axios" if kind == "javascript" else "requests"]  # reached and read
    return read[0], steps[0]


JS: dict[str, Callable[[int], str]] = {
    "getters": lambda n: "const r = f" + "\n  .get('k', 'd')" * n + ";\n",
    "interceptors": lambda n: "// interceptors loginClientCredentialsGrant\nconst r = f" + "\n  .use(a)" * n + ";\n",
    # (a file that imports wretch: each request method's receiver is walked for a wretch chain, a bounded few steps)
    "wretch getters": lambda n: "import wretch from 'wretch';\nconst r = wretch('/x')" + "\n  .get('k', 'd')" * n + ";\n",
}
PY: dict[str, Callable[[int], str]] = {
    "getters": lambda n: "r = (f" + "\n  .get('k', 'd')" * n + ")\n",
    "dict_arguments": lambda n: "r = (f" + "\n  .update({'a': 1})" * n + ")\n",
    "self_argument": lambda n: "class A:\n    def m(self):\n        return (f" + "\n            .x(self)" * n + ")\n",
}


@pytest.mark.parametrize(("kind", "shape"), [*(("javascript", s) for s in sorted(JS)), *(("python", s) for s in sorted(PY))])
def test_a_chain_twice_as_long_is_about_twice_the_work(monkeypatch: pytest.MonkeyPatch, kind: str, shape: str) -> None:
    make = (JS if kind == "javascript" else PY)[shape]
    (short_read, short_steps), (long_read, long_steps) = (_work(monkeypatch, kind, make(n)) for n in (150, 300))
    assert long_read < 2.2 * short_read, (short_read, long_read)
    assert long_steps < 2.2 * short_steps, (short_steps, long_steps)
