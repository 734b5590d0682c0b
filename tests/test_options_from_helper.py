"""Request options made by a function of the same file (`fetch(url, launchOptions(token, body))`, axios/NestJS
`this.http.post(url, body, this.config(token))`): its one returned literal is read as the options written at the call,
its parameters bound to the call's arguments, so a wrong member in the body (FL102) and a wrong Content-Type (FL303)
are found. A helper flowlint cannot follow (imported, several returns, changed before it is returned) leaves the
options unknown: never a guess, and `check -v` says so (FL011)."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def codes(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return sorted((d["code"], d["line"]) for d in found)


def test_a_declared_helper_returning_the_init_is_followed(tmp_path: Path) -> None:
    text = f"""const API = '{API}';
function opts(body) {{
  return {{ method: 'POST', headers: {{ 'Content-Type': 'text/plain' }}, body: JSON.stringify(body) }};
}}
async function a(id) {{
  const launch = {{ flowID: id }};
  return fetch(API, opts(launch));
}}
async function b(id) {{
  return fetch(API, opts({{ flowID: id }}));
}}
"""
    found = check_file(tmp_path, "w.js", text, contract_findings=False)
    # The wrong member where each call writes it; the header where the helper writes it (said once for both calls).
    assert codes(found) == [("FL102", 6), ("FL102", 10), ("FL303", 3)], found
    assert all(d["code"] != "FL303" or "text/plain" in str(d["message"]) for d in found)


def test_an_arrow_helper_with_its_parameters_bound(tmp_path: Path) -> None:
    text = f"""const launchOptions = (token, body) => ({{
  method: 'GET',
  headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
  body: JSON.stringify(body),
}});
export async function launch(token, id) {{
  const res = await fetch('{API}', launchOptions(token, {{ flowId: '{UUID}', inputs: {{ x: 1 }} }}));
  return res.json();
}}
"""
    found = check_file(tmp_path, "w.ts", text, contract_findings=False)
    assert ("FL301", 2) in codes(found), found  # the method the helper writes
    assert ("FL101", 7) in codes(found), found  # `inputs`, written at the call
    assert not [d for d in found if d["code"] == "FL303"], found


def test_a_helper_returning_a_name_bound_to_the_literal(tmp_path: Path) -> None:
    text = f"""function init(payload) {{
  const options = {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(payload) }};
  return options;
}}
fetch('{API}', init({{ flowID: '{UUID}' }}));
"""
    found = check_file(tmp_path, "w.js", text, contract_findings=False)
    assert codes(found) == [("FL102", 5)], found


def test_a_nest_config_method_gives_the_headers(tmp_path: Path) -> None:
    text = f"""import {{ Injectable }} from '@nestjs/common';
import {{ HttpService }} from '@nestjs/axios';

@Injectable()
export class FlowService {{
  constructor(private readonly http: HttpService) {{}}

  private config(token: string) {{
    return {{ headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'text/plain' }} }};
  }}

  launch(token: string, id: string) {{
    return this.http.post('{API}', {{ flowId: id, inputData: {{}} }}, this.config(token));
  }}
}}
"""
    found = check_file(tmp_path, "svc.ts", text, contract_findings=False)
    assert codes(found) == [("FL303", 9)], found


def test_the_helper_is_read_with_the_arguments_of_its_call(tmp_path: Path) -> None:
    # One helper, two launches: each sends what its own call gives it (the parameter is no guess from the other call).
    text = f"""function opts(method, body) {{
  return {{ method, headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }};
}}
fetch('{API}', opts('POST', {{ flowId: '{UUID}' }}));
fetch('{API}', opts('PUT', {{ flowId: '{UUID}', typo: 1 }}));
"""
    found = check_file(tmp_path, "w.js", text, contract_findings=False)
    assert codes(found) == [("FL102", 5), ("FL301", 5)], found


UNFOLLOWED = {
    "imported": "import { opts } from './opts';\n",
    "several returns": "function opts(body) {\n  if (!body) return {};\n"
                       "  return { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) };\n}\n",
    "changed": "function opts(body) {\n  const o = { method: 'POST', body: JSON.stringify(body) };\n"
               "  o.headers = pick();\n  return o;\n}\n",
}


def test_a_helper_not_followed_leaves_the_options_unknown_and_says_so(tmp_path: Path) -> None:
    for case, defs in UNFOLLOWED.items():
        text = defs + f"export const go = (id) => fetch('{API}', opts({{ flowID: id }}));\n"
        quiet = check_file(tmp_path, "w.js", text, contract_findings=False)
        assert quiet == [], (case, quiet)  # nothing guessed: no FL102 on a body flowlint did not see sent, no FL303
        notes = [d for d in check_file(tmp_path, "w.js", text, "-v", contract_findings=False) if d["code"] == "FL011"]
        assert len(notes) == 1, (case, notes)
        assert "opts(" in str(notes[0]["message"]), (case, notes)


def test_every_client_reads_options_made_by_a_helper(tmp_path: Path) -> None:
    # axios's config (alone, or after the URL), got's options, a headers object: each made by a function of the file,
    # and a URL made by one read as before (its function followed for the URL, not held as options).
    text = f"""import axios from 'axios';
import got from 'got';
function launchConfig(body) {{
  return {{ method: 'post', url: '{API}', data: body, headers: {{ 'Content-Type': 'text/plain' }} }};
}}
function gotOpts(b) {{ return {{ json: b, headers: {{ 'content-type': 'text/xml' }} }}; }}
function url() {{ return '{API}'; }}
function heads(t) {{ return {{ Authorization: `Bearer ${{t}}`, 'Content-Type': 'text/csv' }}; }}
axios(launchConfig({{ flowID: '{UUID}' }}));
got.post('{API}', gotOpts({{ flowId: '{UUID}', typ: 1 }}));
fetch(url(), {{ method: 'POST', headers: heads('t'), body: JSON.stringify({{ flowId: '{UUID}', inputdata: {{}} }}) }});
axios(url(), launchConfig({{ flowId: '{UUID}', x: 2 }}));
"""
    found = check_file(tmp_path, "x.js", text, contract_findings=False)
    assert codes(found) == [("FL102", 9), ("FL102", 10), ("FL102", 11), ("FL102", 12),
                            ("FL303", 4), ("FL303", 6), ("FL303", 8)], found
