"""FL011's mention judging does work linear in the file: a mention bound to a name (`URL_i=…`) is looked up in the
file's used names, gathered once, not searched for with a regex of its own; a workflow's steps are walked once, not
once per mention. Work is counted (regex calls, lines walked), never timed; the fast paths agree with the reference
ones on generated inputs."""

from __future__ import annotations

import random
import re
import types
from typing import Any

import pytest

from validator.sources import mentions
from validator.sources.kinds import LAUNCH_MENTION_TEXT
from validator.sources.model import Offsets

_URL = "https://api.mypurecloud.com/api/v2/flows/executions"
_CURL = f"curl -X POST {_URL} -d '{{\"flowId\": \"3f1c2a4e-1b2c-4d5e-8f9a-0b1c2d3e4f5a\"}}'\n"



def stepped_by_walk(text: str, at: int) -> Offsets:
    """The reference: the walk per mention the one-pass steps replaced. The list item (a workflow step)
    holding `at`: from its `- ` line (`at`'s own, when it is one) to the next line indented no deeper."""
    line_start = text.rfind("\n", 0, at) + 1
    depth = mentions._indent(text, line_start)
    position = 0 if text[line_start:].lstrip().startswith("- ") else line_start
    start = line_start
    while position > 0:
        previous = text.rfind("\n", 0, position - 1) + 1
        line = text[previous:position]
        position = previous
        if not line.strip():
            continue
        indent = mentions._indent(text, previous)
        if indent < depth or (indent <= depth and line.lstrip().startswith("- ")):
            depth = indent
            start = previous
            if line.lstrip().startswith("- "):
                break
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while end < len(text):
        following = text.find("\n", end + 1)
        following = len(text) if following < 0 else following
        line = text[end + 1:following]
        if line.strip() and mentions._indent(text, end + 1) <= depth:
            break
        end = following
    return start, end


def _bound_script(n: int) -> str:
    """A curl read, then `n` bound mentions, the even names used later (so those are not said)."""
    return (_CURL + "".join(f"URL_{i}={_URL}\n" for i in range(n))
            + "".join(f'echo "${{URL_{i}}}"\n' for i in range(0, n, 2)))


def _workflow(n: int) -> str:
    """A `run:` step with a curl read, then one step of `n` mentions."""
    return ("on: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          " + _CURL
            + "      - uses: some/action@v1\n        with:\n          urls: |\n"
            + "".join(f"            {_URL}?i={i}\n" for i in range(n)))


def _counting_re(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count `re.search`/`re.compile` calls made by the mentions module."""
    calls = {"search": 0, "compile": 0}

    def counted(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return getattr(re, name)(*args, **kwargs)
        return call

    proxy = types.SimpleNamespace(**{name: getattr(re, name) for name in dir(re) if not name.startswith("__")})
    proxy.search = counted("search")
    proxy.compile = counted("compile")
    monkeypatch.setattr(mentions, "re", proxy)
    return calls


def _sites(text: str) -> list[tuple[int, int]]:
    start = text.index(_URL)
    return [(start, start + len(_URL))]


def test_bound_mentions_cost_no_regex_each(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_re(monkeypatch)
    counts = []
    for n in (50, 100):
        calls.update(search=0, compile=0)
        text = _bound_script(n)
        said = mentions.beside("shell", text, _sites(text))
        # reached: the odd (unused) names' mentions are said, the used ones are not
        assert [text.count("\n", 0, at) for (at, _), _ in said] == list(range(2, n + 1, 2))
        counts.append(calls["search"] + calls["compile"])
    assert counts[0] == counts[1], counts  # none per mention (the old path searched once per bound mention)


def test_workflow_steps_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    walked = [0]
    indent = mentions._indent

    def counted_indent(text: str, line_start: int) -> int:
        walked[0] += 1
        return indent(text, line_start)

    monkeypatch.setattr(mentions, "_indent", counted_indent)
    counts = []
    for n in (200, 400):
        walked[0] = 0
        text = _workflow(n)
        said = mentions.beside("github-actions", text, _sites(text))
        assert [text.count("\n", 0, at) + 1 for (at, _), _ in said] == [11], said  # one note, for the step
        counts.append(walked[0])
    assert counts[1] <= 2 * counts[0] + 20, counts  # linear (the old walk was quadratic: ~4x)


def _random_yaml(rng: random.Random) -> str:
    lines = [" " * rng.choice([0, 0, 1, 2, 2, 4, 6]) + rng.choice(["- ", "", "-", "#"]) + rng.choice(["a", "", "b: c", " "])
             for _ in range(rng.randint(1, 12))]
    return "\n".join(lines) + rng.choice(["", "\n"])


def test_steps_agree_with_the_walk() -> None:
    rng = random.Random(19)
    checked = 0
    for _ in range(3000):
        text = _random_yaml(rng)
        steps = mentions._Steps(text)
        for at in range(len(text)):
            line = text[text.rfind("\n", 0, at) + 1:(text + "\n").find("\n", at)]
            if line.strip():  # a mention's line is never blank
                assert steps.around(at) == stepped_by_walk(text, at), (text, at)
                checked += 1
    assert checked > 10000


def test_used_names_agree_with_the_regex() -> None:
    rng = random.Random(19)
    pieces = ["$", "{", "env.", "local.", "vars.", "locals.", "x", "A", "_", "-", "1", " ", ".", "é", "$ab", "ab", "a"]
    names = ["x", "A", "_", "ab", "a", "x-", "x-A", "A-", "_1", "ab-x", "aé", "x--", "A_"]
    used_somewhere = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        used = mentions._UsedNames(text)
        for name in names:
            escaped = re.escape(name)
            expected = re.search(rf"\$\{{?{escaped}\b|\b(?:env|local|var|vars|locals)\.{escaped}\b", text) is not None
            assert (name in used) == expected, (text, name)
            used_somewhere += expected
    assert used_somewhere > 1000


def _piped_here_documents(n: int) -> str:
    """`cat <<E0 | cat <<E1 | … | curl … -d @-` on one line, then the `n` here-documents below it: each command's
    unit spans from its words on the first line to its document, so the units nest."""
    pipeline = "".join(f"cat <<E{i} | " for i in range(n))
    return f"{pipeline}curl -X POST {_URL} -d @-\n" + "".join(f"x\nE{i}\n" for i in range(n))


def test_a_command_s_parts_are_scanned_not_its_span(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = [0]
    pattern = LAUNCH_MENTION_TEXT

    class Counted:
        def search(self, text: str, *span: int) -> Any:
            return pattern.search(text, *span)

        def finditer(self, text: str, start: int = 0, end: int = 2**62) -> Any:
            scanned[0] += min(end, len(text)) - start
            return pattern.finditer(text, start, end)

    monkeypatch.setattr(mentions, "_MENTION", Counted())
    counts = []
    for n in (500, 1000):
        scanned[0] = 0
        text = _piped_here_documents(n)
        said = mentions.beside("shell", text, [])
        assert [(at, why) for (at, _), why in said] == [(text.index(_URL) + len("https://api.mypurecloud.com/api/v2/"),
                                                          "it is in a curl command flowlint could not read as a request")]
        counts.append(scanned[0])
    assert counts[1] <= 2 * counts[0] + 100, counts  # linear (scanning each nested span was quadratic: ~4x)
