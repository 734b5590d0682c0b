"""A shell script's words are held all at once while its launches are read: a word keeps its characters' file offsets
as one run (its start and length) until they are asked for, not a Runs of two lists, and a command keeps no list of
here-documents it has none of. A contract file is read as big as it is, never with a buffer of the largest contract
first (8 MiB a run)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from validator.contracts.store import load_contract_file
from validator.sources import curl


def test_a_words_offsets_are_each_characters_however_it_was_added() -> None:
    chance = random.Random(11)
    for _ in range(300):
        word, expected = curl.Word(), []
        at = chance.randrange(1, 50)
        for _ in range(chance.randrange(1, 6)):
            if chance.random() < 0.2:
                source = "$" + "ABC"[: chance.randrange(1, 4)]
                word.add(source, at, known=False)
                expected += [at] * len("{{" + source + "}}")
                at += len(source)
            else:
                piece = "x" * chance.randrange(0, 4)
                word.add(piece, at)
                expected += range(at, at + len(piece))
                at += len(piece)
            at += chance.choice((0, 0, 0, 1, 2))  # (most pieces follow the last: one run)
        assert len(word.where) == len(expected) == len(word.text) and list(word.where) == expected
        if expected:
            assert list(word.tail(len(expected) // 2).where) == expected[len(expected) // 2:]


def test_a_word_written_in_one_piece_keeps_no_runs_until_asked() -> None:
    found = curl.commands('curl -X POST "https://api.example.com/x" -d \'{"a": 1}\'\n', base=100)
    words = found[0]
    assert [word.text for word in words] == ["curl", "-X", "POST", "https://api.example.com/x", "-d", '{"a": 1}']
    assert all(word._where is None for word in words)  # reached: each one run, no Runs made
    assert list(words[3].where) == list(range(114, 114 + len("https://api.example.com/x")))
    assert words[5].where[0] == 145 and words[5].start == 144  # (its quote: where the word starts, not its text)
    assert not found[0].here_documents


# In a child process, as tests/test_doc_block_memory.py measures: a worker of the suite holds other tests' threads.
_WORDS_PEAK = """
import tracemalloc
from validator.sources.curl import commands
text = "curl -sS -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'\\n" * 1_000
commands(text[:200])
tracemalloc.start()
found = commands(text)
peak = tracemalloc.get_traced_memory()[1]
print(peak, sum(len(command) for command in found))
"""


def test_a_scripts_words_cost_a_few_hundred_bytes_each() -> None:
    done = subprocess.run([sys.executable, "-c", _WORDS_PEAK], capture_output=True, text=True, check=True)
    peak, words = map(int, done.stdout.split())
    assert words == 1_000 * 7  # reached: every word read
    # ~460 bytes a word (the Word, its pieces, its parts, its text, its start and end); ~690 with a Runs each (both the
    # same for 500, 1,000 or 4,000 lines).
    assert peak / words < 560, peak / words


_CONTRACT_PEAK = """
import sys, tracemalloc
from validator.contracts.store import load_contract_file
load_contract_file(sys.argv[1])
tracemalloc.start()
load_contract_file(sys.argv[1])
print(tracemalloc.get_traced_memory()[1])
"""


def test_a_small_contract_is_read_without_a_buffer_of_the_largest(tmp_path: Path) -> None:
    path = tmp_path / "flow.json"
    path.write_text(json.dumps({"inputSchema": {"type": "object", "properties": {"Flow.a": {"type": "string"}}}}))
    assert load_contract_file(path).declared == ("Flow.a",)  # reached: read whole
    done = subprocess.run([sys.executable, "-c", _CONTRACT_PEAK, str(path)], capture_output=True, text=True, check=True)
    assert int(done.stdout) < 1_000_000, done.stdout  # (8 MiB and more when read with a buffer of MAX_CONTRACT_SIZE)


LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
          "-d '{\"flowId\": \"not-a-uuid\"}'\n")


def _found(tmp_path: Path, text: str) -> list[tuple[str, int, str]]:
    from conftest import flowlint

    path = tmp_path / "many.sh"
    path.write_text(text)
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    return [(d["code"], d["line"], d["message"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_a_script_of_more_words_than_are_read_says_so_where_it_names_the_endpoint(tmp_path: Path) -> None:
    from validator.sources.model import MAX_SHELL_WORDS

    said = _found(tmp_path, "set -e\n" + LAUNCH + "a " * MAX_SHELL_WORDS + "\n")
    assert [(code, line) for code, line, _ in said] == [("FL011", 2)], said  # none of it read: not even its launch
    assert f"more than {MAX_SHELL_WORDS:,} words" in said[0][2]
    # As long a text with fewer words is read whole: its launch's flowId is judged.
    long_words = "set -e\n" + LAUNCH + ("echo " + "a" * 1_000 + "\n") * (2 * MAX_SHELL_WORDS // 1_000)
    assert ("FL104", 2) in {(code, line) for code, line, _ in _found(tmp_path, long_words)}
