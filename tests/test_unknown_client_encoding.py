"""How a body is encoded is judged only for a client known to be requests' or httpx's (review F2, /tmp/s40/review): FL016
("json.dumps raises on a date") and a data= dict's "sent form-encoded" are what those libraries do, so a call through a
client flowlint does not know (a parameter, another package's `requests`, the project's own API client, which may
encode with `default=str`) gets neither; with -v an FL011 note says the encoding was not judged. The module itself, a
Session/Client built from it (and a class of the file's own deriving from one, rewriting nothing) are still judged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import check_file, lines_run, tree_diagnostics

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
    # (review F5, /tmp/s40/review2/fl016: what is known is what the file makes, not what a name may be given)
    "a session or a new one": f"import datetime\nimport requests\n\n\nclass Launcher:\n"
                              "    def __init__(self, session=None):\n        self.session = session or requests.Session()\n\n"
                              f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    # (a type the caller is asked to keep, not a value: a subclass or a test double may come)
    "a parameter annotated as a Session": f"import datetime\nimport requests\n\n\n"
                                          f"def launch(session: requests.Session):\n    return session.post(URL, json={BODY})\n",
    "a factory that may return what it is given": f"import datetime\nimport requests\n\n\ndef make(given=None):\n"
                                                  "    if given is not None:\n        return given\n"
                                                  "    return requests.Session()\n\n\n"
                                                  f"def launch():\n    return make().post(URL, json={BODY})\n",
    "a factory under a decorator not known": f"import datetime\nimport requests\nfrom acme import retrying\n\n\n"
                                             "@retrying\ndef make():\n    return requests.Session()\n\n\n"
                                             f"def launch():\n    return make().post(URL, json={BODY})\n",
    "a generator's session": f"import contextlib\nimport datetime\nimport requests\n\n\n@contextlib.contextmanager\n"
                             "def make():\n    yield requests.Session()\n\n\n"
                             f"def launch():\n    with make() as s:\n        return s.post(URL, json={BODY})\n",
    "a parameter called as the factory": f"import datetime\nimport requests\n\n\ndef make():\n    return requests.Session()\n\n\n"
                                         f"def launch(make):\n    return make().post(URL, json={BODY})\n",
    "a class attribute replaced": f"import datetime\nimport requests\nfrom acme import wrap\n\n\nclass Launcher:\n"
                                  f"    session = requests.Session()\n\n\nLauncher.session = wrap(Launcher.session)\n\n\n"
                                  f"def launch():\n    return Launcher.session.post(URL, json={BODY})\n",
    "a dataclass default typed as another client": f"import dataclasses\nimport datetime\nimport requests\n"
                                                   "from acme import ApiClient\n\n\n@dataclasses.dataclass\nclass Launcher:\n"
                                                   "    session: ApiClient = requests.Session()\n\n"
                                                   f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    # (review2 F1, /tmp/s41/review2/r/F) a field with a default is an `__init__` parameter: its callers may give another
    "a dataclass field's default_factory": f"import dataclasses\nimport datetime\nimport requests\n\n\n"
                                            "@dataclasses.dataclass\nclass Launcher:\n"
                                            "    session: requests.Session = dataclasses.field(default_factory=requests.Session)\n\n"
                                            f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    "a dataclass field's default": f"import dataclasses\nimport datetime\nimport requests\n\n\n"
                                   "@dataclasses.dataclass\nclass Launcher:\n    session: requests.Session = requests.Session()\n\n"
                                   f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    "a class attribute a subclass of the file's replaces": f"import datetime\nimport requests\n\n\nclass Base:\n"
                                                          "    session = requests.Session()\n\n"
                                                          f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n\n\n"
                                                          "class Testing(Base):\n    session = None\n",
    "a dataclass field typed as another client": f"import dataclasses\nimport datetime\nimport requests\n"
                                                 "from acme import ApiClient\n\n\n@dataclasses.dataclass\nclass Launcher:\n"
                                                 "    session: ApiClient = dataclasses.field(default_factory=requests.Session)\n\n"
                                                 f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
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
    # (review F5: a client the file makes and keeps in its class or hands out from a function of its own)
    "a class attribute": f"import datetime\nimport requests\n\n\nclass Launcher:\n    session = requests.Session()\n\n"
                         f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    "a class attribute by its class": f"import datetime\nimport requests\n\n\nclass Launcher:\n"
                                      f"    session = requests.Session()\n\n\nLauncher.session.post(URL, json={BODY})\n",
    "a dataclass field's default_factory, no __init__ parameter": f"import datetime\nimport requests\n"
                                            "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Launcher:\n"
                                            "    session: requests.Session = field(default_factory=requests.Session, init=False)\n\n"
                                            f"    def launch(self):\n        return self.session.post(URL, json={BODY})\n",
    "an attrs field's factory making one, no __init__ parameter": f"import attrs\nimport datetime\nimport httpx\n\n\n"
                                           "@attrs.define\nclass Launcher:\n    client: httpx.Client | None = attrs.field("
                                           "init=False, factory=lambda: httpx.Client(timeout=5))\n\n"
                                           f"    def launch(self):\n        return self.client.post(URL, json={BODY})\n",
    "a factory of the file's": f"import datetime\nimport requests\n\n\ndef make():\n    return requests.Session()\n\n\n"
                               f"s = make()\n\n\ndef launch():\n    return s.post(URL, json={BODY})\n",
    "a cached factory": f"import datetime\nimport functools\nimport httpx\n\n\n@functools.lru_cache(maxsize=None)\n"
                        "def client():\n    made = httpx.Client()\n    return made\n\n\n"
                        f"def launch():\n    return client().post(URL, json={BODY})\n",
    "a factory returning one on each path": f"import datetime\nimport requests\n\n\ndef make(fresh):\n"
                                            "    if fresh:\n        return requests.Session()\n"
                                            "    return requests.Session()\n\n\n"
                                            f"def launch():\n    return make(True).post(URL, json={BODY})\n",
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


def test_a_data_dict_through_a_class_attribute_session_is_said_form_encoded(tmp_path: Path) -> None:
    text = (f"import requests\n\n\nclass Launcher:\n    session = requests.Session()\n\n    def launch(self, token):\n"
            f'        return self.session.post("{URL}", data={FORM}, headers={{"Authorization": "Bearer " + token}})\n')
    assert [d["code"] for d in check_file(tmp_path, "launch.py", text) if d["code"] == "FL304"] == ["FL304"]


def test_headers_of_a_client_kept_in_a_class_are_not_taken_as_none(tmp_path: Path) -> None:
    # httpx's data= string goes with the client's headers; a client kept in the class body may be given them where
    # flowlint does not follow (`Api.client.headers[…]`, read as the launch's `self.client`): no FL303 rests on them
    made_in_init = (f'import json\n\nimport httpx\n\n\nclass Api:\n    def __init__(self):\n        self.client = httpx.Client()\n\n'
                    f'    def launch(self, body):\n        return self.client.post("{URL}", data=json.dumps(body))\n')
    assert any(d["code"] == "FL303" for d in check_file(tmp_path, "launch.py", made_in_init)), "reached: a data= string"
    kept = (f'import datetime\nimport json\n\nimport httpx\n\n\nclass Api:\n    client = httpx.Client()\n\n'
            f'    def launch(self, body):\n        return self.client.post("{URL}", data=json.dumps(body))\n\n'
            f'    def follow_up(self):\n        return self.client.post("{URL}", json={BODY})\n\n\n'
            'Api.client.headers["Content-Type"] = "application/json"\n')
    found = check_file(tmp_path, "launch.py", kept)
    assert any(d["code"] == "FL016" for d in found), "reached: the class's client is known to be httpx's"
    assert [d for d in found if d["code"] == "FL303"] == [], found


def test_launches_through_a_class_attribute_cost_work_linear_in_them(tmp_path: Path) -> None:
    # (each `Launcher.session` was looked for as an assignment's target through the whole file: 4,000 launches, 32 s)
    counts: list[int] = []
    for size in (100, 100, 200, 400):  # (the first run: its first-use imports)
        launches = "".join(f'Launcher.session.post(URL, json={{"flowId": "{FLOW}", "inputData": {{"Flow.t{i}": {{"a"}}}}}})\n'
                           for i in range(size))
        path = tmp_path / f"{size}-{len(counts)}.py"
        path.write_text(f'import requests\n\nURL = "{URL}"\n\n\nclass Launcher:\n    session = requests.Session()\n\n\n{launches}')
        lines, result = lines_run("check", "--no-cache", "--format", "json", str(path), module="sources/python.py")
        said = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL016"]
        assert len(said) >= min(size, 20), said[:3]  # reached: the launches read as requests' (past 20, FL008 caps them)
        counts.append(lines)
    _, one, two, four = counts
    assert two > one
    assert four - two <= 2.3 * (two - one), counts


def test_a_class_attribute_client_of_an_app_in_the_process_sends_nothing(tmp_path: Path) -> None:
    # httpx's ASGITransport: the app answers in the process; known the same way wherever the client is kept
    kept = ("import datetime\n\nimport httpx\n\nfrom app import app\n\n\nclass Checks:\n"
            '    client = httpx.Client({made}base_url="https://api.mypurecloud.com")\n\n'
            f'    def check_launch(self):\n        return self.client.post("/api/v2/flows/executions", json={BODY})\n')
    sent = check_file(tmp_path, "launch.py", kept.replace("{made}", ""))
    assert any(d["code"] == "FL016" for d in sent), "reached: the class's client is httpx's"
    found = check_file(tmp_path, "launch.py", kept.replace("{made}", "transport=httpx.ASGITransport(app=app), "), "-v")
    assert [d for d in found if d["severity"] == "error"] == [], found
