"""cli/patterns.py: the compiled code of module-level regular expressions kept between runs, as bytecode is. Each test
runs a fresh interpreter (the cache wraps re's compiler for the whole process): a module of patterns imported with
the cache installed, twice, counting the parses Python's own compiler does (never timed)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

MODULE = r'''
import re
NAMED = re.compile(r"(?P<scheme>https?)://(?P<host>[^/\s]+)(?P<path>/\S*)?")
FLAGS = re.compile(r"^\s*flowid\s*[:=]", re.I | re.M)
BYTES = re.compile(rb"x(?:ecutions|[0-9a-f]{2})")
VERBOSE = re.compile(r"""
    (\d{4}) - (\d{2})   # year, month
""", re.X)
SEARCHED = re.search(r"(?P<word>\w+)@", "name@example.org").group("word")


def made_at_run_time(secret):
    return re.compile(re.escape(secret) + r"\b")
'''

#: Installs the cache at argv[1], imports the module above (from argv[2]), compiles a pattern inside a function, saves,
#: and prints how many times Python's parser ran and what the compiled patterns do.
SCRIPT = r'''
import json, re, sys
import re._parser as parser
from validator.cli import patterns
parses = 0
original = parser.parse
def counted(*args, **kwargs):
    global parses
    parses += 1
    return original(*args, **kwargs)
parser.parse = counted
patterns.install(sys.argv[1])
sys.path.insert(0, sys.argv[2])
import probe
made = probe.made_at_run_time("s3cr3t-t0ken-value")
patterns.save()
shown = {}
for name in ("NAMED", "FLAGS", "BYTES", "VERBOSE"):
    p = getattr(probe, name)
    shown[name] = [repr(p.pattern), int(p.flags), p.groups, dict(p.groupindex)]
shown["matches"] = [probe.NAMED.match("https://api.mypurecloud.com/api/v2/flows/executions").groupdict(),
                    bool(probe.FLAGS.search("a\n  FLOWID: x")), repr(probe.BYTES.findall(b"xecutions x1f xzz")),
                    probe.VERBOSE.findall("2026-12 1999-01"), probe.SEARCHED, bool(made.search("s3cr3t-t0ken-value "))]
print(json.dumps({"parses": parses, "shown": shown}))
'''


def _run(tmp_path: Path, cache: Path, *, no_bytecode: bool = False) -> dict[str, object]:
    (tmp_path / "mod").mkdir(exist_ok=True)
    (tmp_path / "mod" / "probe.py").write_text(MODULE)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(cache), str(tmp_path / "mod")], capture_output=True, text=True,
                          env=env, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_second_run_compiles_module_level_patterns_from_the_kept_code_alike(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    first = _run(tmp_path, cache)
    assert cache.is_file() and first["parses"] == 6  # reached: five module-level patterns and the run-time one parsed
    second = _run(tmp_path, cache)
    assert second["parses"] == 1  # only the pattern made in a function
    assert second["shown"] == first["shown"]
    plain = _run(tmp_path, tmp_path / "nowhere" / "x" / "patterns.marshal", no_bytecode=True)  # nothing kept, nothing read
    assert plain["parses"] == 6 and plain["shown"] == first["shown"]


def test_a_pattern_made_inside_a_function_is_never_written(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    _run(tmp_path, cache)
    stamp, entries = marshal.loads(cache.read_bytes())
    assert len(entries) == 5 and sys.version in stamp  # the module's own
    assert b"s3cr3t" not in cache.read_bytes() and not any("s3cr3t" in str(pattern) for pattern, _flags in entries)


def test_a_damaged_or_foreign_file_is_not_used_and_is_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    first = _run(tmp_path, cache)
    stamp, entries = marshal.loads(cache.read_bytes())
    key = next(iter(entries))
    flags, code, groups, groupindex, indexgroup = entries[key]
    for damaged, parses in ((b"not marshal data", 6), (marshal.dumps(("another Python", entries)), 6),
                            (marshal.dumps((stamp, {**entries, key: (flags, code, groups + 1, groupindex, indexgroup)})), 2),
                            (marshal.dumps((stamp, {**entries, key: (flags, [7, 7, 7], groups, groupindex, indexgroup)})), 2)):
        cache.write_bytes(damaged)
        again = _run(tmp_path, cache)
        assert again["parses"] == parses  # the file, or the damaged entry, compiled as Python compiles it
        assert again["shown"] == first["shown"]
        assert marshal.loads(cache.read_bytes()) == (stamp, entries)  # and kept anew


def test_no_file_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    _run(tmp_path, cache, no_bytecode=True)
    assert not cache.exists()


def test_the_check_command_keeps_and_uses_its_patterns(tmp_path: Path) -> None:
    """`flowlint check` installs the cache beside the package's bytecode: a run where it was written and a run reading it
    say the same."""
    source = tmp_path / "launch.js"
    source.write_text("fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', "
                      "body: JSON.stringify({flowID: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90'})});\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["FLOWLINT_NO_CACHE"] = "1"
    runs = [subprocess.run([sys.executable, "-m", "validator", "check", "--format", "json", str(source)], capture_output=True,
                           text=True, env=env, cwd=tmp_path, check=False) for _ in range(2)]
    assert runs[0].returncode == runs[1].returncode == 1 and runs[0].stdout == runs[1].stdout
    assert json.loads(runs[0].stdout)["diagnostics"]  # reached: the launch was read and checked
    kept = ROOT / "validator" / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.marshal"
    assert kept.is_file() and len(marshal.loads(kept.read_bytes())[1]) > 50


def test_patterns_kept_by_an_earlier_run_stay_kept(tmp_path: Path) -> None:
    """A run that compiles patterns the file lacks keeps those it holds too (another run may read other kinds of files)."""
    cache = tmp_path / "patterns.marshal"
    _run(tmp_path, cache)
    stamp, entries = marshal.loads(cache.read_bytes())
    other = ("(?P<other>elsewhere)", 0)
    first = next(iter(entries))
    cache.write_bytes(marshal.dumps((stamp, {first: entries[first], other: entries[first]})))
    again = _run(tmp_path, cache)
    assert again["parses"] == 5  # reached: four module-level patterns compiled anew, and the run-time one
    assert marshal.loads(cache.read_bytes()) == (stamp, {**entries, other: entries[first]})
