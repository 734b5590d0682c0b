"""Work a code reader does once a file, however many times a launch asks: counted, never timed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from validator.sources import python
from validator.sources.extract import extract

API = "https://api.mypurecloud.com/api/v2/flows/executions"


class _CountingRe:
    """The `re` module as python.py sees it, counting the searches made over a given text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scans = 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return found

        def counted(pattern: Any, string: Any, *args: Any, **kwargs: Any) -> Any:
            self.scans += string is self.text
            return found(pattern, string, *args, **kwargs)
        return counted


def test_the_attributes_a_python_file_may_set_are_searched_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 60
    text = ("import requests\nclass Config:\n" + "".join(f"    A{i} = 'v{i}'\n" for i in range(count))
            + "x.other = 1\ndel y.gone\n"
            + f"requests.post('{API}', json={{'flowId': fid, 'inputData': {{"
            + ", ".join(f"'Flow.a{i}': Config.A{i}" for i in range(count)) + "}})\n")
    counting = _CountingRe(text)
    monkeypatch.setattr(python, "re", counting)
    (request,) = extract("python", text, "a.py")
    assert request.body["inputData"] == {f"Flow.a{i}": f"v{i}" for i in range(count)}  # (each constant read)
    assert 1 <= counting.scans <= 2, counting.scans  # was one search of the whole file per constant's name


def test_an_attribute_set_or_deleted_anywhere_is_not_a_constant() -> None:
    head = "import requests\nclass Config:\n    A = 'a'\n    B = 'b'\n    C = 'c'\n"
    call = f"requests.post('{API}', json={{'flowId': fid, 'inputData': {{'Flow.a': Config.A, 'Flow.b': Config.B, 'Flow.c': Config.C}}}})\n"
    for change, changed in (("o.A = 1\n", {"A"}), ("o.B += 1\n", {"B"}), ("del o.x, o.C\n", {"C"}), ("o.AB = 1\n", set()),
                            ("setattr(o, n, 1)\n", {"A", "B", "C"}), ("o.A == 1\n", set())):
        (request,) = extract("python", head + change + call, "a.py")
        unknown = {name[-1].upper() for name, value in request.body["inputData"].items() if not isinstance(value, str)}
        assert unknown == changed, change
