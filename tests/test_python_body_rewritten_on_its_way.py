"""Python code that may rewrite a launch's body on its way out — a client class of the file's own overriding a method
every request passes through (`request()`, `send()`, `prepare_request()`, httpx's `build_request()`), an httpx
request event hook, an `auth=` object of the file's own that changes what it signs — sends something flowlint does not
see: the body is unknown (said with -v, FL011), as behind an axios interceptor or `transformRequest`. One seen to leave
the body alone (a base-URL override passing `**kwargs` on, a hook that logs or sets a header) leaves it judged.
(/tmp/s39/review F12)"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID}", "inputData": {{"customerName": "x"}}}}'  # (no `Flow.` prefix: FL203 when judged)

REWRITING = {
    "session_request": f"""\
import requests


class PrefixingSession(requests.Session):
    def request(self, method, url, **kwargs):
        if "json" in kwargs:
            kwargs["json"]["inputData"] = {{f"Flow.{{k}}": v for k, v in kwargs["json"]["inputData"].items()}}
        return super().request(method, url, **kwargs)


s = PrefixingSession()
s.post("{URL}", json={BODY})
""",
    "session_send": f"""\
import json
from requests import Session


class Rewriting(Session):
    def send(self, request, **kwargs):
        request.body = rewrite(request.body)
        return super().send(request, **kwargs)


class Launcher(Rewriting):
    pass


class Client:
    def __init__(self):
        self.session = Launcher()

    def launch(self):
        return self.session.post("{URL}", json={BODY})
""",
    "prepare_request": f"""\
import requests


class Signing(requests.Session):
    def prepare_request(self, request):
        prepared = super().prepare_request(request)
        prepared.prepare_body(None, None, json=add_prefixes(request.json))
        return prepared


with Signing() as s:
    s.post("{URL}", json={BODY})
""",
    "httpx_build_request": f"""\
import httpx


class Prefixing(httpx.Client):
    def build_request(self, method, url, *, json=None, **kwargs):
        return super().build_request(method, url, json=prefixed(json), **kwargs)


Prefixing().post("{URL}", json={BODY})
""",
    "event_hook": f"""\
import json
import httpx


def add_prefix(request: httpx.Request) -> None:
    body = json.loads(request.content)
    body["inputData"] = {{f"Flow.{{k}}": v for k, v in body.get("inputData", {{}}).items()}}
    request.stream = httpx.ByteStream(json.dumps(body).encode())


client = httpx.Client(event_hooks={{"request": [add_prefix], "response": []}})
client.post("{URL}", json={BODY})
""",
    "event_hooks_elsewhere": f"""\
import httpx
from .hooks import HOOKS

client = httpx.Client(event_hooks=HOOKS)
client.post("{URL}", json={BODY})
""",
    "requests_auth": f"""\
import requests
from requests.auth import AuthBase


class Prefixing(AuthBase):
    def __call__(self, r):
        r.body = prefixed(r.body)
        return r


requests.post("{URL}", json={BODY}, auth=Prefixing())
""",
    "httpx_auth_flow": f"""\
import httpx


class Signed(httpx.Auth):
    def auth_flow(self, request):
        request.headers["X-Signature"] = sign(request.content)
        request.stream = wrap(request.stream)
        yield request


auth = Signed()
httpx.Client(auth=auth).post("{URL}", json={BODY})
""",
}

LEFT_ALONE = {
    "base_url_override": f"""\
import requests


class GenesysSession(requests.Session):
    def __init__(self, base):
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        return super().request(method, self.base + url, *args, **kwargs)


s = GenesysSession("https://api.mypurecloud.com")
s.post("/api/v2/flows/executions", json={BODY})
""",
    "logging_hook": f"""\
import logging
import httpx

log = logging.getLogger(__name__)


def log_request(request):
    log.info("%s %s", request.method, request.url)


def add_token(request):
    request.headers["Authorization"] = f"Bearer {{token()}}"


client = httpx.Client(event_hooks={{"request": [log_request, add_token], "response": [check]}})
client.post("{URL}", json={BODY})
""",
    "response_hooks": f"""\
import requests

requests.post("{URL}", json={BODY}, hooks={{"response": [lambda r, *a, **k: r.raise_for_status()]}})
""",
    "header_auth": f"""\
import requests


class Bearer(requests.auth.AuthBase):
    def __call__(self, r):
        r.headers["Authorization"] = "Bearer " + token()
        return r


session = requests.Session()
session.post("{URL}", json={BODY}, auth=Bearer())
requests.post("{URL}", json={BODY}, auth=("client", "secret"))
""",
}


@pytest.mark.parametrize("name", sorted(REWRITING))
def test_a_body_rewritten_on_its_way_out_is_unknown(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, f"{name}.py", REWRITING[name], "-v")
    assert [d["code"] for d in found if d["severity"] == "error"] == [], found
    said = [d for d in found if d["code"] == "FL011"]  # reached: the launch is read, and its body said unknown
    assert len(said) == 1 and "the launch's body is not known here" in str(said[0]["message"]), found


@pytest.mark.parametrize("name", sorted(LEFT_ALONE))
def test_what_leaves_the_body_alone_leaves_it_judged(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, f"{name}.py", LEFT_ALONE[name])
    launches = LEFT_ALONE[name].count("/flows/executions")
    assert [d["code"] for d in found if d["severity"] == "error"] == ["FL203"] * launches, found
