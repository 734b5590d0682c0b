"""Readers take untrusted input: .http variables are a bounded graph, and every reader is linear in its input."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.checker.launches import extract
from validator.core.unknown import Unknown
from validator.sources import http_file
from validator.sources.embedded import EXPANSION_BUDGET, VARIABLE_CAP, embedded_body
from validator.sources.fences import fences
from validator.sources.model import LaunchRequest, Text

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: One launch in each request-file kind.
ONE_LAUNCH = {"http": f"POST {API}\nContent-Type: application/json\n\n{{\"flowId\": \"x\"}}\n",
              "shell": f"curl -X POST {API} --json '{{\"flowId\": \"x\"}}'\n",
              "markdown": f"```sh\ncurl -X POST {API} --json '{{\"flowId\": \"x\"}}'\n```\n"}


def variables(text: str) -> dict[str, str]:
    return http_file.file_variables(http_file._lines(text))


def test_a_variable_that_names_itself_is_unknown_not_gigabytes() -> None:
    text = "@a = " + "{{a}}" * 34 + f"\nPOST {API}\n\n{{\"flowId\": \"{{{{a}}}}\"}}\n"  # 176+ bytes: gigabytes on main
    assert "a" not in variables(text)
    [launch] = extract("http", text, "x.http")
    assert isinstance(launch.body, dict) and isinstance(launch.body["flowId"], Unknown)


def test_variables_resolve_as_a_graph() -> None:
    found = variables("@host = https://{{region}}\n@region = api.mypurecloud.com\n@url = {{host}}/api\n"
                      "@b = {{c}}x\n@c = {{b}}y\n@d = {{c}}\n@env = {{fromEnv}}/x\n")
    assert found["url"] == "https://api.mypurecloud.com/api"  # a variable may name one defined later
    assert "b" not in found and "c" not in found and "d" not in found  # a cycle, and what names it, are unknown
    assert found["env"] == "{{fromEnv}}/x"  # a name the file does not define is left written as it is


def test_a_doubling_chain_stops_at_the_cap() -> None:
    lines = ["@v0 = xxxxxxxxxxxxxxxx"] + [f"@v{i} = {{{{v{i - 1}}}}}{{{{v{i - 1}}}}}" for i in range(1, 60)]
    found = variables("\n".join(lines))
    assert len(found["v9"]) == 16 * 2 ** 9 <= VARIABLE_CAP
    assert "v10" not in found and "v59" not in found
    chain = variables("\n".join(["@w0 = x"] + [f"@w{i} = {{{{w{i - 1}}}}}" for i in range(1, 20_000)]))
    assert chain["w19999"] == "x"  # a long chain of aliases: no recursion limit, nothing copied


def test_all_variables_of_a_file_share_one_budget() -> None:
    big = "y" * (VARIABLE_CAP // 2)
    lines = [f"@big = {big}"] + [f"@v{i} = {{{{big}}}}-{i}" for i in range(2 * EXPANSION_BUDGET // VARIABLE_CAP + 10)]
    found = variables("\n".join(lines))
    assert found["v0"] == big + "-0"
    assert sum(len(v) for k, v in found.items() if k != "big") <= EXPANSION_BUDGET
    assert any(f"v{i}" not in found for i in range(len(lines) - 1))


def test_a_line_puts_in_at_most_the_cap() -> None:
    value = "z" * (VARIABLE_CAP // 2 + 1)
    text = http_file.substitute("{{a}}{{a}}{{a}}", 0, {"a": value})
    assert text.parts[0] == value and all(isinstance(p, Unknown) for p in text.parts[1:])


def test_filling_a_body_file_has_the_same_cap() -> None:
    value = "q" * (VARIABLE_CAP // 4)
    request = LaunchRequest("http-file", (0, 1), Text.known(API), "POST", None)
    strings = [f"{{{{a}}}}{i}" for i in range(EXPANSION_BUDGET // len(value) + 20)]
    embedded_body(request, json.dumps({"flowId": "{{a}}" * 5, "inputData": strings}), 0, {"a": value})
    assert isinstance(request.body, dict)
    assert isinstance(request.body["flowId"], Unknown)  # 5 × a quarter of the cap is past it
    filled = request.body["inputData"]
    assert filled[0] == value + "0" and isinstance(filled[-1], Unknown)
    assert sum(len(s) for s in filled if isinstance(s, str)) <= EXPANSION_BUDGET


def test_http_lines_keep_their_positions_without_regex_backtracking() -> None:
    text = f"@flow = abc   \n  post   {API}   HTTP/1.1  \n X-Id :  {{{{flow}}}}  \n\n\n\n{{\"flowId\": \"{{{{flow}}}}\"}}\n"
    [launch] = extract("http", text, "x.http")
    url, [header] = launch.url, launch.headers or []
    assert launch.method == "POST" and isinstance(url, Text) and url.value == API
    assert url.span is not None and text[url.span[0]:url.span[1]] == API
    assert header.name == "X-Id" and isinstance(header.value, Text) and header.value.value == "abc"
    assert header.value.span is not None and text[header.value.span[0]:header.value.span[1]] == "{{flow}}"
    assert launch.body == {"flowId": "abc"} and launch.body_span is not None and text[launch.body_span[0]] == "{"


def test_markdown_fences_are_read_line_by_line() -> None:
    text = "```bash\ncurl a\n```\n\n  ~~~~sh\nb\n  ~~~\n  ~~~~\n```` \nc\n````\r\n```\nnever closed\n"
    assert list(fences(text)) == [("bash", "curl a\n", 8), ("sh", "b\n  ~~~\n", text.index("b\n")),
                                  ("", "c\n", text.index("c\n"))]


# Adversarial repetition per reader: each unit repeated to 200 KB, and lines of 300 KB of spaces. A quadratic reader takes minutes on these
# (hours for some); a linear one well under a second. The child's bound is on its CPU time, not the wall's: on 2 shared cores under a
# loaded suite a linear run can wait a minute for a core, while a quadratic one still spends its minutes of CPU (the wall timeout is a
# hang guard only).
CPU_BOUND = 60
ADVERSARIAL = {
    "http": ["{{", "{{a}}", "@a = {{a}}{{a}}\n", "\n", "###\n", " ", "< ./x\n", f"POST {API}\n\n{{{{"],
    "markdown": ["```bash\n", "~~~sh\ncurl x\n", "    ```bash\n", "```\n````bash\n"],
    "shell": ["curl ", "$(", "'", "-d '{", f"curl {API} -d '{{\"a\":"],
}
_RUN = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_CPU, (int(sys.argv[1]), int(sys.argv[1]) + 5))
from validator.checker.launches import extract
for kind, unit, size in json.load(sys.stdin):
    text = unit * (size // len(unit))
    if kind == "http-body":
        text = "POST https://x/api/v2/flows/executions\\n\\n" + text
        kind = "http"
    print(kind, repr(unit)[:40], flush=True)
    extract(kind, text, "x")
"""


def _hang_guard(cases: list[tuple[str, str, int]]) -> None:
    try:
        done = subprocess.run([sys.executable, "-c", _RUN, str(CPU_BOUND)], input=json.dumps(cases), capture_output=True,
                              text=True, timeout=20 * CPU_BOUND, cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired as stuck:
        last = (stuck.stdout or b"").splitlines()[-1:] if isinstance(stuck.stdout, bytes) else (stuck.stdout or "").splitlines()[-1:]
        raise AssertionError(f"hung: still reading {last}") from None
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):  # past the soft limit, or the hard one
        raise AssertionError(f"not linear: past {CPU_BOUND} s of CPU, still reading {done.stdout.splitlines()[-1:]}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) == len(cases)  # every case was reached


def test_every_reader_is_linear_on_adversarial_repetition() -> None:
    size = 200_000
    cases = [(kind, unit, size) for kind, units in ADVERSARIAL.items() for unit in units]
    cases += [("http-body", unit, size) for unit in ("{{", "\n", "{{a}}")]
    spaces = " " * 300_000
    for line in (f"@a = x{spaces}y\n", f"POST x{spaces}y\n", f"POST {API}\nA: x{spaces}y\n\n"):
        cases.append(("http", line, len(line)))
    _hang_guard(cases)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["{{", "}}", "@a", "=", " ", "\n", "`", "```", "~~~", "#", "###", ":", "<@ ", "POST ",
                                 "{", "}", '"', "a", "\r"]), min_size=1, max_size=8))
def test_any_repeated_unit_reads_without_error(tokens: list[str]) -> None:
    unit = "".join(tokens)
    text = unit * (4000 // len(unit) + 1)
    for kind in ("http", "markdown", "shell"):
        assert len(extract(kind, ONE_LAUNCH[kind], "x")) == 1, kind  # reached: the reader reads a launch
        extract(kind, text, "x")
    for _info, body, start in fences(text):
        assert text[start:start + len(body)] == body


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing a file's owner needs root")
def test_a_rewrite_never_leaves_a_setuid_bit_on_a_file_whose_owner_changed(tmp_path: Path) -> None:
    from conftest import flowlint

    theirs, mine = tmp_path / "theirs.json", tmp_path / "mine.json"
    for path in (theirs, mine):
        path.write_text('{"flowId": "x",}')
    os.chown(theirs, 12345, 12345)  # before the chmod: a chown clears the bits
    for path in (theirs, mine):
        path.chmod(0o6755)
    assert stat.S_IMODE(theirs.stat().st_mode) == 0o6755
    assert flowlint("check", "--fix", str(theirs), str(mine)).exit_code == 1
    assert theirs.read_text() == mine.read_text() == '{"flowId": "x"}'  # reached: both rewritten
    assert stat.S_IMODE(theirs.stat().st_mode) == 0o755  # the rewrite is root's: no bit that runs as root
    assert stat.S_IMODE(mine.stat().st_mode) == 0o6755  # the same owner: the mode is kept whole


def test_markdown_blocks_are_read_once_each_not_with_the_whole_file() -> None:
    """Reading a document's code blocks costs the sum of the blocks: 200 launch blocks, not 200 × the file."""
    from validator.sources import blocks

    block = "```js\nfetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', body: x})\n```\n"
    text = "# Launching\n\n" + ("Some prose between the examples.\n\n" + block) * 200
    read_sizes: list[int] = []

    def reader(kind: str, code: str) -> list[LaunchRequest]:
        read_sizes.append(len(code))
        return []

    blocks.read_blocks(text, blocks.markdown_blocks(text), reader)
    assert len(read_sizes) == 200  # every block was reached
    assert sum(read_sizes) <= len(text)


def test_a_markdown_block_launch_is_found_at_its_line_in_the_file(tmp_path: Path) -> None:
    prose = "Intro.\n\n" * 30
    text = prose + "```js\nfetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'GET', body: '{}'})\n```\n"
    (tmp_path / "guide.md").write_text(text)
    run = subprocess.run([sys.executable, "-m", "validator", "check", "--format", "json", str(tmp_path / "guide.md")],
                         capture_output=True, text=True, timeout=120)
    found = [(d["code"], d["line"], d["column"]) for d in json.loads(run.stdout)["diagnostics"]]
    assert ("FL301", 62, 1) in found or any(code == "FL301" and line == 62 for code, line, _ in found), found
