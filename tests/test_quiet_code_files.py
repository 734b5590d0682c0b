"""A walked code file is decided quiet by one byte test in the run (no parser, no second look at its kind), and a file
whose text that test cannot see (UTF-16 or UTF-32) is never passed in silence when it mentions a launch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.codes import UNREAD_LAUNCH
from validator.run import runner

from conftest import counted_calls, diagnostics, flowlint

LAUNCH_JS = ('fetch("https://api.mypurecloud.com/api/v2/flows/executions", {\n  method: "POST",\n'
             '  body: JSON.stringify({ flowId: "1f1f1f1f-1111-2222-3333-444444444444", type: "flow" }),\n});\n')
QUIET_JS = 'export const answer = 42;\n'


@pytest.mark.parametrize(("encoding", "said"), [("utf-16", "it is UTF-16 text"), ("utf-32", "it is UTF-32 text"),
                                                ("utf-16-le", "it holds NUL bytes"), ("utf-32-be", "it holds NUL bytes")])
def test_a_walked_wide_launch_file_is_said_not_passed_in_silence(tmp_path: Path, encoding: str, said: str,
                                                                cache_on: Path, in_tmp: None) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "launch.js").write_bytes(LAUNCH_JS.encode(encoding))
    (tree / "quiet.js").write_bytes(QUIET_JS.encode(encoding))  # no launch in its text: nothing to say
    (tree / "plain.js").write_text(QUIET_JS)
    for cache in ("--no-cache", "--cache", "--cache"):  # without the cache, then stored, then given back
        found = diagnostics(*[cache] * (cache == "--no-cache"), "tree")
        assert [(d["file"], d["code"]) for d in found] == [("tree/launch.js", UNREAD_LAUNCH)]
        assert found[0]["message"] == f"the file mentions the launch endpoint, but flowlint read no launch in it: {said}"
    assert (tmp_path / ".flowlint_cache").is_dir()
    named = diagnostics("--no-cache", "tree/launch.js")  # named: the same note
    assert [d["code"] for d in named] == [UNREAD_LAUNCH]


def test_a_wide_launch_file_in_a_run_of_many_files_is_said_too(tmp_path: Path) -> None:
    for n in range(450):  # a run long enough to be shared out (-j 2)
        (tmp_path / f"m{n:03}.js").write_text(QUIET_JS)
    (tmp_path / "m300.js").write_bytes(LAUNCH_JS.encode("utf-16"))
    result = flowlint("check", "--no-cache", "-j", "2", "--format", "json", str(tmp_path))
    assert [d["file"] for d in json.loads(result.stdout)["diagnostics"]] == [str(tmp_path / "m300.js")]


def test_a_walked_code_file_is_tested_once_and_its_kind_not_asked_again(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "launch.js").write_text(LAUNCH_JS)
    (tmp_path / "quiet.js").write_text(QUIET_JS)
    tests = counted_calls(monkeypatch, runner, "nothing_to_say")
    sniffs = counted_calls(monkeypatch, runner._pipeline(), "sniff")
    found = diagnostics("--no-cache", str(tmp_path))
    assert {d["file"] for d in found} == {str(tmp_path / "launch.js")}  # the launch file was read and checked
    assert len(tests) == 2  # one byte test a file in the run itself (the loader keeps its own)
    assert sniffs == []  # its kind came from its name: not sniffed again by load_data


class _NoContains(bytes):
    """A file's bytes that refuse an `in` test: `b"x" in data` first tries its operand as an integer, making and
    dropping a TypeError (~1.4K instructions) each time, so the quiet files' byte test scans by `find`."""

    def __contains__(self, item: object) -> bool:
        raise AssertionError(f"an `in` test of the bytes for {item!r}")


@pytest.mark.parametrize("kind", ["javascript", "typescript", "python"])
def test_a_quiet_code_files_byte_test_scans_its_bytes_by_find(kind: str) -> None:
    from validator.sources.import_index import import_text

    quiet = _NoContains(b"import os\nfrom './log' import x\nconst credentials = load();\n" * 40)
    assert runner._quiet_code(kind, f"a.{kind}", quiet) and import_text(kind, quiet) is not None  # reached: quiet
    for sign in (b"https://login.mypurecloud.com/oauth/token", b"new ClientCredentials()", b"client_credentials",
                 b"/api/v2/flows/executions"):
        assert not runner._quiet_code(kind, f"a.{kind}", _NoContains(quiet + sign)), sign
