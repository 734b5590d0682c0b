"""Launches as documentation shows them: what a note says of a file it does not judge is worded from what the file holds."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file


def test_a_deep_flow_version_without_a_flow_id_is_not_called_a_flow_id(tmp_path: Path) -> None:
    # A page of launch replies holds a flowVersion two levels deep and no flowId: the note names what it holds.
    reply = '{"entities": [{"id": "e1", "name": "x", "flowVersion": {"id": "1.0"}}], "pageSize": 25}\n'
    found = check_file(tmp_path, "launches.json", reply, "-v")
    assert [d["code"] for d in found] == ["FL012"], found
    assert "its launch keys (`flowVersion`) sit two or more levels deep (a config file's, an API reply's)" \
        in found[0]["message"], found
    assert "flow ID" not in found[0]["message"]
    deep = check_file(tmp_path, "config.json", '{"app": {"target": {"flowId": "x"}}}\n', "-v")
    assert "its flow ID sits two or more levels deep" in deep[0]["message"], deep


_REQUEST = ("POST /api/v2/flows/executions HTTP/1.1\nHost: api.mypurecloud.com\nContent-Type: application/json\n\n"
            '{"flowId": "2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c", "inputs": {"caseId": "C-1"}}\n')


def test_a_docs_block_showing_the_reply_after_the_request_is_judged_on_the_request_alone(tmp_path: Path) -> None:
    # The status line ends the request: its reply (headers, body) is no second JSON value of the body.
    for status in ("HTTP/1.1 200 OK", "HTTP/2 202"):
        page = (f"# Request and response\n\n```http\n{_REQUEST}\n{status}\nContent-Type: application/json\n\n"
                '{"id": "e1", "name": "x", "selfUri": "/api/v2/flows/executions/e1"}\n```\n')
        found = check_file(tmp_path, "request-response.md", page, contract_findings=False)
        assert [(d["code"], d["line"]) for d in found] == [("FL101", 8)], found  # the request's body was read


def test_a_second_json_value_in_an_embedded_body_is_said_of_the_body(tmp_path: Path) -> None:
    script = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
              "-d '{\"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\"} {\"a\": 1}'\n")
    found = check_file(tmp_path, "launch.sh", script, contract_findings=False)
    assert [d["code"] for d in found] == ["FL001"], found
    assert found[0]["message"] == "more than one JSON value in the body: the first ends before this"


def test_asciidoc_callouts_are_taken_out_as_asciidoctor_renders_the_block(tmp_path: Path) -> None:
    # `<1>` after a member, `<2> <3>` after another, `# <1>` after a shell line's backslash: what the page shows is the
    # request without them, judged as such (its `inputs` found where the file has it), never FL001 on a callout.
    page = ("= Launching\n\n[source,http]\n----\nPOST /api/v2/flows/executions HTTP/1.1\nHost: api.mypurecloud.com\n"
            "Content-Type: application/json\n\n{\n  \"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\", <1>\n"
            "  \"inputs\": {\"caseId\": \"C-1\"} <2> <3>\n}\n----\n<1> The flow's ID.\n\n[source,bash]\n----\n"
            "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions \\ # <1>\n"
            "  -H 'Content-Type: application/json' -d '{\"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\", \"x\": 1}' // <2>\n"
            "----\n")
    found = check_file(tmp_path, "guide.adoc", page, contract_findings=False)
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL101", 11, 3), ("FL102", 19, 94)], found


def test_callouts_taken_out_keep_each_character_where_the_file_has_it() -> None:
    from validator.sources.fences import Runs, callouts_taken_out

    code = 'a: 1, <1>\nb \\<2>\nc // <1> <2>\nd <x>\n'
    text, where = callouts_taken_out(code, Runs.of(range(100, 100 + len(code) + 1)))
    assert text == 'a: 1,\nb \\<2>\nc\nd <x>\n'  # an escaped callout is text; `<x>` is none
    assert [where[k] - 100 for k in range(len(text) + 1)] == [
        *range(0, 5), *range(9, 18), *range(29, len(code) + 1)]


def test_each_body_block_is_noted_though_a_launch_is_read_beside_it(tmp_path: Path) -> None:
    # A body block with a flowId, then a launch read in another block (its body a file not found, or its own): the body
    # block is said at its place, each one, not passed in silence because a launch was read.
    page = ("# Launching\n\n```json\n{\"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\", \"inputs\": {}}\n```\n\n"
            "```bash\ncurl -X POST https://api.mypurecloud.com/api/v2/flows/executions \\\n"
            "  -H 'Content-Type: application/json' -d @body.json\n```\n\n"
            "```json\n{\"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\", \"inputData\": {}}\n```\n")
    found = check_file(tmp_path, "guide.md", page, contract_findings=False)
    notes = [(d["line"], d["message"]) for d in found if d["code"] == "FL011"]
    assert [line for line, _ in notes] == [4, 9, 13], found  # the curl's body file not found (9) was reached
    assert all(message.startswith("this block's body was not read as a launch: a block holds a body with a flowId")
               for line, message in notes if line != 9), notes
    rst = (".. code-block:: json\n\n   {\"flowId\": \"abc\", \"inputs\": {}}\n\n.. code-block:: bash\n\n"
           "   curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"
           " -d '{\"flowId\": \"2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c\"}'\n")
    found = check_file(tmp_path, "guide.rst", rst, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 3)], found


def test_a_documented_data_action_template_is_read_as_the_velocity_template_it_is(tmp_path: Path) -> None:
    # Velocity's holes where members and values go (`{ ${input.attributes} }`, `$input.count`, `#if`) are unknown, as
    # in a data action's export: never FL001; the known members around them are judged (`inputs`).
    page = ("# Execute workflow data action\n\n```\nPOST /api/v2/flows/executions\n{\n  \"flowId\": \"${input.flowId}\",\n"
            "  \"inputData\": { ${input.attributes} }\n}\n```\n\n```http\nPOST https://api.mypurecloud.com/api/v2/flows/executions\n"
            "Content-Type: application/json\n\n{\"flowId\": \"${input.flowId}\", \"inputs\": {\"Flow.count\": $input.count}}\n```\n\n"
            "```http\nPOST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
            "{\"flowId\": \"$input.flowId\", #if($input.v)\"flowVersion\": \"$esc.jsonString($input.v)\",#end \"inputData\": {}}\n```\n")
    found = check_file(tmp_path, "execute-workflow.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 15)], found


def test_a_velocity_block_is_read_as_the_template_it_is_or_noted_with_why(tmp_path: Path) -> None:
    # ```velocity (vtl, vm) writing the request line first: an HTTP request whose body is a Velocity template, read as an
    # untagged one is (holes unknown, `inputs` judged); the template alone is a body written apart from its request (the
    # action's URL is set elsewhere): noted where the page names the endpoint, with why, as a JSON body block is.
    request = "POST /api/v2/flows/executions\n{\"flowId\": \"${input.flowId}\", \"inputs\": { ${input.attributes} }}\n"
    page = f"# Execute workflow\n\n```velocity\n{request}```\n\n```vtl\n{request}```\n"
    assert _judged_lines(tmp_path, "velocity.md", page) == [("FL101", 5), ("FL101", 10)]
    adoc = f"= Execute workflow\n\n[source,velocity]\n----\n{request}----\n"
    assert _judged_lines(tmp_path, "velocity.adoc", adoc) == [("FL101", 6)]
    alone = ("# Execute workflow\n\nThe action posts to `/api/v2/flows/executions` this template:\n\n```velocity\n"
             "{\"flowId\": \"${input.flowId}\", \"inputs\": { ${input.attributes} }}\n```\n")
    found = check_file(tmp_path, "template.md", alone, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 6)] and "no request line" in found[0]["message"], found


def test_a_terraform_block_in_documentation_is_read_by_the_terraform_reader(tmp_path: Path) -> None:
    page = ("# With Terraform\n\n```hcl\nresource \"genesyscloud_integration_action\" \"launch\" {\n  name = \"Launch\"\n"
            "  category = \"Workflows\"\n  integration_id = var.integration_id\n  config_request {\n"
            "    request_type = \"POST\"\n    request_url_template = \"/api/v2/flows/executions\"\n"
            "    request_template = \"{\\\"flowId\\\": \\\"$${input.flowId}\\\", \\\"inputs\\\": { $${input.attributes} }}\"\n"
            "    headers = { Content-Type = \"application/json\" }\n  }\n}\n```\n")
    found = check_file(tmp_path, "terraform.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 11)], found  # its template read: no FL011 note


def test_a_data_action_request_in_a_json_block_is_read_by_the_data_action_reader(tmp_path: Path) -> None:
    # The export, or its `config.request` alone as docs show it: its Velocity template read, the holes unknown.
    template = '"{\\"flowId\\": \\"${input.flowId}\\", \\"inputs\\": { ${input.attributes} }}"'
    page = ("# Configure the action\n\n```json\n{\n  \"requestUrlTemplate\": \"/api/v2/flows/executions\",\n"
            "  \"requestType\": \"POST\",\n  \"headers\": {\"Content-Type\": \"application/json\"},\n"
            f"  \"requestTemplate\": {template}\n}}\n```\n\n```json\n{{\"name\": \"Launch\", \"integrationType\": "
            "\"purecloud-data-actions\", \"actionType\": \"custom\", \"config\": {\"request\": {\"requestUrlTemplate\": "
            f"\"/api/v2/flows/executions\", \"requestType\": \"POST\", \"requestTemplate\": {template}}}}}}}\n```\n")
    found = check_file(tmp_path, "action.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 8), ("FL101", 13)], found


_WRONG_BODY = '{"flowId": "2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c", "inputs": {"caseId": "C-1"}}'
_RIGHT_BODY = '{"flowId": "2f8f9c1e-3a8b-4b9a-9e5c-1d2e3f4a5b6c"}'


def _http(body: str = _WRONG_BODY) -> str:
    return ("```http\nPOST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
            f"{body}\n```\n")


def _judged_lines(tmp_path: Path, name: str, page: str, *extra: str) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in check_file(tmp_path, name, page, *extra, contract_findings=False)]


def test_a_block_the_page_marks_as_a_wrong_example_is_read_never_judged_nor_fixed(tmp_path: Path) -> None:
    from conftest import flowlint

    page = ("# Launching\n\n## Common mistakes\n\n❌ **Wrong** — the platform answers `{\"message\": \"Invalid request "
            f"body\"}}`:\n\n{_http()}\n✅ **Right**:\n\n{_http()}")
    assert _judged_lines(tmp_path, "README.md", page) == [("FL101", 20)]  # the right one, judged: its mistake found
    verbose = check_file(tmp_path, "README.md", page, "-v", contract_findings=False)
    said = [d for d in verbose if d["code"] == "FL011"]
    assert [d["line"] for d in said] == [8], verbose  # the wrong one: said with -v, at its request line
    assert said[0]["message"].startswith('this launch was not judged: the page shows it as a wrong example ("❌ **Wrong**')
    assert said[0]["message"].endswith(", line 5)")
    result = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(tmp_path / "README.md"))
    assert "-{\"flowId\"" in result.stdout and result.stdout.count("+{\"flowId\"") == 1, result.stdout
    assert "@@ -17,5 +17,5 @@" in result.stdout, result.stdout  # only the right one's hunk: the wrong one never fixed


def test_the_words_that_mark_a_wrong_example(tmp_path: Path) -> None:
    wrong = [
        f"## Bad (.http file)\n\n{_http()}",
        f"Before:\n\n{_http()}",
        f"Don't send `inputs`:\n\n{_http()}",
        f"The classic mistake:\n\n{_http()}",
        f"This won't work:\n\n{_http()}",
        f"### ✗ Incorrect\n\n{_http()}",
        f"Send it so:\n\n{_http()}\nThis fails with `400 Bad Request`: `inputs` is not a member.\n",
        f"{_http()[:-4]}\nHTTP/1.1 400 Bad Request\n```\n",
        f"= Launch\n\n.Wrong request\n[source,http]\n----\n{_http()[8:-4]}----\n",
        f"Here is what not to do:\n\n{_http()}",
        f":::danger Wrong\n\n{_http()}:::\n",
        f"{_http()}\nThe platform answers with a `400`; send the inputs in `inputData` instead:\n\n{_http(_RIGHT_BODY)}",
        f"Send:\n\n{_http()}\nThe platform would answer `400 {{\"message\": \"Invalid request body\"}}`.\n",
        f"**Before**\n\n{_http()}\n**After**\n\n{_http(_RIGHT_BODY)}",
        f"A common error, `inputs` for `inputData`:\n\n{_http()}",
        f"Send:\n\n:x: Wrong:\n\n{_http()}",
        f"The same mistake with curl, `fixtures/invalid/seed-curl.sh`:\n\n{_http()}",
        f"Example of an invalid request:\n\n{_http()}",
        f"The following body is missing the `Flow.` prefix, so the platform ignores the input:\n\n{_http()}",
        f"Sending the inputs under `inputs` instead of `inputData` is a frequent cause of 400s:\n\n{_http()}",
        f"Wrong; the platform answers 400:\n\n{_http()}",
    ]
    for number, page in enumerate(wrong):
        assert _judged_lines(tmp_path, "wrong.adoc" if page.startswith("= ") else f"wrong{number}.md", page) == [], page
    right = [
        f"Don't forget the `Flow.` prefix:\n\n{_http()}",
        f"If the flow ID is wrong, the API returns 400. Send:\n\n{_http()}",
        f"## Common mistakes\n\n✅ Right:\n\n{_http()}",
        f"To avoid a 400, send the inputs so:\n\n{_http()}",
        f"Send:\n\n{_http()}\nIf this fails with 400, check the flow ID.\n",
        f"## Wrong\n\n{_http(_RIGHT_BODY)}\nThen send:\n\n{_http()}",  # (the section's first block only)
        # a sentence between two blocks that does not introduce the second speaks of the first
        f"Wrong:\n\n{_http(_RIGHT_BODY)}\nThis fails with 400 because its flow is not published.\n\n{_http()}",
        f"## If something goes wrong\n\n{_http()}",
        f"Before you start, get a token. Then send:\n\n{_http()}",
        f"Invalidate the cached token first, then send:\n\n{_http()}",  # (a wrong word leads as a word, not a prefix)
        f"## Badges and status\n\n{_http()}",
        f"## Avoiding common mistakes\n\n{_http()}",
        f"Invalid or expired tokens are refused, so refresh first and then send:\n\n{_http()}",  # (what follows "so")
        f"{_http()}\nThe API returns 400 for a malformed body, so check yours with flowlint before you deploy.\n",
        f"Send:\n\n{_http()}\nThe platform answers 400 for any body without the prefix.\n",  # (a kind of body)
    ]
    for number, page in enumerate(right):
        assert ("FL101", page.count("\n", 0, page.rindex('"inputs"')) + 1) in _judged_lines(
            tmp_path, f"right{number}.md", page), page


def test_the_words_that_mark_a_wrong_example_in_other_languages(tmp_path: Path) -> None:
    # Genesys's users write their pages in their own languages (/tmp/s39/review F9): a wrong example labelled in German,
    # Spanish, French, Portuguese, Italian, Japanese, Chinese is read and never judged nor fixed, as an English one is.
    wrong = ["Falsch:", "Falsches Beispiel:", "So nicht:", "Die Plattform antwortet mit 400:", "Ejemplo incorrecto:",
             "Incorrecto:", "Mauvais exemple (la plateforme répond 400) :", "À éviter :", "Exemplo errado:",
             "Esempio sbagliato:", "間違った例:", "悪い例", "错误示例：", "## Häufige Fehler", "### ❌ Falsch", "Nicht richtig:"]
    for number, label in enumerate(wrong):
        page = f"# Flow starten\n\n{label}\n\n{_http()}\nRichtig / Correcto / Correct :\n\n{_http(_RIGHT_BODY)}"
        assert _judged_lines(tmp_path, f"wrong{number}.md", page) == [], page
    right = ["Richtig:", "Correcto:", "Bon exemple :", "Exemplo correto:", "Esempio corretto:", "正しい例:", "Stattdessen:",
             "Wenn die ID falsch ist, antwortet die Plattform mit 400. Senden Sie:", "Besser, nicht falsch:",
             "Nicht vergessen, das Präfix `Flow.` zu setzen:"]
    for number, label in enumerate(right):
        page = f"# Flow starten\n\n{label}\n\n{_http()}"
        assert ("FL101", 9) in _judged_lines(tmp_path, f"right{number}.md", page), page


def test_a_wrong_example_labelled_in_german_is_never_fixed(tmp_path: Path) -> None:
    from conftest import flowlint

    page = f"# Flow starten\n\nFalsch:\n\n{_http()}\nRichtig:\n\n{_http()}"
    result = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(tmp_path / "README.md")) \
        if (tmp_path / "README.md").write_text(page, encoding="utf-8") else None
    assert result is not None and result.stdout.count("+{\"flowId\"") == 1, result  # the right one's fix only
    assert "@@ -15,5 +15,5 @@" in result.stdout, result.stdout


def test_a_labels_words_are_judged_in_time_linear_in_their_length() -> None:
    # A one-line label (a heading, a block title) may be any length: its stars once made the lead pattern try every
    # split of them (quadratic: 8,000 took 0.5 s, a million hours); a label is judged on its first characters only.
    from validator.sources.examples import marks_wrong

    assert marks_wrong("Before" + "*" * 1_000_000 + "x")  # (as far as it is read: "Before****…", a Before label)
    assert marks_wrong("Wrong" + " x" * 1_000_000) and not marks_wrong("Send" + "*" * 1_000_000 + " x")


def test_a_reply_named_or_shown_as_curl_prints_it_ends_the_documented_request(tmp_path: Path) -> None:
    # `Response:` (or `### Response`) and curl -v's `< HTTP/1.1 …` start the reply as a status line does; a 400 reply
    # shows the platform refusing the request: a wrong example, read and not judged.
    request = _http()[:-4]
    page = (f"{request}\nResponse:\n\n{{\"id\": \"e1\"}}\n```\n\n{request}\n### Response\n{{\"id\": \"e1\"}}\n```\n\n"
            f"{request}\n< HTTP/1.1 400 Bad Request\n< Content-Type: application/json\n{{\"message\": \"Invalid request body\"}}\n```\n")
    found = check_file(tmp_path, "replies.md", page, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 5), ("FL101", 16), ("FL011", 23)], found
    assert found[2]["message"].endswith('wrong example ("< HTTP/1.1 400 Bad Request", line 28)'), found[2]


def test_each_body_block_is_noted_where_the_endpoint_is_named_only_in_prose(tmp_path: Path) -> None:
    page = ("# Launching\n\nSend it with `POST /api/v2/flows/executions`:\n\n```json\n{\"flowId\": \"a\", \"inputs\": {}}\n```\n\n"
            "Or with a version:\n\n```json\n{\"flowId\": \"b\", \"flowVersion\": \"2.0\"}\n```\n")
    found = check_file(tmp_path, "guide.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 6), ("FL011", 12)], found
    assert found[0]["message"].startswith("the file mentions the launch endpoint, but no launch was read in it: a block")
    assert found[1]["message"].startswith("this block's body was not read as a launch: a block holds a body")


def test_a_suppression_in_a_wrong_example_is_the_example_s_never_said_unused_nor_removed(tmp_path: Path) -> None:
    from conftest import flowlint

    page = ("## Bad\n\n```js\n// flowlint: ignore[FL302]\nawait fetch('https://api.mypurecloud.com/api/v2/flows/executions', "
            "{method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({flowId: ID})});\n```\n\n"
            "## Good\n\n```js\n// flowlint: ignore[FL302]\nawait fetch('https://api.mypurecloud.com/api/v2/flows/executions', "
            "{method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({flowId: ID})});\n```\n")
    found = check_file(tmp_path, "FL009.md", page, "-v", contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 5)], found
    result = flowlint("check", "--no-cache", "--diff", str(tmp_path / "FL009.md"))  # the right one's is removed, alone
    assert result.stdout.count("-// flowlint: ignore[FL302]") == 1 and "@@ -8,6 +8,5 @@" in result.stdout, result.stdout


def test_a_docs_block_showing_requests_one_after_another_reads_each(tmp_path: Path) -> None:
    second = _http()[8:-4]  # (the request alone, after a blank line: no `###` between, as docs write it)
    page = f"{_http(_RIGHT_BODY)[:-4]}\n{second}```\n"
    found = check_file(tmp_path, "two.md", page, contract_findings=False)
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 10)], found  # the second's body, read as its own
