"""Shared helpers: run the CLI in-process, check bodies, find fixtures."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import selectors
import sys
import tempfile
import threading
from collections.abc import Callable, Coroutine, Generator, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, settings

from validator.cli import main
from validator.core.clock import FakeClock, installed
from validator.core.diagnostics import Diagnostic
from validator.report import LineSource, Summary

pytest_plugins = ["fake_genesys"]

# No property test is timed: hypothesis's default 200 ms deadline per example is a timed assertion, and failed the
# suite on a loaded machine (speed is measured by benchmarks/ only); too_slow times the data generation.
# Nor is it random: each test draws the same examples on every run (hypothesis's own "ci" profile), so the suite's
# result is its code's, never a draw's. `pytest --hypothesis-profile=explore` draws new ones (and keeps a failing one
# in .hypothesis/ for the next run): a failure found so is a bug to fix, then an @example.
settings.register_profile("untimed", deadline=None, derandomize=True, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # "Order follow-up" in the repo's contract store
UUID2 = "3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f"  # "Agent time off"


def flowlint(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Run `flowlint ARGS` in-process; the result has exit_code, stdout and stderr."""
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def lines_run(*args: str, module: str | None = None) -> tuple[int, Result]:
    """The Python lines `flowlint ARGS` runs in-process (only those of the source files whose path ends in `module`,
    when given), and its result: a count of work that does not drift with the machine's load (the linear-time tests)."""
    count = 0

    def local(_frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def hook(frame: FrameType, _event: str, _arg: Any) -> Any:
        return local if module is None or frame.f_code.co_filename.endswith(module) else None

    def traced() -> Result:
        sys.settrace(hook)
        try:
            return flowlint(*args)
        finally:
            sys.settrace(None)

    result = in_one_stack_chunk(traced)
    return count, result


def in_one_stack_chunk(function: Callable[[], Result_]) -> Result_:
    """`function()`, every frame it calls on one chunk of the interpreter's frame stack (see below)."""
    return function()


#: CPython (3.11) keeps frames on a stack of 16 KiB chunks, and frees a chunk as soon as the frame that opened it
#: returns: a call made at a chunk's end maps and unmaps one each time. Traced, every line is such a call to the hook,
#: and where the suite's stack put that end decided a linear-time test's cost (launch.py's: 11.6 s of CPU, half of it
#: in the kernel, 312,000 mmap/munmap pairs; 1.5 s when run alone). A frame this big is given a chunk of 2 MiB of which
#: it fills half: every frame called below it fits in the other.
in_one_stack_chunk.__code__ = in_one_stack_chunk.__code__.replace(co_stacksize=150_000)


def diagnostics(*args: str, input: str | bytes | None = None) -> list[dict[str, Any]]:
    """The diagnostics of `flowlint check --format json ARGS`."""
    result = flowlint("check", "--format", "json", *args, input=input)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def tree_diagnostics(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[dict[str, Any]]:
    """The diagnostics of `flowlint check --format json --no-cache -v -j 1 .` in `root`, after writing `files` (a
    project of several modules: one importing what another defines) there."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "--no-cache", "-v", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def counted_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """A list that grows by one at each call of `owner.name` (a module's function or a class's method), which still
    runs: how often a test's run reached it."""
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


@pytest.fixture
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The result cache on for this test (the suite turns it off), with its MAC key in tmp_path, never in the user's
    ~/.cache: the key's directory."""
    monkeypatch.delenv("FLOWLINT_NO_CACHE")
    key_dir = tmp_path / "user-cache"
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", str(key_dir))
    return key_dir


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test from its tmp_path (a test that names files relative to it, or needs no project config above)."""
    monkeypatch.chdir(tmp_path)


def check_file(tmp_path: Path, name: str, text: str, *extra: str, contract_findings: bool = True) -> list[dict[str, Any]]:
    """The diagnostics of `text` written to `name` in tmp_path and checked alone (`contract_findings` False: without the
    FL2xx findings, which tests of how a file's launches are read leave aside)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = diagnostics("--no-cache", *extra, str(path))
    return found if contract_findings else [d for d in found if not d["code"].startswith("FL2")]


def check_text(text: str, name: str = "body.json", *extra: str) -> list[dict[str, Any]]:
    """The diagnostics for a body given as text on stdin, reported under `name`."""
    return diagnostics("--stdin-filename", name, *extra, "-", input=text.encode("utf-8"))


class Collect:
    """A reporter that keeps what a run reports: each file's diagnostics, all of them in order, and the summary."""

    def __init__(self) -> None:
        self.files: list[list[Diagnostic]] = []
        self.diagnostics: list[Diagnostic] = []
        self.summary: Summary | None = None

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.files.append(diagnostics)
        self.diagnostics += diagnostics

    def finish(self, summary: Summary) -> None:
        self.summary = summary


def documentation() -> str:
    """The README and every page under docs/, one after the other: what the documentation says, wherever it says it."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found]


#: What the caller's environment may hold that changes what flowlint writes or reaches: colour (NO_COLOR, FORCE_COLOR,
#: CLICOLOR, CLICOLOR_FORCE), Genesys Cloud credentials and region, flowlint's own settings (its cache, base URLs).
_CALLERS_NAMES = frozenset({"NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"})
_CALLERS_PREFIXES = ("CLICOLOR", "GENESYSCLOUD_", "FLOWLINT_")
#: The suite's own switches, which are the caller's to set: regenerate golden files, run the opt-in slow tests.
_SUITE_SWITCHES = ("FLOWLINT_UPDATE_EXPECTED", "FLOWLINT_TEST_")


def clear_callers_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset every variable of the caller's environment that would change a test's result (a test that needs one
    sets it); the suite's own switches stay."""
    for name in list(os.environ):
        if (name in _CALLERS_NAMES or name.startswith(_CALLERS_PREFIXES)) and not name.startswith(_SUITE_SWITCHES):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run from the repo root, so the repo's contract store (.flowlint/flows) is the default one, in an environment
    without the caller's colour, credential and flowlint settings."""
    monkeypatch.chdir(ROOT)
    clear_callers_environment(monkeypatch)
    # A test's result must never come from another test's run (tests patch flowlint): test_cache.py turns it on.
    monkeypatch.setenv("FLOWLINT_NO_CACHE", "1")
    yield


_LOADED_BEFORE = pytest.StashKey[list[str]]()
_TESTS = str(Path(__file__).resolve().parent)


@functools.cache
def genesys_sdk() -> Any:
    """The Genesys Cloud Python SDK (a test is skipped without it), imported once a process with its config watcher off.

    Imported as it is, the SDK looks for ~/.genesyscloudpython/config and, with none there, watches the home directory
    itself, recursively, for one to appear: a thread of the worker then handled an event for each file any process
    opened under the home directory (the interpreter's own library, there under pyenv), to the worker's end — on a busy
    machine as much CPU as the tests themselves. For the moment of the import (the SDK reads its config then, once), the
    home is a directory of ours whose config turns the live reload off: the user's home is never read nor watched."""
    with tempfile.TemporaryDirectory() as home:
        config = Path(home, ".genesyscloudpython", "config")
        config.parent.mkdir()
        config.write_text("[general]\nlive_reload_config = false\n", encoding="utf-8")
        users = os.environ.get("HOME")
        os.environ["HOME"] = home
        try:
            return pytest.importorskip("PureCloudPlatformClientV2")
        finally:
            if users is None:
                del os.environ["HOME"]
            else:
                os.environ["HOME"] = users


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_LOADED_BEFORE] = list(sys.modules)


def first_imported(before: list[str]) -> list[str]:
    """The modules the test imported first: those in sys.modules now that were not when it started. Keys keep their
    insertion order, so when the names of the start are still the first ones, in order, the new ones are the rest (a
    list compared, not a set of ~7,000 names built twice a test: ~2 ms a test once the SDK is loaded)."""
    now = list(sys.modules)
    if now[:len(before)] == before:
        return now[len(before):]
    return sorted(sys.modules.keys() - set(before))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    """Fail the test that left a stub of its own bound in a module of validator it was the first to import.

    A module imported while a test patches what it imports by name (`from ..fixer.passes import fix_text`) binds the
    stub, and monkeypatch, which never patched that module, leaves it there: every later test of the worker then runs
    the stub, and which test that is depends on how xdist split the suite (how test_fixes.py made
    test_fixes_merge.py flaky). Checked once the test's fixtures are torn down, on the modules it imported first; and
    so is the Genesys SDK, imported with its home-directory watcher off (genesys_sdk) or the test fails."""
    yield
    before = item.stash.get(_LOADED_BEFORE, None)
    if before is None:
        return
    imported = first_imported(before)
    leaked = [f"{name}.{attribute} is {value.__qualname__} ({code.co_filename}:{code.co_firstlineno})"
              for name in sorted(imported) if name.startswith("validator")
              for attribute, value in vars(sys.modules[name] or object).items()
              if (code := getattr(value, "__code__", None)) is not None and code.co_filename.startswith(_TESTS)]
    assert not leaked, ("a stub outlived its test, bound in a module the test imported first (import the module with the "
                        "test module, and patch it as an object): " + "; ".join(leaked))
    sdk = sys.modules.get("PureCloudPlatformClientV2") if "PureCloudPlatformClientV2" in imported else None
    assert getattr(getattr(sdk, "configuration", None), "live_reload_config", False) is False, (
        "the Genesys SDK was imported watching the home directory for its config file, to the worker's end: import it "
        "with conftest.genesys_sdk()")


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    """A fake clock every timer of the test reads (retry waits, deadlines, budgets, progress): no test waits on time."""
    with installed(FakeClock()) as fake:
        yield fake


Result_ = TypeVar("Result_")


class _FakeTimeSelector(selectors.DefaultSelector):
    """Real I/O, fake waits: when nothing is ready and the loop would wait for its next timer, the clock jumps to it.

    Until `jumps` is set, time moves only when someone advances the clock: a wait for a timer is a short look at it."""

    def __init__(self, clock: FakeClock, jumps: threading.Event) -> None:
        super().__init__()
        self.clock = clock
        self.jumps = jumps

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        if not self.jumps.is_set():
            return super().select(None if timeout is None else min(timeout, 0.01))
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:
            return super().select(None)  # no timer pending: only I/O can wake the loop
        self.clock.advance(timeout)
        return []


class _FakeTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self, clock: FakeClock, jumps: threading.Event) -> None:
        super().__init__(_FakeTimeSelector(clock, jumps))
        self.clock = clock

    def time(self) -> float:
        return self.clock.monotonic()


def run_on(clock: FakeClock, coroutine: Coroutine[Any, Any, Result_], *, jump: bool | threading.Event = True) -> Result_:
    """Run `coroutine` on an event loop whose time is `clock`: its timers (asyncio's, anyio's) fire as soon as the
    loop has nothing else to do, and `clock` says how long they were. For code with no I/O left to wait for.

    `jump=False`: time moves only when the test (or a fake it drives) advances `clock`, for code that waits on I/O
    from another thread: its timers fire when that happened, never before. An Event: so until another thread sets it
    (say, a fake platform once it holds a request it will never answer: no I/O is left to wait for), then it jumps.
    """
    jumps = jump if isinstance(jump, threading.Event) else threading.Event()
    if jump is True:
        jumps.set()
    loop = _FakeTimeLoop(clock, jumps)
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


@pytest.fixture
def every_finding_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing cap (at most 20 findings of a rule a file, the rest in an FL008 note: test_file_finding_cap.py)
    lifted, for a test that counts each of many launches' findings in the report (what it pins is their reading)."""
    from validator.checker import engine

    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)
