"""A check the editor no longer wants (its document closed or edited, the server shutting down) stops within one launch's
check too: between the schema errors of its body it explains and between the findings it locates, renders and proves.
A 1 MB body of 100,000 inputs is one launch: its check ran 14 s past its document's close, and `exit` waited for it."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from validator.checker import engine
from validator.core.stop import Overtaken, stoppable
from validator.lsp.server import _State, check, make_server
from validator.rules import envelope

BODY = json.dumps({"flowId": "2f1b3a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b", "inputData": {f"k{i}": i for i in range(30)}})


@pytest.mark.parametrize(("owner", "name"), [(envelope._Explainer, "finding"), (engine, "_shown_subject")])
def test_a_check_asked_to_stop_stops_within_its_one_launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           owner: Any, name: str) -> None:
    calls: list[int] = []
    stop = threading.Event()
    step = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if stopping:
            stop.set()  # (the document is closed while this step of its check runs)
        return step(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    if owner is engine:  # (no proofs: each is a check of its own, which would stop at its first schema error instead)
        monkeypatch.setattr(engine, "_prover", lambda *_args: None)
    path = str(tmp_path / "body.json")
    stopping = False
    assert len(check(path, BODY)) > 2 and len(calls) > 2  # reached: one launch, many steps of this kind
    calls.clear()
    stopping = True
    with stoppable(stop), pytest.raises(Overtaken):
        check(path, BODY)
    assert len(calls) == 1  # stopped at the next step: the body's other errors and findings were never worked on


@pytest.mark.parametrize("end", ["shutdown request", "server's end"])
async def test_shutting_down_stops_every_running_check(end: str) -> None:
    """`shutdown` (no result is wanted after it) and the server's end (`exit`: Python's exit waits for every check
    thread) stop the checks running, of open documents too."""
    server = make_server()
    stops = {uri: threading.Event() for uri in ("file:///a.json", "file:///b.py")}
    for uri, stop in stops.items():
        server.states[uri] = _State(stop=stop)
    if end == "shutdown request":
        handler = server.protocol.fm.features["shutdown"]
        handler(None)
    else:
        server.shutdown()
        assert server.checks_pool._shutdown  # (no check starts after it)
    assert all(stop.is_set() for stop in stops.values())
