"""The fixes of a code file or a document's code blocks are rendered with caches of the rendering thread's own: the
editor server renders the fixes of several documents at once, in its checking threads, and one thread changed a shared
cache while another read it (a document then got an FL900 'dictionary changed size during iteration' in place of its
findings, or a safe fix with no edit; a block's parse another thread kept was let go under it)."""

from __future__ import annotations

import sys
import threading

from validator.edits import code_editor
from validator.sources.model import TreeSpans

CODE = "const body = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6};\nsend(body.a, body.b, body.c);\n"
NAMES = "abcdef"  # (more names than the uses kept: each thread's every call drops one)


def _document(n: int) -> str:
    return "".join(f"# {n}.{j}\n\n```js\nsend({{flowId: 'x{n}{j}', n: {j}}});\n```\n\n" for j in range(3))


def test_threads_finding_a_names_uses_at_once_each_get_their_own_texts_answer() -> None:
    literals = [code_editor._Literal(f"{CODE}// {n}\n", "javascript", TreeSpans({}, set()), None) for n in range(4)]
    wanted = [literals[0].used_elsewhere(name, (0, 0)) for name in NAMES]
    assert wanted == [True, True, True, False, False, False]  # reached: read by `send` (a, b, c), or not
    answers: list[bool] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(literals))

    def ask(literal: code_editor._Literal) -> None:
        start.wait()
        try:
            for i in range(3_000):
                answers.append(literal.used_elsewhere(NAMES[i % len(NAMES)], (0, 0)) == wanted[i % len(NAMES)])
        except Exception as error:  # (the shared dict: changed while another thread walked it)
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (threads switched often: the interleavings that broke the shared cache, at once)
    try:
        threads = [threading.Thread(target=ask, args=(literal,)) for literal in literals]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert len(answers) == 4 * 3_000 and all(answers)


def test_another_threads_blocks_never_let_go_of_the_block_this_thread_edits() -> None:
    _, blocks = code_editor._blocks_of(_document(0), "markdown")
    index, (_, root) = blocks[0].edited()
    assert root.type == "program" and len(index) == len(blocks[0].code)  # reached: its offsets indexed, its code parsed

    def render_another() -> None:
        for block in code_editor._blocks_of(_document(1), "markdown")[1]:
            block.edited()  # (three blocks: more than a thread keeps)

    thread = threading.Thread(target=render_another)
    thread.start()
    thread.join()
    assert blocks[0]._index is index  # still kept for this thread's next fix in it
    assert code_editor._blocks_of(_document(0), "markdown")[1] is blocks  # its blocks found once
