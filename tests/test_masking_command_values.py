"""A shell variable given a command's output unquoted (`TOKEN=$(echo Zq8v…)`) is masked when the command writes the
token out, as the quoted `TOKEN="$(echo Zq8v…)"` was: before, its unquoted value (opening with `$`) was taken for a
reference and shown in excerpts and `--diff`."""

from __future__ import annotations

import pytest

from validator.core.credentials import credential_literals

TOKEN = "Zq8vR4nT7pLm2XwQ9sKd3Jf6"


def _masked(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


@pytest.mark.parametrize("written", [f"$(echo {TOKEN})", f"$(printf %s {TOKEN} | tr -d x)", f"$(cat <<< {TOKEN})",
                                     f"$(echo {TOKEN})suffix"])
def test_a_token_a_command_writes_into_a_variable_is_masked(written: str) -> None:
    assert any(TOKEN in shown for shown in _masked(f"GC_TOKEN={written}\n")), written
    assert any(TOKEN in shown for shown in _masked(f"export GC_CLIENT_SECRET={written}; curl x\n")), written


@pytest.mark.parametrize("reference", ["$(vault read -field=token secret/gc)", "$(gcloud auth print-access-token)",
                                       "$(cat /run/secrets/gc)"])
def test_a_command_that_reads_it_stays_shown(reference: str) -> None:
    assert _masked(f"GC_TOKEN={reference}\n") == []


def test_a_command_value_set_inside_a_line_is_masked() -> None:
    line = f'      - run: echo "GC_TOKEN=$(echo {TOKEN} | base64 -d)" >> $GITHUB_ENV\n'
    assert any(TOKEN in shown for shown in _masked(line)), line
    assert _masked('      - run: echo "GC_TOKEN=$(cat /run/secrets/gc_token_2024abcd9f8e)" >> $GITHUB_ENV\n') == []
