"""A cookie or an API-key header written in a file never reaches any output: the text report's excerpts, `--diff`
lines and every other format, in each spelling of the clients flowlint reads (docs/limits.md "Secrets and outputs")."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"  # no contract: FL203 is the finding
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID}", "inputData": {{"x": 1}}}}'  # FL203 on `x`: a finding on the line, and a fix to diff
JS_BODY = f"JSON.stringify({{flowId: '{UUID}', inputData: {{x: 1}}}})"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"

#: Each file, and each secret it holds (every one on a line a finding points at, or beside it: in a diff's context).
FILES: dict[str, tuple[str, list[str]]] = {
    "fetch.js": (f"fetch('{URL}', {{method: 'POST', headers: {{Cookie: 'JSESSIONID=s3cr3tA1', 'X-Api-Key': "
                 f"'s3cr3tA2', 'Content-Type': 'application/json', cookie: `sid=s3cr3tA3`}}, body: {JS_BODY}}});\n",
                 ["s3cr3tA1", "s3cr3tA2", "s3cr3tA3"]),
    "headers.js": (f"const h = new Headers({{'Content-Type': 'application/json'}});\nh.set('Set-Cookie', 's3cr3tB1');\n"
                   f"h.append('X-Auth-Token', 's3cr3tB2');\nfetch('{URL}', {{method: 'POST', headers: h, body: {JS_BODY}}});\n",
                   ["s3cr3tB1", "s3cr3tB2"]),
    "launch.sh": (f"{CURL} -b 'sid=s3cr3tC1' -d '{BODY}'\n"
                  f"{CURL} --cookie \"sid=s3cr3tC2\" -d '{BODY}'\n"
                  f"{CURL} --cookie=sid=s3cr3tC3 -d '{BODY}'\n"
                  f"{CURL} -H 'Cookie: sid=s3cr3tC4; lang=en' -d '{BODY}'\n"
                  f"{CURL} -H \"X-Api-Key: s3cr3tC5\" --header 'Api-Key: s3cr3tC6' -H 'X-Auth-Token: s3cr3tC7' -d '{BODY}'\n",
                  ["s3cr3tC1", "s3cr3tC2", "s3cr3tC3", "s3cr3tC4", "s3cr3tC5", "s3cr3tC6", "s3cr3tC7"]),
    "launch.py": ("import requests\n"
                  f'requests.post("{URL}", json={BODY}, cookies={{"sid": "s3cr3tD1", "lang": \'s3cr3tD2\'}})\n'
                  f'requests.post("{URL}", json={BODY}, cookies=dict(sid="s3cr3tD3"))\n'
                  f'requests.post("{URL}", json={BODY}, headers={{"Cookie": "sid=s3cr3tD4", "X-Api-Key": "s3cr3tD5"}})\n',
                  ["s3cr3tD1", "s3cr3tD2", "s3cr3tD3", "s3cr3tD4", "s3cr3tD5"]),
    "launch.http": (f"POST {URL}\nContent-Type: application/json\nCookie: sid=s3cr3tE1\nX-Api-Key: s3cr3tE2\n\n{BODY}\n",
                    ["s3cr3tE1", "s3cr3tE2"]),
    "README.md": (f"# Launching\n\n```sh\n{CURL} -H 'X-Auth-Token: s3cr3tF1' --cookie \"sid=s3cr3tF2\" -d '{BODY}'\n```\n\n"
                  f"```http\nPOST {URL}\nContent-Type: application/json\nSet-Cookie: sid=s3cr3tF3\n\n{BODY}\n```\n",
                  ["s3cr3tF1", "s3cr3tF2", "s3cr3tF3"]),
    "request.yaml": (f"method: POST\nurl: {URL}\nbody: |\n  {BODY}\nheaders:\n  Cookie: sid=s3cr3tG1\n"
                     "  X-Custom: s3cr3tG2\n  X-Api-Key: s3cr3tG3\n",  # a saved request: only URL, method and body shown
                     ["s3cr3tG1", "s3cr3tG2", "s3cr3tG3"]),
}

#: The files whose secrets are only context lines of their diff (a changed line is never beside one): left out of its
#: hunk, which stays in the patch (tests/test_masked_diff_context.py).
CONTEXT_ONLY = frozenset({"launch.http", "request.yaml"})
#: Each output, and what it shows of a file's findings (each file's FL203 was reported: the check reached it).
FORMATS = {
    "text": (("--no-color",), "FL203"),
    "diff": (("--diff", "--unsafe-fixes", "--no-color"), "+"),
    "json": (("--format", "json"), '"FL203"'),
    "sarif": (("--format", "sarif"), '"FL203"'),
    "github": (("--format", "github"), "FL203"),
    "gitlab": (("--format", "gitlab"), "FL203"),
    "junit": (("--format", "junit"), "FL203"),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("headers")
    for name, (text, _) in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("output", FORMATS)
def test_no_cookie_or_api_key_is_shown_in_any_output(tree: Path, output: str) -> None:
    options, shown = FORMATS[output]
    result = flowlint("check", "--no-cache", *options, str(tree))
    printed = result.stdout + result.stderr
    for name, (_, secrets) in FILES.items():
        section = _section(printed, name, output)
        assert shown in section, (name, printed)  # the file's findings (or its diff) were printed
        if output == "diff" and name not in CONTEXT_ONLY:
            assert "*****" in section, section  # the secrets' lines were printed, masked
        elif output == "diff":  # its secrets are only context: left out of a hunk that is in the patch
            assert section.split("\n")[2].startswith("@@ ") and "\n-" in section, section
        for secret in secrets:
            assert secret not in printed, (name, secret, section)
    if output == "text":
        assert printed.count("*****") >= 10, printed  # the excerpts of the lines that hold them were printed, masked


def _section(printed: str, name: str, output: str) -> str:
    """What an output prints of one file: its diff, or the lines that name it and those below them that name none."""
    if output == "diff":
        return next(part for part in printed.split("--- ")[1:] if part.split("\n", 1)[0].endswith(name))
    kept, current = [], False
    for line in printed.splitlines():
        if any(other in line for other in FILES):
            current = name in line
        if current:
            kept.append(line)
    return "\n".join(kept)


def test_no_excerpt_loses_what_its_finding_points_at(tree: Path) -> None:
    """Only the header values are masked: what each finding underlines (the input `x`, a body) is shown."""
    lines = flowlint("check", "--no-cache", "--no-color", str(tree)).stdout.splitlines()
    underlined = 0
    for excerpt, carets in itertools.pairwise(lines):
        if (marks := re.search(r"\^+", carets)) and " | " in excerpt and excerpt.index(" | ") == carets.index(" | "):
            assert "*" not in excerpt[marks.start():marks.end()], (excerpt, carets)
            underlined += 1
    assert underlined >= 10, lines  # reached: every file's findings were underlined


@pytest.mark.parametrize(("text", "masked"), [
    ('$headers.Add("Cookie", "sid=s1")', ["sid=s1"]),  # PowerShell
    ('Invoke-RestMethod -Headers @{"X-Api-Key" = "s2"; Cookie="s3"}', ["s2", "s3"]),
    ('xhr.setRequestHeader("X-Auth-Token", "s4")', ["s4"]),
    ("headers['x-api-key'] = 's5'", ["s5"]),
    ("http POST https://x/api/v2/flows/executions Cookie:sid=s6 flowId=keep", ["sid=s6"]),  # HTTPie
    ("> Set-Cookie: sid=s7; Path=/  ", ["sid=s7; Path=/"]),  # a Markdown quote: the line's end, not its spaces
    ('{"name": "Cookie", "value": "keep"}', []),  # a member's name is no value
    ("the Cookie: header is sent", []),  # prose
    ('{"Flow.CookieConsent": "keep", "flowId": "keep"}', []),  # a launch's own members
    ("git checkout -b keep && curl -b jar.txt", []),  # no cookie data: a branch, a cookie jar file
    ('cookies = {"sid": "s8"}\nbody = {"flowId": "keep"}', ["s8"]),  # the dict's end ends the values
])
def test_each_spelling_masks_the_value_only(text: str, masked: list[str]) -> None:
    assert [text[start:end] for start, end in sorted(set(credential_literals(text)))] == masked


def test_a_yaml_saved_request_that_does_not_parse_shows_no_value(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(f"method: POST\nurl: {URL}\nheaders:\n  X-Custom: sent\n  - [s3cr3tH2\nbody: {BODY}\n")
    printed = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    assert "FL001" in printed and "  5 |   - ****" in printed, printed  # the line of the error was shown
    assert "s3cr3tH" not in printed, printed
