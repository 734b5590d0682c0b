"""The first mention of the endpoint in a Jenkinsfile (the FL011 path) is placed in one pass over its steps: each
mention found by bisection among them, each step read once (reviewer item 7: a scan of every step for every mention,
after reading all the steps twice, took 23 s on an 889 KB file of 12k steps and 12k commented mentions)."""

from __future__ import annotations

import pytest

from validator.sources import jenkinsfile
from validator.sources.kinds import LAUNCH_MENTION_TEXT

from conftest import counted_calls

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def pipeline(steps: int) -> str:
    lines = [f"  // {URL} (a comment)\n  sh 'echo step {n}'\n" for n in range(steps)]
    return "node {\n" + "".join(lines) + f"  bat 'curl -X POST {URL}'\n  sh 'curl -X POST {URL} -d @body.json'\n}}\n"


def mention_after(text: str, before: str) -> tuple[int, int]:
    found = LAUNCH_MENTION_TEXT.search(text, text.index(before))
    assert found is not None
    return found.span()


def test_the_first_mention_reads_each_step_once(monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = counted_calls(monkeypatch, jenkinsfile, "_script")
    text = pipeline(300)
    jenkinsfile._steps_and_comments.cache_clear()
    found = jenkinsfile.first_mention(text, LAUNCH_MENTION_TEXT)
    # reached: the comments' mentions are passed over, and the first one said is the bat step's, with its why
    assert found is not None and found[0] == mention_after(text, "bat '") and "bat step" in (found[1] or "")
    passes = jenkinsfile._steps_and_comments.cache_info().misses
    assert passes == 1 and len(scripts) == 301, (passes, len(scripts))


def test_a_mention_in_a_step_read_is_first_when_it_comes_first() -> None:
    text = pipeline(3).replace(f"  bat 'curl -X POST {URL}'\n", "")
    found = jenkinsfile.first_mention(text, LAUNCH_MENTION_TEXT)
    assert found is not None and found[1] is None and found[0] == mention_after(text, "sh 'curl")
    said = list(jenkinsfile.unread_mentions(text, LAUNCH_MENTION_TEXT))
    assert said == []  # (in a step read: its command's, said by the command)
