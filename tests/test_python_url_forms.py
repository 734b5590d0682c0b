"""Python URLs built with str.format, `%`, a separator's join, urljoin or `+` are read as the launch URL, each part
the code does not show an unknown (never a host judged from a guess); a form still not read is named by the FL011 note,
which never blames the known client it is passed to."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

HEAD = ("import os\nfrom urllib.parse import urljoin\nfrom urllib.parse import urljoin as join_url\n\nimport requests\n\n"
        "BASE = os.environ['GENESYS_API']\n\n\n")
BODY = 'json={"flowID": "x"}'

FORMS = {
    "format_auto": '"{}/api/v2/flows/executions".format(BASE)',
    "format_index": '"{0}/api/v2/flows/executions".format(BASE)',
    "format_keyword": '"{base}/api/v2/flows/executions".format(base=BASE)',
    "format_splat": '"{}/api/v2/flows/executions".format(*parts)',
    "format_spec": '"{:>5}/api/v2/flows/executions".format(BASE)',
    "percent": '"%s/api/v2/flows/executions" % BASE',
    "percent_tuple": '"%s/api/v2/%s" % (BASE, "flows/executions")',
    "percent_keyed": '"%(base)s/api/v2/flows/executions" % {"base": BASE}',
    "join_list": '"/".join([BASE, "api/v2/flows/executions"])',
    "join_tuple": '"/".join((BASE, "api/v2", "flows/executions"))',
    "urljoin": 'urljoin(BASE, "/api/v2/flows/executions")',
    "urljoin_renamed": 'join_url(BASE, "/api/v2/flows/executions")',
    "plus": 'BASE + "/api/v2/flows/executions"',
}


@pytest.mark.parametrize("form", FORMS)
def test_a_url_built_so_is_read_as_the_launch_url(tmp_path: Path, form: str) -> None:
    text = f"{HEAD}def launch(parts):\n    return requests.post({FORMS[form]}, {BODY})\n"
    codes = {d["code"] for d in check_file(tmp_path, "launch.py", text, "-v", contract_findings=False)}
    assert {"FL102", "FL103"} <= codes, codes  # the launch and its body were read
    assert "FL302" not in codes and "FL011" not in codes  # an unknown host is never judged


def test_a_url_bound_to_a_name_is_read_where_it_is_sent(tmp_path: Path) -> None:
    text = f"{HEAD}URL = '{{}}/api/v2/flows/executions'.format(BASE)\n\n\ndef launch():\n    return requests.post(URL, {BODY})\n"
    codes = {d["code"] for d in check_file(tmp_path, "bound.py", text, contract_findings=False)}
    assert {"FL102", "FL103"} <= codes, codes


@pytest.mark.parametrize("url", [
    '"{}/api/v2/flows/executions".format("https://myorg.mypurecloud.com")',
    '"%s/api/v2/flows/executions" % "https://myorg.mypurecloud.com"',
    '"/".join(["https://myorg.mypurecloud.com", "api/v2/flows/executions"])',
])
def test_a_host_the_code_writes_is_judged(tmp_path: Path, url: str) -> None:
    text = f"import requests\n\nrequests.post({url}, json={{'flowId': 'x'}})\n"
    codes = {d["code"] for d in check_file(tmp_path, "host.py", text, contract_findings=False)}
    assert "FL302" in codes, codes


@pytest.mark.parametrize("url", [
    '"https://{}.mypurecloud.com/api/v2/flows/executions".format(org)',
    '"https://%s/api/v2/flows/executions" % host',
    '"https://{h}/api/v2/flows/executions".format(**cfg)',
])
def test_a_host_with_a_hole_is_never_judged(tmp_path: Path, url: str) -> None:
    text = f"import requests\n\n\ndef go(org, host, cfg):\n    requests.post({url}, json={{'flowID': 'x'}})\n"
    codes = {d["code"] for d in check_file(tmp_path, "hole.py", text, contract_findings=False)}
    assert "FL102" in codes, codes  # read
    assert "FL302" not in codes, codes


UNREAD = {
    "replace": f"{HEAD}def launch():\n    return requests.post('<base>/api/v2/flows/executions'.replace('<base>', BASE), {BODY})\n",
    "bound": f"{HEAD}URL = '<base>/api/v2/flows/executions'.replace('<base>', BASE)\n\n\ndef launch():\n"
             f"    return requests.post(URL, {BODY})\n",
    "keyword": f"{HEAD}def launch():\n    return requests.post(url='<base>/api/v2/flows/executions'.replace('<base>', BASE), {BODY})\n",
}


@pytest.mark.parametrize("name", UNREAD)
def test_a_url_form_not_read_is_named_not_the_client(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, "unread.py", UNREAD[name], "-v", contract_findings=False)
    notes = [d for d in found if d["code"] == "FL011"]
    assert len(notes) == 1, found
    said = notes[0]["message"]
    assert "a URL built by `'<base>/api/v2/flows/executions'.replace(" in said, said
    assert "a client it does not know" not in said, said


def test_a_url_passed_to_a_function_not_known_still_names_the_function(tmp_path: Path) -> None:
    text = f"{HEAD}def launch():\n    return send('<base>/api/v2/flows/executions'.replace('<base>', BASE), {BODY})\n"
    notes = [d["message"] for d in check_file(tmp_path, "send.py", text, "-v", contract_findings=False) if d["code"] == "FL011"]
    assert len(notes) == 1 and "passed to `send(…)`" in notes[0], notes
