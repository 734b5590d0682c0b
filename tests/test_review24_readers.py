"""Review 24's findings on the code readers: what is sent, not what is written, is judged; a launch not read says so."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
HEADERS = "headers: {'Content-Type': 'application/json'}"


def pointers(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(d["code"], d["pointer"]) for d in found]


def test_a_javascript_whole_number_written_with_a_point_or_exponent_is_sent_whole(tmp_path: Path) -> None:
    # JavaScript has one number type: JSON.stringify writes 2.0 as 2 and 1e3 as 1000, so no FL208.
    for written in ("2.0", "1e3", "-0.0"):
        text = (f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
                f"{{flowId: '{UUID}', inputData: {{customerName: 'Ana', 'Flow.orderCount': {written}}}}})}});\n")
        assert pointers(check_file(tmp_path, "a.js", text)) == [("FL203", "/inputData/customerName")], written


def test_a_javascript_version_written_as_a_whole_number_is_said_as_sent(tmp_path: Path) -> None:
    text = (f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
            f"{{flowId: '{UUID}', flowVersion: 2.0}})}});\n")
    found = check_file(tmp_path, "a.js", text)
    [version] = [d for d in found if d["code"] == "FL105"]
    assert "the number 2;" in str(version["message"])


def test_a_replacer_function_makes_the_stringified_body_unknown(tmp_path: Path) -> None:
    written = ("const toNumbers = (k, v) => Number(v);\n"
               f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
               f"{{flowId: '{UUID}', inputData: {{'Flow.orderCount': '3'}}}}REPLACER)}});\n")
    for unchanged in ("", ", null", ", undefined, 2"):
        found = check_file(tmp_path, "a.js", written.replace("REPLACER", unchanged))
        assert ("FL204", "/inputData/Flow.orderCount") in pointers(found), unchanged
    for replacer in (", (k, v) => v", ", toNumbers"):
        found = check_file(tmp_path, "a.js", written.replace("REPLACER", replacer))
        assert [d for d in found if str(d["code"]).startswith("FL2")] == [], replacer


def test_an_array_replacer_keeps_only_the_named_members_at_every_depth(tmp_path: Path) -> None:
    text = (f"const KEEP = ['flowId', 'inputData', 'customerName'];\n"
            f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
            f"{{flowId: '{UUID}', inputData: {{'Flow.orderCount': '3', customerName: 'x'}}, extra: 1}}, KEEP)}});\n")
    # `Flow.orderCount` and `extra` are not sent; `customerName` is (an input the flow does not declare).
    found = pointers(check_file(tmp_path, "a.js", text))
    assert ("FL203", "/inputData/customerName") in found
    assert not [p for p in found if p[0] in ("FL204", "FL101")]


def test_an_axios_transform_request_makes_the_data_sent_unknown(tmp_path: Path) -> None:
    data = f"{{flowId: '{UUID}', inputData: {{'Flow.orderCount': '3'}}}}"
    plain = "const axios = require('axios');\nconst api = axios.create({baseURL: 'https://api.mypurecloud.com/api/v2'});\n"
    assert ("FL204", "/inputData/Flow.orderCount") in pointers(
        check_file(tmp_path, "a.js", plain + f"api.post('/flows/executions', {data});\n"))
    transform = "transformRequest: [(d) => JSON.stringify(d)]"
    for text in (
            plain.replace("/api/v2'", f"/api/v2', {transform}") + f"api.post('/flows/executions', {data});\n",
            plain + f"api.post('/flows/executions', {data}, {{{transform}}});\n",
            plain + f"api.request({{url: '/flows/executions', method: 'post', data: {data}, {transform}}});\n",
            plain + f"axios.defaults.transformRequest = [(d) => d];\naxios.post('{API}', {data});\n"):
        assert [d for d in check_file(tmp_path, "a.js", text) if str(d["code"]).startswith("FL2")] == [], text


def test_a_body_handed_to_a_function_that_may_change_it_is_not_judged_as_written(tmp_path: Path) -> None:
    body = f"{{flowId: '{UUID}', inputData: {{'Flow.orderCount': '3'}}}}"
    send = f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify(body)}});\n"
    for reads_only in ("console.log(body);\n", ""):
        found = check_file(tmp_path, "a.js", f"const body = {body};\n{reads_only}{send}")
        assert ("FL204", "/inputData/Flow.orderCount") in pointers(found), reads_only
    for changes in ("normalize(body);\n", "normalize(body.inputData);\n"):
        found = check_file(tmp_path, "a.js", f"const body = {body};\n{changes}{send}")
        assert [d for d in found if str(d["code"]).startswith("FL2")] == [], changes


def test_a_python_body_handed_to_a_function_that_may_change_it_is_not_judged_as_written(tmp_path: Path) -> None:
    written = (f'import requests\nbody = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3"}}}}\n'
               f'CALL\nrequests.post("{API}", json=body)\n')
    for reads_only in ("print(body)", "pass"):
        found = check_file(tmp_path, "a.py", written.replace("CALL", reads_only))
        assert ("FL204", "/inputData/Flow.orderCount") in pointers(found), reads_only
    for changes in ("normalize(body)", 'normalize(body["inputData"])'):
        found = check_file(tmp_path, "a.py", written.replace("CALL", changes))
        assert [d for d in found if str(d["code"]).startswith("FL2")] == [], changes


SDK = (f"import PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"
       f"body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\nbody.flow_id = '{UUID}'\n"
       "body.input_data = {'customerName': 'Ana', 'Flow.orderCount': 'x'}\n")


def test_the_python_sdk_launch_is_read_under_its_own_keyword(tmp_path: Path) -> None:
    # post_flows_executions(self, flow_launch_request, **kwargs)
    for call in ("api.post_flows_executions(body)\n", "api.post_flows_executions(flow_launch_request=body)\n"):
        assert ("FL204", "/inputData/Flow.orderCount") in pointers(check_file(tmp_path, "a.py", SDK + call)), call


def test_an_sdk_model_input_data_changed_in_place_is_not_judged_as_written(tmp_path: Path) -> None:
    call = "api.post_flows_executions(body)\n"
    assert ("FL204", "/inputData/Flow.orderCount") in pointers(check_file(tmp_path, "a.py", SDK + call))
    for change in ("body.input_data['Flow.orderCount'] = 3\n", "body.input_data.update({'Flow.orderCount': 3})\n",
                   "fill(body.input_data)\n"):
        found = check_file(tmp_path, "a.py", SDK + change + call)
        assert [d for d in found if d["code"] == "FL204"] == [], change
