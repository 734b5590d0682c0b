"""Start-up imports only what a command uses: checked on the modules loaded, in a fresh interpreter (never timed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, UUID

#: Run `flowlint ARGS` in a fresh interpreter, as the console script does, then print the modules it imported.
RUNNER = """
import sys
sys.argv = ["flowlint", *sys.argv[1:]]
from validator.cli import run
try:
    run()
except SystemExit:
    pass
print("\\nMODULES " + " ".join(sorted(sys.modules)))
"""
HEAVY = ("tree_sitter", "jsonschema", "httpx", "yaml", "re2", "regress", "fastjsonschema", "starlette")


def _modules(*args: str, cwd: Path = ROOT, cache: Path | None = None) -> set[str]:
    return _output_and_modules(*args, cwd=cwd, cache=cache)[1]


def _output_and_modules(*args: str, cwd: Path = ROOT, cache: Path | None = None) -> tuple[str, set[str]]:
    env = {"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1"} if cache is None else \
        {"PATH": "/usr/bin:/bin", "FLOWLINT_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, cwd=cwd, check=False, env=env)
    output, _, line = result.stdout.rpartition("\nMODULES ")
    return output, set(line.split())


def _top(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_version_imports_neither_the_checker_nor_its_libraries() -> None:
    modules = _modules("--version")
    assert "validator.core.about" in modules  # reached
    assert not _top(modules) & set(HEAVY)
    assert not {m for m in modules if m.startswith(("validator.checker", "validator.contracts.store", "validator.rules",
                                                    "validator.sources", "validator.core.codes"))}


def test_one_clean_file_imports_no_grammar_no_jsonschema_no_http_no_editor(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.orderCount": 2,
                                                              "Flow.dates": ["2026-03-29"]}}))
    modules = _modules("check", "--contracts", str(ROOT / ".flowlint" / "flows"), str(body))
    assert "validator.checker.engine" in modules and "validator.contracts.subset" in modules  # it did check the body
    cached = _modules("check", "--contracts", str(ROOT / ".flowlint" / "flows"), str(body), cwd=tmp_path, cache=tmp_path / "user")
    assert "validator.run.cache" in cached and (tmp_path / ".flowlint_cache").is_dir()  # with the result cache on
    modules |= cached
    assert not _top(modules) & {"click", "tree_sitter", "tree_sitter_javascript", "tree_sitter_python", "jsonschema", "httpx", "yaml",
                                "fastjsonschema", "referencing",  # the contract's schema keeps to subset.py's keywords
                                "multiprocessing", "concurrent", "pathspec"}
    assert "importlib.resources" not in modules
    assert not {"tempfile", "validator.checker.launches", "validator.sources.extract", "validator.rules.request"} & modules
    assert not {"secrets", "validator.fixer.passes", "validator.run.writes"} & modules  # a check fixes nothing
    assert not {"validator.core.rule_docs", "textwrap", "_hashlib", "hmac"} & modules  # no rule docs, no OpenSSL
    assert not {m for m in modules if m.startswith(("validator.edits.json_editor", "validator.edits.yaml_editor",
                                                    "validator.genesys.client", "validator.api.sdk_guard"))}


def test_a_warm_run_imports_no_checker_no_rules_no_schema_compiler(tmp_path: Path) -> None:
    """Every file from the result cache: neither the checking pipeline nor what compiles a contract is imported."""
    bodies = tmp_path / "bodies"
    bodies.mkdir()
    (bodies / "clean.json").write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ana",
                                                                                 "Flow.orderCount": 2}}))
    (bodies / "broken.json").write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": 3}}))
    args = ("check", "--contracts", str(ROOT / ".flowlint" / "flows"), str(bodies))
    shown, cold = _output_and_modules(*args, cwd=tmp_path, cache=tmp_path / "user")
    assert {"validator.checker.engine", "validator.run.cache"} <= cold and (tmp_path / ".flowlint_cache").is_dir()  # reached
    assert "FL20" in shown and "broken.json" in shown and "clean.json" not in shown
    again, warm = _output_and_modules(*args, cwd=tmp_path, cache=tmp_path / "user")
    assert again == shown and "validator.run.cache" in warm  # reached: the cached findings are shown as they were
    assert not {m for m in warm if m.startswith(("validator.checker.engine", "validator.checker.loader", "validator.checker.suppress",
                                                 "validator.checker.merge", "validator.rules", "validator.edits",
                                                 "validator.run.masking", "validator.sources.model"))}
    assert not {"validator.core.rule_docs", "textwrap", "_hashlib", "hmac", "datetime"} & warm
    assert not _top(warm) & {"click", "fastjsonschema", "jsonschema", "re2", "regress", "multiprocessing", "concurrent", "tempfile"}


def test_the_console_entry_answers_version_without_click_or_typing() -> None:
    script = "import sys; sys.argv = ['flowlint', '--version']; from validator.cli import run; run(); print(' '.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin"})
    version, modules = result.stdout.splitlines()
    assert version.startswith("flowlint, version ")  # reached
    assert not {"click", "typing"} & set(modules.split())


def test_the_sdk_guard_does_not_import_httpx() -> None:
    script = "import sys, validator.api.sdk_guard; print(' '.join(sys.modules))"
    modules = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert "validator.api.sdk_guard" in modules and "validator.api.routes" in modules  # reached
    assert "httpx" not in modules


def test_a_body_checked_through_the_api_does_not_import_datetime() -> None:
    """The SDK models' serializer tells dates without importing datetime: a check of a body loads it nowhere, and a
    date made afterwards is still sent as ISO text."""
    script = ("import sys, json, validator\n"
              f"print(validator.check(json.dumps({{'flowId': '{UUID}', 'inputData': {{}}}})).ok)\n"
              "print('validator.genesys.sdk' in sys.modules, 'datetime' in sys.modules)\n"
              "import datetime\nfrom validator.genesys.sdk import serialize\n"
              "print(serialize([datetime.date(2026, 3, 29), datetime.datetime(2026, 3, 29, 8, 30)]))\n")
    lines = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split("\n")
    assert lines[:3] == ["True", "True False", "['2026-03-29', '2026-03-29T08:30:00']"]


def test_code_files_that_launch_nothing_are_read_without_the_engine(tmp_path: Path) -> None:
    """A check of code files with no launch (a pre-commit run on changed modules) is a read and a byte test each: neither
    the loader, the engine nor the rules are imported; the first file with a launch brings them."""
    (tmp_path / "quiet.js").write_text("export const me = () => fetch('/api/v2/users/me');\n")
    (tmp_path / "quiet.py").write_text("import requests\n\nrequests.get('https://api.mypurecloud.com/api/v2/users/me')\n")
    output, modules = _output_and_modules("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert json.loads(output)["summary"]["files"] == 2 and "validator.run.runner" in modules  # reached: both read
    checking = {m for m in modules if m.startswith(("validator.checker.", "validator.rules"))}
    assert not checking - {"validator.checker.options", "validator.checker.keys"}  # the run's options, imported by every run
    # The same with the cache on: each file checked anew is stored clean, still without the loader.
    output, modules = _output_and_modules("check", "--format", "json", str(tmp_path), cwd=tmp_path, cache=tmp_path / "user")
    assert json.loads(output)["summary"]["files"] == 2 and (tmp_path / ".flowlint_cache").is_dir()  # reached: stored
    assert not {m for m in modules if m.startswith(("validator.checker.", "validator.rules"))} - {
        "validator.checker.options", "validator.checker.keys"}
    assert json.loads(_output_and_modules("check", "--format", "json", str(tmp_path), cwd=tmp_path,
                                          cache=tmp_path / "user")[0])["summary"]["files"] == 2  # and read back
    (tmp_path / "launch.js").write_text("fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', "
                                        "body: JSON.stringify({flowId: 'x', inputData: {}})});\n")
    output, modules = _output_and_modules("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert json.loads(output)["diagnostics"] and "validator.checker.engine" in modules


def test_a_launch_file_loads_its_grammar_without_the_package_resources(tmp_path: Path) -> None:
    """A grammar package's __init__ imports importlib.resources (tempfile, shutil, lzma...) for query files flowlint
    never reads: only its compiled binding is loaded, and the package still imports as usual afterwards."""
    (tmp_path / "launch.js").write_text("fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', "
                                        "body: JSON.stringify({flowId: 'x', inputData: {}})});\n")
    (tmp_path / "launch.py").write_text("import requests\n\nrequests.post('https://api.mypurecloud.com/api/v2/flows/executions', "
                                        "json={'flowId': 'x', 'type': 'flow'})\n")
    output, modules = _output_and_modules("check", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert {d["file"].rsplit(".", 1)[1] for d in json.loads(output)["diagnostics"]} == {"js", "py"}  # reached: both read
    assert {"tree_sitter_javascript._binding", "tree_sitter_python._binding"} <= modules
    assert not modules & {"tree_sitter_javascript", "tree_sitter_python", "importlib.resources", "tempfile"}
    assert "validator.contracts.subset" in modules and not _top(modules) & {"re2", "regress"}  # the bundled schema's patterns
    script = ("from validator.sources.code import language\nimport tree_sitter_javascript\n"
              "assert language('javascript') is not None and tree_sitter_javascript.language() is not None\n"
              "import sys\nprint(sys.modules['tree_sitter_javascript._binding'] is tree_sitter_javascript._binding)")
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip() == "True"


def test_the_patterns_of_other_languages_and_yaml_are_compiled_on_first_use() -> None:
    """Every run imports kinds.py: the patterns only a file in a language flowlint does not read (or a YAML file) needs
    are compiled when such a file is first read, not at import."""
    script = ("from validator.sources import kinds\n"
              "lazy = [kinds.FOREIGN_ROUTE, kinds._FOREIGN_MENTION_POSTED, kinds._TOP_KEY, kinds._CLOUDFORMATION]\n"
              "print(sum(p._compiled is None for p in lazy))\n"
              "print(kinds.foreign_launch_mention('post(\"/api/v2/flows/executions\")') is not None, kinds.top_level_keys(b'a: 1'))\n"
              "print(sum(p._compiled is None for p in lazy))\n")
    lines = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")
    # (a text that writes a POST is searched with the mentions that include the flow ID's paths: _FOREIGN_MENTION_POSTED)
    assert lines[:3] == ["4", "True [b'a']", "1"]  # CloudFormation's is asked only of a YAML file naming AWS


def test_a_har_file_is_masked_without_the_saved_request_reader(tmp_path: Path) -> None:
    """A recorded request's mask asks only whether the file is YAML; the YAML saved request's reader (and the .http
    reader it imports) is loaded with such a file, not with a HAR file."""
    entry = {"request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
                         "headers": [{"name": "Cookie", "value": "sid=abc"}],
                         "postData": {"mimeType": "application/json", "text": '{"flowId": "x", "type": "flow"}'}}}
    (tmp_path / "launch.har").write_text(json.dumps({"log": {"entries": [entry]}}))
    output, modules = _output_and_modules("check", "launch.har", cwd=tmp_path)
    assert "FL101" in output and "validator.run.masking" in modules  # reached: a finding shown, its lines masked
    assert not modules & {"validator.sources.saved_request", "validator.sources.http_file"}


#: RUNNER, noting each collection of the garbage collector that starts while a module of validator is being imported.
COLLECTIONS = """
import gc, sys
during_imports = []
def noted(phase, info):
    frame = sys._getframe(0)
    while frame is not None:
        if frame.f_code.co_name == "<module>" and "/validator/" in frame.f_code.co_filename.replace("\\\\", "/"):
            if phase == "start":
                during_imports.append(frame.f_code.co_filename)
            return
        frame = frame.f_back
gc.callbacks.append(noted)
sys.argv = ["flowlint", *sys.argv[1:]]
from validator.cli import run
try:
    run()
except SystemExit:
    pass
print("\\nCOLLECTED", len(during_imports), gc.isenabled(), "validator.run.runner" in sys.modules)
"""


def test_a_check_loads_its_modules_without_collecting_garbage(tmp_path: Path) -> None:
    """A plain check's start-up imports (~150 modules) make no garbage worth a collection: the collector is off until they
    are loaded and frozen, and on for the run (each collection there scanned the young objects the imports made). Asked
    of a warm run, which imports nothing more once running."""
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": 3}}))
    env = {"PATH": "/usr/bin:/bin", "FLOWLINT_CACHE_DIR": str(tmp_path / "user")}
    lines = []
    for _ in ("cold", "warm"):
        result = subprocess.run([sys.executable, "-c", COLLECTIONS, "check", str(body)], capture_output=True, text=True,
                                cwd=tmp_path, check=False, env=env)
        lines.append(result.stdout.rpartition("\nCOLLECTED "))
    (output, _, line) = lines[1]
    assert "FL200" in output and (tmp_path / ".flowlint_cache").is_dir()  # the warm run gave the body's finding back
    assert line.split() == ["0", "True", "True"]  # and the collector is on again for the run
