"""The built-in JSON and YAML editors are each thread's own: an editor keeps what it scanned of the text it edited last
(a JSON text's members, scanned as far as asked: a scan the next call goes on with), and the editor server renders the
fixes of several documents at once in its checking threads. Two renderings of one text in two threads (a check
overtaken and the next one) went on with one scan: each took a member for another, and its fix edited the wrong one
(then refused by the proof: the fix lost)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from validator.core.diagnostics import ReplaceValue
from validator.edits import editor_for
from validator.sources import json_source

TEXT = '{"a": [{"x": 1}, {"x": 2}, 10, 20, 30]}'


def test_two_threads_fixing_one_text_each_find_the_member_they_ask_for(monkeypatch: pytest.MonkeyPatch) -> None:
    found: dict[int, tuple[int, int, str] | None] = {}
    real = json_source._value_end
    interleaved: list[int] = []

    def fix(index: int) -> None:
        editor = editor_for("json")
        assert editor is not None
        found[index] = editor.splice(TEXT, ReplaceValue(("a", index), 99))

    def value_end(text: str, start: int) -> Any:
        if start == TEXT.index("{", 1) and not interleaved:  # the first thread, scanning past the array's first object:
            interleaved.append(start)  # the second runs now, whole
            second = threading.Thread(target=fix, args=(4,))
            second.start()
            second.join()
        return real(text, start)

    monkeypatch.setattr(json_source, "_value_end", value_end)
    first = threading.Thread(target=fix, args=(3,))
    first.start()
    first.join()
    assert interleaved and len(found) == 2  # reached: the second ran inside the first's scan
    assert {index: TEXT[made[0]:made[1]] if made else None for index, made in found.items()} == {3: "20", 4: "30"}


def test_each_thread_has_its_own_built_in_editors() -> None:
    mine = editor_for("json"), editor_for("yaml", "1.2")
    assert editor_for("json") is mine[0]  # reached: made once a thread
    theirs: list[Any] = []
    thread = threading.Thread(target=lambda: theirs.extend((editor_for("json"), editor_for("yaml", "1.2"))))
    thread.start()
    thread.join()
    assert len(theirs) == 2 and all(a is not b and type(a) is type(b) for a, b in zip(mine, theirs, strict=True))
