"""`launch.to_dict()` of `launch = Launch(…)`, a plain class of the same file whose method of that name takes only
`self` and is one `return` of a dict literal: the dict is the body, its keys judged at the call, a `self.<attribute>`
value what the instance holds (its `__init__` bound to the call's arguments). The instance changed or handed away, a
method taking arguments, decorated or doing more than one return, a class with a base: unknown (FL011 with -v), as
before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

LAUNCH = '''import requests

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


class Launch:
    def __init__(self, flow_id, name):
        self.flow_id = flow_id
        self.name = name

    def to_dict(self):
        return {"flowId": self.flow_id, "inputs": {"Flow.name": self.name}, "flowVersion": VERSION}


def go():
    launch = Launch("FLOW_ID", "x")
    requests.post(URL, json=launch.to_dict(), timeout=5)
'''


def said(tmp_path: Path, text: str) -> set[tuple[int, str]]:
    path = tmp_path / "launch.py"
    path.write_text(text)
    return {(d["line"], d["code"]) for d in diagnostics("--no-cache", "-v", str(path)) if d["code"] != "FL200"}


def test_a_dumping_methods_dict_is_the_body(tmp_path: Path) -> None:
    # FL101 `inputs`, FL104 "FLOW_ID" (the argument `__init__` gives flow_id), FL105 (a number as flowVersion)
    assert said(tmp_path, LAUNCH.replace("VERSION", "3")) == {(17, "FL101"), (17, "FL104"), (17, "FL105")}


@pytest.mark.parametrize("change", [
    ('    launch = Launch("FLOW_ID", "x")\n', '    launch = Launch("FLOW_ID", "x")\n    launch.flow_id = other()\n'),
    ('    launch = Launch("FLOW_ID", "x")\n', '    launch = Launch("FLOW_ID", "x")\n    keep(launch)\n'),
    ("    def to_dict(self):", "    @property\n    def to_dict(self):"),
])
def test_a_dump_not_read_whole_stays_unknown(tmp_path: Path, change: tuple[str, str]) -> None:
    text = LAUNCH.replace("VERSION", "3").replace(*change)
    found = said(tmp_path, text)
    assert {code for _, code in found} == {"FL011"}, found  # (reached: the body is said to be unknown)


@pytest.mark.parametrize("change", [
    ("    def to_dict(self):", "    def to_dict(self, full=True):"),
    ("        return {", "        self.name = self.name.strip()\n        return {"),
    ("class Launch:", "class Launch(Base):"),
])
def test_a_method_of_the_instances_class_is_followed_as_a_function_is(tmp_path: Path, change: tuple[str, str]) -> None:
    # (review F17) `launch.to_dict()` on `launch = Launch(…)` is the class's own method, followed at the call with its
    # arguments as a same-file function is, whatever else it takes or does: the dict it returns holds `inputs` and a
    # number as flowVersion (its `self.flow_id`, given in `__init__` where this follow does not look, is not known)
    text = LAUNCH.replace("VERSION", "3").replace(*change)
    line = 12 + change[1].count("\n") - change[0].count("\n")  # (said where the method writes the dict)
    assert said(tmp_path, text) == {(line, "FL101"), (line, "FL105")}
