"""Genesys Cloud regions: a region name (`eu-west-1`) or its domain (`mypurecloud.ie`) to API and login URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The public regions, as the Python SDK names them (purecloudplatformclientv2 269, PureCloudRegionHosts): each
#: region's API host is `api.` + its domain.
REGIONS = {
    "us-east-1": "mypurecloud.com",
    "us-east-2": "use2.us-gov-pure.cloud",
    "us-west-2": "usw2.pure.cloud",
    "ca-central-1": "cac1.pure.cloud",
    "sa-east-1": "sae1.pure.cloud",
    "mx-central-1": "mxc1.pure.cloud",
    "eu-west-1": "mypurecloud.ie",
    "eu-west-2": "euw2.pure.cloud",
    "eu-central-1": "mypurecloud.de",
    "eu-central-2": "euc2.pure.cloud",
    "eusc-de-east-1": "edee1.eusc-pure.cloud",
    "me-central-1": "mec1.pure.cloud",
    "ap-south-1": "aps1.pure.cloud",
    "ap-southeast-1": "apse1.pure.cloud",
    "ap-southeast-2": "mypurecloud.com.au",
    "ap-northeast-1": "mypurecloud.jp",
    "ap-northeast-2": "apne2.pure.cloud",
    "ap-northeast-3": "apne3.pure.cloud",
}
#: API regions of Genesys Cloud that the SDK's list leaves out: Maximus's US government region (use2.maximus-pure.cloud,
#: `maximus-use2-core` in Genesys's own UI domain lists, as genesys-spark's DOMAIN_LIST). Its API host is `api.` + it.
OTHER_API_DOMAINS = ("use2.maximus-pure.cloud",)
#: Genesys's own development and test environments (the same UI domain lists: inindca.com and *.dev-pure.cloud for
#: development, inintca.com and *.test-pure.cloud for test): Genesys's hosts, no public region a host is judged by.
DEVELOPMENT_DOMAINS = ("inindca.com", "inintca.com", "dev-pure.cloud", "test-pure.cloud")
_DOMAINS = {*REGIONS.values(), *OTHER_API_DOMAINS}


class UnknownRegion(ValueError):
    """A region that is neither a known region name nor a known domain."""


@dataclass(frozen=True)
class Endpoints:
    """Where to sign in and where to call the API; `region` is how reports and snapshots name it."""

    region: str
    api_url: str
    login_url: str


def login_url_for(api_url: str) -> str:
    """The sign-in host for an API host, as the SDKs derive it: `//api.` becomes `//login.`."""
    return re.sub(r"//api\.", "//login.", api_url, count=1)


def _url(value: str, option: str) -> str:
    """An http(s) base URL, its scheme lowercased (case-blind, RFC 3986 §3.1), without a trailing slash."""
    if "@" in value.partition("://")[2].partition("/")[0]:  # never echoed: it holds a password
        raise UnknownRegion(f"the {option} holds a user name or password (user:pass@host); remove it: flowlint signs in "
                            "with GENESYSCLOUD_OAUTHCLIENT_ID/SECRET or GENESYSCLOUD_ACCESS_TOKEN, never with URL userinfo")
    scheme, separator, rest = value.strip().rstrip("/").partition("://")
    url = scheme.lower() + separator + rest
    if not url.startswith(("https://", "http://")) or len(url.split("/")) < 3 or not url.split("/")[2]:
        raise UnknownRegion(f"the {option} {_quoted(value)} is not an http(s) URL such as https://api.example.com")
    if any(mark in rest for mark in "?#;"):  # a `?token=…` would be printed at start-up and in every access log line
        raise UnknownRegion(f"the {option} holds a query, a fragment or path parameters (`;…`): give the API's base URL "
                            "only (https://host or https://host/prefix); each request's own path and query are sent on")
    return url


#: What a value quoted in an error must not hold: a query's, a fragment's, userinfo's or a path parameter's marks.
_NEVER_QUOTED = "?#@=;"


def _quoted(value: str) -> str:
    """A region or URL as an error names it: quoted, unless it may hold a credential (one of `?#@=;`) or is too long to
    be a name, when it is never repeated."""
    if any(mark in value for mark in _NEVER_QUOTED):
        return "(not repeated here: it holds `?`, `#`, `@`, `=` or `;`, as a credential may)"
    return repr(value) if len(value) <= 100 else f"(not repeated here: {len(value):,} characters)"


def resolve(region: str | None, base_url: str | None = None, login_url: str | None = None) -> Endpoints:
    """Endpoints for a region name or domain; `base_url` overrides the API host (private or test endpoints).

    The sign-in host is derived from the API host like the SDKs do (`https://api.X` signs in at
    `https://login.X`); `login_url` names it for endpoints that do not follow that pattern.
    """
    login = _url(login_url, "login URL") if login_url else None
    if base_url:
        base = _url(base_url, "base URL")
        return Endpoints(base, base, login or login_url_for(base))  # the data comes from there, whatever the region says
    if not region:
        raise UnknownRegion("no region: set GENESYSCLOUD_REGION or pass --region (e.g. us-east-1 or mypurecloud.com)")
    name = region.strip().lower().removeprefix("https://").removeprefix("api.").removeprefix("login.").rstrip("/")
    name = name.replace("_", "-")  # the Python SDK's PureCloudRegionHosts names regions eu_west_1
    domain = REGIONS.get(name) or (name if name in _DOMAINS else None)
    if domain is None:
        known = ", ".join(sorted(REGIONS))
        raise UnknownRegion(f"unknown region {_quoted(region)}: use a region name ({known}, or eu_west_1 as the SDK writes it) "
                            "or its domain (e.g. mypurecloud.ie)")
    return Endpoints(domain, f"https://api.{domain}", login or f"https://login.{domain}")
