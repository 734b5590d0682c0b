"""A curl launch that reads its body from stdin (`-d @-`) is read when the command before it in a pipe writes the
body as written in the script: `echo '{…}'`, `echo -n '{…}'`, `printf '%s' '{…}'` (and so is the Genesys Cloud CLI's,
`printf '%s' '{…}' | gc flows executions create`), as `cat <<'JSON' |` and a here-document already were. A command
that changes the text (`echo -e`, `jq`, a format of other holes) leaves it a body not known, said with -v."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

BODY = '{"flowId":"c0ffee00-1234-4abc-8def-0123456789ab","inputData":{"priority":5}}'
CURL = "curl -X POST https://api.mypurecloud.ie/api/v2/flows/executions -H 'Content-Type: application/json' " \
       "-H \"Authorization: Bearer $T\" -d @-"


@pytest.mark.parametrize("writer", [f"echo '{BODY}'", f"echo -n '{BODY}'", f"printf '%s' '{BODY}'",
                                    f"printf '%s\\n' '{BODY}'", f"/bin/echo '{BODY}'"])
@pytest.mark.parametrize("reader", [CURL, "gc flows executions create"])
def test_a_body_piped_as_written_is_read(writer: str, reader: str) -> None:
    Path("launch.sh").write_text(f"#!/bin/sh\n{writer} | {reader}\n", encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", "launch.sh") if d["code"] != "FL200"]
    column = Path("launch.sh").read_text(encoding="utf-8").splitlines()[1].index('"priority"') + 1
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL203", 2, column)], found


@pytest.mark.parametrize("writer", [f"echo -e '{BODY}'", f"echo '{BODY}' | jq -c .", f"printf '%s %s' '{BODY}' x",
                                    "echo \"$BODY\""])
def test_a_body_changed_on_its_way_is_not_known_and_said(writer: str) -> None:
    Path("launch.sh").write_text(f"#!/bin/sh\n{writer} | {CURL}\n", encoding="utf-8")
    assert [d for d in diagnostics("--no-cache", "launch.sh") if d["severity"] != "info"] == []
    said = diagnostics("--no-cache", "-v", "launch.sh")
    assert [d["code"] for d in said] == ["FL011"], said  # reached: the launch read, its body not
