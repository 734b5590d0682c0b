"""A literal written as the fallback of a secret-named variable (`CLIENT_SECRET = os.getenv("X", "…")`,
`const clientSecret = process.env.X ?? '…'`, `… or "…"`, `config.get("secret", "…")`) is a secret written in the file:
it is masked in every output (text excerpts, json, sarif, --diff, the cache) while the code around it (the name,
`os.getenv(`) is shown, and a client secret's is said as FL305."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import check_file, flowlint

SECRET = "Xq8vK2mW7xR4pLs9Tn3Bv6Yc1Hd5Jf0Gk"
PY_LAUNCH = ('API = "https://api.mypurecloud.com/api/v2/flows/executions"\n'
             'launch = lambda token, flow_id: requests.post(API, json={"flowID": flow_id}, '
             'headers={"Authorization": f"Bearer {token}"})\n')  # FL102 on `flowID`: a fix, so --diff shows lines
TS_LAUNCH = ("const body = { flowID: process.env.FLOW_ID, inputData: {} };\n"
             "export async function launch(token: string): Promise<void> {\n"
             "  await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', body, "
             "{ headers: { Authorization: `Bearer ${token}` } });\n}\n")
PYTHON = ['CLIENT_SECRET = os.getenv("GC_CLIENT_SECRET", "{s}")', "client_secret = os.environ.get('X', '{s}')",
          'CLIENT_SECRET = getenv("GC_CLIENT_SECRET") or "{s}"', 'client_secret = config.get("secret", "{s}")',
          'CLIENT_SECRET = os.environ.get("GC_CLIENT_SECRET") or "{s}"']
TYPESCRIPT = ["const clientSecret = process.env.GC_CLIENT_SECRET ?? '{s}';",
              'const clientSecret = process.env.GC_CLIENT_SECRET || "{s}";',
              "let client_secret = process.env['GC_CLIENT_SECRET'] ?? '{s}';"]


@pytest.mark.parametrize("line", PYTHON + TYPESCRIPT)
def test_the_fallback_literal_and_only_it_is_masked(line: str) -> None:
    text = line.format(s=SECRET) + "\n"
    assert [text[start:end] for start, end in credential_literals(text)] == [SECRET]


@pytest.mark.parametrize(("name", "lines"), [("auth.py", PYTHON), ("auth.ts", [line.replace("ecret =", f"ecret{n} =")
                                                                        for n, line in enumerate(TYPESCRIPT)])])
def test_no_output_prints_the_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path,
                                       name: str, lines: list[str]) -> None:
    tree = tmp_path / "project"
    tree.mkdir()
    monkeypatch.chdir(tree)  # the project root: the cache is written there
    path = tree / name
    written = [line.format(s=SECRET) for line in lines]
    head = "import os\nimport requests\n" if name.endswith(".py") else "import axios from 'axios';\n"
    text = head + "\n".join(written) + "\n" + (PY_LAUNCH if name.endswith(".py") else TS_LAUNCH)
    path.write_text(text)
    said = [d for d in check_file(tmp_path, name, text) if d["code"] == "FL305"]
    first = head.count("\n") + 1
    assert [(d["line"], d["column"]) for d in said] == [(first + n, line.index(SECRET)) for n, line in enumerate(written)]  # (at its quote)
    for options in (("--no-cache", "--no-color"), ("--no-cache", "--format", "json"), ("--no-cache", "--format", "sarif"),
                    ("--no-cache", "--diff", "--no-color"), ("--no-color",), ("--no-color",)):  # the last: from the cache
        printed = flowlint("check", *options, str(path)).output
        assert "FL305" in printed or "+++" in printed, (options, printed)  # the secrets' lines or the fix were shown
        assert "flowID" in printed or "flowId" in printed, (options, printed)  # the launch was read and reported
        assert SECRET not in printed, (options, printed)
    excerpt = flowlint("check", "--no-cache", "--no-color", str(path)).output
    for line in lines:  # the code around each secret is shown: only the literal (and its quotes, as FL305's) starred
        starred = line.replace("'{s}'", '"{s}"').replace('"{s}"', "*" * (len(SECRET) + 2))
        assert starred in excerpt, (line, excerpt)
    cached = [p for p in (tree / ".flowlint_cache").rglob("*") if p.is_file()]
    assert len(cached) > 1  # (the cache was written: more than its .gitignore)
    assert not any(SECRET.encode() in p.read_bytes() for p in [*cached, *cache_on.rglob("*")] if p.is_file())
    assert path.read_text() == text


@pytest.mark.parametrize("line", ['CLIENT_SECRET = os.getenv("GC_CLIENT_SECRET", "")',
                                  'client_secret = os.getenv("GC_CLIENT_SECRET", "<your secret>")',
                                  "const clientSecret = process.env.GC_CLIENT_SECRET ?? '';",
                                  'region = os.getenv("GC_REGION", "{s}")'])
def test_no_secret_fallback_is_not_said(tmp_path: Path, line: str) -> None:
    name = "auth.ts" if line.startswith("const") else "auth.py"
    launch = TS_LAUNCH if name == "auth.ts" else PY_LAUNCH
    text = "import os\nimport requests\n" + line.format(s=SECRET) + "\n" + launch
    found = check_file(tmp_path, name, text)
    assert any(d["code"] == "FL102" for d in found)  # the launch was read
    assert not [d for d in found if d["code"] == "FL305"]
