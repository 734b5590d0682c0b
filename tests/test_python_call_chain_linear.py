"""A Python chain of calls (`f(a)(b)(c)…`, `f(a).update(b).update(c)…`) is read in time linear in its length: each
call's target (the chain before it) was walked again for the names it may change (a 100 KB chain, 35 s), and each call
asked tree-sitter its parent (a walk down from the root) to see whether it is a decorator's (a 60 KB chain, 18 s).
Counted, never timed."""

from __future__ import annotations

from typing import Any

import pytest

from validator.sources.code import Bindings, parsed
from validator.sources.extract import launches_in
from validator.sources.python import PythonReader

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _file(link: str, links: int) -> str:
    return f"import requests\nr = f(a){link * links}\nrequests.post('{URL}', json={{'flowId': 'x'}})\n"


@pytest.mark.parametrize("link", [".update(a)", ".append(a)"])
def test_a_chain_twice_as_long_records_about_twice_the_changes(monkeypatch: pytest.MonkeyPatch, link: str) -> None:
    counts = []
    changes: list[str] = []
    real = Bindings.mutate

    def counted(self: Bindings, name: str, at: Any) -> None:
        changes.append(name)
        real(self, name, at)

    for links in (150, 300):
        changes.clear()
        monkeypatch.setattr(Bindings, "mutate", counted)
        launches = launches_in("python", _file(link, links), "a.py")
        monkeypatch.undo()
        assert [launch.kind for launch in launches] == ["requests"]  # the launch after the chain was reached
        counts.append(len(changes))
    assert 0 < counts[1] < 2.2 * counts[0]  # (each call may change what its target names)


class _Counted:
    """A call node that counts the times it is asked its parent."""

    def __init__(self, node: Any) -> None:
        self.node = node
        self.parents = 0

    def __getattr__(self, name: str) -> Any:
        if name == "parent":
            self.parents += 1
        return getattr(self.node, name)


def test_a_call_is_judged_a_decorators_without_asking_its_parent() -> None:
    text = f"import requests\n@app.route('{URL}', methods=['POST'])\ndef h():\n    return f(a)(b)(c)\n"
    source, tree = parsed("python", text)
    reader = PythonReader(source, tree, 64, "a.py")
    calls = [node for node in reader.nodes if node.type == "call"]
    assert len(calls) == 4
    counted = [_Counted(call) for call in calls]
    assert [reader.launch(call) for call in counted] == [None] * 4  # type: ignore[arg-type]
    assert [call.parents for call in counted] == [0] * 4
    assert [reader._decorating(call) for call in calls] == [True, False, False, False]
