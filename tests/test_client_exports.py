"""An HTTP client's export named or walked is read as that export: each request it holds is a saved request, its body
checked where the client writes it. Insomnia's v4 export (`resources`), Bruno's collection (`items`, folders'
`items`), Thunder Client's collection (`requests`) and Hoppscotch's (`requests`, `folders`; its URL the `endpoint`).
Before, a named export was judged as ONE launch body (FL103 and FL102 on the export's own members, and an unsafe fix
renaming Bruno's `version` to `flowVersion`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
STORE = str(Path(__file__).resolve().parents[1] / ".flowlint" / "flows")
GOOD = {"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}
WRONG = {"flowId": UUID, "inputData": {"Flow.customerName": "Ann", "Flow.orderCount": "2"}}  # FL204
UNPREFIXED = {"flowId": UUID, "inputData": {"customerName": "Ann"}}  # FL203, fixed safely by adding `Flow.`

pytestmark = pytest.mark.usefixtures("in_tmp")


def insomnia(body: dict[str, Any], url: str = API) -> dict[str, Any]:
    return {"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v2023.5.8", "resources": [
        {"_id": "wrk_1", "_type": "workspace", "name": "CC"},
        {"_id": "req_0", "_type": "request", "parentId": "wrk_1", "name": "Token", "method": "GET",
         "url": "https://api.mypurecloud.com/api/v2/users/me", "body": {}, "headers": []},
        {"_id": "req_1", "_type": "request", "parentId": "wrk_1", "name": "Launch", "method": "POST", "url": url,
         "body": {"mimeType": "application/json", "text": json.dumps(body, indent=2)},
         "headers": [{"name": "Content-Type", "value": "application/json"}]}]}


def bruno(body: dict[str, Any], url: str = API) -> dict[str, Any]:
    request = {"url": url, "method": "POST", "headers": [], "body": {"mode": "json", "json": json.dumps(body)},
               "auth": {"mode": "none"}}
    return {"name": "Genesys", "version": "1", "items": [
        {"type": "folder", "name": "Flows", "items": [{"type": "http-request", "name": "Launch", "seq": 1, "request": request}]}],
        "environments": []}


def thunder(body: dict[str, Any], url: str = API) -> dict[str, Any]:
    request = {"_id": "r1", "colId": "c1", "containerId": "", "name": "Launch", "url": url, "method": "POST", "sortNum": 10000,
               "headers": [], "body": {"type": "json", "raw": json.dumps(body), "form": []}}
    return {"clientName": "Thunder Client", "collectionName": "Genesys", "collectionId": "c1", "version": "1.2",
            "folders": [], "requests": [request]}


def hoppscotch(body: dict[str, Any], url: str = API) -> list[dict[str, Any]]:
    request = {"v": "1", "name": "Launch", "method": "POST", "endpoint": url, "params": [], "headers": [],
               "auth": {"authType": "none", "authActive": True}, "preRequestScript": "", "testScript": "",
               "body": {"contentType": "application/json", "body": json.dumps(body)}}
    return [{"v": 1, "name": "Genesys", "requests": [], "folders": [{"v": 1, "name": "Flows", "folders": [], "requests": [request]}]}]


EXPORTS = [pytest.param(insomnia, id="insomnia"), pytest.param(bruno, id="bruno"), pytest.param(thunder, id="thunder"),
           pytest.param(hoppscotch, id="hoppscotch")]


def codes(said: list[dict[str, Any]]) -> list[str]:
    return sorted(d["code"] for d in said if d["code"] != "FL200")


def check(*names: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", "--contracts", STORE, *names)


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_s_launch_is_checked_where_it_is_written(tmp_path: Path, export: Any) -> None:
    (tmp_path / "export.json").write_text(json.dumps(export(GOOD), indent=2))
    assert codes(check("export.json")) == []
    (tmp_path / "export.json").write_text(json.dumps(export(WRONG), indent=2))
    said = [d for d in check("export.json") if d["code"] != "FL200"]
    assert codes(said) == ["FL204"]
    line = (tmp_path / "export.json").read_text().splitlines()[said[0]["line"] - 1]
    assert "Flow.orderCount" in line  # in the body text, where the export writes it
    assert codes(check(".")) == ["FL204"]  # walked: the same


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_s_fix_edits_only_its_body_text(tmp_path: Path, export: Any) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export(UNPREFIXED), indent=2))
    before = path.read_text()
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "export.json")
    after = path.read_text()
    assert after != before
    fixed = json.dumps(export(GOOD), indent=2)
    assert _texts_read(json.loads(after)) == _texts_read(json.loads(fixed))  # the body's text fixed, nothing else changed
    assert codes(check("export.json")) == []


def test_an_insomnia_export_s_diff_is_a_patch_that_applies(tmp_path: Path) -> None:
    # Its bookkeeping (`_type`, `_id`, `parentId`, the export's date and source) was masked as a recording's values are,
    # so every --diff of an export held a masked line: no patch (review A 3). A secret in it is still masked.
    path = tmp_path / "export.json"
    path.write_text(json.dumps(insomnia(UNPREFIXED)))  # one line: the hunk shows every member
    result = flowlint("check", "--no-cache", "--contracts", STORE, "--diff", "export.json")
    assert result.stdout.startswith("--- export.json") and '"_id": "req_1"' in result.stdout, result.output
    assert '"__export_source": "insomnia.desktop.app:v2023.5.8"' in result.stdout
    assert "*" not in result.stdout and "masked" not in result.stderr
    secret = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg"
    exported = insomnia(UNPREFIXED)
    exported["resources"][2]["headers"].append({"name": "Authorization", "value": secret})
    exported["resources"][2]["description"] = "an export"
    path.write_text(json.dumps(exported))
    shown = flowlint("check", "--no-cache", "--contracts", STORE, "--diff", "export.json").output
    assert "eyJ" not in shown and "Flow.customerName" in shown  # reached: the same fix, the token hidden


def _texts_read(value: Any) -> Any:
    """The export with each JSON text it holds parsed (a fix re-formats the text it edits, never its meaning)."""
    if isinstance(value, dict):
        return {key: _texts_read(member) for key, member in value.items()}
    if isinstance(value, list):
        return [_texts_read(item) for item in value]
    if isinstance(value, str) and value.lstrip().startswith("{"):
        return json.loads(value)
    return value


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_to_another_api_is_silent_walked_and_noted_named(tmp_path: Path, export: Any) -> None:
    (tmp_path / "export.json").write_text(json.dumps(export({"name": "x", "version": "2"}, "https://api.example.com/v1/items")))
    assert codes(check(".")) == []
    said = check("export.json")
    assert codes(said) == ["FL012"] and "saved request" in said[0]["message"]
    # reached: the same export to the launch endpoint is read
    (tmp_path / "export.json").write_text(json.dumps(export({"name": "x", "version": "2"})))
    assert "FL103" in codes(check("export.json"))


def test_a_bruno_collection_s_own_version_is_never_renamed(tmp_path: Path) -> None:
    path = tmp_path / "collection.json"
    path.write_text(json.dumps(bruno(GOOD), indent=2))
    assert codes(check("collection.json")) == []
    before = path.read_text()
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", "collection.json")
    assert path.read_text() == before


def test_a_hoppscotch_variable_is_unknown_never_a_flow_name(tmp_path: Path) -> None:
    export = hoppscotch({"flowId": "<<flowId>>", "inputData": {"Flow.customerName": "Ann"}})
    export[0]["folders"][0]["requests"][0]["endpoint"] = "<<baseUrl>>/api/v2/flows/executions"
    (tmp_path / "export.json").write_text(json.dumps(export, indent=2))
    assert codes(check("export.json")) == []
    # reached: a literal flow name there is judged
    (tmp_path / "export.json").write_text(json.dumps(export, indent=2).replace("<<flowId>>", "Order follow-up"))
    assert codes(check("export.json")) == ["FL104"]


INSOMNIA_V5 = f"""type: collection.insomnia.rest/5.0
name: CC
meta:
  id: wrk_1
collection:
  - name: Flows
    meta:
      id: fld_1
    children:
      - url: "{{{{ _.base_url }}}}/api/v2/flows/executions"
        name: Launch
        meta:
          id: req_1
        method: POST
        body:
          mimeType: application/json
          text: |-
            {{
              "flowId": "{UUID}",
              "inputData": {{"customerName": "Ann"}}
            }}
        headers:
          - name: Content-Type
            value: application/json
environments:
  name: Base
  data:
    base_url: https://api.mypurecloud.com
"""


def test_an_insomnia_v5_yaml_export_is_read_as_its_requests(tmp_path: Path) -> None:
    path = tmp_path / "insomnia.yaml"
    path.write_text(INSOMNIA_V5)
    said = [d for d in check("insomnia.yaml") if d["code"] != "FL200"]
    assert [(d["code"], d["line"]) for d in said] == [("FL203", 20)]
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "insomnia.yaml")
    assert path.read_text() == INSOMNIA_V5.replace('"customerName"', '"Flow.customerName"')
    assert codes(check(".")) == []
