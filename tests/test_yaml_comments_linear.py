"""A YAML file's comments are told from its scalars by a search among them, not a look at every scalar for each `#`:
the work grows with the file, not with its comments times its scalars (4,000 commented lines took 7 s to search for a
Genesys host outside the comments; a tenth of a second now). Counted in Python lines run, which do not drift with the
machine's load."""

from __future__ import annotations

import re
import sys
from types import FrameType
from typing import Any

from validator.sources import comments

#: What the evidence search looks for: a Genesys host, written in no line of the file but a comment.
HOST = re.compile(r"mypurecloud\.com")


def _lines_run(text: str) -> int:
    count = 0

    def local(_frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def hook(frame: FrameType, _event: str, _arg: Any) -> Any:
        return local if frame.f_code.co_filename.endswith("comments.py") else None

    comments.yaml_scalars.cache_clear()
    sys.settrace(hook)
    try:
        found = comments.outside_comments("yaml", text, HOST)
    finally:
        sys.settrace(None)
    assert found is False  # reached: every mention is in a comment, each one looked at
    return count


def _commented(lines: int) -> str:
    return "name: big\n" + "".join(f"key{n}: value{n}  # see api.mypurecloud.com {n}\n" for n in range(lines))


def test_telling_comments_from_scalars_grows_with_the_file() -> None:
    small, large = _lines_run(_commented(300)), _lines_run(_commented(1200))
    assert large < 5 * small, (small, large)  # four times the lines: four times the work, not sixteen
