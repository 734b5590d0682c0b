"""Python tests that stand in for the platform as Python tests do: a patch of the SDK's launch (`@patch(…)`, `with
patch(…)`, `patch.object(ArchitectApi, "post_flows_executions")`, pytest-mock's `mocker.patch`), of the HTTP client's
send (`patch("requests.post")`), requests-mock's decorator, a fixture of the file that sets a stand-in up (its
parameter, `usefixtures`, `autouse`) or a test class's decorator: the launch never reaches Genesys Cloud, so its flowId
placeholder is test data (no FL104), as a JavaScript test's jest.mock; its envelope is still judged. Only in a test
file, and only for what is stood in for (the SDK's patch does not cover a launch sent with requests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

HEAD = '''from unittest import mock
from unittest.mock import patch
import pytest
import httpx
import requests
import requests_mock
import responses
import PureCloudPlatformClientV2
from PureCloudPlatformClientV2 import ArchitectApi

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def sdk_launch(flow_id):
    api = ArchitectApi()
    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
    body.flow_id = flow_id
    return api.post_flows_executions(body)

'''
SDK = '''    api = ArchitectApi()
    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
    body.flow_id = "flow-123"
    api.post_flows_executions(body)
'''
HTTP = '''    requests.post(URL, json={"flowId": "flow-123", "inputs": {}})
'''


def said(tmp_path: Path, test: str, name: str = "tests/test_launch.py") -> set[tuple[int, str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "pyproject.toml").write_text("")  # pytest's root: no conftest.py above it gives a test a fixture
    text = HEAD + test
    path.write_text(text)
    return {(d["line"] - text[:text.index("flow-123")].count("\n") - 1, d["code"])
            for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] not in ("FL200", "FL011")}


@pytest.mark.parametrize("test", [
    '@patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions")\ndef test_it(post):\n' + SDK,
    'def test_it():\n    with mock.patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions"):\n'
    + SDK.replace("\n    ", "\n        ").replace("    api = A", "        api = A", 1),
    'def test_it():\n    with patch.object(\n        ArchitectApi, "post_flows_executions"\n    ) as post:\n'
    + SDK.replace("\n    ", "\n        ").replace("    api = A", "        api = A", 1),
    'def test_it(mocker):\n    mocker.patch.object(ArchitectApi, "post_flows_executions")\n' + SDK,
    'def test_it(monkeypatch):\n    monkeypatch.setattr(ArchitectApi, "post_flows_executions", lambda *a: None)\n' + SDK,
    '@patch("app.launcher.ArchitectApi")\nclass TestIt:\n    def test_it(self):\n'
    + SDK.replace("\n    ", "\n        ").replace("    api = A", "        api = A", 1),
    '@pytest.fixture\ndef genesys(mocker):\n    return mocker.patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions")'
    '\n\n\ndef test_it(genesys):\n' + SDK,
    '@pytest.fixture(autouse=True)\ndef genesys():\n    with patch.object(ArchitectApi, "post_flows_executions"):\n'
    '        yield\n\n\ndef test_it():\n' + SDK,
])
def test_a_patched_sdk_launch_holds_test_data(tmp_path: Path, test: str) -> None:
    assert said(tmp_path, test) == set()


@pytest.mark.parametrize("test", [
    '@requests_mock.Mocker()\ndef test_it(m):\n    m.post(URL, json={"id": "e-1"})\n' + HTTP,
    '@requests_mock.Mocker(kw="rm")\ndef test_it(rm, session):\n    rm.post(URL, json={"id": "e-1"})\n' + HTTP,
    '@requests_mock.Mocker(kw="rm")\ndef test_it(**kwargs):\n    kwargs["rm"].post(URL, json={"id": "e-1"})\n' + HTTP,
    '@pytest.fixture\ndef genesys():\n    with responses.RequestsMock() as mocked:\n        mocked.post(URL, json={"id": "e"})\n'
    '        yield mocked\n\n\n@pytest.mark.usefixtures("genesys")\ndef test_it():\n' + HTTP,
    '@mock.patch("requests.post")\ndef test_it(post):\n' + HTTP,
    'def test_it(mocker):\n    mocker.patch("app.launcher.requests.post")\n' + HTTP,
    'def test_it(respx_mock):\n    respx_mock.post(URL).respond(200, json={"id": "e-1"})\n' + HTTP.replace("requests.", "httpx."),
])
def test_an_http_launch_to_a_stand_in_holds_test_data_and_its_envelope_is_judged(tmp_path: Path, test: str) -> None:
    assert said(tmp_path, test) == {(0, "FL101")}  # `inputs` said; the placeholder is not, nor the stand-in's reply


@pytest.mark.parametrize(("test", "name"), [
    ('def test_it():\n' + SDK, "tests/test_launch.py"),  # no stand-in
    ('@patch("requests.get")\ndef test_it(get):\n' + SDK, "tests/test_launch.py"),  # not the SDK's launch
    ('@patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions")\ndef test_it(post):\n'
     + HTTP.replace(', "inputs": {}', ""), "tests/test_launch.py"),  # the SDK's patch: requests still sends
    ('@patch("requests.get")\ndef test_it(get):\n' + HTTP.replace(', "inputs": {}', ""), "tests/test_launch.py"),
    ('def wrapped():\n    setattr(ArchitectApi, "post_flows_executions", retry(ArchitectApi.post_flows_executions))\n'
     + SDK, "app/launch.py"),  # not a test file: the patch wraps the real launch
    ('@pytest.fixture\ndef genesys(mocker):\n    return mocker.patch("PureCloudPlatformClientV2.ArchitectApi")\n\n\n'
     'def test_it(other):\n' + SDK, "tests/test_launch.py"),  # a fixture the test does not take
])
def test_a_launch_no_stand_in_takes_is_judged(tmp_path: Path, test: str, name: str) -> None:
    assert (0, "FL104") in said(tmp_path, test, name)


def test_the_sdk_method_a_patch_names_is_no_unread_launch(tmp_path: Path) -> None:
    test = 'def test_it():\n    with patch.object(ArchitectApi, "post_flows_executions"):\n' \
        + SDK.replace("\n    ", "\n        ").replace("    api = A", "        api = A", 1)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests/test_launch.py").write_text(HEAD + test)
    found = diagnostics("--no-cache", str(tmp_path))
    assert [d["code"] for d in found if d["code"] != "FL200"] == ["FL104"] or not found or \
        {d["code"] for d in found} <= {"FL200"}, found
    assert not [d for d in found if d["code"] == "FL011"]


def test_another_keyword_argument_is_no_mocker(tmp_path: Path) -> None:
    test = '@requests_mock.Mocker(kw="rm")\ndef test_it(**kwargs):\n    kwargs["session"].post(URL, json={"id": "e-1"})\n' + HTTP
    assert (-1, "FL103") in said(tmp_path, test)  # (read as a launch: what `session` is, is not known)


def test_a_conftest_patching_the_sdks_launch_is_no_unread_launch(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests/conftest.py").write_text(
        'import pytest\nfrom unittest.mock import patch\n\n\n@pytest.fixture\ndef genesys():\n'
        '    with patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions") as post:\n        yield post\n')
    (tmp_path / "tests/go.py").write_text('send("https://api.mypurecloud.com/api/v2/flows/executions", body)\n')
    found = {(d["file"].rpartition("/")[2], d["code"]) for d in diagnostics("--no-cache", str(tmp_path))}
    assert found == {("go.py", "FL011")}  # (reached: an unread launch is still said; the patch is none)


CONFTEST = ('import pytest\nfrom unittest.mock import patch\n\n\n@pytest.fixture\ndef genesys():\n'
            '    with patch("PureCloudPlatformClientV2.ArchitectApi.post_flows_executions") as post:\n        yield post\n')


@pytest.mark.parametrize(("conftests", "test", "name", "judged"), [
    ({"tests/conftest.py": CONFTEST}, 'def test_it(genesys):\n' + SDK, "tests/test_launch.py", False),
    ({"conftest.py": CONFTEST}, 'def test_it(genesys):\n' + SDK, "tests/unit/test_launch.py", False),  # from above
    ({"tests/conftest.py": CONFTEST.replace("@pytest.fixture\n", "@pytest.fixture(autouse=True)\n")},
     'def test_it():\n' + SDK, "tests/test_launch.py", False),  # autouse: every test below it
    ({"tests/conftest.py": CONFTEST}, 'def test_it(other):\n' + SDK, "tests/test_launch.py", True),  # not taken
    ({"tests/conftest.py": CONFTEST, "tests/unit/conftest.py": 'import pytest\n\n@pytest.fixture\ndef genesys():\n'
      '    yield None\n'}, 'def test_it(genesys):\n' + SDK, "tests/unit/test_launch.py", True),  # a nearer one replaces it
    ({"tests/other/conftest.py": CONFTEST}, 'def test_it(genesys):\n' + SDK, "tests/test_launch.py", True),  # not above
])
def test_a_conftest_fixture_stands_in_for_the_tests_below_it(tmp_path: Path, conftests: dict[str, str], test: str,
                                                             name: str, judged: bool) -> None:
    for path, text in conftests.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    assert ((0, "FL104") in said(tmp_path, test, name)) is judged  # (judged: reached, the placeholder said)


def test_a_conftest_is_read_when_one_test_file_is_checked(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests/conftest.py").write_text(CONFTEST)
    (tmp_path / "tests/test_launch.py").write_text(HEAD + 'def test_it(genesys):\n' + SDK)
    (tmp_path / "tests/test_other.py").write_text(HEAD + 'def test_it():\n' + SDK)
    assert [d["code"] for d in diagnostics("--no-cache", str(tmp_path / "tests/test_other.py"))] == ["FL104"]  # reached
    assert not diagnostics("--no-cache", str(tmp_path / "tests/test_launch.py"))
