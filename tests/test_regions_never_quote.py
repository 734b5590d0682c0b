"""A region or base URL that may hold a credential is never quoted back, whoever gave it (--region, --base-url,
GENESYSCLOUD_REGION, serve --forward): genesys/regions.py says so in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.genesys.regions import UnknownRegion, resolve
from validator.serve.proxy import upstream_url

from conftest import flowlint


@pytest.mark.parametrize(("region", "base_url"), [
    ("eu-west-1?key=regS3cretV5", None),
    ("token=abcS3cret", None),
    ("x" * 90 + "S3cret" + "y" * 90, None),  # too long to be a name: not repeated either
    (None, "https:///x=emptyS3cretU4"),
    (None, "HTTPS://proxy.example.com/?access_token=capS3cretX7"),
    (None, "https://proxy.example.com/api;jsessionid=matS3cretY8"),
    (None, "https://proxy.example.com/api#tok=frgS3cretZ9"),
])
def test_a_value_that_may_hold_a_credential_is_refused_without_quoting_it(region: str | None, base_url: str | None) -> None:
    with pytest.raises(UnknownRegion) as refused:
        resolve(region, base_url)
    assert "S3cret" not in str(refused.value) and str(refused.value)  # refused, with a message


def test_a_plain_unknown_region_is_quoted_to_help_spot_the_typo() -> None:
    with pytest.raises(UnknownRegion, match="unknown region 'eu-wset-1'"):
        resolve("eu-wset-1")


def test_a_base_url_with_a_query_is_refused_for_the_client_as_for_forward() -> None:
    """Each request's path is appended to the base: a query there would break every call (and be printed)."""
    for resolving in (lambda url: resolve(None, url), upstream_url):
        with pytest.raises(UnknownRegion, match="holds a query"):
            resolving("https://api.example.com/?access_token=t")


def test_a_base_url_scheme_is_case_blind() -> None:
    assert resolve(None, "HTTPS://api.example.com/").api_url == "https://api.example.com"
    assert upstream_url("Http://127.0.0.1:8080") == "http://127.0.0.1:8080"


def test_pull_never_quotes_a_region_holding_a_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENESYSCLOUD_ACCESS_TOKEN", "t")
    monkeypatch.delenv("FLOWLINT_BASE_URL", raising=False)
    result = flowlint("pull", "--contracts", str(tmp_path), "--region", "eu-west-1?key=pullS3cret",
                      "00000000-0000-4000-8000-000000000000")
    assert result.exit_code == 2 and "unknown region" in result.stderr, result.stderr  # refused: the region was read
    assert "pullS3cret" not in result.stdout + result.stderr
