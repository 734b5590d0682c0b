"""A curl command's URL written as a variable the same script assigns a plain literal (`URL=https://…` then
`curl "$URL"`) is that literal: the last assignment before the use. A value that may be another at the use is unknown:
assigned in a branch, a loop, a function, a subshell, from a command, after `&&`/`||`, or the script sources or evals
anything, or a function using it sees two values."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources import curl

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
OTHER = "https://api.mypurecloud.de/api/v2/flows/executions"
CURL = """curl -X POST "$URL" -H 'Content-Type: application/json' -d '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90",}'"""

ESCAPED = CURL.replace("$", "\\$")  # (in an unquoted here-document)


def url_of(script: str) -> str | None:
    requests = curl.extract(script)
    assert len(requests) == 1 and requests[0].url is not None  # reached: the curl is read
    return requests[0].url.value


@pytest.mark.parametrize("script", [
    f"URL={URL}\n{CURL}\n",
    f"#!/bin/sh\nset -eu\nexport URL='{URL}'  # the endpoint\n{CURL}\n",
    f"URL={OTHER}\nURL=\"{URL}\"\nif [ -z \"$TOKEN\" ]; then\n  echo no token; exit 1\nfi\n{CURL}\n",
    f"URL={URL}; {CURL}\n",
    f"URL={URL}\nif true; then\n  {CURL}\nfi\n",
    f"URL={URL}\nRESPONSE=$({CURL})\n",
])
def test_a_literal_assigned_before_the_use_is_the_url(script: str) -> None:
    assert url_of(script) == URL


@pytest.mark.parametrize("script", [
    f"{CURL}\nURL={URL}\n",  # assigned after the use
    f"URL={OTHER}\nif true; then\n  URL={URL}\nfi\n{CURL}\n",  # in a branch
    f"URL={OTHER}\n[ -n \"$X\" ] && URL={URL}\n{CURL}\n",
    f"URL={OTHER}\n[ -n \"$X\" ] ||\nURL={URL}\n{CURL}\n",
    f"URL={URL}\nfor i in 1 2; do\n  {CURL}\n  URL={OTHER}\ndone\n",  # in a loop
    f"URL={URL}\nset_url() {{\n  URL={OTHER}\n}}\nset_url\n{CURL}\n",  # in a function
    f"set_url() {{ URL={OTHER}; }}\nURL={URL}\nset_url\n{CURL}\n",
    f"URL={URL}\nlaunch() {{\n  {CURL}\n}}\nURL={OTHER}\nlaunch\n",  # a function seeing two values
    f"URL=$(cat url.txt)\n{CURL}\n",  # from a command
    f"URL=https://$HOST/api/v2/flows/executions\n{CURL}\n",
    f"URL={URL}\nread -r URL < url.txt\n{CURL}\n",
    f"URL={URL}\n. ./env.sh\n{CURL}\n",
    f"URL={URL}\neval \"$SETUP\"\n{CURL}\n",
    f"URL={URL}\n: \"${{URL:={OTHER}}}\"\n{CURL}\n",
    f"URL={OTHER}\n( URL={URL} )\n{CURL}\n",
    f"URL={URL} other_command\n{CURL}\n",  # only other_command's environment
    f"URL={URL} &\n{CURL}\n",
    f"URL={URL}\nbash <<EOF\n{ESCAPED}\nEOF\n",  # another shell
])
def test_a_value_that_may_be_another_is_unknown(script: str) -> None:
    assert url_of(script) is None


def test_the_launch_through_a_variable_is_checked(tmp_path: Path) -> None:
    script = f"#!/bin/sh\nURL={URL}\n{CURL}\n"
    codes = [(d["code"], d["line"]) for d in check_file(tmp_path, "launch.sh", script, contract_findings=False)]
    assert ("FL001", 3) in codes, codes  # the trailing comma: the body of a launch read
