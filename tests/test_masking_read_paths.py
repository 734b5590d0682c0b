"""A file a command or a call reads the token from is a reference, however token-like its name: `$(cat
/run/secrets/gc_token_2024abcd9f8e7d6c5b4a)`, `$(< …)`, `` `cat …` ``, `open("…")`, `fs.readFileSync('…')` say where the
token is kept. Before, the path's long run of letters and digits was masked as if it were the token, in excerpts and in
`--diff`, whose hunk then no longer applied. A token a command writes out (`$(echo …)`, a here-string) stays masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
PATH = "/run/secrets/gc_token_2024abcd9f8e7d6c5b4a"
TOKEN = "Zq8vR4nT7pLm2XwQ9sKd3Jf6"
#: Where a shell reads the token from a file.
READS = (f"$(cat {PATH})", f"$(< {PATH})", f"$(head -c 64 {PATH})", f"`cat {PATH}`", f"$(tr -d '\\n' < {PATH})",
         f'$(cat "{PATH}" | tr -d x)', "$(cat gc_token_2024abcd9f8e7d6c5b4a.txt)")
#: Where a command writes the token out: no file is read.
WRITTEN = (f"$(echo {TOKEN})", f"$(cat <<< {TOKEN})", f"`echo {TOKEN}`", f"$(printf %s {TOKEN} | cat)",
           f"$(cat {PATH}){TOKEN}")
#: Code reading the token from a file, under a name that says it holds one.
CODE_READS = (f'token = open("{PATH}").read().strip()\n', f"const token = fs.readFileSync('{PATH}', 'utf8').trim();\n",
              f'token = Path("{PATH}").read_text()\n')


def _masked(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


@pytest.mark.parametrize("read", READS)
def test_a_file_a_command_reads_is_no_secret(read: str) -> None:
    assert _masked(f'curl -H "Authorization: Bearer {read}" {URL}\n') == []
    assert _masked(f"TOKEN={read}\n") == []


@pytest.mark.parametrize("written", WRITTEN)
def test_a_token_a_command_writes_stays_masked(written: str) -> None:
    assert any(TOKEN in shown for shown in _masked(f'curl -H "Authorization: Bearer {written}" {URL}\n'))
    assert any(TOKEN in shown for shown in _masked(f"TOKEN={written}\n"))


@pytest.mark.parametrize("line", CODE_READS)
def test_a_file_code_reads_is_no_secret(line: str) -> None:
    assert _masked(line) == []
    assert _masked(line.replace(PATH, TOKEN).replace("open(", "Secret(").replace("Path(", "str(")
                   .replace("fs.readFileSync(", "String(")), line  # (a wrapper's literal stays masked)


def test_the_path_is_shown_in_excerpts_and_the_diff_applies(tmp_path: Path) -> None:
    body = f'{{"inputData": {{"x": 3}}, "flowId": "{UUID}"}}'  # (`x` lacks its `Flow.` prefix: fixed on its line)
    text = "".join(f"curl -X POST {URL} -H 'Content-Type: application/json' -H \"Authorization: Bearer {read}\" "
                   f"-d '{body}'\n" + "echo\n" * 8
                   for read in (f"$(cat {PATH})", f"$(echo {TOKEN})"))
    (tmp_path / "a.sh").write_text(text)
    shown = flowlint("check", "--no-cache", "--no-color", str(tmp_path / "a.sh")).stdout
    assert "FL203" in shown and f"$(cat {PATH})" in shown and TOKEN not in shown, shown
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", str(tmp_path / "a.sh")).stdout
    patch = [row for row in diff.splitlines() if not row.startswith("#")]
    assert any(row.startswith("+curl") and f"$(cat {PATH})" in row and '"Flow.x"' in row for row in patch), diff
    assert TOKEN not in diff and any(row.startswith("# +curl") and "****" in row for row in diff.splitlines()), diff
