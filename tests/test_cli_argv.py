"""The click-free reader of `flowlint check` (cli/argv.py) held to click's own option table, and its runs to click's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.cli.app import check
from validator.cli.argv import DEFAULTS, OPTIONS, parse_check

from conftest import UUID

CLICK_OPTIONS = [param for param in check.params if isinstance(param, click.Option)]


def _kind(param: click.Option, name: str) -> tuple[str, Any]:
    """What click's table says an option string is, in the terms of argv.OPTIONS."""
    kind = param.type
    assert param.nargs == 1 and not param.count and not param.envvar and param.callback is None, param.name
    if param.is_flag:
        assert isinstance(kind, click.types.BoolParamType)
        return "flag", name not in param.secondary_opts
    if param.multiple:
        assert isinstance(kind, click.types.StringParamType)
        return "multiple", None
    if isinstance(kind, click.Choice):
        assert kind.case_sensitive
        return "choice", tuple(kind.choices)
    if isinstance(kind, click.IntRange):
        assert not (kind.min_open or kind.max_open or kind.clamp)
        return "int", (kind.min, kind.max)
    if isinstance(kind, click.FloatRange):
        assert not (kind.min_open or kind.max_open or kind.clamp) and kind.max is None
        return "float", kind.min
    if isinstance(kind, click.Path):
        assert kind.readable and not (kind.resolve_path or kind.allow_dash or kind.executable) and kind.type is None
        return "path", (kind.exists, kind.file_okay, kind.dir_okay, kind.writable)
    assert isinstance(kind, click.types.StringParamType), (param.name, kind)
    return "text", None


def test_every_option_string_is_clicks_with_its_dest_kind_and_value() -> None:
    spelled = {name: param for param in CLICK_OPTIONS for name in (*param.opts, *param.secondary_opts)}
    assert len(spelled) > 30  # reached: click's table of `check`
    assert set(OPTIONS) == set(spelled)
    for name, (dest, kind, spec) in OPTIONS.items():
        assert dest == spelled[name].name, name
        assert (kind, spec) == _kind(spelled[name], name), name


def test_the_defaults_are_clicks() -> None:
    given_nothing = check.make_context("check", []).params
    assert given_nothing.pop("paths") == ()
    assert given_nothing == DEFAULTS
    assert parse_check([]) == ((), given_nothing)


WORDS = ["--", "-", "-h", "--help", "-qv", "-j2", "-j1", "-j0", "-jx", "-j=2", "-j-1", "-j١", "-of.json", "-od", "-o-",
         "-qj2", "-vq", "-o=x", "--bogus", "--colour", "--strict=1", "--format=json",
         "--timeout=0.5", "--select=FL1", "--no-color=", "---strict", "a.json", "d", "f.json"]
#: Values worth trying for each kind of option: those click takes, those it refuses, and those it reads its own way.
VALUES = {
    "path": ["d", "f.json", "missing", "d/f.json", "", "-"],
    "int": ["1", "0", "3", "900", "901", "-1", "+2", " 4", "1_0", "٣", "x", "", "007"],
    "float": ["0.05", "0.1", "1.5", "1.", ".5", "1.2.3", "nan", "inf", "1e3", "0", "-1", "", "10"],
    "choice": ["json", "text", "JSON", "sarif", "1.1", "1.2", "1.10", "", "x"],
    "text": ["x", "", "FL101", "--strict", "-q", "eu-west-1"],
    "multiple": ["FL101", "FL1,FL2", "", "--ignore", "ALL"],
}
VALUED = sorted(name for name, (_, kind, _) in OPTIONS.items() if kind != "flag")
#: An option with a value of its kind (or of any), an option alone, or a word: most lines mean something to click.
UNITS = st.one_of(
    st.sampled_from(VALUED).flatmap(lambda name: st.sampled_from(VALUES[OPTIONS[name][1]]).map(lambda value: [name, value])),
    st.tuples(st.sampled_from(VALUED), st.sampled_from(sorted({v for values in VALUES.values() for v in values}))).map(list),
    st.sampled_from(sorted(OPTIONS)).map(lambda name: [name]),
    st.sampled_from(WORDS).map(lambda word: [word]))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(UNITS, max_size=5).map(lambda units: [word for unit in units for word in unit]))
def test_either_both_readers_give_the_same_parameters_or_the_fast_one_defers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                          args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir(exist_ok=True)
    (tmp_path / "f.json").write_text("{}")
    fast = parse_check(args)
    try:
        params = check.make_context("check", list(args)).params
    except (click.ClickException, click.exceptions.Exit):
        assert fast is None, args  # click refuses it, or answers (help): the fast reader must leave it to click
        return
    if fast is not None:
        assert {"paths": fast[0], **fast[1]} == params, args


def test_a_plain_command_line_is_read_as_click_reads_it(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    args = ["a.json", "--contracts", str(tmp_path / "store"), "-q", "--format=json", "-j", "2", "--timeout", "2.5",
            "--select", "FL1", "--ignore=FL101", "--select", "FL2", "--no-color", "--", "-", "--strict"]
    fast = parse_check(args)
    assert fast is not None  # reached: a command line it reads itself
    assert fast[0] == ("a.json", "-", "--strict") and fast[1]["select"] == ("FL1", "FL2") and fast[1]["color"] is False
    assert {"paths": fast[0], **fast[1]} == check.make_context("check", list(args)).params


def test_a_short_option_written_with_its_value_is_read_as_click_reads_it(tmp_path: Path) -> None:
    """`-j1`, `-oreport.json`: a plain line, not worth click's ~20 ms of imports (a benchmark's `-j1` paid them)."""
    for args in (["-j1", "a.json"], ["a.json", "-j12", "-o" + str(tmp_path / "report.json"), "-q"]):
        fast = parse_check(args)
        assert fast is not None, args
        assert {"paths": fast[0], **fast[1]} == check.make_context("check", list(args)).params


@pytest.mark.parametrize("args", [
    ["--strict=yes"], ["-qv"], ["-j0"], ["-jx"], ["-qj2"], ["--help"], ["-h"], ["--jobs", "0"], ["--format", "JSON"], ["--timeout", "1e3"],
    ["--max-depth", "901"], ["--config", "missing.toml"], ["--contracts", "f.json"], ["--output-file", "d"], ["--jobs"],
    ["-j", "1" * 5000], ["--max-depth", "0" * 4400 + "5"],  # past int()'s 4,300 digits: click says it is no integer
])
def test_what_it_does_not_vouch_for_is_left_to_click(args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "f.json").write_text("{}")
    assert parse_check(["a.json"]) is not None  # reached: the same line without it is read
    assert parse_check(["a.json", *args]) is None


#: `flowlint ARGS` through the console entry (the fast reader where it reads the line), or through click alone.
ENTRY = "import sys; sys.argv = ['flowlint', *sys.argv[1:]]; from validator.cli import run; run()"
CLICK = "import sys; from validator.cli.app import main; main(sys.argv[1:], prog_name='flowlint')"


def _both(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes]]:
    env = {"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1", "LANG": os.environ.get("LANG", "C.UTF-8")}
    fast, slow = (subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=cwd, env=env, check=False)
                  for code in (ENTRY, CLICK))
    return fast, slow


@pytest.mark.parametrize("args", [
    ["check", "--select", "FL9999", "a.json"],  # refused by the run: click's usage line and message
    ["check", "missing.json"],
    ["check", "--unsafe-fixes", "a.json"],
    ["check", "--bogus", "a.json"],  # refused by click's parser
    ["check", "--help"],
    ["check", "-q", "a.json", "broken.json"],  # a run: its report and exit code
    ["check", "--format", "json", "--show-fixes", "broken.json"],
    ["check", "--show-files", "."],
    ["check", "-j", "1" * 5000, "a.json"],
])
def test_errors_help_and_reports_are_byte_identical_to_clicks(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"flowId": UUID}))
    (tmp_path / "broken.json").write_text(json.dumps({"flowId": UUID, "inputData": {"customerName": 3}}))
    fast, slow = _both(args, tmp_path)
    assert slow.stdout or slow.stderr  # reached: click said something
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)


# A child started with SIGINT ignored (pytest run in the background by a non-interactive shell, nohup, some CI runners)
# inherits SIG_IGN, and flowlint rightly leaves an ignored SIGINT ignored: the scripts first give SIGINT the disposition
# a terminal gives it, so the Ctrl-C they raise is one a user at a terminal would send.
RESTORE_SIGINT = "signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal, whatever pytest inherited"

INTERRUPTED = f"""
import signal, sys
{RESTORE_SIGINT}
import validator.run.runner as runner

def interrupted(*args, **kwargs):
    signal.raise_signal(signal.SIGINT)  # Ctrl-C in the middle of the run
    return 0

runner.run_files = interrupted
sys.argv = ["flowlint", *sys.argv[1:]]
from validator.cli import run
run()
"""


def test_ctrl_c_is_said_and_exits_alike_either_way(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"flowId": UUID}))
    assert parse_check(["-q", "a.json"]) is not None and parse_check(["-qv", "a.json"]) is None  # one of each reader
    done = [subprocess.run([sys.executable, "-c", INTERRUPTED, "check", option, "a.json"], capture_output=True, cwd=tmp_path,
                           env={"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1"}, check=False) for option in ("-q", "-qv")]
    assert [(d.returncode, d.stdout, d.stderr) for d in done] == [(130, b"", b"\nAborted!\n")] * 2


INTERRUPTED_LOADING = f"""
import signal, sys
{RESTORE_SIGINT}

class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "validator.cli.check":
            signal.raise_signal(signal.SIGINT)  # Ctrl-C while the check command loads
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = ["flowlint", *sys.argv[1:]]
from validator.cli import run
run()
"""


def test_ctrl_c_while_the_command_loads_is_said_either_way(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"flowId": UUID}))
    done = [subprocess.run([sys.executable, "-c", INTERRUPTED_LOADING, "check", option, "a.json"], capture_output=True,
                           cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1"}, check=False)
            for option in ("-q", "-qv")]
    assert [(d.returncode, d.stdout, d.stderr) for d in done] == [(130, b"", b"\nAborted!\n")] * 2


def test_windows_arguments_go_to_click_which_expands_their_wildcards(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import validator.cli as cli
    from validator.cli import argv

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({"flowId": UUID}))
    read: list[list[str]] = []
    monkeypatch.setattr(argv, "parse_check", lambda args: read.append(args))  # None: click reads it
    monkeypatch.setattr(sys, "argv", ["flowlint", "check", "a.json"])
    for windows, asked in ((False, [["a.json"]]), (True, [])):
        read.clear()
        monkeypatch.setattr(cli, "CLICK_EXPANDS_ARGUMENTS", windows)
        with pytest.raises(SystemExit) as exit:
            cli.run()
        assert exit.value.code == 0 and read == asked


def _once_reference(files: list[str], paths: tuple[str, ...]) -> tuple[list[str], frozenset[str]]:
    """check._once without its shortcut for a list of files named each once."""
    def key(path: str) -> str:
        return path if path == "-" else os.path.normpath(os.path.join(os.getcwd(), path))

    named = {key(p) for p in paths}
    first: dict[str, str] = {}
    for name in files:
        first.setdefault(key(name), name)
    return list(first.values()), frozenset(name for k, name in first.items() if k in named)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a.json", "./a.json", "b.json", "d/c.json", "d//c.json", "d/../a.json", "-", "d/"]),
                max_size=6), st.booleans())
def test_the_files_named_each_once_are_taken_as_they_are(names: list[str], walked_too: bool) -> None:
    from validator.cli.check import _once

    paths = tuple(names)
    files = [*names, "d/walked.json"] if walked_too else list(names)
    assert _once(files, paths) == _once_reference(files, paths)
