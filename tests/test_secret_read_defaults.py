"""A secret read where it is used with a literal fallback written out (`f"Bearer {os.environ.get('GC_TOKEN', '…')}"`,
`"Bearer %s" % os.getenv("GC_TOKEN", "…")`, `process.env.GC_TOKEN || '…'`) writes that secret in the file: masked in
every output. Only a literal after `X = os.getenv(…)` was (review C: --diff printed it, and a short line's excerpt)."""

from __future__ import annotations

from validator.core.credentials import credential_literals

TOKEN = "Zx9QpL3mK8vT2rW5yN7bC4dF6gH1jA0sQwErTy"


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


def test_a_literal_fallback_of_a_secret_read_in_place_is_a_secret() -> None:
    for text in (f"h = {{'Authorization': f\"Bearer {{os.environ.get('GC_TOKEN', '{TOKEN}')}}\"}}\n",
                 f'h = {{"Authorization": "Bearer %s" % os.getenv("GC_TOKEN", "{TOKEN}")}}\n',
                 f"const h = {{ Authorization: `Bearer ${{process.env.GC_TOKEN || '{TOKEN}'}}` }};\n",
                 f"h = {{'Authorization': 'Bearer ' + (os.environ.get('GC_TOKEN') or '{TOKEN}')}}\n",
                 f"h = {{'Authorization': 'Bearer ' + (os.environ['GC_SECRET'] or '{TOKEN}')}}\n"):
        assert _found(text) == [TOKEN], text


def test_a_fallback_of_a_read_named_for_no_secret_is_none() -> None:
    assert _found("url = f\"{os.environ.get('GC_TOKEN_URL', 'https://login.mypurecloud.com/oauth/token')}\"\n") == []
    assert _found(f"region = f\"{{os.environ.get('GC_REGION', '{TOKEN}')}}\"\n") == []
    assert _found(f"x = os.environ.get(name, 'GC_TOKEN', '{TOKEN}')\n") == []  # (no getter opened just before the name)
