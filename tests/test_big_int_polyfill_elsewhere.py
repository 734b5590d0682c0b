"""FL014 on a BigInt in a JavaScript launch body (JSON.stringify throws on it) is held to the run's end: a file of the
checked tree that gives BigInt a toJSON (`BigInt.prototype.toJSON = …`, the usual setup module) makes the body
sendable, and the finding is dropped; else its help says no such polyfill was found. Only the run's own files count
(named ones only, when only files are named; never a file beyond them), read at the end, so a file's cached result
never depends on another file; the editor counts its open files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.run import cross_file

from conftest import UUID, counted_calls, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = (f"export async function launch(token: string) {{\n  return fetch('{API}', {{ method: 'POST', headers: "
          "{ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, "
          f"body: JSON.stringify({{ flowId: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana', 'Flow.orderCount': 10n }} }}) }});\n}}\n")
POLYFILLS = {
    "polyfills.js": "BigInt.prototype.toJSON = function () { return this.toString(); };\n",
    "setup.ts": "(BigInt.prototype as any).toJSON = function () { return this.toString(); };\nexport {};\n",
    "main.tsx": "Object.defineProperty(BigInt.prototype, 'toJSON', { value() { return String(this); } });\n",
}
# A file of the tree with a finding of its own, written before and after the launch: the report keeps its order.
OTHER = (f"fetch('https://myorg.mypurecloud.com/api/v2/flows/executions', {{ method: 'POST', "
         f"body: JSON.stringify({{ flowId: '{UUID}' }}) }});\n")
NOT_FOUND = "no file flowlint checked in this run gives BigInt a toJSON"


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _json(*args: str, exit_code: int | None = None) -> list[dict[str, Any]]:
    result = flowlint("check", "--format", "json", "-j", "1", *args)
    assert result.exit_code == (exit_code if exit_code is not None else result.exit_code), result.output
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _big_ints(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in found if d["code"] == "FL014" and "is a BigInt" in d["message"]]


@pytest.mark.parametrize("polyfill", sorted(POLYFILLS))
@pytest.mark.parametrize("where", ["a_first", "z_last"])
def test_a_polyfill_in_another_walked_file_drops_the_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             polyfill: str, where: str) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"src/m_launch.ts": LAUNCH})
    [said] = _big_ints(_json("--no-cache", ".", exit_code=1))  # reached: alone, the launch throws
    assert NOT_FOUND in said["help"], said
    _tree(tmp_path, {f"src/{where}/{polyfill}": POLYFILLS[polyfill]})
    assert _json("--no-cache", ".", exit_code=0) == []
    result = flowlint("check", "--no-cache", "--no-color", "-j", "1", "--statistics", ".")
    assert result.exit_code == 0 and "FL014" not in result.output, result.output


def test_the_report_keeps_its_order_and_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"a.js": OTHER, "m_launch.ts": LAUNCH, "z.js": OTHER})
    text = flowlint("check", "--no-cache", "--no-color", "-j", "1", ".").output
    files = list(dict.fromkeys(line.split(":")[0] for line in text.splitlines() if ": FL" in line))
    assert files == ["a.js", "m_launch.ts", "z.js"], text  # reached: held from the launch on, released in order
    assert NOT_FOUND in text and "5 errors" in text, text
    _tree(tmp_path, {"polyfill.js": POLYFILLS["polyfills.js"]})
    text = flowlint("check", "--no-cache", "--no-color", "-j", "1", ".").output
    files = list(dict.fromkeys(line.split(":")[0] for line in text.splitlines() if ": FL" in line))
    assert files == ["a.js", "z.js"] and "4 errors" in text, text


def test_only_named_files_count_when_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"launch.ts": LAUNCH, "polyfills.js": POLYFILLS["polyfills.js"]})
    assert len(_big_ints(_json("--no-cache", "launch.ts", exit_code=1))) == 1
    assert _json("--no-cache", "launch.ts", "polyfills.js", exit_code=0) == []


def test_a_file_beyond_the_checked_tree_never_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"polyfills.js": POLYFILLS["polyfills.js"], "app/launch.ts": LAUNCH, ".git/HEAD": "ref: x\n"})
    monkeypatch.chdir(tmp_path / "app")
    assert len(_big_ints(_json("--no-cache", ".", exit_code=1))) == 1


def test_a_cached_result_is_judged_again_each_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"launch.ts": LAUNCH, "polyfills.js": POLYFILLS["polyfills.js"]})
    assert _json(".", exit_code=0) == []
    (tmp_path / "polyfills.js").unlink()
    assert len(_big_ints(_json(".", exit_code=1))) == 1  # the launch's stored result, judged without the polyfill
    _tree(tmp_path, {"polyfills.js": POLYFILLS["polyfills.js"]})
    assert _json(".", exit_code=0) == []


def test_fix_judges_as_check_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"launch.ts": LAUNCH})
    result = flowlint("check", "--fix", "--no-color", ".")
    assert result.exit_code == 1 and "is a BigInt" in result.output and NOT_FOUND in result.output, result.output
    _tree(tmp_path, {"polyfills.js": POLYFILLS["polyfills.js"]})
    result = flowlint("check", "--fix", "--no-color", ".")
    assert result.exit_code == 0 and "FL014" not in result.output, result.output
    assert (tmp_path / "launch.ts").read_text() == LAUNCH


def test_with_the_imported_url_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both held reports at once: a launch whose URL another module exports (run/imported.py's second pass) and one
    whose body throws, before and after the note that starts the second pass."""
    monkeypatch.chdir(tmp_path)
    imported = LAUNCH.replace(f"'{API}'", "LAUNCH_URL").replace("export async", "import { LAUNCH_URL } from './b_urls';\nexport async")
    _tree(tmp_path, {"a_launch.ts": LAUNCH, "b_urls.ts": f"export const LAUNCH_URL = '{API}';\n", "c_launch.ts": imported})
    found = _big_ints(_json("--no-cache", ".", exit_code=1))
    assert sorted(d["file"] for d in found) == ["a_launch.ts", "c_launch.ts"], found
    assert all(NOT_FOUND in d["help"] for d in found)
    _tree(tmp_path, {"d_polyfills.js": POLYFILLS["polyfills.js"]})
    assert _big_ints(_json("--no-cache", ".")) == []


def test_the_tree_is_read_once_and_only_for_such_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {f"src/quiet{n}.js": "export const n = 1;\n" for n in range(40)})
    reads = counted_calls(monkeypatch, cross_file, "gives_big_int_to_json")
    _tree(tmp_path, {"src/other.js": OTHER})
    assert _json("--no-cache", ".", exit_code=1)  # reached: a finding, but no BigInt
    assert reads == []
    _tree(tmp_path, {"src/launch.ts": LAUNCH})
    assert _big_ints(_json("--no-cache", ".", exit_code=1))
    assert len(reads) == 42  # each file of the tree once


def test_the_editor_counts_the_files_open_beside_the_buffer(tmp_path: Path) -> None:
    pytest.importorskip("pygls")
    import asyncio

    from lsprotocol import types

    from validator.lsp.server import FlowlintServer

    published: list[list[types.Diagnostic]] = []
    texts: dict[str, str] = {}

    class Server(FlowlintServer):
        def text_of(self, uri: str) -> tuple[str, int | None]:
            return texts[uri], 1

        def open_files(self) -> list[tuple[str, str]]:
            return list(texts.items())

        def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
            published.append(diagnostics)

    async def opened(name: str, text: str) -> list[types.Diagnostic]:
        path = tmp_path / name
        path.write_text(text)
        texts[path.as_uri()] = text
        server.schedule(path.as_uri(), delay=0)
        pending = server.states[path.as_uri()].pending
        assert pending is not None
        await pending
        return published[-1]

    server = Server()
    [said] = [d for d in asyncio.run(opened("launch.ts", LAUNCH)) if d.code == "FL014"]  # reached: alone, it throws
    assert cross_file.NOT_OPEN in said.message, said.message
    asyncio.run(opened("notes.md", POLYFILLS["polyfills.js"]))  # not a script: installs nothing
    assert [d.code for d in asyncio.run(opened("launch.ts", LAUNCH))] == ["FL014"]
    asyncio.run(opened("polyfills.js", POLYFILLS["polyfills.js"]))
    assert [d.code for d in asyncio.run(opened("launch.ts", LAUNCH))] == []



def test_worker_processes_judge_as_one_process_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of workers (files checked in other processes) holds and judges the report in this one, as -j 1 does."""
    from validator.run import workers
    from validator.run.runner import PARALLEL_MIN_FILES

    _tree(tmp_path, {f"src/q{n:04d}.js": f"export const n{n} = {n};\n" for n in range(PARALLEL_MIN_FILES + 10)})
    _tree(tmp_path, {"src/q0300_launch.ts": LAUNCH, "src/q0350.js": OTHER})  # past the files checked before the fork
    forks = counted_calls(monkeypatch, workers, "_fork_worker")

    def report(jobs: str) -> tuple[int, str]:
        result = flowlint("check", "--no-cache", "--no-color", "-j", jobs, str(tmp_path))
        return result.exit_code, result.stdout

    parallel, sequential = report("2"), report("1")
    assert forks  # reached: -j 2 checked files in a worker process
    assert parallel[0] == sequential[0] == 1
    assert parallel[1] == sequential[1] and NOT_FOUND in parallel[1]  # reached: held and judged
    _tree(tmp_path, {"src/z_polyfills.js": POLYFILLS["polyfills.js"]})
    forked = len(forks)
    parallel, sequential = report("2"), report("1")
    assert len(forks) > forked
    assert parallel[1] == sequential[1] and "FL014" not in parallel[1] and "FL302" in parallel[1]
