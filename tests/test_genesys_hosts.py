"""Genesys Cloud's hosts beyond the SDK's public regions: Maximus's US government region is an API region (FL302 only
for a host under it that is not its API host); Genesys's own dev and test environments (inindca.com, inintca.com,
*.dev-pure.cloud, *.test-pure.cloud) and a region newer than flowlint's list are Genesys's, never judged wrong."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from validator.sources.urls import api_host_for

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

UUID = "ab2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"


def launch_to(host: str) -> str:
    # `inputs` (FL101) proves the launch was judged: a host never judged gets no FL101.
    return f'import requests\nrequests.post("https://{host}/api/v2/flows/executions", json={{"flowId": "{UUID}", "inputs": {{}}}})\n'


@pytest.mark.parametrize("host", ["api.use2.maximus-pure.cloud", "api.inindca.com", "api.inintca.com",
                                  "api.usw2.dev-pure.cloud", "api.usw2.test-pure.cloud", "api.xyz9.pure.cloud"])
def test_genesys_hosts_beyond_the_public_regions_are_judged_launches_with_no_host_error(tmp_path: Path, host: str) -> None:
    assert [d["code"] for d in check(tmp_path, "launch.py", launch_to(host))] == ["FL101"]


def test_a_host_under_the_maximus_region_that_is_not_its_api_host_is_fl302(tmp_path: Path) -> None:
    found = [d for d in check(tmp_path, "launch.py", launch_to("apps.use2.maximus-pure.cloud")) if d["code"] == "FL302"]
    assert len(found) == 1 and "api.use2.maximus-pure.cloud" in found[0]["help"]


@pytest.mark.parametrize(("host", "judged"), [
    ("api.use2.maximus-pure.cloud", (False, "api.use2.maximus-pure.cloud")),
    ("login.use2.maximus-pure.cloud", (True, "api.use2.maximus-pure.cloud")),
    ("api.inindca.com", (False, "api.inindca.com")),
    ("apps.inintca.com", (False, "api.inintca.com")),  # Genesys's, not an API region: never wrong, no safe fix there
    ("api.usw2.dev-pure.cloud", (False, "api.usw2.dev-pure.cloud")),
    ("api.xyz9.pure.cloud", (False, "api.xyz9.pure.cloud")),  # a region newer than the list
    ("myorg.mypurecloud.com", (True, "api.mypurecloud.com")),
    ("api.myorg.pure.cloud", (True, None)),  # no region's name
    ("api.us.genesyscloud.com", (True, None)),
    ("localhost", (False, None)),
])
def test_api_host_for(host: str, judged: tuple[bool, str | None]) -> None:
    assert api_host_for(host) == judged


@pytest.mark.parametrize(("host", "judged"), [
    # a proxy or stand-in whose name says purecloud, under the project's own domain or a stand-in suffix: not judged
    ("mypurecloud-proxy.acme.com", (False, None)), ("purecloud.acme.com", (False, None)),
    ("mypurecloud.gw.acme.com", (False, None)), ("mypurecloud-mock.local", (False, None)), ("purecloud.internal", (False, None)),
    # a Genesys name under a domain Genesys has not (a typo of its domain): still wrong
    ("api.mypurecloud.cm", (True, None)), ("api.mypurecloud.com.br", (True, None)), ("mypurecloud.co", (True, None)),
])
def test_a_host_naming_purecloud_is_wrong_only_under_a_domain_so_named(host: str, judged: tuple[bool, str | None]) -> None:
    """`purecloud` anywhere in a host made it a Genesys host written wrong (FL302 error), a gateway
    `mypurecloud-proxy.acme.com` too, though FL302's page says a proxy named for Genesys is not judged (review A)."""
    assert api_host_for(host) == judged


def test_a_launch_through_a_proxy_named_purecloud_is_judged_with_no_host_error(tmp_path: Path) -> None:
    assert [d["code"] for d in check(tmp_path, "launch.py", launch_to("mypurecloud-proxy.acme.com"))] == ["FL101"]
