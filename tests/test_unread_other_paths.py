"""No FL011 note for another API's `…/api/flows/executions` (a segment other than Genesys Cloud's v2 just before it, in a
URL whose host is not written): it is not the launch endpoint whatever the base; the endpoint itself, a path whose
base is not seen, or a URL that writes its host, keeps its note."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

ROUTE = """\
export async function POST(request: Request) {{
  const body = await request.json();
  const response = await fetch(`{url}`, {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flow_name: body.flow_name, initial_state: body.initial_state }}),
  }});
  return response.json();
}}
"""


def notes(tmp_path: Path, name: str, text: str) -> list[str]:
    return [d["message"] for d in check_file(tmp_path, name, text, "--verbose") if d["code"] == "FL011"]


@pytest.mark.parametrize("url", ["${process.env.API_URL}/api/flows/executions", "${API}/v1/flows/executions"])
def test_another_apis_flows_executions_path_gets_no_note(tmp_path: Path, url: str) -> None:
    assert notes(tmp_path, "route.ts", ROUTE.format(url=url)) == []
    python = f'import requests\nrequests.post(f"{{BASE}}{url[url.index("}") + 1:]}", json={{"flow_name": "x"}}, timeout=5)\n'
    assert notes(tmp_path, "a.py", python) == []


@pytest.mark.parametrize("url", ["${process.env.API_URL}/flows/executions", "${API}/api/v2/flows/executions",
                                 "https://api.mypurecloud.com/flows/executions"])
def test_a_path_that_may_be_the_endpoint_keeps_its_note(tmp_path: Path, url: str) -> None:
    assert len(notes(tmp_path, "route.ts", ROUTE.format(url=url).replace("fetch(", "send("))) == 1
