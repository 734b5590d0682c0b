"""A Dockerfile RUN that gives its here-document to a shell (`RUN bash <<EOF`, `RUN <<EOF sh`) is read as any shell
given a here-document is (curl.commands): the outer shell expands `$ID` in an unquoted here-document before the inner
one reads it, inside its single quotes too, so the value is unknown, never the literal text `$ID`. Only the bare
`RUN <<EOF` runs the here-document itself as the script."""

from __future__ import annotations

import json

import pytest

from validator.core.unknown import Unknown
from validator.sources import curl, embedded_shell

CURL = "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"


def launches(text: str) -> list[object]:
    return [request.body for request in embedded_shell.extract("dockerfile", text)]


@pytest.mark.parametrize("run", ["RUN bash <<EOF", "RUN <<EOF sh", "RUN /bin/bash <<EOF"])
def test_a_shell_given_the_here_document_expands_its_names(run: str) -> None:
    text = f"FROM alpine\n{run}\n{CURL} -d '{{\"flowId\": \"$ID\", \"type\": \"x\"}}'\nEOF\n"
    [body] = launches(text)
    assert isinstance(body, dict) and body["type"] == "x"
    assert isinstance(body["flowId"], Unknown)


def test_the_bare_form_runs_the_here_document_as_the_script() -> None:
    text = f"FROM alpine\nRUN <<EOF\n{CURL} -d '{{\"flowId\": \"$ID\", \"type\": \"x\"}}'\nEOF\n"
    [body] = launches(text)
    assert isinstance(body, dict) and body == {"flowId": "$ID", "type": "x"}  # single-quoted: no shell expands it


def test_an_exec_form_runs_a_script_in_any_shell_curl_knows() -> None:
    assert "ksh" in curl.SHELLS
    script = f"{CURL} -d '{{\"flowId\": \"$ID\", \"type\": \"x\"}}'"
    for shell in sorted(curl.SHELLS):
        text = "FROM alpine\nCMD " + json.dumps([f"/bin/{shell}", "-c", script]) + "\n"
        [body] = launches(text)
        assert isinstance(body, dict) and body["type"] == "x", shell
