"""The README's promises: its Python examples run and print what their comments say, and its first screen holds
the two commands CI runs."""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, documentation, genesys_sdk

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: The README and docs/: the promises below hold wherever the documentation makes them.
DOCS = documentation()
EXAMPLES = re.findall(r"```python\n(.*?)```", DOCS, re.S)


def expected_output(code: str) -> list[str]:
    """What an example says it prints: the comment after a print(), and the comment lines right after one."""
    expected: list[str] = []
    lines = code.splitlines()
    for number, line in enumerate(lines):
        if "print(" not in line:
            continue
        if "  # " in line:
            expected.append(line.split("  # ", 1)[1])
        following = lines[number + 1:]
        for comment in following:
            if not comment.startswith("# "):
                break
            expected.append(comment[2:])
    return expected


def test_there_are_examples_and_each_says_what_it_prints() -> None:
    assert len(EXAMPLES) >= 3
    # Each example asserts its result or says what it prints; one that catches an error must say what it prints,
    # so an except branch that never runs fails.
    assert all(expected_output(code) or "assert " in code for code in EXAMPLES)
    assert all(expected_output(code) for code in EXAMPLES if "except" in code)


@pytest.mark.parametrize("code", EXAMPLES, ids=lambda c: c.splitlines()[2][:40] if len(c.splitlines()) > 2 else c[:40])
def test_readme_python_example_prints_what_it_says(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []

    def no_network(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", no_network)
    if "PureCloudPlatformClientV2" in code:
        genesys_sdk()  # the example's import finds it imported, its config watcher off (conftest)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # run from the repo root (conftest)
    printed = out.getvalue()
    # An example whose except branch never ran prints nothing, and fails here.
    for expected in expected_output(code):
        pattern = ".*?".join(re.escape(part.strip()) for part in expected.split("...") if part.strip())
        assert re.search(pattern, printed), f"README says {expected!r}; the example printed {printed!r}"
    assert sent == [], "the guard let a launch request through to the network"


def test_first_screen_has_the_two_commands_and_ci_runs_the_second() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    commands = re.findall(r"^python3 -m venv .*$", first_screen, re.M)
    assert len(commands) == 2 and "flowlint check fixtures/" in commands[0]
    assert "pip install -e '.[test]'" in commands[1]  # editable: the tests test this checkout
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_the_readme_is_short_and_every_docs_page_is_linked() -> None:
    assert len(README.encode("utf-8")) < 15_000  # the essentials; the rest is in docs/, one page per topic
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name != "index.md":
            assert f"(docs/{page.name})" in README and f"({page.name})" in index, page.name


def sh_block_after(marker: str) -> list[str]:
    """The command lines of the first ```sh block after a marker (comments and blank lines left out)."""
    block = re.search(r"```sh\n(.*?)```", DOCS[DOCS.index(marker):], re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_the_number_of_commands_is_the_number_shown() -> None:
    said = re.search(r"From nothing to an offline CI check, in (\w+) commands:", DOCS)
    assert said is not None
    words = {"two": 2, "three": 3, "four": 4, "five": 5}
    assert words[said.group(1)] == len(sh_block_after(said.group(0)))


def test_names_distribution_command_and_import_package() -> None:
    import validator

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == validator.DISTRIBUTION == "genesys-flowlint"  # `flowlint` on PyPI is another project
    assert project["scripts"] == {"flowlint": "validator.cli:run"}
    assert validator.DOCS_URL is None and "urls" not in project  # no published home yet: no URL that does not exist
    assert "shares its import name with the unrelated `validator` package" in README
    assert f'pip install "{validator.DISTRIBUTION} @ git+' in README


def test_sarif_names_no_information_uri_that_does_not_exist() -> None:
    import json as json_module

    import validator

    from conftest import flowlint

    result = flowlint("check", "--format", "sarif", "fixtures/valid")
    driver = json_module.loads(result.stdout)["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver and validator.DOCS_URL is None and driver["name"] == "flowlint"


def test_the_github_actions_example_runs_as_pasted(tmp_path: pytest.TempPathFactory) -> None:
    import json as json_module
    import os
    import subprocess
    import sys
    from pathlib import Path

    import yaml

    from conftest import UUID2

    workflow = yaml.safe_load(re.search(r"# GitHub Actions.*?```yaml\n(.*?)```", DOCS, re.S).group(1))  # type: ignore[union-attr]
    steps = workflow["jobs"]["flowlint"]["steps"]
    runs = [step["run"] for step in steps if "run" in step and "flowlint check" in step["run"]]
    assert len(runs) == 2
    project = Path(str(tmp_path))
    (project / "payloads").mkdir()
    (project / "payloads" / "good.json").write_text(json_module.dumps({"flowId": UUID2}))
    (project / "payloads" / "bad.json").write_text(json_module.dumps({"flowId": UUID2, "type": "flow"}))
    env = {**os.environ, "GITHUB_ACTIONS": "true", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    def step(command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bash", "-e", "-c", command], cwd=project, env=env, capture_output=True, text=True, timeout=60)

    annotations = step(runs[0])
    assert annotations.returncode == 1 and "::error file=payloads/bad.json" in annotations.stdout  # fails the job, annotated
    sarif = step(runs[1])
    assert sarif.returncode == 0, sarif.stderr  # findings are what to upload: the step itself passes
    log = json_module.loads((project / "flowlint.sarif").read_text())
    assert [r["ruleId"] for r in log["runs"][0]["results"] if r["level"] == "error"] == ["FL101"]
    (project / "payloads" / "bad.json").unlink()
    (project / "payloads" / "good.json").unlink()
    assert step(runs[1]).returncode != 0  # nothing to check (exit 2) still fails the step despite `|| [ $? -eq 1 ]`


def test_the_pre_commit_snippet_is_the_published_hook_and_names_no_placeholder() -> None:
    """The README's hook runs as pasted (a local hook with the installed flowlint): it is the hook
    .pre-commit-hooks.yaml defines; no install line names a placeholder organisation or a tag the repository lacks."""
    import yaml

    snippet = re.search(r"# pre-commit.*?```yaml\n(.*?)```", DOCS, re.S)
    assert snippet is not None
    [repo] = yaml.safe_load(snippet.group(1))
    [hook] = repo["hooks"]
    published = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "flowlint")
    assert repo["repo"] == "local" and hook["language"] == "system"
    assert {k: hook[k] for k in ("id", "entry", "types", "files", "require_serial")} == \
        {k: published[k] for k in ("id", "entry", "types", "files", "require_serial")}
    assert "YOUR-ORG" not in README and "rev: v0.1.0" not in README and "@v0.1.0" not in README


def test_shown_flowlint_output_is_the_real_output() -> None:
    """Every ```text block quoting `flowlint check` on a fixture is what flowlint prints for it now: line for line
    (an excerpt may leave lines out, never change one), and a block that ends in the summary is the whole output."""
    from conftest import flowlint

    blocks = re.findall(r"```text\n(.*?)```", DOCS, re.S)
    checked = 0
    for block in blocks:
        files = list(dict.fromkeys(re.findall(r"^(fixtures/\S+?):\d*:?\d*:? FL\d{3}", block, re.M)))
        if not files:
            continue
        real = flowlint("check", "--no-color", *files).stdout.splitlines()
        shown = block.splitlines()
        if re.search(r"in \d+ files? checked", block):
            assert shown == real, f"README shows {shown!r}; flowlint prints {real!r}"
        else:
            remaining = iter(real)
            missing = [line for line in shown if line not in remaining]  # in order, each line real
            assert not missing, f"README shows lines flowlint does not print for {files}: {missing}"
        checked += 1
    assert checked >= 3


def test_the_serve_start_line_is_the_one_printed() -> None:
    import subprocess

    pytest.importorskip("uvicorn")
    said = re.search(r"On start it prints `(flowlint serve: listening on .*?)` on stdout", DOCS, re.S)
    assert said is not None
    process = subprocess.Popen([sys.executable, "-m", "validator", "serve", "--port", "0"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        printed = process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)
    port = re.search(r":(\d+) ", printed)
    assert port is not None, printed
    assert " ".join(said.group(1).split()).replace(":8787", f":{port.group(1)}") == printed


def test_the_options_table_lists_every_check_option() -> None:
    from conftest import flowlint

    options = set(re.findall(r"^  (?:-\w, )?(--[a-z-]+)", flowlint("check", "--help").stdout, re.M)) - {"--help"}
    start = DOCS.index("# Checking payloads")
    section = DOCS[start:DOCS.index("Exit codes:", start)]
    rows = "\n".join(line for line in section.splitlines() if line.startswith("| `-"))
    table = set(re.findall(r"`(--[a-z-]+)", rows))
    assert options - table == set(), "options `flowlint check --help` lists that the README's table does not"
    assert table - options == set(), "options in the README's table that flowlint check lacks"


def test_the_json_format_described_is_the_one_printed() -> None:
    import json as json_module

    from conftest import flowlint

    printed = json_module.loads(flowlint("check", "--format", "json", "fixtures/invalid/seed-type-configuration.json").stdout)
    described = re.search(r'`\{"diagnostics": \[\{(.*?)\}, …\], "summary": \{(.*?)\}\}`', DOCS)
    fix = re.search(r'`\{"applicability": .*?"edits": \[\{(.*?)\}\]\}`', DOCS)
    assert described is not None and fix is not None
    assert re.findall(r'"(\w+)"', described.group(1)) == list(printed["diagnostics"][0])
    assert re.findall(r'"(\w+)"', described.group(2)) == list(printed["summary"])
    assert re.findall(r'"(\w+)"', fix.group(1)) == list(printed["diagnostics"][0]["fix"]["edits"][0])


def test_every_module_is_in_the_how_it_is_built_table() -> None:
    table = DOCS[DOCS.index("# How it is built"):]
    named = set(re.findall(r"`([a-z_]+\.py|[a-z_]+/)`", table))
    package = ROOT / "validator"
    modules = {p.name for p in package.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    modules |= {f"{p.name}/" for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert modules - named == set(), "modules the README's table does not say the job of"


def test_the_first_example_fixes_what_it_says_it_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's first example (the original mistake) promises two fixes, one of which says it does only part: json
    shows both with their edits, `--diff` and `--fix --unsafe-fixes` make both, and the finding that part leaves stays,
    saying what is left (issue 19's F11: its help promised a fix that no report showed and --fix refused)."""
    import json as json_module
    import shutil

    from conftest import flowlint

    name = "fixtures/invalid/seed-type-configuration.json"
    block = re.search(r"```text\n(" + re.escape(name) + r".*?)```", README, re.S)
    assert block is not None and "(the fix does only this)" in block.group(1)
    assert "fix (unsafe): move `configuration.flowId`" in block.group(1) and "\n2 fixable with" in block.group(1)
    said = json_module.loads(flowlint("check", "--no-cache", "--format", "json", name).stdout)["diagnostics"]
    assert [(d["pointer"], d["fix"]["applicability"], bool(d["fix"]["edits"])) for d in said] == \
        [("/type", "unsafe", True), ("/configuration", "unsafe", True)]
    assert said[1]["help"] == said[1]["fix"]["message"] and "(not applied" not in said[1]["help"]
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", name)
    assert diff.stderr.strip() == "flowlint: would fix 2 findings in 1 file", diff.stderr
    assert '-    "flowId": "8f3c2a1e' in diff.stdout and '+  "flowId": "8f3c2a1e' in diff.stdout
    # The same file, fixed where the repository's contract store gives its flow's inputs.
    shutil.copytree(ROOT / ".flowlint", tmp_path / ".flowlint")
    (tmp_path / "body.json").write_bytes((ROOT / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", "body.json")
    assert fixed.exit_code == 1 and "fixed 2 findings; the findings above remain" in fixed.stdout
    assert "not applied" not in fixed.output
    assert json_module.loads((tmp_path / "body.json").read_text()) == {
        "configuration": {"parameters": {"contactId": "c-81f2"}}, "flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}
    left = json_module.loads(flowlint("check", "--no-cache", "--format", "json", "body.json").stdout)["diagnostics"]
    wrapper = [d for d in left if d["code"] == "FL101"]
    assert len(wrapper) == 1 and wrapper[0]["fix"] is None and "`configuration.parameters.contactId`" in wrapper[0]["help"]
    assert "flowId" not in wrapper[0]["help"]  # the part done is not offered again
