"""The editor server checks documents in a pool of WORKERS threads, and the fix editors' caches are each thread's own
(edits._BuiltIn, code_editor._Caches: a cache shared by two checks at once broke them): each thread kept its last
document's text, its members scanned, its YAML parse and its code blocks until its next check, so the pool as many
documents' as it has threads. A thread now keeps nothing of a check once it ends."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from validator import edits
from validator.edits import code_editor
from validator.lsp.server import make_server

MARKDOWN = """# Launching

```console
$ curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
    -H "Content-Type: application/json" \\
    -d '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"orderId": "o-1"}}'
```
"""


def _kept() -> dict[str, Any]:
    """What the calling thread's caches hold."""
    caches = code_editor._CACHES
    return {"editors": dict(edits._BUILT_IN.editors), "blocks": list(caches.blocks), "kept": list(caches.kept),
            "derived": list(caches.derived), "uses": dict(caches.uses), "scanned": caches.embedded_editor._last is not None}


@pytest.mark.parametrize(("name", "text"), [
    ("body.json", json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"orderId": "o-1"}})),
    ("body.yaml", "flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\ninputData:\n  orderId: o-1\n"),
    ("README.md", MARKDOWN),
])
def test_a_checking_thread_keeps_nothing_of_a_check_once_it_ends(tmp_path: Path, name: str, text: str) -> None:
    server = make_server()
    path = tmp_path / name
    path.write_text(text)
    used: dict[str, Any] = {}

    def checked() -> list[Any]:
        real = server.check

        def check(path: str, text: str) -> list[Any]:
            found = real(path, text)
            used.update(_kept())  # (what the check used: its editor, its code blocks)
            return found

        server.check = check
        return server.stoppable_check(threading.Event(), str(path), text, {str(path): text})

    with ThreadPoolExecutor(max_workers=1) as pool:  # (one thread: the next task runs where the check ran)
        found = pool.submit(checked).result(timeout=60)
        after = pool.submit(_kept).result(timeout=60)
    assert any(d.code == "FL203" and d.fix is not None and d.fix.edits for d in found), found  # a fix rendered there
    assert any(used.values()), used  # reached: the check filled the thread's caches
    assert not any(after.values()), after
