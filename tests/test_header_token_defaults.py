"""A bearer token written as a shell expansion's literal default or alternative (`Authorization: Bearer ${TOKEN:-…}`)
is a token written in the file: FL305 says so (as it says a plain written token), at the literal, naming the
variable and never quoting the token; a `:?` message (never sent), a placeholder or an expansion with no literal
get none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import check_file, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
TOKEN = "Rr4Ee3Ww2Qq1Tt5Yy6Uu7Ii8"
CURL = "curl -X POST \"https://api.mypurecloud.com/api/v2/flows/executions\" -H \"Authorization: {value}\" " \
       "-H \"Content-Type: application/json\" -d '{{\"flowID\": \"%s\"}}'\n" % FLOW  # FL102 on `flowID`: read
HTTP = "POST https://api.mypurecloud.com/api/v2/flows/executions\nAuthorization: {value}\n" \
       "Content-Type: application/json\n\n{{\"flowID\": \"%s\"}}\n" % FLOW
FORMS = {"run.sh": CURL, "launch.http": HTTP, "README.md": "# Launch\n\n```sh\n" + CURL + "```\n",
         "Makefile": "launch:\n\t" + CURL, "package.json": '{"scripts": {"launch": %s}}\n'}


def written(name: str, value: str) -> str:
    """The file `name` launching with Authorization `value` (a shell's `${…}`): a recipe writes it `$${…}`, a
    package.json script inside a JSON string."""
    if name == "package.json":
        return FORMS[name] % json.dumps(CURL.format(value=value).strip())
    return FORMS[name].format(value=value.replace("${", "$${") if name == "Makefile" else value)


@pytest.mark.parametrize("name", sorted(FORMS))
@pytest.mark.parametrize("operator", [":-", "-", ":=", "=", ":+", "+"])
def test_a_token_written_as_a_default_is_said(tmp_path: Path, name: str, operator: str) -> None:
    text = written(name, f"Bearer ${{ACCESS_TOKEN{operator}{TOKEN}}}")
    found = check_file(tmp_path, name, text)
    assert "FL102" in [d["code"] for d in found]  # (the launch was read)
    said = [d for d in found if d["code"] == "FL305"]
    line = text[:text.index(TOKEN)].count("\n") + 1
    column = text.index(TOKEN) - text.rfind("\n", 0, text.index(TOKEN))
    assert [(d["line"], d["column"], d["end_column"]) for d in said] == [(line, column, column + len(TOKEN))]
    assert "ACCESS_TOKEN" in said[0]["message"] and "written in the file" in said[0]["message"]
    assert ("alternative" if "+" in operator else "default") in said[0]["message"]
    assert TOKEN not in said[0]["message"] + said[0].get("help", "")
    printed = flowlint("check", "--no-cache", "--no-color", str(tmp_path / name)).output
    assert printed.count("FL305") == 1 and TOKEN not in printed


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_plain_token_is_said_once_as_before(tmp_path: Path, name: str) -> None:
    said = [d for d in check_file(tmp_path, name, written(name, f"Bearer {TOKEN}")) if d["code"] == "FL305"]
    assert len(said) == 1 and "literal token" in said[0]["message"]


@pytest.mark.parametrize("value", ["Bearer ${{ACCESS_TOKEN:?{t}}}", "Bearer ${{ACCESS_TOKEN}}", "Bearer $ACCESS_TOKEN",
                                   "Bearer ${{ACCESS_TOKEN:-your_access_token}}", "Bearer ${{ACCESS_TOKEN:-$OTHER}}",
                                   "Bearer ${{ACCESS_TOKEN:-<token>}}", "Bearer ${{ACCESS_TOKEN:-}}"])
def test_no_written_token_is_said_of_none(tmp_path: Path, value: str) -> None:
    found = check_file(tmp_path, "run.sh", CURL.format(value=value.format(t=TOKEN)))
    assert "FL102" in [d["code"] for d in found] and "FL305" not in [d["code"] for d in found]
