"""A field of a dataclass, NamedTuple (or any class whose `__init__` is made for its annotated attributes) is a
parameter: its default URL is what `self.url` holds only when every construction in the file gives nothing for it
(review F5, /tmp/s42/fb/w/b20: a generic poster whose field defaults to the launch URL, made for another endpoint, got
FL103/FL102 on that endpoint's payload)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
DATACLASS = ("import requests\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Poster:\n"
             f'    url: str = "{URL}"\n\n    def post(self, payload):\n        requests.post(self.url, json=payload)\n\n\n')
NAMEDTUPLE = ("import requests\nfrom typing import NamedTuple\n\n\nclass Poster(NamedTuple):\n"
              f'    url: str = "{URL}"\n\n    def post(self, payload):\n        requests.post(self.url, json=payload)\n\n\n')


def _errors(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] == "error"]


GIVEN = {
    "positional.py": DATACLASS + 'Poster("https://hooks.example.com/x").post({"text": "hi"})\n',
    "keyword.py": DATACLASS + 'Poster(url="https://hooks.example.com/x").post({"text": "hi"})\n',
    "parameter.py": DATACLASS + 'def main(target: str) -> None:\n    Poster(url=target).post({"text": "hi"})\n',
    "spread.py": DATACLASS + 'def main(options: dict) -> None:\n    Poster(**options).post({"text": "hi"})\n',
    "one_of_two.py": DATACLASS + 'Poster().post({"text": "hi"})\nPoster("https://hooks.example.com/x").post({})\n',
    "handed_on.py": DATACLASS + 'make = Poster\nmake().post({"text": "hi"})\n',
    "namedtuple.py": NAMEDTUPLE + 'Poster("https://hooks.example.com/x").post({"text": "hi"})\n',
}


@pytest.mark.parametrize("name", sorted(GIVEN))
def test_a_field_default_a_construction_may_replace_is_not_known(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, GIVEN[name], "-v")
    assert [d for d in found if d["code"] == "FL011"], found  # (reached: the endpoint is mentioned, no launch read)
    assert _errors(found) == [], found


@pytest.mark.parametrize("head", [DATACLASS, NAMEDTUPLE], ids=["dataclass", "namedtuple"])
def test_a_field_default_every_construction_keeps_is_judged(tmp_path: Path, head: str) -> None:
    found = check_file(tmp_path, "kept.py", head + 'Poster().post({"text": "hi"})\n')
    assert ("FL102", head.count("\n") + 1) in _errors(found), found
