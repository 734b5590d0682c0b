"""An editor's check overtaken by a newer edit stops inside the reading of a file's launches too (core/stop.py): its
parse a chunk of bytes at a time, its walks a batch of nodes at a time, its reading of calls one call at a time. The
reading had no stop point: an overtaken check of a big file read all of it (seconds) before it could stop. Nothing
here waits on a clock: the stop is an event set by the reading itself, and what was read is counted."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from validator.core.stop import Overtaken, checked, stoppable
from validator.sources import code
from validator.sources.extract import extract

from conftest import UUID

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
PYTHON = ("requests.post('" + URL + "', headers={{'Authorization': 'Bearer x'}}, json={{'flowId': '" + UUID
          + "', 'inputData': {{'customerName': 'n{n}'}}}})\n")
JAVASCRIPT = ("axios.post('" + URL + "', {{flowId: '" + UUID + "', inputData: {{customerName: 'n{n}'}}}}, "
              "{{headers: {{Authorization: 'Bearer x'}}}});\n")
LAUNCHES = 30


class Counting(threading.Event):
    """A stop event that counts how often the check looked at it, set from its `at`th look on (never: None)."""

    def __init__(self, at: int | None = None) -> None:
        super().__init__()
        self.at = at
        self.looks = 0

    def is_set(self) -> bool:
        self.looks += 1
        return super().is_set() or (self.at is not None and self.looks >= self.at)


def source(kind: str, launches: int = LAUNCHES) -> str:
    head = "import requests\n" if kind == "python" else "const axios = require('axios');\n"
    line = PYTHON if kind == "python" else JAVASCRIPT
    return head + "".join(line.format(n=n) for n in range(launches))


@pytest.mark.parametrize(("kind", "name", "reader"), [("python", "app.py", "validator.sources.python.PythonReader"),
                                                       ("javascript", "app.js", "validator.sources.javascript.JavaScriptReader")])
def test_an_overtaken_extraction_reads_no_launch_after_the_stop(kind: str, name: str, reader: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    module, _, cls = reader.rpartition(".")
    reader_class: Any = getattr(__import__(module, fromlist=[cls]), cls)
    read = reader_class.launch
    calls: list[int] = []
    stop = threading.Event()

    def launch(self: Any, node: Any) -> Any:
        calls.append(node.start_byte)
        if len(calls) == 2 and stoppable_run:
            stop.set()  # (the user typed while the second call was read)
        return read(self, node)

    monkeypatch.setattr(reader_class, "launch", launch)
    text = source(kind)
    stoppable_run = False
    assert len(extract(kind, text, name)) == LAUNCHES and len(calls) >= LAUNCHES  # reached: every launch read, unstopped
    calls.clear()
    stoppable_run = True
    with stoppable(stop), pytest.raises(Overtaken):
        extract(kind, text, name)
    assert len(calls) == 2  # stopped at the next call: the other launches were never read


def test_an_overtaken_parse_reads_no_more_of_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code, "BUDGET", code.BUDGET._replace(chunk=256))
    text = source("python", 100) + "# an overtaken parse\n"  # (some 200 chunks: a text no other test parsed)
    chunks = len(text.encode()) // 256
    whole = Counting()
    with stoppable(whole):
        _, tree = code.parsed("python", text)
    assert whole.looks > chunks and not tree.root_node.has_error  # reached: asked before each chunk, parsed whole
    code._PARSED.pop(("python", text))
    stop = Counting(at=3)
    with stoppable(stop), pytest.raises(Overtaken):
        code.parsed("python", text)
    assert stop.looks < 10  # the parse ends at the stop (tree-sitter asks again a time or two): not some 200 chunks read
    assert ("python", text) not in code._PARSED  # the text's first chunks' tree is never kept as its own


def test_a_walk_looks_at_the_stop_every_batch_of_nodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code, "NODES", 10)
    _, tree = code.parsed("python", source("python", 20))
    types = frozenset({"call", "string"})
    found = code.nodes_of("python", tree.root_node, types)
    looks = Counting()
    with stoppable(looks):
        assert code.nodes_of("python", tree.root_node, types) == found  # reached: the same nodes, looked at as it walked
    leaves = sum(1 for node in code.walk(tree.root_node) if node.child_count == 0)
    assert looks.looks == leaves // 10  # once every 10 leaves
    stop = Counting(at=2)
    with stoppable(stop), pytest.raises(Overtaken):
        code.nodes_of("python", tree.root_node, types)
    assert stop.looks == 2  # stopped after 20 leaves, of hundreds


def test_a_loop_over_nodes_looks_at_the_stop_before_each_batch() -> None:
    items = list(range(10))
    assert checked(items, 3) is items  # outside a stoppable check: the items themselves, nothing looked at
    looks = Counting()
    with stoppable(looks):
        assert list(checked(items, 3)) == items
    assert looks.looks == 4
    stop, seen = Counting(at=2), list[int]()
    with stoppable(stop), pytest.raises(Overtaken):
        seen.extend(checked(items, 3))
    assert stop.looks == 2 and seen == [0, 1, 2]  # the first batch, then stopped


def test_a_stop_inside_the_reading_stops_the_check_and_is_no_failure_of_the_file(tmp_path: Any,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading's own `except Exception` (a reader's failure made an FL900 note) does not take the stop for a
    failure: the check stops, nothing of it reported."""
    from validator.lsp.server import check
    from validator.sources.python import PythonReader

    read = PythonReader.launch
    stop = threading.Event()
    calls: list[int] = []

    def launch(self: Any, node: Any) -> Any:
        calls.append(node.start_byte)
        if len(calls) == 2 and armed:
            stop.set()
        return read(self, node)

    monkeypatch.setattr(PythonReader, "launch", launch)
    path = tmp_path / "app.py"
    text = source("python")
    path.write_text(text)
    armed = False
    assert "FL203" in {d.code for d in check(str(path), text)}  # reached: the launches' findings, unstopped
    calls.clear()
    armed = True
    with stoppable(stop), pytest.raises(Overtaken):
        check(str(path), text)
    assert len(calls) == 2


def test_a_walk_of_the_project_for_importers_stops_at_its_next_directory(tmp_path: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A module exporting the launch URL has its note judged by the project's importers, the project walked for them:
    a buffer outside any project (at / or in a home directory) walked the whole disk (527,000 files, 46 s, for
    /x.js), and neither a newer edit nor the server's timeout stopped it."""
    from validator.lsp import module_notes
    from validator.lsp.server import make_server
    from validator.project import files

    (tmp_path / ".flowlint.toml").write_text("")
    for n in range(5):
        (tmp_path / f"d{n}").mkdir()
        (tmp_path / f"d{n}" / "use.js").write_text("import { LAUNCH_URL } from '../config.js';\n")
    path = str(tmp_path / "config.js")
    text = f"export const LAUNCH_URL = '{URL}';\n"
    walked: list[str] = []
    real = files.walk
    stop = threading.Event()

    def walk(root: str) -> Any:
        if armed:
            stop.set()  # (the user typed as the walk began)
        for name in real(root):
            walked.append(name)
            yield name

    monkeypatch.setattr(module_notes, "walk", walk)
    server = make_server()
    armed = False
    assert "FL011" in {d.code for d in server.checked(path, text, {path: text})}
    assert len(walked) == 5  # reached: the project walked, its five files
    walked.clear()
    armed = True
    with stoppable(stop), pytest.raises(Overtaken):
        server.checked(path, text, {path: text})
    assert walked == []  # stopped at its first directory: nothing of the project listed
