"""The documentation is true: one page per rule, generated from the rule registry and kept equal to
`flowlint rule --markdown CODE`; and every shell command in the README and docs/ runs as pasted.

Regenerate the rule pages with `FLOWLINT_UPDATE_EXPECTED=1 pytest tests/test_docs.py` (read the diff).

Shell commands are the lines of ```sh blocks (a ```bash block is a script shown as an example, a curl launch
flowlint reads). Each block runs in a fresh directory holding a copy of the bundled examples (fixtures/,
the contract store .flowlint/ and the pyproject.toml naming them; a rule page's session, in an empty one), line after
line as one script: a command must exit 0, except `flowlint check`, whose 1 says it found what the
example is about. A line that installs packages (`pip install`: a registry or a build) is not run here (CI runs
the README's install-and-test command itself, `.ci/run`). A line marked `needs: platform`
talks to Genesys Cloud: it runs against the loopback fake platform (tests/fake_genesys.py), its
credentials and region pointed there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def script(block: str) -> str:
    lines = ["set -u"]
    for command in commands(block):
        if "needs: install" in command or re.search(r"\bpip install\b", command):
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


def test_there_are_commands_to_run() -> None:
    assert len(BLOCKS) >= 3 and any(name.startswith("docs/") for name, _ in BLOCKS)


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _ in BLOCKS])
def test_every_command_runs_as_pasted(name: str, block: str, examples: Path, platform_env: dict[str, str], tmp_path: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    if "needs: platform" in block:
        env.update(platform_env)
    where = examples
    if name.startswith("docs/rules/"):  # a rule's example session sets its own case up, as `flowlint rule` shows it
        where = tmp_path / "empty"
        where.mkdir()
    done = subprocess.run(["bash", "--noprofile", "--norc", "-c", script(block)], cwd=where, env=env,
                          capture_output=True, text=True, timeout=300, check=False, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, f"{name}: {done.stdout[-1500:]}{done.stderr[-1500:]}"


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
