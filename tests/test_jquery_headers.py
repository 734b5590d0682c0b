"""jQuery's Content-Type as jQuery sets it: `contentType` (the form type by default) first, then the `headers` option's
(those `$.ajaxSetup` gives merged under the call's), then what `beforeSend` sets on the jqXHR; each replaces one of the
same name. A default the file's `$.ajaxSetup` gives is read only where it is certain; anything else is unknown and
never an error."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
DATA = 'JSON.stringify({ flowId: "0f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c91" })'


def launch(options: str, before: str = "", call: str = "$.ajax") -> str:
    sent = f'"{URL}", {DATA}' if call == "$.post" else f'{{ url: "{URL}", type: "POST", {options}data: {DATA} }}'
    return f"{before}function launch(token, hdrs, send) {{\n  {call}({sent});\n}}\n"


def codes(tmp_path: Path, text: str) -> list[str]:
    found = check(tmp_path, "a.js", text)
    return [d["code"] for d in found]


POSTMAN = f"""\
var settings = {{
  "url": "{URL}",
  "method": "POST",
  "timeout": 0,
  "headers": {{
    "Content-Type": "application/json",
    "Authorization": "Bearer x"
  }},
  "data": {DATA},
}};

$.ajax(settings).done(function (response) {{
  console.log(response);
}});
"""


@pytest.mark.parametrize("text", [
    launch('headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" }, '),
    launch('headers: { "content-type": "application/json; charset=utf-8" }, '),
    POSTMAN,
    launch('beforeSend: function (xhr) { xhr.setRequestHeader("Content-Type", "application/json"); }, '),
    launch('beforeSend: (xhr) => xhr.setRequestHeader("Content-Type", "application/json"), '),
    launch("beforeSend: json, ",
           'function json(x) { x.withCredentials = true; x.setRequestHeader("Content-Type", "application/json"); }\n'),
    launch("", '$.ajaxSetup({ contentType: "application/json" });\n'),
    launch("", '$.ajaxSetup({ headers: { "Content-Type": "application/json" } });\n'),
    launch("", '$.ajaxSetup({ beforeSend: (x) => x.setRequestHeader("Content-Type", "application/json") });\n'),
    launch("", 'jQuery.ajaxSetup({ contentType: "application/json" });\n', call="$.post"),
])
def test_a_json_content_type_set_as_jquery_sets_it_is_no_error(tmp_path: Path, text: str) -> None:
    found = check(tmp_path, "a.js", text)
    assert any(d["code"] == "FL200" for d in check_file(tmp_path, "a.js", text)), "the launch was read"
    assert [d["code"] for d in found if d["severity"] in ("error", "warning")] == []


@pytest.mark.parametrize("text", [
    launch("headers: hdrs, "),
    launch("beforeSend: send, "),
    launch("beforeSend: (xhr) => addHeaders(xhr), "),
    launch('beforeSend: (xhr) => { if (token) xhr.setRequestHeader("Content-Type", "application/json"); }, '),
    launch('beforeSend: (xhr) => { xhr.setRequestHeader(hdrs, "application/json"); }, '),
    launch("", 'function init() { $.ajaxSetup({ contentType: "application/json" }); }\n'),
    launch("", '$.ajaxSetup(defaults);\n'),
    launch("") + '$.ajaxSetup({ contentType: "application/json" });\n',
    launch("", "$.ajaxPrefilter(function (options) { options.contentType = 'application/json'; });\n"),
    launch("", "$(document).ajaxSend(function (e, xhr) { xhr.setRequestHeader('Content-Type', 'application/json'); });\n"),
    launch("", "$.ajaxSettings.contentType = 'application/json';\n"),
])
def test_a_content_type_flowlint_cannot_know_is_no_error(tmp_path: Path, text: str) -> None:
    found = check_file(tmp_path, "a.js", text)
    assert any(d["code"] == "FL200" for d in found), "the launch was read"
    assert "FL303" not in [d["code"] for d in found]


def test_beforesend_reaching_the_settings_leaves_the_body_unjudged(tmp_path: Path) -> None:
    text = launch("beforeSend: (xhr, s) => { s.data = JSON.stringify(other); }, ").replace("flowId:", "flowID:")
    found = check_file(tmp_path, "a.js", text)
    assert [d["code"] for d in found if d["severity"] == "error"] == []
    assert "FL102" in codes(tmp_path, text.replace("(xhr, s) => { s.data = JSON.stringify(other); }", "(xhr) => {}"))
    unknown_headers = text.replace("type:", "headers: hdrs, type:")
    assert [d["code"] for d in check_file(tmp_path, "a.js", unknown_headers) if d["severity"] == "error"] == []


@pytest.mark.parametrize("text", [
    launch(""),  # jQuery's default: the form type
    launch("", call="$.post"),
    launch('contentType: "application/json", headers: { "Content-Type": "text/plain" }, '),  # the header replaces it
    launch('headers: { "Content-Type": "application/json" }, beforeSend: (x) => { x.setRequestHeader("Content-Type", "text/plain"); }, '),
    launch("", '$.ajaxSetup({ contentType: "text/plain" });\n'),
    launch("", '$.ajaxSetup({ url: "/other" });\n'),
    launch('beforeSend: (xhr) => { if (token) xhr.setRequestHeader("Accept", "application/json"); }, '),
])
def test_a_string_sent_under_another_type_is_still_fl303(tmp_path: Path, text: str) -> None:
    assert codes(tmp_path, text).count("FL303") == 1


def test_a_type_ajax_setup_gives_is_the_calls_method(tmp_path: Path) -> None:
    call = f'$.ajax({{ url: "{URL}", contentType: "application/json", data: {DATA} }});\n'
    assert "FL301" in codes(tmp_path, call)
    assert "FL301" not in codes(tmp_path, '$.ajaxSetup({ type: "POST" });\n' + call)
    assert "FL301" not in codes(tmp_path, 'function f() { $.ajaxSetup({ type: "POST" }); }\n' + call)
    assert "FL301" in codes(tmp_path, '$.ajaxSetup({ type: "GET" });\n' + call)
