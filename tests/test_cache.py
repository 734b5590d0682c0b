"""The result cache: a warm run reports exactly what a cold one does, and a cache file is untrusted input."""

from __future__ import annotations

import functools
import json
import marshal
import multiprocessing
import os
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from validator.checker.engine import CheckOptions
from validator.contracts.store import ContractStore
from validator.core.diagnostics import Diagnostic
from validator.run import cache as result_cache
from validator.run import runner
from validator.run.cache import DIRECTORY, MAX_CACHE_FILES, ResultCache, entry, mac, run_key, secret_key
from validator.run.runner import run

from conftest import ROOT, UUID, UUID2, Collect, flowlint

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2VjcmV0c2lnbmF0dXJlMTIzNDU2"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> Path:
    """A project with a contract store, two flows' bodies (some broken), and the cache turned on."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / ".flowlint" / "flows", root / ".flowlint" / "flows")
    (root / ".flowlint.toml").write_text("")
    bodies = root / "bodies"
    bodies.mkdir()
    for n in range(6):
        flow = UUID if n % 2 else UUID2
        body: dict[str, Any] = {"flowId": flow, "inputData": {"Flow.agentId": f"a{n}"} if flow == UUID2 else
                                {"Flow.customerName": "Ana", "Flow.orderCount": "2" if n == 3 else 2}}
        if n == 4:
            body = {"flow_id": flow, "inputData": body["inputData"]}
        (bodies / f"b{n}.json").write_text(json.dumps(body, indent=2))
    monkeypatch.chdir(root)
    return root


def _cache_files(root: Path) -> list[Path]:
    return sorted((root / DIRECTORY).glob("*.cache"))


def test_a_warm_run_reports_what_a_cold_one_does(project: Path) -> None:
    for format in ("text", "json", "sarif"):
        cold = flowlint("check", "--no-color", "--format", format, "bodies")
        assert _cache_files(project), "the cold run wrote the cache"
        warm = flowlint("check", "--no-color", "--format", format, "bodies")
        assert warm.exit_code == cold.exit_code == 1
        assert warm.stdout == cold.stdout
        assert flowlint("check", "--no-cache", "--no-color", "--format", format, "bodies").stdout == cold.stdout
    assert (project / DIRECTORY / ".gitignore").read_text().splitlines()[-1] == "*"


@pytest.mark.parametrize("chosen", [("--select", "FL204"), ("--ignore", "FL204"), ("--ignore", "FL1"), ("--select", "FL2")])
def test_a_rule_selection_on_the_command_line_is_kept_by_a_warm_run(project: Path, chosen: tuple[str, str]) -> None:
    whole = flowlint("check", "--no-color", "--format", "json", "bodies")  # the cache now holds every file's findings
    assert {d["code"] for d in json.loads(whole.stdout)["diagnostics"]} >= {"FL204", "FL102"}
    expected = flowlint("check", "--no-cache", "--no-color", "--format", "json", *chosen, "bodies")
    for _ in range(2):  # the first run may read the whole run's entries, the second its own
        warm = flowlint("check", "--no-color", "--format", "json", *chosen, "bodies")
        assert (warm.exit_code, warm.stdout) == (expected.exit_code, expected.stdout)


def test_a_run_key_with_a_set_of_codes_is_the_same_in_every_process(project: Path) -> None:
    (project / ".flowlint.toml").write_text('[per-file-ignores]\n"bodies/b1.json" = ["FL200", "FL204"]\n')
    for seed in ("0", "1"):  # two hash seeds that iterate {"FL200", "FL204"} in opposite orders
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "validator", "check", "bodies"], cwd=project, env=env, capture_output=True, check=False)
    assert len(_cache_files(project)) == 1  # the second run found the first one's file


@pytest.mark.parametrize("setting", ['[per-file-ignores]\n"bodies/b3.json" = ["FL204"]\n',
                                     '[per-file-severity."bodies/b3.json"]\nFL204 = "info"\n'])
def test_a_warm_run_after_the_config_changes_what_a_file_is_judged_by_reports_what_a_cold_one_does(
        project: Path, setting: str) -> None:
    # the run's key has them from the config's settings_key (no part of its own): a changed table is a new cache file
    before = flowlint("check", "--no-color", "--format", "json", "bodies")
    (project / ".flowlint.toml").write_text(setting)
    expected = flowlint("check", "--no-cache", "--no-color", "--format", "json", "bodies")
    assert expected.stdout != before.stdout  # reached: the setting changes b3.json's FL204
    warm = flowlint("check", "--no-color", "--format", "json", "bodies")
    assert (warm.exit_code, warm.stdout) == (expected.exit_code, expected.stdout)


def test_a_terraform_launch_is_checked_again_when_its_module_gains_the_flow_it_names(project: Path) -> None:
    shutil.copytree(ROOT / "fixtures" / "cx-as-code", project / "cx")
    main_tf = project / "cx" / "terraform" / "main.tf"
    written = main_tf.read_text()
    main_tf.write_text(written.replace('"genesyscloud_flow" "callback_survey"', '"genesyscloud_flow" "callback_survey_old"'))
    flowlint("check", "--format", "json", "cx")  # the data actions' flow is no resource of the module: no contract
    main_tf.write_text(written)  # now it is, and its YAML declares the inputs
    expected = flowlint("check", "--no-cache", "--format", "json", "cx")
    assert "FL202" in {d["code"] for d in json.loads(expected.stdout)["diagnostics"]}
    warm = flowlint("check", "--format", "json", "cx")
    assert (warm.exit_code, warm.stdout) == (expected.exit_code, expected.stdout)


def test_a_request_file_is_checked_again_when_the_body_it_sends_appears(project: Path) -> None:
    (project / "launch.http").write_text("POST https://api.mypurecloud.com/api/v2/flows/executions\n"
                                         "Content-Type: application/json\n\n< ./data/body.txt\n")
    assert flowlint("check", "--format", "json", "launch.http").exit_code == 0  # no body file yet: nothing to say
    (project / "data").mkdir()
    (project / "data" / "body.txt").write_text(json.dumps({"flowId": 5}))
    expected = flowlint("check", "--no-cache", "--format", "json", "launch.http")
    assert "FL104" in {d["code"] for d in json.loads(expected.stdout)["diagnostics"]}
    warm = flowlint("check", "--format", "json", "launch.http")
    assert (warm.exit_code, warm.stdout) == (expected.exit_code, expected.stdout)


def test_another_flowlint_under_the_same_version_never_reports_this_ones_results(project: Path, tmp_path: Path) -> None:
    """An upgrade from git (or an edited checkout) keeps the version string: the cache must still not answer for it."""
    # (with this checkout's bytecode, still valid for the copies: copytree keeps each source's mtime and size; the edited
    # module's no longer matches its own, so Python compiles its new text)
    shutil.copytree(ROOT / "validator", tmp_path / "pkg" / "validator")
    shutil.copytree(ROOT / "schemas", tmp_path / "pkg" / "schemas")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "pkg"), "PYTHONDONTWRITEBYTECODE": "1"}

    def check() -> str:
        run = [sys.executable, "-m", "validator", "check", "--format", "json", "bodies/b4.json"]
        return subprocess.run(run, cwd=project, env=env, capture_output=True, text=True, check=False).stdout

    assert "is not a member of the launch request" in check()
    envelope = tmp_path / "pkg" / "validator" / "rules" / "envelope.py"
    envelope.write_text(envelope.read_text().replace("is not a member of the launch request", "is no member of the request"))
    assert "is no member of the request" in check()


def test_an_installed_flowlint_is_known_by_the_record_pip_wrote_of_its_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One stat a run, not one per module: a reinstall writes RECORD anew (every file's hash is in it)."""
    monkeypatch.setattr(result_cache, "_names_in", result_cache._names_in.__wrapped__)  # listed anew as it changes
    site = tmp_path / "site-packages"
    shutil.copytree(ROOT / "validator", site / "validator", ignore=shutil.ignore_patterns("__pycache__"))
    checkout = result_cache.files_stamp(site / "validator")  # no dist-info beside it: its files are stamped
    record = site / f"{result_cache.DIST_INFO}0.1.0.dist-info" / "RECORD"
    record.parent.mkdir()
    record.write_text("validator/__init__.py,sha256=one,1\n")
    installed = result_cache.files_stamp(site / "validator")
    assert installed != checkout
    (site / "validator" / "__init__.py").write_text("# changed by hand, not by pip\n")
    assert result_cache.files_stamp(site / "validator") == installed  # the files themselves are not read
    record.write_text("validator/__init__.py,sha256=two,22\n")  # reinstalled
    assert result_cache.files_stamp(site / "validator") not in (installed, checkout)


def test_site_packages_is_listed_once_for_flowlint_s_own_stamp_and_the_libraries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where pip installed flowlint, its RECORD and the libraries' metadata are found in one listing of site-packages."""
    site = tmp_path / "site-packages"
    (site / "validator").mkdir(parents=True)
    (site / f"{result_cache.DIST_INFO}0.1.0.dist-info").mkdir()
    (site / f"{result_cache.DIST_INFO}0.1.0.dist-info" / "RECORD").write_text("validator/__init__.py,sha256=one,1\n")
    (site / "PyYAML-6.0.1.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(site)])
    monkeypatch.setattr(result_cache, "_names_in", functools.cache(result_cache._names_in.__wrapped__))
    listed: list[str] = []
    listdir = os.listdir

    def counted(path: str) -> list[str]:
        listed.append(str(path))
        return listdir(path)

    monkeypatch.setattr(os, "listdir", counted)
    stamp = result_cache.files_stamp(site / "validator")
    assert result_cache.library_stamp.__wrapped__() == ("PyYAML-6.0.1.dist-info",)  # reached: the libraries were looked for
    assert stamp == result_cache.files_stamp(site / "validator") and listed == [str(site)]  # asked twice, listed once


def test_another_version_of_a_library_the_check_uses_never_gets_the_old_results(
        project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgraded grammar or validator keeps flowlint's version and files: the run key must still change."""
    site = tmp_path / "site"
    (site / "PyYAML-6.0.1.dist-info").mkdir(parents=True)  # older pips keep the project's spelling
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(result_cache, "library_stamp", functools.cache(result_cache.library_stamp.__wrapped__))
    monkeypatch.setattr(result_cache, "_names_in", result_cache._names_in.__wrapped__)
    assert any(stamp == "PyYAML-6.0.1.dist-info" for stamp in result_cache.library_stamp())  # the one found first
    cold, _ = _checked(project, monkeypatch)
    assert len(cold) == 6 and _checked(project, monkeypatch)[0] == []  # warm: all from the cache
    (site / "PyYAML-6.0.1.dist-info").rename(site / "PyYAML-6.0.2.dist-info")
    result_cache.library_stamp.cache_clear()
    assert _checked(project, monkeypatch)[0] == cold  # another PyYAML: every file is checked again


def test_the_libraries_stamped_are_the_ones_a_check_imports(tmp_path: Path) -> None:
    """Run a check of every kind of file in a fresh interpreter: each third-party distribution it imports is stamped.
    The contracts ask for a keyword beyond contracts/subset.py's, so that jsonschema and fastjsonschema check them, and
    hold a pattern, so that regress and RE2 compile it."""
    for snapshot in (ROOT / ".flowlint" / "flows").glob("*.json"):
        document = json.loads(snapshot.read_text(encoding="utf-8"))
        document["inputSchema"]["minProperties"] = 0
        document["inputSchema"]["propertyNames"] = {"pattern": "^Flow\\.[A-Za-z]"}  # not the bundled schema's: the engines
        (tmp_path / snapshot.name).write_text(json.dumps(document), encoding="utf-8")
    script = ("import sys, importlib.metadata as md\nsys.argv = ['flowlint', *sys.argv[1:]]\nfrom validator.cli import run\n"
              "try:\n    run()\nexcept SystemExit:\n    pass\ndists = md.packages_distributions()\n"
              "print('\\nDISTS ' + ' '.join({d for m in list(sys.modules) for d in dists.get(m.split('.')[0], [])}))\n")
    env = {"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1"}
    result = subprocess.run([sys.executable, "-c", script, "check", "--format", "json", "--contracts", str(tmp_path), "fixtures/invalid",
                             "fixtures/valid", "fixtures/cx-as-code"], capture_output=True, text=True, cwd=ROOT, check=False, env=env)
    imported = {re.sub(r"[-_.]+", "_", name).lower() for name in result.stdout.rpartition("\nDISTS ")[2].split()}
    assert {"tree_sitter_python", "tree_sitter_hcl", "pyyaml", "jsonschema", "fastjsonschema"} <= imported  # it read all kinds
    assert imported - {"setuptools"} <= result_cache.LIBRARIES  # setuptools: its .pth, loaded before flowlint starts
    assert result_cache.LIBRARIES - imported <= {"tomli"}  # read only for a config file, before Python 3.11
    assert len(result_cache.library_stamp()) == len(result_cache.LIBRARIES)  # each one's metadata is found


def test_no_cache_and_the_environment_turn_it_off(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flowlint("check", "--no-cache", "bodies")
    assert not (project / DIRECTORY).exists()
    monkeypatch.setenv("FLOWLINT_NO_CACHE", "1")
    flowlint("check", "bodies")
    assert not (project / DIRECTORY).exists()
    monkeypatch.delenv("FLOWLINT_NO_CACHE")
    (project / ".flowlint.toml").write_text('cache-dir = "build/lint-cache"\n')
    flowlint("check", "bodies")
    assert not (project / DIRECTORY).exists() and list((project / "build" / "lint-cache").glob("*.cache"))
    (project / ".flowlint.toml").write_text('cache-dir = "../elsewhere"\n')
    assert flowlint("check", "bodies").exit_code == 2  # a cache outside the project is a usage error


def _checked(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[Diagnostic]]:
    """One in-process run with the cache: the files really checked (not taken from the cache), and the report."""
    checked: list[str] = []
    real = runner._Checker.load_data

    def spy(self: runner._Checker, path: str, data: Any, **kwargs: Any) -> Any:
        checked.append(Path(path).name)  # (a clean body's result is its cache entry alone: it never reaches result())
        return real(self, path, data, **kwargs)

    monkeypatch.setattr(runner._Checker, "load_data", spy)
    cache = ResultCache.open(project / DIRECTORY, run_key({"test": 1}), secret_key(Path(os.environ["FLOWLINT_CACHE_DIR"])),
                             root=project)
    assert cache is not None
    reporter = Collect()
    paths = sorted(str(p) for p in (project / "bodies").glob("*.json"))
    run(paths, CheckOptions(contracts=ContractStore(project / ".flowlint" / "flows")), reporter, cache=cache, jobs=1)
    monkeypatch.setattr(runner._Checker, "load_data", real)
    return sorted(checked), reporter.diagnostics


def test_a_changed_contract_invalidates_exactly_the_files_that_launch_its_flow(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold, first = _checked(project, monkeypatch)
    assert len(cold) == 6 and first
    warm, again = _checked(project, monkeypatch)
    assert warm == [] and again == first
    snapshot = project / ".flowlint" / "flows" / f"{UUID2}.json"
    data = json.loads(snapshot.read_text())
    data["inputSchema"]["required"] = ["Flow.dates"]
    snapshot.write_text(json.dumps(data))
    changed, after = _checked(project, monkeypatch)
    assert changed == ["b0.json", "b2.json", "b4.json"]  # the bodies launching that flow, and only those
    assert sum(d.code == "FL201" for d in after) == 2  # b4 names it `flow_id`: its inputs wait for that fix
    (project / "bodies" / "b1.json").write_text(json.dumps({"flowId": UUID, "inputData": {}}))
    assert _checked(project, monkeypatch)[0] == ["b1.json"]  # an edited file is checked again


def test_a_corrupt_or_foreign_cache_file_is_ignored(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = flowlint("check", "--no-color", "bodies").stdout
    [cache_file] = _cache_files(project)
    data = cache_file.read_bytes()
    # A forged entry: the clean b0.json reported with a made-up finding, and the broken b3.json as clean.
    foreign_mac, _, payload = data.partition(b"\n")
    content = marshal.loads(payload)
    b0, b3 = (next(k for k in content["entries"] if k.endswith(name)) for name in ("b0.json", "b3.json"))
    assert isinstance(content["entries"][b0], str) and isinstance(content["entries"][b3], list)  # clean, and not
    content["entries"][b0] = _with_record(content["entries"][b0], [[["FL101", "error", "INJECTED", "", "/x", None, None, ""]], [], []])
    content["entries"][b3] = _with_record(content["entries"][b3], None)
    forged = marshal.dumps(content)
    for planted in (foreign_mac + b"\n" + forged,  # a foreign MAC (made with another key): the whole file is ignored
                    data[:-10],  # truncated
                    b"\x00garbage" * 100):
        cache_file.write_bytes(planted)
        warm = flowlint("check", "--no-color", "bodies")
        assert warm.stdout == cold and "INJECTED" not in warm.stdout
    # Even with this user's MAC, an entry that does not decode to findings about its own file is not used.
    key = secret_key(Path(os.environ["FLOWLINT_CACHE_DIR"]))
    assert key is not None
    for payload in (b"\xffnot marshal", marshal.dumps(["not", "a", "cache"]), b""):  # this user's MAC, no cache in it
        cache_file.write_bytes(mac(key, payload) + b"\n" + payload)
        assert flowlint("check", "--no-color", "bodies").stdout == cold
    for b0_record, b3_record in (([[["FL101", "error", "x", "", "/x", None, None, "", "extra"]], [], []],
                                  [[["FL999", "error", "x", "", "/x", None, None, ""]], [], []]),
                                 ([[["FL101", "fatal", "x", "", "/x", None, None, ""]], [], []], "not a result"),
                                 ([[["FL101", "error", "x", "", "/x", [1, 2, 3, -4], None, ""]], [], []], [[], [], ["FL999"]])):
        content["entries"][b0] = _with_record(content["entries"][b0], b0_record)
        content["entries"][b3] = _with_record(content["entries"][b3], b3_record)
        _plant(cache_file, key, content)
        assert flowlint("check", "--no-color", "bodies").stdout == cold
    # Nor one whose contract lookups are not the ones made now: stored clean under a made-up contract of its flow.
    digest, flags, lookups = _head(content["entries"][b0]).split(" ")
    assert content["lookups"][lookups][0][0] == UUID2  # b0 launches UUID2 (reached)
    content["lookups"]["forged"] = [[UUID, None, "contract:forged"]]
    digest, flags, _ = _head(content["entries"][b3]).split(" ")
    content["entries"][b3] = f"{digest} {flags} forged"
    _plant(cache_file, key, content)
    assert flowlint("check", "--no-color", "bodies").stdout == cold


def _head(stored: Any) -> str:
    return str(stored if isinstance(stored, str) else stored[0])


def _with_record(stored: Any, record: Any) -> Any:
    """A cache entry with its key kept and another result (None: stored clean)."""
    return _head(stored) if record is None else [_head(stored), record]


def _plant(cache_file: Path, key: bytes, content: Any) -> None:
    """A cache file with this user's MAC: trusted as a whole, each entry still checked."""
    forged = marshal.dumps(content)
    cache_file.write_bytes(mac(key, forged) + b"\n" + forged)


def test_a_warm_run_says_each_flows_note_once_as_a_cold_one_does(project: Path) -> None:
    """A note said once per flow (FL200: no contract) is told apart by its subject, which the cache keeps."""
    others = project / "others"
    others.mkdir()
    flows = ["0b5e8a52-7d1c-4e3f-9a6b-2c4d8e1f3a70", "6f2d9c14-3b8a-4e5d-8c7f-1a9b0e2d4c63"]
    for n in range(4):
        (others / f"o{n}.json").write_text(json.dumps({"flowId": flows[n % 2], "inputData": {"Flow.x": n}}))
    cold = flowlint("check", "--no-color", "others")
    assert cold.stdout.count("FL200") == 2 and all(flow in cold.stdout for flow in flows)  # one note per flow
    assert flowlint("check", "--no-color", "others").stdout == cold.stdout


def test_a_cache_directory_that_is_a_link_is_not_used(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / DIRECTORY).symlink_to(outside)
    assert flowlint("check", "bodies").exit_code == 1
    assert list(outside.iterdir()) == []  # nothing written through the link


def test_a_cache_dir_through_a_link_out_of_the_project_is_refused(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "link").symlink_to(elsewhere)
    (project / ".flowlint.toml").write_text('cache-dir = "link/cache"\n')
    refused = flowlint("check", "bodies")
    assert refused.exit_code == 2 and "cache-dir" in refused.output and "through a symlink" in refused.output, refused.output
    (project / "inside").mkdir()
    (project / "link2").symlink_to("inside")  # a link that stays in the project is the user's to use
    (project / ".flowlint.toml").write_text('cache-dir = "link2/cache"\n')
    assert flowlint("check", "bodies").exit_code == 1 and list((project / "inside" / "cache").glob("*.cache"))
    assert list(elsewhere.iterdir()) == []  # nothing written out of the project


def test_a_cache_opened_through_a_link_out_of_the_project_makes_nothing(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "link").symlink_to(elsewhere)
    secret = secret_key(Path(os.environ["FLOWLINT_CACHE_DIR"]))
    assert secret is not None
    inside = ResultCache.open(project / "made" / "cache", run_key({"test": 1}), secret, root=project)
    assert inside is not None and (project / "made" / "cache" / "CACHEDIR.TAG").is_file()  # parents made inside
    assert ResultCache.open(project / "link" / "deep" / "cache", run_key({"test": 1}), secret, root=project) is None
    assert list(elsewhere.iterdir()) == []  # no parent, no .gitignore, no tag out there


def test_no_token_is_stored(project: Path) -> None:
    script = project / "launch.js"
    script.write_text("await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST',\n"
                      f"  headers: {{Authorization: 'Bearer {TOKEN}', 'Content-Type': 'application/json'}},\n"
                      f"  body: JSON.stringify({{flowId: '{UUID}', type: 'flow'}})}});\n")
    cold = flowlint("check", "--no-color", str(script))
    assert "FL305" in cold.stdout and TOKEN not in cold.stdout
    [cache_file] = _cache_files(project)
    assert b"FL305" in cache_file.read_bytes() and TOKEN.encode() not in cache_file.read_bytes()
    assert flowlint("check", "--no-color", str(script)).stdout == cold.stdout


def _write_entries(directory: str, secret_dir: str, names: list[str]) -> None:
    cache = ResultCache.open(Path(directory), run_key({"test": 2}), secret_key(Path(secret_dir)), root=Path(directory).parent)
    assert cache is not None
    for _ in range(20):
        for name in names:
            cache.put(name, entry("0" * 32, 0, {}, [], {}, ()))
        cache.save()


def test_concurrent_writers_leave_a_whole_cache_file(project: Path) -> None:
    directory = str(project / DIRECTORY)
    secret_dir = os.environ["FLOWLINT_CACHE_DIR"]
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_write_entries, args=(directory, secret_dir, [f"w{n}-{i}" for i in range(200)]))
               for n in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert all(writer.exitcode == 0 for writer in writers)
    cache = ResultCache.open(Path(directory), run_key({"test": 2}), secret_key(Path(secret_dir)), root=Path(directory).parent)
    assert cache is not None and cache.entries  # whole and trusted: every entry of at least the last writer
    assert {name.split("-")[0] for name in cache.entries} <= {"w0", "w1", "w2", "w3"}
    assert not [p for p in Path(directory).iterdir() if p.name.startswith(".tmp-")]


def test_pruning_takes_only_cache_files_from_a_cache_dir_that_holds_the_users_files(project: Path) -> None:
    (project / ".flowlint.toml").write_text('cache-dir = "bodies"\n')
    bodies = project / "bodies"
    old = [bodies / f"{n:032x}.cache" for n in range(MAX_CACHE_FILES + 2)] + [bodies / f"{99:032x}.json"]  # format 4's
    for age, path in enumerate(old):
        path.write_bytes(b"a cache file of another run key")
        os.utime(path, (age, age))
    theirs = {path.name: path.read_bytes() for path in bodies.glob("*.json") if path not in old}
    for name in ("package.json", f"{7:031x}.json", f"{7:032x}.json.bak", f"{0xABC:032X}.cache", ".0123.cache"):
        (bodies / name).write_text("{}")
        os.utime(bodies / name, (0, 0))
        theirs[name] = b"{}"
    flowlint("check", "bodies")
    assert len([path for path in bodies.iterdir() if path.suffix in (".cache", ".json") and path.name not in theirs]) \
        == MAX_CACHE_FILES  # pruned: the new run's file and the newest old ones
    assert {name: (bodies / name).read_bytes() for name in theirs} == theirs


def test_a_file_flowlint_failed_on_is_checked_again_next_run(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker import loader

    real = loader.plain_json

    def failing(data: bytes, *args: Any, **kwargs: Any) -> Any:
        if b"flow_id" in data:  # b4.json's
            raise MemoryError  # a failure of the moment
        return real(data, *args, **kwargs)

    monkeypatch.setattr(runner, "_PIPELINE", None)
    monkeypatch.setattr(loader, "plain_json", failing)
    failed = json.loads(flowlint("check", "--format", "json", "bodies").stdout)["diagnostics"]
    assert [d["file"] for d in failed if d["code"] == "FL900"] == ["bodies/b4.json"]  # reached: it failed, with the cache on
    assert _cache_files(project)
    monkeypatch.setattr(runner, "_PIPELINE", None)
    monkeypatch.setattr(loader, "plain_json", real)
    again = json.loads(flowlint("check", "--format", "json", "bodies").stdout)["diagnostics"]
    assert "FL900" not in [d["code"] for d in again] and "FL102" in [d["code"] for d in again if d["file"] == "bodies/b4.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_in_place_of_the_users_cache_key_never_blocks_the_run(project: Path) -> None:
    key_dir = Path(os.environ["FLOWLINT_CACHE_DIR"])
    key_dir.mkdir(parents=True)
    os.mkfifo(key_dir / "cache-key")
    env = {**os.environ, "FLOWLINT_CACHE_DIR": str(key_dir)}
    done = subprocess.run([sys.executable, "-m", "validator", "check", "bodies"], capture_output=True, cwd=project, env=env,
                          timeout=120, check=False)  # a run that blocks fails here, instead of hanging the suite
    assert done.returncode == 1 and b"FL102" in done.stdout and not _cache_files(project)


def test_a_temporary_file_left_by_a_killed_run_is_pruned_once_old(project: Path) -> None:
    flowlint("check", "bodies")  # makes the cache directory
    directory = project / DIRECTORY
    abandoned, running = directory / ".tmp-0123456789abcdef.cache", directory / ".tmp-fedcba9876543210.cache"
    for path in (abandoned, running):
        path.write_bytes(b"half a cache file")
    os.utime(abandoned, (0, 0))
    (project / "bodies" / "b0.json").write_text('{"flowId": 1}')  # a change: the run writes its cache file again
    flowlint("check", "bodies")
    assert not abandoned.exists() and running.exists() and _cache_files(project)


def _stored(project: Path) -> Any:
    """The content of the newest cache file."""
    data = max(_cache_files(project), key=lambda path: path.stat().st_mtime_ns).read_bytes()
    return marshal.loads(data[data.index(b"\n") + 1:])


def test_the_lookups_kept_are_those_of_the_entries_kept(project: Path) -> None:
    flowlint("check", "--no-color", "bodies")
    flows = {item[0] for value in _stored(project)["lookups"].values() for item in value}
    assert flows == {UUID, UUID2}  # both flows' lookups stored (reached)
    # b1, b3 and b5 launch UUID: b1 now launches UUID2, and only it is checked again (the others' results are taken from
    # the cache, not stored anew): their entries, and the lookups they name, stay.
    (project / "bodies" / "b1.json").write_text(json.dumps({"flowId": UUID2, "inputData": {"Flow.agentId": "a1"}}))
    flowlint("check", "--no-color", "bodies")
    flows = {item[0] for value in _stored(project)["lookups"].values() for item in value}
    assert flows == {UUID, UUID2}
    for n in (3, 5):
        (project / "bodies" / f"b{n}.json").write_text(json.dumps({"flowId": UUID2, "inputData": {"Flow.agentId": "a"}}))
    flowlint("check", "--no-color", "bodies")  # no entry names UUID's lookups any more: they go
    stored = _stored(project)
    assert {item[0] for value in stored["lookups"].values() for item in value} == {UUID2}
    assert {_head(entry).split(" ")[2] for entry in stored["entries"].values()} == set(stored["lookups"])


def test_with_the_cache_on_a_live_sources_stale_note_still_reaches_the_report() -> None:
    """The cache records lookups through RecordingContracts: the note of a stale snapshot (FL209, with --fetch) is the
    wrapped source's, and a source without one gives none."""
    from validator.checker.engine import check_document
    from validator.sources.document import Document

    store = ContractStore(ROOT / ".flowlint" / "flows")

    class Live:  # as run/live.py's LiveContracts answers
        def get(self, flow_id: str, version: str | None = None) -> Any:
            return store.get(flow_id, version)

        def stale_note(self, flow_id: str) -> str | None:
            return "using the snapshot fetched at 1 (it could not be refreshed)" if flow_id == UUID else None

    body = {"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.orderCount": 2}}
    for source, noted in ((Live(), True), (store, False)):
        recording = result_cache.RecordingContracts(source)
        found = check_document(Document("b.json", body), CheckOptions(contracts=recording))
        assert ("FL209" in {d.code for d in found}) is noted
        assert (UUID, None) in recording.used  # its lookup was recorded (reached)


def test_a_parallel_run_reports_what_one_process_does_its_workers_sending_cache_entries(project: Path,
                                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker sends a file's findings as its cache entry's record, decoded here as a warm run decodes one."""
    import io

    from validator.report.text import TextReporter
    from validator.run import workers

    many = project / "many"
    many.mkdir()
    paths = []
    for n in range(runner.PARALLEL_MIN_FILES):
        inputs: dict[str, Any] = {"Flow.customerName": "Ana", "Flow.orderCount": "2" if n % 7 == 3 else 2}
        body: dict[str, Any] = {"flowId": UUID, "inputData": inputs} if n % 11 else {"flow_id": UUID, "inputData": inputs}
        path = many / f"b{n:04d}.json"
        path.write_text(json.dumps(body, indent=2) + ("\n// flowlint: ignore FL204\n" if n % 13 == 5 else ""))
        paths.append(str(path))
    forks: list[int] = []
    sent: list[str] = []
    real_fork, real_sent = workers._fork_worker, runner._sent

    def fork(*args: Any) -> Any:
        forks.append(1)
        return real_fork(*args)

    def decoded(checker: Any, path: str, record: Any) -> Any:
        sent.append(path)
        return real_sent(checker, path, record)

    monkeypatch.setattr(workers, "_fork_worker", fork)
    monkeypatch.setattr(runner, "_sent", decoded)
    # This process claims its first batch only once the worker has one: else, on a loaded machine, it could claim them
    # all before the worker is first scheduled, and the worker would send nothing (an event to wait for, not a timer).
    parent, real_claim, claimed = os.getpid(), workers._claim, os.pipe()
    waited: list[bool] = []

    def claim(claims: int) -> int | None:
        if os.getpid() == parent and not waited:
            waited.append(select.select([claimed[0]], [], [], 60)[0] != [])  # a minute's guard against a hang
        number = real_claim(claims)
        if os.getpid() != parent and number is not None:
            os.write(claimed[1], b".")
        return number

    monkeypatch.setattr(workers, "_claim", claim)

    class Both(Collect):
        def __init__(self) -> None:
            super().__init__()
            self.out = io.StringIO()
            self.text = TextReporter(self.out)

        def file(self, diagnostics: list[Diagnostic], line_source: Any) -> None:
            super().file(diagnostics, line_source)
            self.text.file(diagnostics, line_source)

    reports = []
    try:
        for jobs in (1, 2):
            shutil.rmtree(project / DIRECTORY, ignore_errors=True)
            cache = ResultCache.open(project / DIRECTORY, run_key({"test": 1}), secret_key(Path(os.environ["FLOWLINT_CACHE_DIR"])),
                             root=project)
            reporter = Both()
            summary = run(paths, CheckOptions(contracts=ContractStore(project / ".flowlint" / "flows")), reporter, cache=cache,
                          jobs=jobs)
            reports.append((reporter.out.getvalue(), reporter.files, summary))
    finally:  # a failed run leaks no descriptor into the tests after it
        for fd in claimed:
            os.close(fd)
    assert forks and sent and waited == [True]  # reached: the -j 2 run forked a worker, which sent findings as entries
    assert reports[0] == reports[1]
    assert "FL204" in reports[0][0] and "FL102" in reports[0][0]


def test_a_clean_body_of_a_cold_run_is_stored_by_its_key_alone(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A body the fast path finds clean (most files of a cold run) is stored with its key and contract lookups, with no
    result made for it: only the broken one reaches the checking pipeline's result()."""
    checked: list[tuple[str, int]] = []
    real = runner._Checker.result

    def result(self: Any, path: str, documents: list[Any], **kwargs: Any) -> Any:
        checked.append((path, len(documents)))
        return real(self, path, documents, **kwargs)

    monkeypatch.setattr(runner._Checker, "result", result)
    flowlint("check", "--no-color", "-j", "1", "bodies/b0.json", "bodies/b3.json")
    assert checked == [("bodies/b3.json", 1)]
    entries = _stored(project)["entries"]
    assert type(entries["bodies/b0.json"]) is str and type(entries["bodies/b3.json"]) is list  # b0 stored clean
    assert _head(entries["bodies/b0.json"]).split(" ")[2] in _stored(project)["lookups"]  # with the flow it looked up
