"""Documentation blocks are read without a copy of the document per token or a number object per character: prose
leaves no token behind, and the file offsets of a block's (or a body's) characters are kept as runs."""

from __future__ import annotations

import random
import subprocess
import sys

from validator.sources import extract
from validator.sources.fences import Runs

from conftest import UUID2

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_runs_read_as_the_list_of_offsets_they_hold() -> None:
    chance = random.Random(7)
    for _ in range(200):
        offsets: list[int] = []
        at = chance.randrange(100)
        for _ in range(chance.randrange(1, 6)):
            count = chance.randrange(0, 5)
            offsets.extend(range(at, at + count))
            at += count + chance.choice((0, 0, 1, 3, -2))
            offsets.extend([at] * chance.randrange(0, 3))  # a hole: one place for several characters
        runs = Runs.of(offsets)
        assert len(runs) == len(offsets) and list(runs) == offsets
        assert [runs[k] for k in range(-len(offsets), len(offsets))] == offsets * 2
        for start in range(-2, len(offsets) + 2):
            for stop in range(-2, len(offsets) + 2):
                assert list(runs[start:stop]) == offsets[start:stop]
                assert list(runs[start:stop:2]) == offsets[start:stop:2]


# In a child process: tracemalloc counts every thread's allocations, and a worker of the suite keeps earlier tests' threads
# (loopback servers, the SDK's config watcher); the first parse also builds markdown-it's rule chains, paid before the trace.
# The least of three peaks: a child of a loaded -n auto run once peaked at 16.5 B/byte, never seen alone (8.9 every time,
# 16 hash seeds); a document held per token (the defect this guards, ~60 B/byte) is in every one of the three.
_PROSE_PEAK = """
import tracemalloc
from validator.sources.blocks import markdown_blocks
text = ("A paragraph of prose with `code`, *emphasis* and a [link](https://example.com).\\n\\n# A heading\\n\\n"
        "<div>html</div>\\n\\n") * 1_000
list(markdown_blocks(text[:400]))
peaks = []
for _ in range(3):
    tracemalloc.start()
    assert list(markdown_blocks(text)) == []
    peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
print(min(peaks), len(text))
"""


def test_prose_leaves_no_token_behind() -> None:
    done = subprocess.run([sys.executable, "-c", _PROSE_PEAK], capture_output=True, text=True, check=True)
    peak, size = map(int, done.stdout.split())
    assert size > 100_000  # (the prose was read)
    # (a token per paragraph, each with its text, cost ~60 bytes a byte of prose; markdown-it's tokens kept, ~36 at any
    # size; 9.7 now for these 111 KB, 8.9 for 333 KB: ~90 KB of the peak is the parser's own, whatever the size)
    assert peak < 12 * size


def test_a_body_read_in_a_block_keeps_its_offsets_as_runs() -> None:
    body = '{"flowId": "%s", "inputData": {"Flow.note": "%s"}}' % (UUID2, "x" * 2_000)
    text = f"# Launch\n\n- ```bash\n  curl -X POST {URL} -H 'Content-Type: application/json' -d '{body}'\n  ```\n"
    [launch] = extract.extract("markdown", text, "README.md")
    outer = launch.body_locator.outer  # type: ignore[union-attr]
    assert isinstance(outer, Runs) and len(outer) == len(body) + 1
    assert text[outer[0]:outer[len(body) - 1] + 1] == body
