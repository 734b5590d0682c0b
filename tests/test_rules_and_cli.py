"""The rule catalogue and its docs, and the command line's contract: formats and exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from validator.core.codes import EXAMPLE_CONTRACT, RULES, UUID_EXAMPLE

from conftest import UUID2, Collect, check_text, codes, documentation, flowlint

CHECKABLE = [r for r in RULES.values() if not r.bad.startswith("(")]


def check_example(text: str, fmt: str, store: Path | None) -> list[str]:
    where = ("--contracts", str(store)) if store else ()
    result = flowlint("check", "--format", "json", *where, "--stdin-filename", f"example.{fmt}", "-", input=text)
    return codes(json.loads(result.stdout)["diagnostics"])


def run_session(session: str, store: Path, directory: Path) -> list[str]:
    """Codes found by a shell example's `flowlint check` commands, run in an empty directory."""
    command = session.replace("flowlint check ", f"flowlint check --format json --contracts {store} ")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(["bash", "-e", "-c", command], cwd=directory, env={**os.environ, "PATH": path},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode in (0, 1), done.stderr
    return codes(json.loads(done.stdout)["diagnostics"])


def example_codes(rule: Any, text: str, store: Path, directory: Path) -> list[str]:
    """Codes for a doc example: FL2xx examples run against the example flow's contract (and the rule's own
    snapshots); the others against this repository's own store, so they hold where a reader tries them."""
    if rule.example_format == "shell":
        directory.mkdir()
        found = run_session(text, store / "empty", directory)
    else:
        found = check_example(text, rule.example_format, store if rule.uses_contract else None)
    return [c for c in found if c != "FL200" or rule.code == "FL200"]


@pytest.fixture
def example_store(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    store = tmp_path / "store"
    store.mkdir()
    (store / f"{UUID_EXAMPLE}.json").write_text(json.dumps({"flowId": UUID_EXAMPLE, "inputSchema": EXAMPLE_CONTRACT}))
    for snapshot in getattr(request, "param", RULES["FL001"]).example_snapshots:
        (store / f"{json.loads(snapshot)['flowId']}.json").write_text(snapshot)
    return store


@pytest.mark.parametrize(("rule", "example_store"), [(r, r) for r in CHECKABLE], ids=[r.code for r in CHECKABLE],
                         indirect=["example_store"])
def test_rule_doc_examples_are_true(rule: Any, example_store: Path, tmp_path: Path) -> None:
    assert rule.code in example_codes(rule, rule.bad, example_store, tmp_path / "bad")
    assert example_codes(rule, rule.good, example_store, tmp_path / "good") == []


def test_only_flowlint_failing_has_no_example() -> None:
    assert sorted(set(RULES) - {r.code for r in CHECKABLE}) == ["FL100", "FL900"]


def test_the_schema_violation_example_is_what_a_constraint_without_a_rule_gives(monkeypatch: pytest.MonkeyPatch,
                                                                                  tmp_path: Path) -> None:
    import validator.contracts.schema as schema

    body = RULES["FL100"].bad.split("\n", 1)[1]
    assert "FL100" not in check_example(body, "json", None)  # the bundled schema cannot reach FL100, as the doc says
    patched = json.loads(schema.schema_path().read_text(encoding="utf-8"))
    patched["properties"]["name"]["maxLength"] = 20  # the constraint the doc supposes
    (tmp_path / "s.json").write_text(json.dumps(patched))
    monkeypatch.setattr(schema, "schema_path", lambda: tmp_path / "s.json")
    for cached in (schema.launch_schema, schema.launch_is_valid, schema.launch_validator):
        cached.cache_clear()
    try:
        assert "FL100" in check_example(body, "json", None)
        assert check_example(RULES["FL100"].good, "json", None) == ["FL200"]
    finally:
        for cached in (schema.launch_schema, schema.launch_is_valid, schema.launch_validator):
            cached.cache_clear()


README_RULES = dict(re.findall(r"^\| (FL\d{3}) \| ([a-z-]+) \|", documentation(), re.M))


def test_the_readme_rule_table_and_the_catalogue_agree() -> None:
    # Checked against the README, which users read, not against the object that renders the docs.
    assert {code: rule.name for code, rule in RULES.items()} == README_RULES
    table = re.findall(r"^\| (FL\d{3}) \| ([a-z-]+) \| (?:\((warning|info)\) )?", documentation(),
                       re.M)
    listed = [tuple(line.split()[:3]) for line in flowlint("rules").stdout.splitlines()]
    # The same rules, in the same order, with the same severities as `flowlint rules` (an error is unmarked).
    assert [(code, name, severity or "error") for code, name, severity in table] == listed
    assert listed == [(rule.code, rule.name, rule.severity.value) for rule in RULES.values()]


@pytest.mark.parametrize("code", sorted(README_RULES))
def test_rule_command_prints_the_doc(code: str) -> None:
    result = flowlint("rule", code)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{code} {README_RULES[code]}")
    by_name = flowlint("rule", README_RULES[code])
    assert by_name.stdout == result.stdout
    bad, good = result.stdout.find("Bad:"), result.stdout.find("Good:")
    assert 0 < bad < good  # both examples, bad first
    assert result.stdout[bad + 4:good].strip() and result.stdout[good + 5:].strip()


def test_rule_by_name_and_unknown_rule() -> None:
    assert "FL101" in flowlint("rule", "wrong-envelope").stdout
    result = flowlint("rule", "FL999")
    assert result.exit_code == 2 and "flowlint rules" in result.stderr


def test_rules_lists_every_rule() -> None:
    result = flowlint("rules")
    assert all(code in result.stdout for code in RULES)


def test_text_output_has_location_source_caret_and_help() -> None:
    result = flowlint("check", "--no-color", "--stdin-filename", "p.json", "-", input='{\n  "flowId": "order"\n}\n')
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'p.json:2:13: FL104 error `flowId` "order" looks like a flow name, not a flow ID',
        '  2 |   "flowId": "order"',
        "    |             ^^^^^^^",
        '  help: use the flow\'s ID, a UUID such as "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90": copy it from the flow\'s '
        'Architect URL, or run `flowlint pull --name "order"`',
        "1 error, 0 warnings in 1 file checked",
    ]


def test_long_lines_are_cut_around_the_caret() -> None:
    body = '{"name": "%s", "flowId": 5}' % ("x" * 3000)
    lines = flowlint("check", "--no-color", "--stdin-filename", "m.json", "-", input=body).stdout.splitlines()
    source, caret = lines[1], lines[2]
    assert source.startswith("  1 | …") and source.endswith("5}") and len(source) < 220
    assert source[caret.index("^")] == "5"


def test_json_output_contract() -> None:
    result = flowlint("check", "--format", "json", "fixtures/invalid/seed-type-configuration.json")
    document = json.loads(result.stdout)
    keys = {"file", "line", "column", "end_line", "end_column", "code", "name", "severity", "message", "pointer", "help"}
    assert all(keys <= set(d) for d in document["diagnostics"])
    assert document["summary"] == {"files": 1, "errors": 2, "warnings": 0, "infos": 0, "searched": 0}


def test_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"flowId": UUID2}))
    warn = tmp_path / "warn.yaml"
    warn.write_text(f'flowId: "{UUID2}"\ninputData:\n  Flow.agentId: "1"\n  Flow.dates: [2026-03-29]\n')
    assert flowlint("check", str(good)).exit_code == 0
    assert flowlint("check", str(warn)).exit_code == 0
    assert flowlint("check", "--strict", str(warn)).exit_code == 1
    assert flowlint("check", "fixtures/invalid/array-body.json").exit_code == 1
    assert flowlint("check", str(tmp_path / "missing.json")).exit_code == 2
    assert flowlint("check", "--format", "xml", str(good)).exit_code == 2
    assert flowlint("check", "--nope").exit_code == 2
    monkeypatch.chdir(tmp_path)  # no config here: a bare check checks `.`
    assert flowlint("check").exit_code == 0  # good.json, and warn.yaml's warning
    assert flowlint("check", "--strict").exit_code == 1
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path / "empty")
    assert flowlint("check").exit_code == 2  # nothing to check in `.`: as for a named directory


def test_a_directory_without_payloads_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    result = flowlint("check", str(tmp_path))
    assert result.exit_code == 2 and "no *.json, *.yaml, *.yml file, nor a code or request file, below it" in result.stderr


def test_quiet_prints_nothing_for_clean_files(tmp_path: Path) -> None:
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": "00000000-0000-4000-8000-000000000000"}))
    result = flowlint("check", "--quiet", str(body))
    assert result.exit_code == 0 and result.stdout == ""
    assert "FL200" in flowlint("check", str(body)).stdout


def test_internal_failure_is_a_diagnostic_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.checker.engine

    def explode(*args: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(validator.checker.engine, "check_envelope", explode)
    # A body the schema refuses: a valid one is proven clean by the fast path, which asks the schema directly.
    result = flowlint("check", "--format", "json", "fixtures/invalid/flow-id-number.json")
    assert result.exit_code == 3
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL900"]


def test_a_failure_while_loading_is_a_diagnostic_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.sources.document

    def explode(*args: object, **kwargs: object) -> None:
        raise MemoryError("simulated")

    monkeypatch.setattr(validator.sources.document, "load_text", explode)
    result = flowlint("check", "--format", "json", "fixtures/invalid/duplicate-key.json")  # plain JSON skips load_text
    assert result.exit_code == 3
    found = json.loads(result.stdout)["diagnostics"]
    assert codes(found) == ["FL900"] and "MemoryError" in found[0]["message"]


def test_broken_bundled_schema_exits_3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import validator.contracts.schema as schema

    broken = tmp_path / "s.json"
    broken.write_text("{")
    monkeypatch.setattr(schema, "schema_path", lambda: broken)
    for cached in (schema.launch_schema, schema.launch_is_valid, schema.launch_validator):  # the check's is the validator's
        cached.cache_clear()
    try:
        result = flowlint("check", "fixtures/valid/minimal.json")
        assert result.exit_code == 3 and "bundled schema" in result.stderr
    finally:
        for cached in (schema.launch_schema, schema.launch_is_valid, schema.launch_validator):
            cached.cache_clear()


def test_schema_command_prints_an_existing_file_with_an_id() -> None:
    path = Path(flowlint("schema").stdout.strip())
    schema = json.loads(path.read_text())
    assert schema["$id"] and schema["properties"].keys() == {"flowId", "flowVersion", "inputData", "name"}
    assert all(p["description"] for p in schema["properties"].values())


def test_output_survives_lone_surrogates() -> None:
    found = check_text('{"flowId": "%s", "x\\ud800": "\\udfff"}' % UUID2)
    assert "\\ud800" in found[0]["message"]
    result = flowlint("check", "--no-color", "--stdin-filename", "s.json", "-", input='{"flowId": "\\ud800"}')
    assert result.exit_code == 1 and "\\ud800" in result.stdout


def test_worker_processes_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    import subprocess
    import sys

    from validator.run.runner import PARALLEL_MIN_FILES

    for n in range(PARALLEL_MIN_FILES + 10):
        body = {"flowId": UUID2, "inputData": {"Flow.agentId": str(n)}} if n % 7 else {"flowID": UUID2, "n": n}
        (tmp_path / f"{n:04d}.json").write_text(json.dumps(body))
    (tmp_path / "0100.json").write_text('{"flowId": broken')

    def report(jobs: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "validator", "check", "--no-color", "-j", jobs, str(tmp_path)],
                              capture_output=True, text=True, check=False)

    parallel, sequential = report("2"), report("1")
    assert parallel.returncode == sequential.returncode == 1
    assert parallel.stdout == sequential.stdout and "0100.json:1:12: FL001" in parallel.stdout
    assert f"in {PARALLEL_MIN_FILES + 10} files checked" in parallel.stdout


def _dies_on_file_100(path: str) -> object:
    import os

    from validator.run import runner

    if path.endswith("0100.json"):  # past the files the parent checks before it forks
        os._exit(1)  # as if the kernel killed the worker
    assert runner._WORKER_CHECKER is not None
    return runner._WORKER_CHECKER(path)


def test_a_dead_worker_does_not_hang_or_lose_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.run.runner as runner
    from validator.checker.engine import CheckOptions

    paths = []
    for n in range(runner.PARALLEL_MIN_FILES):
        path = tmp_path / f"{n:04d}.json"
        path.write_text(json.dumps({"flowId": n}))
        paths.append(str(path))
    monkeypatch.setattr(runner, "_check_in_worker", _dies_on_file_100)
    reporter = Collect()
    summary = runner.run(paths, CheckOptions(), reporter, jobs=2)
    assert summary.files == len(paths) and summary.errors == len(paths)
    assert all(len(d) == 1 for d in reporter.files)


# A child started with SIGINT ignored (pytest run in the background by a non-interactive shell, nohup, some CI runners)
# inherits SIG_IGN, and flowlint rightly leaves an ignored SIGINT ignored: the scripts first give SIGINT the disposition
# a terminal gives it, so the Ctrl-C they raise is one a user at a terminal would send.
INTERRUPTED_RUN = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal, whatever pytest inherited
import validator.run.runner as runner

reached = []

def interrupted(*args, **kwargs):
    reached.append(True)
    signal.raise_signal(signal.SIGINT)  # Ctrl-C in the middle of the run, delivered as the terminal delivers it
    return 0

runner.run_files = interrupted
sys.argv = ["flowlint", "check", sys.argv[1]]
from validator.cli import run
try:
    run()
finally:
    sys.stderr.write(f"reached={bool(reached)}\\n")
"""


def test_ctrl_c_exits_130_never_1_the_code_of_findings(tmp_path: Path) -> None:
    body = tmp_path / "a.json"
    body.write_text(json.dumps({"flowId": UUID_EXAMPLE}))
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_RUN, str(body)], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "FLOWLINT_NO_CACHE": "1"}, check=False)
    assert "reached=True" in done.stderr, done.stderr  # the run loop was under way when Ctrl-C came
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
