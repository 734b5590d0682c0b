"""How a body is encoded is judged only for a client known to be requests' or httpx's (review F2, /tmp/s40/review): FL016
("json.dumps raises on a date") and a data= dict's "sent form-encoded" are what those libraries do, so a call through a
client flowlint does not know (a parameter, another package's `requests`, the project's own API client, which may
encode with `default=str`) gets neither; with -v an FL011 note says the encoding was not judged. The module itself, a
Session/Client built from it (and a class of the file's own deriving from one, rewriting nothing) are still judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file, tree_diagnostics

FLOW = "770ea816-7ce7-4e44-ac49-b935fba7f268"  # (no contract: its FL200 says the launch was read)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.due": datetime.date.today()}}}}'
FORM = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": "a"}}}}'


def _read(found: list[dict[str, Any]]) -> None:
    assert any(d["code"] == "FL200" for d in found), found  # reached: the launch is read


UNKNOWN = {
    "a parameter": f"import datetime\n\n\ndef launch(session):\n    return session.post(URL, json={BODY})\n",
    "another package's requests": f"import datetime\nfrom mycompany.http import requests\n\n\ndef launch():\n"
                                  f"    return requests.post(URL, json={BODY})\n",
    "another package's httpx": f"import datetime\nfrom mycompany import httpx\n\n\ndef launch():\n"
                               f"    return httpx.post(URL, json={BODY})\n",
    "another package's client": f"import datetime\nfrom mycompany.api import ApiClient\n\napi = ApiClient()\n\n\n"
                                f"def launch():\n    return api.post(URL, json={BODY})\n",
}


@pytest.mark.parametrize("name", sorted(UNKNOWN))
def test_no_fl016_through_a_client_not_known(tmp_path: Path, name: str) -> None:
    text = f'URL = "{URL}"\n' + UNKNOWN[name]
    found = check_file(tmp_path, "launch.py", text, "-v")
    _read(found)
    assert [d for d in found if d["code"] == "FL016"] == [], name
    notes = [d["message"] for d in found if d["code"] == "FL011" and "`Flow.due` is a date" in d["message"]]
    assert len(notes) == 1 and "was not judged" in notes[0], found
    assert "not known to be requests' or httpx's" in notes[0], notes
    # (said only with -v)
    assert not any(d["code"] == "FL011" for d in check_file(tmp_path, "launch.py", text))


def test_the_projects_own_client_in_another_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    http = ("import json\n\nimport requests\n\n\nclass GenesysClient:\n    def post(self, url, json=None):\n"
            "        body = globals()['json'].dumps(json, default=str)\n"
            "        return requests.post(url, data=body, headers={'Content-Type': 'application/json'})\n")
    launch = (f'import datetime\n\nfrom app.http import GenesysClient\n\nURL = "{URL}"\nclient = GenesysClient()\n\n\n'
              f"def follow_up():\n    return client.post(URL, json={BODY})\n")
    found = tree_diagnostics(tmp_path, monkeypatch, {"app/__init__.py": "", "app/http.py": http, "app/launch.py": launch})
    _read(found)
    assert [d for d in found if d["code"] == "FL016"] == []
    assert any(d["code"] == "FL011" and "not judged" in d["message"] for d in found), found


KNOWN = {
    "the module": f"import datetime\nimport requests\n\n\ndef launch():\n    return requests.post(URL, json={BODY})\n",
    "the module renamed": f"import datetime\nimport httpx as hx\n\n\ndef launch():\n    return hx.post(URL, json={BODY})\n",
    "its function": f"import datetime\nfrom requests import post\n\n\ndef launch():\n    return post(URL, json={BODY})\n",
    "a Session": f"import datetime\nimport requests\n\ns = requests.Session()\n\n\ndef launch():\n"
                 f"    return s.post(URL, json={BODY})\n",
    "requests.session()": f"import datetime\nimport requests\n\ns = requests.session()\n\n\ndef launch():\n"
                          f"    return s.post(URL, json={BODY})\n",
    "an httpx Client in with": f"import datetime\nimport httpx\n\n\ndef launch():\n    with httpx.Client() as c:\n"
                               f"        return c.post(URL, json={BODY})\n",
    "a subclass rewriting nothing": f"import datetime\nimport requests\n\n\nclass Api(requests.Session):\n"
                                    "    def __init__(self):\n        super().__init__()\n"
                                    "        self.headers['Authorization'] = 'Bearer ' + TOKEN\n\n\n"
                                    f"def launch():\n    return Api().post(URL, json={BODY})\n",
}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_fl016_through_requests_or_httpx(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, "launch.py", f'URL = "{URL}"\nTOKEN = ""\n' + KNOWN[name])
    said = [d["message"] for d in found if d["code"] == "FL016"]
    assert len(said) == 1 and "`Flow.due` is a date" in said[0], (name, found)


def test_a_data_dict_is_said_form_encoded_only_by_a_client_known(tmp_path: Path) -> None:
    known = f'import requests\n\nrequests.post("{URL}", data={FORM})\n'
    assert any(d["code"] == "FL304" for d in check_file(tmp_path, "launch.py", known)), "reached: requests' is said"
    for text in (f'def launch(api):\n    api.post("{URL}", data={FORM})\n',
                 f'from acme.http import requests\n\nrequests.post("{URL}", data={FORM})\n'):
        found = check_file(tmp_path, "launch.py", text, "-v")
        _read(found)
        assert [d for d in found if d["code"] == "FL304"] == [], text
        assert any(d["code"] == "FL011" and "data=" in d["message"] and "not judged" in d["message"] for d in found), found


def test_a_subclass_taking_its_own_arguments_is_not_requests(tmp_path: Path) -> None:
    # its `post(url, data)` sends `json=data`: what requests does with a data= dict is not what it does
    text = (f'import requests\n\n\nclass Api(requests.Session):\n    def post(self, url, data=None, **kwargs):\n'
            f'        return super().post(url, json=data, **kwargs)\n\n\nApi().post("{URL}", data={FORM})\n'
            f'Api().post("{URL}", {FORM})\n')
    found = check_file(tmp_path, "launch.py", text, "-v")
    _read(found)
    assert [d for d in found if d["code"] == "FL304"] == [], found
