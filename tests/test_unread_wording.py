"""FL011 says what the file is known to name: Genesys Cloud's launch endpoint only where the text says so (its /api/v2/
path, an SDK's launch method); another product's host, or a flows/executions path with nothing of Genesys Cloud's
before it, is said as just that, never as a launch on a guess."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.report import FORMATS
from validator.sources import extract

from conftest import flowlint

ENDPOINT = "mentions the launch endpoint, but no launch was read in it"  # (why: a call flowlint does not read)
SOME_PATH = "mentions a flows/executions path whose base is not written in the URL"
OTHER_HOST = "mentions a flows/executions URL on api.example.com (not a Genesys Cloud host), but"


def notes(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path / name))
    said = json.loads(result.stdout)["diagnostics"]
    assert said, "reached: the file is read and something is said of it"
    return [d["message"] for d in said if d["code"] == "FL011"]


@pytest.mark.parametrize(("name", "text", "words"), [
    ("genesys.py", "import mylib\nmylib.send('https://api.mypurecloud.com/api/v2/flows/executions', {'flowId': 'f'})\n", ENDPOINT),
    ("relative.py", "import mylib\nmylib.send('/api/v2/flows/executions', {'flowId': 'f'})\n", ENDPOINT),
    ("by_id.js", "client.call(`${BASE}/api/v2/flows/${id}/executions`, body);\n", ENDPOINT),
    ("sdk.js", "helper.wrap('postFlowsExecutions');\n", ENDPOINT),
    ("other.py", "import mylib\nmylib.send('https://api.example.com/api/v2/flows/executions', {'flowId': 'f'})\n", OTHER_HOST),
    ("kestra.js", "const BASE = 'https://kestra.example.org/api/v1';\nclient.call(`${BASE}/flows/executions`, { id });\n", SOME_PATH),
    ("genesys_base.js",
     "const API = 'https://api.mypurecloud.com/api/v2';\n"
     "export const go = (b) => myClient.send(`${API}/flows/executions`, b);\n",
     SOME_PATH),
    ("based.py", "import mylib\nmylib.send(f'{base}/flows/executions', {'flowId': 'f'})\n", SOME_PATH),
    ("Main.go", 'package main\nconst url = "https://api.example.com/api/v2/flows/executions"\n', OTHER_HOST),
    ("Launch.java", 'class L { String u = "https://api.mypurecloud.com/api/v2/flows/executions"; }\n', "mentions the launch endpoint"),
])
def test_a_note_names_what_the_file_writes(tmp_path: Path, name: str, text: str, words: str) -> None:
    [message] = notes(tmp_path, name, text)
    assert words in message
    assert message.count("flowlint") <= 1, message  # one sentence names it once
    if words != ENDPOINT and not words.endswith("launch endpoint"):
        assert "mentions the launch endpoint" not in message


def test_a_mention_beside_a_launch_read_names_its_path(tmp_path: Path) -> None:
    text = ("await fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST', "
            "body: JSON.stringify({ flowId: 'f', inputData: {} }) });\nsend('/flows/executions', body);\n"
            "send('https://api.example.com/api/v2/flows/executions', body);\n")
    said = notes(tmp_path, "beside.js", text)
    assert said == [
        "this mention of a flows/executions path whose base is not written in the URL was not read "
        "as a launch: it is passed to `send(…)`, which flowlint does not read as a launch (a "
        "client it does not know, or a call it cannot follow)",
        "this mention of a flows/executions URL on api.example.com (not a Genesys Cloud host) was not read as a "
        "launch: it is passed to `send(…)`, which flowlint does not read as a launch (a client it does not know, or a call "
        "it cannot follow)"]


@pytest.mark.parametrize(("url", "words"), [
    ("'https://api.mypurecloud.com/api/v2/flows/executions/' + id", "mentions the launch endpoint, but flowlint read no launch in it"),
    ("`${BASE}/flows/executions/${id}`", SOME_PATH),
])
def test_a_request_that_may_launch_or_read_a_status_names_its_path(tmp_path: Path, url: str, words: str) -> None:
    [message] = notes(tmp_path, "unsure.js", f"// genesys cloud\nexport const go = (id, options) => fetch({url}, options);\n")
    assert words in message and "it may launch a flow or read a run's status" in message


#: URLs on another product's host whose path, query or userinfo holds a secret: a note names the host, never the rest.
LEAKY = [
    ("s.go", 'package main\nfunc main() { http.Post("https://svc.example.com/v1/tenants/acme/keys/AKIAIOSFODNN7EXAMPLE/'
             'flows/executions", "", nil) }\n', "AKIAIOSFODNN7EXAMPLE"),
    ("b.go", 'package main\nfunc main() { http.Post("https://svc.example.com/key=abcS3cretKey77/flows/executions", '
             '"application/json", nil) }\n', "abcS3cretKey77"),
    ("c.js", 'const u = "https://svc.example.com/T0H00KS3cretPathX1/flows/executions";\nconsole.log(u);\n', "T0H00KS3cretPathX1"),
    ("q.go", 'package main\nfunc main() { http.Post("https://svc.example.com/x?access_token=abcdEFGH1234zz&p=/flows/executions", '
             '"", nil) }\n', "abcdEFGH1234zz"),
    ("u.js", 'const u = "https://admin:pa55S3cretW0rd@svc.example.com/api/v2/flows/executions";\nconsole.log(u);\n',
     "pa55S3cretW0rd"),
    ("v.js", 'const u = "https://admin@pa55S3cretW0rd@svc.example.com/flows/executions";\nconsole.log(u);\n', "pa55S3cretW0rd"),
]


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize(("name", "text", "secret"), LEAKY)
def test_another_products_url_is_named_by_its_host_alone(tmp_path: Path, output_format: str, name: str, text: str,
                                                         secret: str) -> None:
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", output_format, "--no-cache", "--no-color", str(tmp_path / name))
    assert "flows/executions URL on svc.example.com (not a Genesys Cloud host)" in result.output, result.output
    assert secret not in result.output
    assert "/flows/executions on svc" not in result.output and "admin" not in result.output


@pytest.mark.usefixtures("cache_on", "in_tmp")
@pytest.mark.parametrize(("name", "text", "secret"), LEAKY)
def test_the_cache_holds_no_path_of_another_products_url(tmp_path: Path, name: str, text: str, secret: str) -> None:
    (tmp_path / name).write_text(text)
    cold, warm = (flowlint("check", "--format", "json", name) for _ in range(2))
    assert cold.stdout == warm.stdout and "URL on svc.example.com" in warm.stdout
    written = [path for path in tmp_path.rglob("*") if path.is_file() and path.name != name]
    assert any(path.suffix == ".cache" for path in written), "reached: the run wrote its cache"
    assert all(secret.encode() not in path.read_bytes() for path in written)


@pytest.mark.parametrize(("url", "host"), [
    ("https://api.example.com/x", "api.example.com"),
    ("https://user:pass@api.example.com:8443/x", "api.example.com"),
    ("https://a@b@API.Example.com./x", "api.example.com"),
    ("https://${HOST}/x", None),
    ("https://api.example.com%2F.evil/x", None),
    ("https://[::1]:80/x", None),
    ("/flows/executions", None),
    ("KESTRA=https://kestra.example.com/api/v2/flows/executions", "kestra.example.com"),
    ("# set url=\u00e9https://svc.example.com/x", "svc.example.com"),
    ("://svc.example.com/x", None),
])
def test_a_written_host_is_a_host_name_at_most(url: str, host: str | None) -> None:
    assert extract._written_host(url) == host


_OLD_URL_HEAD = re.compile(r"[^\s'\"`]*\Z")


@given(st.text(alphabet="ab/:'\"` \t\n\u00a0\u2003\u3000.", max_size=900), st.integers(min_value=0, max_value=900))
def test_the_url_head_is_what_the_old_search_found(text: str, start: int) -> None:
    start = min(start, len(text))
    old = _OLD_URL_HEAD.search(text, max(0, start - 400), start)
    assert extract._url_head(text, start) == (old.group() if old is not None else "")


@pytest.mark.usefixtures("every_finding_listed")
def test_the_url_before_each_mention_is_looked_for_in_one_bounded_pass(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear work: however long the text before a mention, its URL is found by one match over at most 400 characters
    (the search this replaced tried each of them in turn, each to the window's end: 400² steps a mention)."""
    scanned: list[int] = []
    reversed_head = extract._URL_HEAD_REVERSED

    class Counted:
        def match(self, text: str) -> re.Match[str] | None:
            scanned.append(len(text))
            return reversed_head.match(text)

    monkeypatch.setattr(extract, "_URL_HEAD_REVERSED", Counted())
    mentions = 300
    line = "send(`" + "a" * 5000 + "/flows/executions`, body);\n"
    launch = ("fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST', "
              "body: JSON.stringify({ flowId: 'f', inputData: {} }) });\n")
    (tmp_path / "many.js").write_text(launch + line * mentions)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path / "many.js"))
    assert result.stdout.count("this mention of a flows/executions path") == mentions
    assert len(scanned) == mentions, "reached: the URL before each mention was looked for, once"
    assert max(scanned) == 400
