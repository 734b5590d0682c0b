"""A script without a suffix (`bin/launch`) is read by its `#!` line: a shell's (sh, bash, ksh…) as a `.sh` file, Python's
as a `.py` file, node's as a `.js` file; one in a language flowlint does not read (ruby, perl, fish…) is searched for a
mention of the launch (FL011). A walk takes such scripts, and `.ksh` files as shell. Before, walked, they were passed
in silence, and named, each was judged as a YAML body (`FL001 invalid YAML`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.kinds import shebang_kind

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"type\": \"flow\", \"flowId\": \"x\"}}'\n"
SCRIPTS = {
    "bin/launch-followup": "#!/usr/bin/env bash\nset -e\n" + CURL,
    "bin/launch-sh": "#!/bin/sh\n" + CURL,
    "bin/launch.ksh": "#!/usr/bin/env ksh\n" + CURL,
    "bin/launch-py": f"#!/usr/bin/env python3\nimport requests\nrequests.post('{URL}', json={{'type': 'flow', 'flowId': 'x'}})\n",
    "bin/launch-node": f"#!/usr/bin/env node\nfetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
                       "body: JSON.stringify({type: 'flow', flowId: 'x'})});\n",
}
FOREIGN = {
    "bin/launch-rb": f"#!/usr/bin/env ruby\nrequire 'net/http'\nNet::HTTP.post(URI('{URL}'), '{{}}')\n",
    "bin/launch.fish": "#!/usr/bin/env fish\n" + CURL,
}


def _write(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_a_script_is_read_by_its_interpreter_walked_or_named(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name, SCRIPTS[name])
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"]) for d in found if d["code"] == "FL101"] == [(name, "FL101")], (args, found)
        assert "FL001" not in [d["code"] for d in found]


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_script_in_a_language_not_read_gets_a_note_where_it_mentions_the_launch(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name, FOREIGN[name])
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"], d["severity"]) for d in found] == [(name, "FL011", "info")], (args, found)
    _write(tmp_path, name, FOREIGN[name].replace(URL, "https://example.com/hook"))
    found = diagnostics("--no-cache", name)
    assert [d["code"] for d in found] == ["FL012"] and "`" not in found[0]["message"].split("read")[-1][:3]
    assert ("Ruby" if "rb" in name else "fish") in found[0]["message"]


def test_the_interpreter_line_is_read() -> None:
    assert shebang_kind(b"#!/bin/bash\n") == ("shell", "bash")
    assert shebang_kind(b"#! /usr/bin/env -S python3.12 -u\n") == ("python", "python")
    assert shebang_kind(b"#!/usr/bin/env NODE_ENV=prod node\n") == ("javascript", "node")
    assert shebang_kind(b"#!/usr/bin/perl -w\n") == ("unread", "Perl")
    assert shebang_kind(b"#!\n") is None and shebang_kind(b"no line") is None
