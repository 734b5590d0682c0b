"""The documentation is true: one page per rule, generated from the rule registry and kept equal to
`flowlint rule --markdown CODE`; and every shell command in the README and docs/ runs as pasted.

Regenerate the rule pages with `FLOWLINT_UPDATE_EXPECTED=1 pytest tests/test_docs.py` (read the diff).

Shell commands are the lines of ```sh blocks (a ```bash block is a script shown as an example, a curl launch
flowlint reads). Each block runs in a fresh directory holding a copy of the bundled examples (fixtures/,
the contract store .flowlint/ and the pyproject.toml naming them; a rule page's session, in an empty one), line after
line as one script: a command must exit 0, except `flowlint check`, whose 1 says it found what the
example is about. The script is bash's, as pasted; its `flowlint` is this process's (`in_process`: the program first
on the script's PATH hands its arguments, directory, environment and stdin here, where `validator.cli.main` runs them,
as `conftest.flowlint` does, and hands back its exit code and output; a crash fails the block), which spares each
command an interpreter loading flowlint's libraries anew; one block (`CONSOLE_SCRIPT_BLOCK`) runs the installed
console script itself, end to end. A line that installs packages (`pip install`: a registry or a build) is not run here (CI runs
the README's install-and-test command itself, `.ci/run`). A line marked `needs: platform`
talks to Genesys Cloud: it runs against the loopback fake platform (tests/fake_genesys.py), its
credentials and region pointed there.
"""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.core.codes import RULES

from conftest import ROOT, flowlint
from fake_genesys import CLIENT_ID, CLIENT_SECRET, FakeGenesys

DOCS = ROOT / "docs"
RULE_PAGES = DOCS / "rules"
UPDATE = os.environ.get("FLOWLINT_UPDATE_EXPECTED") == "1"


def test_every_rule_has_its_generated_page() -> None:
    expected = {f"{code}.md": flowlint("rule", "--markdown", code).stdout for code in RULES}
    expected["README.md"] = flowlint("rules", "--markdown").stdout
    if UPDATE:
        RULE_PAGES.mkdir(exist_ok=True)
        for stale in set(p.name for p in RULE_PAGES.glob("*.md")) - set(expected):
            (RULE_PAGES / stale).unlink()
        for name, text in expected.items():
            (RULE_PAGES / name).write_text(text, encoding="utf-8")
    found = {p.name: p.read_text(encoding="utf-8") for p in RULE_PAGES.glob("*.md")}
    assert set(found) == set(expected), "regenerate: FLOWLINT_UPDATE_EXPECTED=1 pytest tests/test_docs.py"
    for name, text in expected.items():
        assert found[name] == text, f"docs/rules/{name} differs from what flowlint prints; regenerate it"


def test_a_rule_page_says_what_flowlint_rule_says() -> None:
    page = (RULE_PAGES / "FL302.md").read_text(encoding="utf-8")
    plain = flowlint("rule", "FL302").stdout
    assert RULES["FL302"].summary in page and RULES["FL302"].summary in plain
    for line in RULES["FL302"].bad.splitlines():
        assert line in page and line in plain


def _pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]


def _blocks() -> list[tuple[str, str]]:
    found = []
    for page in _pages():
        text = page.read_text(encoding="utf-8")
        for number, block in enumerate(re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M)):
            found.append((f"{page.relative_to(ROOT)}#{number + 1}", block))
    return found


BLOCKS = _blocks()


def commands(block: str) -> list[str]:
    """The block's commands: a line continued with `\\` joined to the next, a here-document kept whole; comments left out."""
    found: list[str] = []
    ending: str | None = None
    for line in re.sub(r"\\\n", " ", block).splitlines():
        if ending is not None:
            found[-1] += "\n" + line
            ending = None if line == ending else ending
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found.append(line)
        heredoc = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", line)
        ending = heredoc.group(1) if heredoc else None
    return found


def installs(command: str) -> bool:
    """A line that installs packages: not run here."""
    return "needs: install" in command or re.search(r"\bpip install\b", command) is not None


def script(block: str) -> str:
    lines = ["set -u"]
    for command in commands(block):
        if installs(command):
            assert re.search(r"\bpip install\b", command), f"only an install step may skip the test: {command}"
            continue
        allowed = "1" if re.search(r"\bflowlint check\b", command) and "--exit-zero" not in command else "0"
        quoted = command.replace("'", "'\\''")
        lines.append(f"{command}\nrc=$?; if [ $rc -ne 0 ] && [ $rc -ne {allowed} ]; then "
                     f"echo 'exit '$rc': {quoted}' >&2; exit 99; fi")
    return "\n".join(lines) + "\n"


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    here = tmp_path / "project"
    here.mkdir()
    shutil.copytree(ROOT / "fixtures", here / "fixtures")
    shutil.copytree(ROOT / ".flowlint", here / ".flowlint")
    shutil.copy(ROOT / "pyproject.toml", here / "pyproject.toml")
    subprocess.run(["git", "init", "-q"], cwd=here, check=True)  # a project in git, as the documented commands expect
    return here


#: The block run by the installed console script (`flowlint` as pip installs it), the others' `flowlint` in-process.
CONSOLE_SCRIPT_BLOCK = "docs/checking.md#1"
#: Seconds a block may take (a hung command fails the test, never the suite).
BOUND = 300

#: The `flowlint` a block's script runs: its arguments, directory, environment and stdin sent to the test's process
#: (the address filled in), its exit code and output from there. Python's standard library alone (-S: no site).
SHIM = """\
import base64, json, os, socket, sys
request = json.dumps({"argv": sys.argv[1:], "cwd": os.getcwd(), "env": dict(os.environ),
                      "stdin": base64.b64encode(sys.stdin.buffer.read()).decode()}).encode()
with socket.create_connection(("127.0.0.1", PORT)) as connection:
    connection.sendall(request)
    connection.shutdown(socket.SHUT_WR)
    answer = json.loads(b"".join(iter(lambda: connection.recv(1 << 16), b"")))
sys.stdout.buffer.write(base64.b64decode(answer["stdout"]))
sys.stderr.buffer.write(base64.b64decode(answer["stderr"]))
sys.exit(answer["code"])
"""


def _received(connection: socket.socket) -> bytes:
    connection.settimeout(BOUND)
    return b"".join(iter(lambda: connection.recv(1 << 16), b""))


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    """`flowlint ARGV` run here as the script's process would have run it: in its directory, with exactly its
    environment and stdin. A crash is exit 70 with its traceback, never the 1 a check's findings give."""
    wanted: dict[str, str] = request["env"]
    env: dict[str, str | None] = {**wanted, **{name: None for name in os.environ if name not in wanted}}
    here = os.getcwd()
    os.chdir(request["cwd"])
    try:
        result = CliRunner().invoke(main, request["argv"], input=base64.b64decode(request["stdin"]), env=env,
                                    prog_name="flowlint")
    finally:
        os.chdir(here)
    stderr, code = result.stderr_bytes, result.exit_code
    if result.exc_info is not None and not issubclass(result.exc_info[0], SystemExit):
        stderr += "".join(traceback.format_exception(*result.exc_info)).encode()
        code = 70
    return {"code": code, "stdout": base64.b64encode(result.stdout_bytes).decode(), "stderr": base64.b64encode(stderr).decode()}


@contextmanager
def in_process(tmp_path: Path) -> Iterator[tuple[Path, socket.socket]]:
    """A directory holding the `flowlint` shim (to put first on the script's PATH) and the socket it talks to."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        shim = tmp_path / "in-process" / "flowlint"
        shim.parent.mkdir()
        shim.write_text(f"#!{sys.executable} -IS\n" + SHIM.replace("PORT", str(listener.getsockname()[1])))
        shim.chmod(0o755)
        yield shim.parent, listener


def run_script(text: str, where: Path, env: dict[str, str], listener: socket.socket | None) -> tuple[int, str, int]:
    """Run the script in bash; while it runs, answer each `flowlint` it runs through `listener`. Its status, its output
    and how many `flowlint` commands were answered."""
    output = where.parent / "script-output"
    answered = 0
    with open(output, "wb") as out:
        process = subprocess.Popen(["bash", "--noprofile", "--norc", "-c", text], cwd=where, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        ended = os.pidfd_open(process.pid)  # readable once bash has exited
        try:
            while True:
                ready = select.select([ended, *([listener.fileno()] if listener else [])], [], [], BOUND)[0]
                if listener is not None and listener.fileno() in ready:
                    connection = listener.accept()[0]
                    with connection:
                        answer = _answer(json.loads(_received(connection)))
                        connection.sendall(json.dumps(answer).encode())
                    answered += 1
                    continue
                assert ready, f"the script ran past {BOUND} s"
                break
        finally:
            os.close(ended)
        return process.wait(timeout=BOUND), output.read_text(encoding="utf-8", errors="replace"), answered
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_there_are_commands_to_run() -> None:
    assert len(BLOCKS) >= 3 and any(name.startswith("docs/") for name, _ in BLOCKS)
    assert CONSOLE_SCRIPT_BLOCK in dict(BLOCKS)  # the one block run by the console script end to end


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_every_command_runs_as_pasted(name: str, block: str, examples: Path, platform_env: dict[str, str], tmp_path: Path) -> None:
    with in_process(tmp_path) as (shim, listener):
        first = [] if name == CONSOLE_SCRIPT_BLOCK else [str(shim)]
        env = {**os.environ, "PATH": os.pathsep.join([*first, str(Path(sys.executable).parent), os.environ["PATH"]]),
               "NO_COLOR": "1"}
        env.pop("GITHUB_ACTIONS", None)
        if "needs: platform" in block:
            env.update(platform_env)
        where = examples
        if name.startswith("docs/rules/"):  # a rule's example session sets its own case up, as `flowlint rule` shows it
            where = tmp_path / "empty"
            where.mkdir()
        status, output, answered = run_script(script(block), where, env, None if name == CONSOLE_SCRIPT_BLOCK else listener)
    assert status == 0, f"{name}: {output[-3000:]}"
    if name != CONSOLE_SCRIPT_BLOCK:  # reached: each flowlint command ran here (a here-document's text is no command)
        written = sum(len(re.findall(r"(?:^|[|;&(]\s*)flowlint\b", command.splitlines()[0]))
                      for command in commands(block) if not installs(command))
        assert answered >= written, (answered, written)


@pytest.fixture
def platform_env(platform: FakeGenesys, tmp_path: Path) -> dict[str, str]:
    """The environment of a user who automates Genesys Cloud, pointed at the loopback fake platform, which
    publishes the example flows of this repository's contract store."""
    for snapshot in sorted((ROOT / ".flowlint" / "flows").glob("*.json")):
        flow = json.loads(snapshot.read_text(encoding="utf-8"))
        schema = flow["inputSchema"]
        platform.add_flow(flow.get("flowName") or flow["flowId"], schema.get("properties", {}), flow_id=flow["flowId"],
                          required=schema.get("required"))
    return {"GIT_AUTHOR_NAME": "docs", "GIT_AUTHOR_EMAIL": "docs@example.com", "GIT_COMMITTER_NAME": "docs",
            "GIT_COMMITTER_EMAIL": "docs@example.com",
            "GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT_ID, "GENESYSCLOUD_OAUTHCLIENT_SECRET": CLIENT_SECRET,
            "GENESYSCLOUD_REGION": "eu-west-1", "FLOWLINT_BASE_URL": platform.url, "FLOWLINT_CACHE_DIR": str(tmp_path / "cache")}
