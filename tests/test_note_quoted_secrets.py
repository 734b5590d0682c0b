"""A note quotes the file's text (the expression a launch's body is written as, the call a mention is passed to): a
secret written in that text is masked there as the excerpt masks it, in every output and in the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.report import FORMATS

from conftest import flowlint

SECRET = "Zq8vK2mN5pR7tX1wY4bC6dF9gH3jL0sA2eI5oU8yT1r"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FILES = {
    # the body's expression as the FL011 note quotes it (-v), secrets written in it as curl's option or a keyword
    "c.sh": f'curl -X POST {URL} -H "Content-Type: application/json" -d "$(gen-body --secret {SECRET})"\n',
    "e.py": f'import requests\nrequests.post("{URL}", json=make_body(client_secret="{SECRET}"))\n',
    # the call a mention is passed to, which no launch was read from
    "m.py": f'import requests\nSession(api_key="{SECRET[:32]}").send("{URL}")\n',
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_note_never_quotes_a_secret_written_in_the_text_it_quotes(tmp_path: Path, name: str, cache_on: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".flowlint.toml").write_text("")  # a project: the cache is written in it
    (tmp_path / name).write_text(FILES[name])
    monkeypatch.chdir(tmp_path)
    for output in FORMATS:
        result = flowlint("check", "-v", "--no-color", "--format", output, name)
        assert "FL011" in result.stdout and "****" in result.stdout, (output, result.stdout)  # the note, masked
        assert SECRET[:12] not in result.stdout + result.stderr, (output, result.stdout)
    stored = [path for path in tmp_path.rglob("*.cache") if path.is_file()]  # (the checked tree's cache)
    assert stored and not any(SECRET[:12].encode() in path.read_bytes() for path in stored), stored


def test_a_short_secret_in_the_body_s_expression_is_masked_where_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "b.sh").write_text(f'curl -X POST {URL} -H "Content-Type: application/json" '
                                   '-d "$(gen-body --password ab12c)"\n')
    shown = flowlint("check", "-v", "--no-cache", "--no-color", str(tmp_path / "b.sh")).stdout
    assert "the launch's body is not known here (`$(gen-body --password *****" in shown, shown
    assert "ab12c" not in shown, shown
