"""The server checks documents in several threads at once (server.WORKERS): what one check reads with its imports
resolved (a module's importers read for its FL011 note, lsp/module_notes.py; a buffer's imported launch URL,
run/buffer_imports.py) belongs to that check alone. The switch that hands a file's reader its imports
(imports.activate) was process-wide, and a lock let one check at a time read so: another thread's reader of a file the
switch named took the first check's exports, and every other document's check of its imports waited for the first.
Interleaved with Events, no sleeps; every wait bounded."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

from test_lsp_imported_url import CONFIG_JS, LAUNCH_JS, _project

from validator.checker import launches
from validator.core.diagnostics import Diagnostic
from validator.lsp.server import FlowlintServer
from validator.run import buffer_imports
from validator.sources import imports

BOUND = 60.0


def _seen(found: list[Diagnostic]) -> list[tuple[str, int | None]]:
    return sorted((d.code, d.span.line if d.span is not None else None) for d in found)


def _thread(work: Callable[[], Any], out: dict[str, Any], key: str) -> threading.Thread:
    def run() -> None:
        try:
            out[key] = work()
        except BaseException as failed:  # (the test's assertion says it)
            out[key] = failed

    return threading.Thread(target=run, daemon=True)


def test_a_second_pass_in_one_thread_hands_no_reader_of_another_thread_its_exports() -> None:
    exports = imports.Exports({}, [])
    mine, theirs = "/project/src/launch.js", "/project/src/other.js"
    on, asked, done = threading.Event(), threading.Event(), threading.Event()
    out: dict[str, Any] = {}

    def first() -> tuple[bool, bool]:
        imports.activate(exports, [mine])
        try:
            on.set()
            assert asked.wait(BOUND)
            return imports.wanted(mine), imports.wanted(theirs)  # (the other thread's switch left this one's as it was)
        finally:
            imports.activate(None)
            done.set()

    def second() -> tuple[bool, bool]:
        assert on.wait(BOUND)
        seen = imports.wanted(mine)  # the first thread's pass is on: not this thread's
        imports.activate(exports, [theirs])
        asked.set()
        assert done.wait(BOUND)
        try:
            return seen, imports.wanted(theirs)  # the first thread's pass ended: this one's still on
        finally:
            imports.activate(None)

    threads = [_thread(first, out, "first"), _thread(second, out, "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    assert out == {"first": (True, False), "second": (False, True)}


def test_a_check_reading_importers_holds_back_no_other_documents_check(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, {"src/config.js": CONFIG_JS, "src/launch.js": LAUNCH_JS})
    config, launch = str(project / "src/config.js"), str(project / "src/launch.js")
    module_alone = _seen(FlowlintServer().checked(config, CONFIG_JS, {config: CONFIG_JS, launch: LAUNCH_JS}))
    importer_alone = _seen(FlowlintServer().checked(launch, LAUNCH_JS, {launch: LAUNCH_JS}))
    # (its importer's launch reads the module's name: no note; the importer's launch, read with it, has findings)
    assert module_alone == [] and ("FL203", 7) in importer_alone, (module_alone, importer_alone)

    real, second_pass = launches.load_source, buffer_imports.imported_launches
    module_reading, importer_done = threading.Event(), threading.Event()
    threads: dict[str, threading.Thread] = {}
    waited: list[bool] = []

    def load_source(kind: str, data: bytes, name: str | None, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threads["module"] and imports.wanted(name) and not module_reading.is_set():
            module_reading.set()  # the module's check reads its importer with its exports: the other check runs now
            waited.append(importer_done.wait(BOUND))
        return real(kind, data, name, *args, **kwargs)

    def imported_launches(*args: Any, **kwargs: Any) -> Any:
        try:
            return second_pass(*args, **kwargs)
        finally:
            if threading.current_thread() is threads["importer"]:
                importer_done.set()  # its reading with its own imports done: the module's check goes on

    monkeypatch.setattr(launches, "load_source", load_source)
    monkeypatch.setattr(buffer_imports, "imported_launches", imported_launches)
    out: dict[str, Any] = {}
    threads["module"] = _thread(lambda: _seen(FlowlintServer().checked(config, CONFIG_JS, {config: CONFIG_JS, launch: LAUNCH_JS})),
                                out, "module")
    threads["importer"] = _thread(lambda: _seen(FlowlintServer().checked(launch, LAUNCH_JS, {launch: LAUNCH_JS})), out, "importer")
    threads["module"].start()
    assert module_reading.wait(BOUND)  # (reached: the module's check is reading its importer with its exports)
    threads["importer"].start()
    for thread in threads.values():
        thread.join(BOUND)
    assert waited == [True]  # the importer's check read its imports while the module's check read with its own
    assert out == {"module": module_alone, "importer": importer_alone}
