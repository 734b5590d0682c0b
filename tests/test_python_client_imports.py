"""A Python client known by the file's imports under any name (`import requests as rq`, `from requests import post`,
`import httpx as hx`, `from httpx import Client`) is that library: its headers are read and judged as the module's are.
A name the file binds otherwise (its own function or class, another package's import) is never taken for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "type": "workflow"}'
TEXT_PLAIN = 'headers={"Content-Type": "text/plain"}'

#: Each sends a JSON string under the header text/plain: FL303 once the client is known.
KNOWN = {
    "requests_alias.py": f"import json\nimport requests as rq\n\nrq.post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "requests_bare.py": f"import json\nfrom requests import post\n\npost('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "requests_bare_alias.py":
        f"import json\nfrom requests import post as send\n\nsend('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "requests_request.py":
        f"import json\nfrom requests import request\n\nrequest('POST', '{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "httpx_alias.py": f"import json\nimport httpx as hx\n\nhx.post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "httpx_bare.py": f"import json\nfrom httpx import post\n\npost('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "httpx_client.py": f"import json\nfrom httpx import Client\n\nClient().post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "httpx_alias_client.py":
        f"import json\nimport httpx as hx\n\nwith hx.Client() as c:\n    c.post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "httpx_client_renamed.py": f"import json\nfrom httpx import AsyncClient as Http\n\n\nasync def go():\n    async with Http() as c:\n"
                               f"        await c.post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "aiohttp_alias.py": f"import json\nimport aiohttp as ah\n\n\nasync def go():\n    async with ah.ClientSession() as s:\n"
                        f"        await s.post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "aiohttp_bare.py": f"import json\nfrom aiohttp import ClientSession\n\n\nasync def go():\n    async with ClientSession() as s:\n"
                       f"        await s.post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    # a missing Content-Type is judged as well: a string data= goes with none
    "requests_alias_untyped.py": f"import json\nimport requests as rq\n\nrq.post('{API}', data=json.dumps({BODY}))\n",
    "httpx_as_requests.py": f"import json\nimport httpx as requests\n\nrequests.post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
}


@pytest.mark.parametrize("name", KNOWN)
def test_a_client_known_by_its_import_has_its_headers_judged(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, KNOWN[name], contract_findings=False)
    codes = [d["code"] for d in found]
    assert "FL101" in codes, found  # the launch and its body were read (its `type` member)
    assert "FL303" in codes, found


def test_the_library_is_the_one_imported(tmp_path: Path) -> None:
    """`import httpx as hx`: the launch is httpx's (what it says of a string body is httpx's content=, not requests')."""
    found = check_file(tmp_path, "h.py", f"import json\nimport httpx as hx\n\nhx.post('{API}', content=json.dumps({BODY}))\n",
                       contract_findings=False)
    said = [d["message"] for d in found if d["code"] == "FL303"]
    assert said and "content=" in said[0], found


#: Each names a client or function that is not the library's: the launch is read, its headers never judged as one's.
NOT_THE_LIBRARY = {
    "own_class.py": f"import json\n\n\nclass Client:\n    def post(self, url, content=None, headers=None):\n        return url\n\n\n"
                    f"Client().post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "other_package_client.py":
        f"import json\nfrom acme.http import Client\n\nClient().post('{API}', content=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "other_package_module.py":
        f"import json\nimport acme.http as rq\n\nrq.post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "other_module_session.py":
        f"import json\nimport acme as rq\n\nrq.Session().post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
    "parameter.py": f"import json\n\n\ndef go(rq):\n    rq.post('{API}', data=json.dumps({BODY}), {TEXT_PLAIN})\n",
}


@pytest.mark.parametrize("name", NOT_THE_LIBRARY)
def test_a_name_that_is_not_the_library_is_never_taken_for_it(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, NOT_THE_LIBRARY[name], contract_findings=False)
    codes = [d["code"] for d in found]
    assert "FL101" in codes, found  # reached: the launch was read
    assert "FL303" not in codes, found
