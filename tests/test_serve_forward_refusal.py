"""`flowlint serve --forward URL` refused: the message names the option the user passed, never quoting a URL that may
hold a credential."""

from __future__ import annotations

import pytest

from validator.genesys.regions import UnknownRegion
from validator.serve.proxy import upstream_url


@pytest.mark.parametrize("url", ["https://user:fwdS3cret@api.example.com", "https://api.example.com/?token=fwdS3cret",
                                 "https:///x=fwdS3cret", "https://api.example.com/api;jsessionid=fwdS3cret"])
def test_a_forward_url_refused_names_the_option_passed_and_never_quotes_it(url: str) -> None:
    with pytest.raises(UnknownRegion) as refused:
        upstream_url(url)
    said = str(refused.value)
    assert "fwdS3cret" not in said
    assert said.startswith("the --forward URL "), said  # the option the user passed, not the client's "base URL"


def test_a_forward_url_accepted_is_the_upstream_as_before() -> None:
    assert upstream_url("HTTPS://api.example.com/prefix/") == "https://api.example.com/prefix"
    assert upstream_url("eu-west-1") == "https://api.mypurecloud.ie"
