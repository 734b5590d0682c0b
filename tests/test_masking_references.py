"""A reference to a secret is no secret: `Bearer $(cat /run/secrets/t)`, `${{ steps.tok.outputs.token }}`, `$TOKEN`,
`${TOKEN}`, `%TOKEN%`, `{{token}}`, `process.env.TOKEN` say where the token is read when the request is made, and are
shown as written in excerpts and `--diff`, whose patch then applies. A literal token, decided by its shape, stays
masked everywhere, and a diff that must mask one says it is no patch."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core import credentials
from validator.core.credentials import credential_literals

from conftest import flowlint

URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
#: Where a token is read, in the shapes CI, shells, request files and code write it.
REFERENCES = ("$(cat /run/secrets/gc_token)", "${{ steps.tok.outputs.token }}", "${{secrets.GC_TOKEN}}", "$TOKEN",
              "${TOKEN}", "%TOKEN%", "{{token}}", "process.env.GC_TOKEN", "$(gcloud auth print-access-token)",
              "$env:GC_TOKEN", "$${TOKEN}", "$(accessToken)", "`vault read -field=token secret/gc`",
              "#{ENV['GC_TOKEN']}", '${System.getenv("GC_TOKEN")}', '$(cat "/run/secrets/gc token")')
#: Literal tokens: no reference's shape.
LITERALS = ("Zq8vR4nT7pLm2XwQ9sKdLIT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "abc123def456",
            "process.env.x.Zq8vR4nT7pL", "$(", "`Zq8vR4nT7pLm2XwQ9sKd`", "${TOKEN}Zq8vR4nT7pL", "#{x}Zq8vR4nT7pL")
#: The lines a token is sent on.
LINES = ('curl -H "Authorization: Bearer {}" -d x\n', "POST https://x\nAuthorization: Bearer {}\n\n{{}}\n",
         "headers:\n  Authorization: Bearer {}\n", '{{"headers": {{"Authorization": "Bearer {}"}}}}\n')


def _masked(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


@pytest.mark.parametrize("line", LINES)
def test_a_reference_is_no_secret_and_a_literal_is(line: str) -> None:
    for reference in REFERENCES:
        assert _masked(line.format(reference)) == [], reference
    for literal in LITERALS[:3]:
        assert literal in _masked(line.format(literal)), literal


def test_what_only_looks_like_part_of_a_reference_stays_masked() -> None:
    for literal in LITERALS[3:]:
        line = f'curl -H "Authorization: Bearer {literal}" -d x\n'
        assert _masked(line), literal


def _script(tokens: tuple[str, ...]) -> str:
    """A curl command a line for each token, each with a fix on its line (FL203: `x` lacks its `Flow.` prefix)."""
    body = f'{{"flowId": "{UUID}", "inputData": {{"x": 3}}}}'
    return "".join(f"curl -X POST {URL} -d '{body}' -H \"Authorization: Bearer {token}\"\n" for token in tokens)


def _removed_and_context(diff: str) -> list[str]:
    """The lines a unified diff says the file holds (its removed and context lines)."""
    return [row[1:] for row in diff.splitlines() if row[:1] in (" ", "-") and not row.startswith("--- ")]


def test_a_diff_shows_each_reference_and_applies(tmp_path: Path) -> None:
    tokens = tuple(reference for reference in REFERENCES if not set("`\"'") & set(reference))  # (a shell's quoting aside)
    path = tmp_path / "launch.sh"
    text = _script(tokens)
    path.write_text(text)
    shown = flowlint("check", "--no-cache", "--no-color", str(path))
    assert "FL203" in shown.stdout  # reached
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert diff.stdout.count("\n+curl") == len(tokens), diff.stdout  # reached: every line fixed
    for token in tokens:
        assert f"Bearer {token}\"" in shown.stdout and diff.stdout.count(f"Bearer {token}\"") == 2, token
    assert "*" not in diff.stdout and "masks a secret" not in diff.stderr, diff.output
    assert _removed_and_context(diff.stdout) == text.splitlines()  # a patch of the file as it is


def test_a_literal_token_stays_masked_and_its_diff_says_it_is_no_patch(tmp_path: Path) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(_script(("$(cat /run/secrets/t)", *LITERALS[:3])))
    for args in ((), ("--diff",), ("--format", "json")):
        result = flowlint("check", "--no-cache", "--no-color", *args, str(path))
        assert "FL203" in result.stdout or "+curl" in result.stdout, result.output  # reached
        if args != ("--format", "json"):  # (no excerpt there)
            assert "$(cat /run/secrets/t)" in result.stdout, result.output  # the reference beside them shown
        for literal in LITERALS[:3]:
            assert literal not in result.output, (args, literal)
        if args == ("--diff",):
            assert "masks a secret on a line it shows, so those hunks are shown commented out" in result.stderr, result.stderr


def test_a_long_line_of_open_references_is_scanned_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Bearer $(` 100,000 times on one line (1 MB): each value is judged once, and the reference shapes are looked
    for in at most 200 characters of it (no scan from each `$(` to the line's end)."""
    scanned: list[int] = []
    holes = credentials._TEMPLATE_HOLE

    class Counted:
        def sub(self, new: str, value: str) -> str:
            scanned.append(len(value))
            return holes.sub(new, value)

        def search(self, value: str) -> object:
            scanned.append(len(value))
            return holes.search(value)

    monkeypatch.setattr(credentials, "_TEMPLATE_HOLE", Counted())
    repeated = "Bearer $(" * 117_000
    line = f'curl -H "Authorization: Bearer {repeated}" -H "X-Api-Key: $(cat k)" -d x\n'
    assert len(line) > 1 << 20
    masked = _masked(line)
    assert masked == [repeated], [value[:20] for value in masked]  # reached: no reference's shape, so masked
    assert scanned and max(scanned) <= 200 and len(scanned) <= 4, scanned  # (`$(cat k)`'s: a reference, shown)


def test_a_header_given_a_reference_shows_it_and_one_given_a_literal_masks_it() -> None:
    for header in ("X-Api-Key", "X-Auth-Token", "Cookie"):
        for reference in ("$API_KEY", "${{ secrets.API_KEY }}", "$(cat /run/secrets/key)", "{{apiKey}}"):
            assert _masked(f'curl -H "{header}: {reference}" -d x\n') == [], (header, reference)
        assert _masked(f'curl -H "{header}: Zq8vR4nT7pLm2XwQ9sKd" -d x\n') == ["Zq8vR4nT7pLm2XwQ9sKd"], header
