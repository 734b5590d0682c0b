"""What a launch URL says: whether it is the launch endpoint, what follows it, and its host."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..genesys.regions import REGIONS
from .model import NO_BODY, LaunchRequest, Text

LAUNCH_PATH = "/api/v2/flows/executions"
_MARK = "\x00"  # stands for an unknown part while the text is read
# The launch path, or `flows/executions` right after an unknown part (`${API}/flows/executions`, `base + 'flows/executions'`).
# A URL that starts with `flows/executions` is relative to an API base (`requests.get('flows/executions/' + run_id)`).
_LAUNCH = re.compile(r"(?:/api/v2/|\x00/{0,2}|^/?)flows/executions(?=$|[/?#])", re.I)
_DOMAINS = sorted(set(REGIONS.values()), key=len, reverse=True)


@dataclass(frozen=True)
class LaunchUrl:
    """A URL that reaches the launch endpoint: `rest` is what follows the path (`/` + a flow ID, or "")."""

    rest: str
    rest_shown: str
    host: str | None  # None: not statically known (a variable, a relative URL)


def _rendered(url: Text) -> str:
    return "".join(p if isinstance(p, str) else _MARK for p in url.parts)


def launch_url(url: Text) -> LaunchUrl | None:
    """The launch endpoint this URL reaches, or None when it is not a launch URL."""
    rendered = _rendered(url)
    match = _LAUNCH.search(rendered)
    if match is None:
        return None
    rest = re.split(r"[?#]", rendered[match.end():], maxsplit=1)[0]
    if rest == "/":
        rest = ""
    shown = re.split(r"[?#]", url.shown(), maxsplit=1)[0]
    where = shown.lower().rfind("/flows/executions")
    rest_shown = shown[where + len("/flows/executions"):] if where >= 0 else rest
    return LaunchUrl(rest, rest_shown, _host(rendered))


def _host(rendered: str) -> str | None:
    match = re.match(r"https?://([^/?#]*)", rendered, re.I)
    if match is None or _MARK in match.group(1):
        return None
    host = match.group(1).rsplit("@", 1)[-1]
    host = host.split(":", 1)[0] if not host.startswith("[") else host
    return host.lower().rstrip(".") or None


def api_host_for(host: str) -> tuple[bool, str | None]:
    """(is the host wrong, the API host meant): `myorg.mypurecloud.com` -> (True, `api.mypurecloud.com`).

    Only hosts under Genesys Cloud's own domains are judged; a proxy or a test server is not a mistake.
    """
    for domain in _DOMAINS:
        if host == domain or host.endswith("." + domain):
            return (host != f"api.{domain}", f"api.{domain}")
    if "purecloud" in host or host.endswith("pure.cloud"):
        return True, None
    return False, None


def is_launch(request: LaunchRequest) -> bool:
    """Whether a request found in a file launches a flow (a GET of /executions/{id} reads a run's status)."""
    if request.url is None:
        return True  # an SDK launch method
    found = launch_url(request.url)
    if found is None:
        return False
    status_read = isinstance(request.method, str) and request.method != "POST" and request.body is NO_BODY
    return not (found.rest and status_read)
