"""--diff writes its hunks from where the fixes' edits left the file as it was (FixOutcome.kept): difflib compares only
the few lines around each edit, never the whole file (whose comparison costs time quadratic in the edits: 800 fixed
requests of a Postman collection, 30 s). The diff is difflib's where difflib's is minimal, and applies whatever the
pairs of lines it is given say (a line masked on one side only). Counted, never timed."""

from __future__ import annotations

import difflib
import json
import random
import re
from pathlib import Path

import pytest

from validator.core.diagnostics import Edit
from validator.edits import Kept, apply_edits, kept_after
from validator.run.diff import diff_lines, line_pairs, unified_diff

from conftest import flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"
REQUESTS = 40


def _collection(requests: int) -> str:
    """A Postman collection of `requests` launches, each with `inputs` for `inputData` (an unsafe fix on one line)."""
    def item(i: int) -> dict[str, object]:
        body = json.dumps({"flowId": FLOW, "inputs": {"a": i}}, indent=2)
        return {"name": f"l{i}", "request": {
            "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
            "url": {"raw": "https://api.mypurecloud.com/api/v2/flows/executions"},
            "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}}}
    return json.dumps({"info": {"name": "G", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"
                                                       "collection.json"}, "item": [item(i) for i in range(requests)]},
                      indent=2) + "\n"


def test_a_diff_of_many_fixes_compares_a_few_lines_a_fix_and_is_difflibs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _collection(REQUESTS)
    path = tmp_path / "c.postman_collection.json"
    path.write_text(text)
    compared: list[int] = []
    real = difflib.SequenceMatcher.set_seqs

    def counted(self: difflib.SequenceMatcher[str], a: list[str], b: list[str]) -> None:
        compared.append(len(a) + len(b))
        real(self, a, b)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seqs", counted)
    shown = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).stdout
    assert shown.count("\n@@ ") == REQUESTS and shown.count('\n+          "raw": "{\\n  \\"flowId\\"') == REQUESTS, shown
    assert compared and sum(compared) <= 4 * REQUESTS, compared  # the whole file is 24 lines a request, twice
    monkeypatch.setattr(difflib.SequenceMatcher, "set_seqs", real)
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text()
    assert shown == "".join(difflib.unified_diff(text.splitlines(keepends=True), fixed.splitlines(keepends=True),
                                                 fromfile=str(path), tofile=str(path)))


def _applied(before: str, diff: str) -> str:
    """`before` with a unified diff applied, strictly (each context and removed line must be where it says)."""
    lines = diff_lines(before)
    out: list[str] = []
    at = 0
    rows = diff.split("\n")[2:] if diff else []
    index = 0
    while index < len(rows) and rows[index]:
        start, length = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", rows[index]).groups()  # type: ignore[union-attr]
        first = int(start) - (0 if length == "0" else 1)
        out += lines[at:first]
        at = first
        index += 1
        while index < len(rows) and rows[index][:1] in (" ", "-", "+"):
            row = rows[index]
            ends = not (index + 1 < len(rows) and rows[index + 1] == "\\ No newline at end of file")
            line = row[1:] + ("\n" if ends else "")
            if row[0] != "+":
                assert lines[at] == line, (at, lines[at], line)
                at += 1
            if row[0] != "-":
                out.append(line)
            index += 1 if ends else 2
    return "".join(out + lines[at:])


def _difflib(before: str, after: str) -> str:
    """The diff as difflib writes it comparing whole files (what --diff showed before: quadratic in the edits)."""
    lines = difflib.unified_diff(diff_lines(before), diff_lines(after), "f", "f")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _edits(rng: random.Random, text: str) -> list[Edit]:
    """Random non-overlapping edits of a text: replacements across lines, deletions, insertions (a few at one place)."""
    places = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 8))))
    edits = []
    for start, end in zip(places[::2], [*places[1::2], len(text)], strict=False):
        end = rng.choice([start, start, min(end, start + rng.randint(0, 6))])
        for _ in range(rng.choice([1, 1, 2])):
            edits.append(Edit(start, end, "".join(rng.choice("ab\n") for _ in range(rng.randint(0, 5)))))
            if start != end:
                break
    return edits


def _masked(rng: random.Random, text: str) -> str:
    """The text with some characters starred, line breaks kept (as a mask does, each side its own)."""
    return "".join("*" if c != "\n" and rng.random() < 0.05 else c for c in text)


@pytest.mark.parametrize("seeds", [range(0, 500), range(500, 1000)])
def test_the_diff_applies_as_difflibs_does_over_passes_of_random_edits_and_masks(seeds: range) -> None:
    for seed in seeds:
        _random_edits_diffed(random.Random(seed))


def _random_edits_diffed(rng: random.Random) -> None:
    original = text = "".join(rng.choice(["a\n", "b\n", "ab\n", "\n", "a", "b"]) for _ in range(rng.randint(0, 30)))
    kept: list[Kept] = [(0, len(text), 0)]
    for _ in range(rng.randint(1, 3)):  # passes: each edits the text the last one left
        edits = _edits(rng, text)
        text = apply_edits(text, edits)
        kept = kept_after(kept, edits)
    for start, end, at in kept:
        assert original[start:end] == text[at:at + end - start]
    pairs = line_pairs(original, text, kept)
    diff = unified_diff("f", original, text, pairs)
    assert _applied(original, diff) == text, diff
    assert _applied(original, _difflib(original, text)) == text
    assert (diff == "") == (original == text)
    before, after = _masked(rng, original), _masked(rng, text)  # pairs of lines one side's mask made differ
    assert _applied(before, unified_diff("f", before, after, pairs)) == after


def test_a_stretch_too_long_to_compare_is_shown_replaced_but_for_its_unchanged_ends() -> None:
    before = "".join(f"{i}\n" for i in range(300))
    after = "x\n" + "".join(f"{i}!\n" for i in range(1, 299)) + "299\n"
    shown = unified_diff("f", before, after, [])
    assert shown.startswith("--- f\n+++ f\n@@ -1,300 +1,300 @@\n-0\n-1\n") and "\n 299\n" in shown, shown[:80]
    assert _applied(before, shown) == after


@pytest.mark.parametrize("text", [
    '{"flowId": "%s", "inputs": {"Flow.a": "x"}}\n' % FLOW,  # the fix on the first line
    '{\n  "flowId": "%s",\n  "inputs": {"Flow.a": "x"}\n}\n' % FLOW,  # the first line as context
])
def test_a_diff_of_a_file_with_a_byte_order_mark_applies_as_fix_writes_it(text: str, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """--fix keeps a BOM; the diff's first line shows it on both sides, so `git apply` takes the patch (it found no
    such first line) and leaves the file as --fix does."""
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("needs git")
    monkeypatch.chdir(tmp_path)
    data = b"\xef\xbb\xbf" + text.encode()
    Path("b.json").write_bytes(data)
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", "b.json").stdout
    assert diff.startswith("--- b.json\n+++ b.json\n@@ ")  # reached: a hunk
    Path("b.patch").write_text(diff, encoding="utf-8")
    applied = subprocess.run(["git", "apply", "-p0", "--unsafe-paths", "b.patch"], capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    patched = Path("b.json").read_bytes()
    Path("b.json").write_bytes(data)
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "b.json")
    assert patched == Path("b.json").read_bytes() and patched.startswith(b"\xef\xbb\xbf") and b'"inputData"' in patched
