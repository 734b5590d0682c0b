"""Hostile files: each gets a clear finding or usage error, in bounded time and memory, and nothing is written."""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from validator.report import FORMATS

from conftest import FIXTURES, UUID2, codes, diagnostics, flowlint


def bounded(*args: str, input: bytes | None = None) -> tuple[int, list[dict[str, Any]]]:
    """The findings, and the peak bytes the check allocated (time is measured by benchmarks/hostile.py, not here)."""
    tracemalloc.start()
    try:
        found = diagnostics(*args, input=input)
        return tracemalloc.get_traced_memory()[1], found
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_json_nested_100000_deep(tmp_path: Path, opening: str) -> None:
    path = tmp_path / "deep.json"
    closing = "]" if opening == "[" else "}"
    path.write_text(opening * 100_000 + "1" + closing * 100_000)
    found = diagnostics(str(path))
    assert codes(found) == ["FL005"] and found[0]["line"] == 1


def test_json_deep_but_unclosed(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    found = diagnostics(str(path))
    # Too deep is found before unclosed: the FL005 sits at the first bracket past the limit (200).
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL005", 1, 201)]


def test_yaml_nested_100000_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    found = diagnostics(str(path))
    assert codes(found) == ["FL005"]


def test_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    peak, found = bounded(str(path))
    assert codes(found) == ["FL005"] and "50.0 MiB" in found[0]["message"]
    assert peak < 10 * 1024 * 1024  # never read: a 50 MiB read would allocate 50 MiB


def test_big_valid_body_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    records = [{"sku": f"S{n}", "qty": n, "tags": ["a", "b"]} for n in range(120_000)]
    path.write_text(json.dumps({"flowId": UUID2, "inputData": {"Flow.agentId": "1", "Flow.dates": [], "Flow.x": records}}))
    assert path.stat().st_size > 5_000_000
    found = diagnostics(str(path))
    assert codes(found) == ["FL202"]  # located, in a 5 MB file
    assert found[0]["line"] == 1


def test_yaml_alias_bomb_is_bounded() -> None:
    # The peak of what this one check allocates (ru_maxrss would be the whole test session's peak).
    peak, found = bounded(str(FIXTURES / "invalid" / "yaml-alias-bomb.yaml"))
    assert codes(found) == ["FL005"]
    assert peak < 20 * 1024 * 1024  # the expansion is counted, never built: a few MiB, not gigabytes


def test_yaml_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f"flowId: !!python/object/apply:os.system ['touch {marker}']\n"
                    f"name: !!python/object/new:os.system ['touch {marker}']\n")
    found = diagnostics(str(path))
    assert codes(found) == ["FL001"] and not marker.exists()


# The hostile fixtures (invalid UTF-8, UTF-16, NUL bytes, binary, NaN, huge integers, .inf, empty) are checked
# report for report against their .expected files in test_fixtures.py; a second, looser check here would add nothing.


def test_lone_surrogates_and_pointer_escaping() -> None:
    found = diagnostics(str(FIXTURES / "invalid" / "lone-surrogate.json"))
    assert codes(found) == ["FL102"] and found[0]["pointer"] == "/extra\\ud83d"  # as written, and strict JSON
    pointers = {d["pointer"] for d in diagnostics(str(FIXTURES / "invalid" / "pointer-escaping.json"))}
    assert {"/a~1b", "/c~0d", "/inputData/path~1with~0tilde"} <= pointers


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.json"
    path.write_text('{"flowId": 1}')
    if os.geteuid() == 0:  # root reads anything: make the read itself fail
        real_open = os.open

        def refuse(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied")
            return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("os.open", refuse)
    else:
        path.chmod(0)
    found = diagnostics(str(path))
    assert codes(found) == ["FL007"] and "Permission denied" in found[0]["message"]


def test_a_walked_file_past_the_longest_path_is_said_unreadable_never_passed_by(tmp_path: Path) -> None:
    """A body in a directory whose path is longer than the system takes (PATH_MAX): the walk lists that directory a part
    of its path at a time, and the file is FL007 where it is, as any file that cannot be read (was passed by in silence:
    exit 0 beside another file, "nothing to check" alone)."""
    import shutil

    top = tmp_path / "deep"
    top.mkdir()
    name = "d" * 200
    depth = 30  # (30 names of 200 characters: a path of over 6,000, past Linux's 4,096 and macOS's 1,024)
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            deeper = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = deeper
        body = os.open("body.json", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(body, f'{{"flowId": "{UUID2}"}}'.encode())
        os.close(body)
    finally:
        os.close(fd)
    deep = os.path.join(str(top), *[name] * depth, "body.json")
    try:
        assert len(deep) > 4096
        found = diagnostics(str(top))
        assert [(d["code"], d["file"]) for d in found] == [("FL007", deep)], found
        assert "File name too long" in found[0]["message"]
    finally:
        shutil.rmtree(top)  # (by descriptors, a part at a time: pytest's tmp_path clean-up need not)
    assert not top.exists()


def test_flowlint_never_writes_to_checked_files() -> None:
    def snapshot() -> dict[str, tuple[str, int]]:
        return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
                for p in FIXTURES.rglob("*") if p.is_file()}

    before = snapshot()
    for fmt in FORMATS:
        result = flowlint("check", "--format", fmt, str(FIXTURES))
        if fmt == "json":
            every_reader_read(result.stdout)
    assert snapshot() == before


#: The seed mistake written in each source kind: its FL101 shows that kind's reader read the corpus.
SEEDS = {"seed-fetch.js", "seed-axios.ts", "seed-requests.py", "seed-httpx.py", "seed.http", "seed-curl.sh", "seed-readme.md",
         "seed.postman_collection.json", "seed.har"}


def every_reader_read(report: str) -> None:
    read = {Path(d["file"]).name for d in json.loads(report)["diagnostics"] if d["code"] == "FL101"}
    assert read >= SEEDS, SEEDS - read  # reached: every reader read its file of the corpus


def test_exit_codes_stay_0_or_1_on_the_whole_hostile_corpus() -> None:
    result = flowlint("check", "--format", "json", str(FIXTURES))
    assert result.exit_code == 1
    every_reader_read(result.stdout)
    assert "FL900" not in result.stdout


def test_an_error_raised_while_a_listing_is_read_is_its_own() -> None:
    """Only opening a listing is retried a part of its path at a time: an ENAMETOOLONG of the walk's own, raised while it
    reads the entries, comes out as itself (it was turned into "generator didn't stop after throw()")."""
    import errno

    from validator.project import files

    with pytest.raises(OSError) as raised, files._listing(".") as entries:
        assert entries is not None  # reached: the listing opened
        raise OSError(errno.ENAMETOOLONG, "the walk's own")
    assert raised.value.strerror == "the walk's own"
