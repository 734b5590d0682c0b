"""JavaScript launch URLs built by the ways Node code joins a base and a path: `[base, path].join('/')`, `new URL(path,
base)` (with `.href`, `.toString()`, `String(…)`), `path.join`/`path.posix.join`, `url.resolve`, `util.format('%s/…',
base)`. Each is read as the launch URL, its unknown holes unknown: the body is checked (FL102), a host written wrong
is judged (FL302), an unknown one never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

HEAD = """const path = require('path');
const url = require('url');
const util = require('util');
const { join } = require('node:path');
import { format } from 'node:util';
const base = process.env.GENESYS_API;
"""
INIT = "{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowID: '%s' }) }" % UUID
LAUNCH = "api/v2/flows/executions"

BUILT = {
    "array join": f"[BASE, '{LAUNCH}'].join('/')",
    "array join of segments": "[BASE, 'api', 'v2', 'flows/executions'].join('/')",
    "new URL href": f"new URL('/{LAUNCH}', BASE).href",
    "new URL toString": f"new URL('/{LAUNCH}', BASE).toString()",
    "String of a new URL": f"String(new URL('{LAUNCH}', BASE + '/'))",
    "path.posix.join": f"path.posix.join(BASE, '{LAUNCH}')",
    "path.join": "path.join(BASE, '/api/v2', 'flows/executions')",
    "join from node:path": f"join(BASE, '{LAUNCH}')",
    "url.resolve": f"url.resolve(BASE, '/{LAUNCH}')",
    "util.format": f"util.format('%s/{LAUNCH}', BASE)",
    "format from node:util": "format('%s/api/%s/%s', BASE, 'v2', 'flows/executions')",
}


@pytest.mark.parametrize("case", sorted(BUILT))
def test_a_built_url_is_the_launch_url(tmp_path: Path, case: str) -> None:
    built = BUILT[case]
    # An unknown base: the launch is read (its body judged), its host is never judged.
    text = HEAD + f"fetch({built.replace('BASE', 'base')}, {INIT});\n"
    found = {d["code"] for d in check_file(tmp_path, "a.js", text, contract_findings=False)}
    assert found == {"FL102"}, (case, found)
    # Bound to a name first, then sent: the same, and no note that the mention went to a call not read.
    text = HEAD + f"const launchUrl = {built.replace('BASE', 'base')};\nfetch(launchUrl, {INIT});\n"
    found = {d["code"] for d in check_file(tmp_path, "b.js", text, contract_findings=False)}
    assert found == {"FL102"}, (case, found)
    # A known base with a wrong host (the web app's, not the API's): judged.
    text = HEAD + f"fetch({built.replace('BASE', repr('https://apps.mypurecloud.com'))}, {INIT});\n"
    found = {d["code"] for d in check_file(tmp_path, "c.js", text, contract_findings=False)}
    assert found == {"FL102", "FL302"}, (case, found)


def test_what_is_not_known_stays_unknown(tmp_path: Path) -> None:
    # A separator, a format or a path step flowlint does not know: no URL is guessed, so no launch is judged.
    for built in ("[base, 'api/v2/flows/executions'].join(sep)", "util.format(fmt, base, 'api/v2/flows/executions')",
                  "path.join(base, '../api/v2/flows/executions')", "[...parts, 'api/v2/flows/executions'].join('/')"):
        text = HEAD + f"fetch({built}, {INIT});\n"
        found = check_file(tmp_path, "d.js", text, contract_findings=False)
        assert not [d for d in found if d["code"] in ("FL102", "FL302")], (built, found)


def test_a_join_that_is_no_url(tmp_path: Path) -> None:
    # A `join` of the file's own is no path.join: followed as the file's function (here one whose result is not known).
    text = HEAD.replace("const { join } = require('node:path');\n", "") + \
        "function join(...parts) { return parts.reverse().join('/'); }\n" \
        f"fetch(join('https://apps.mypurecloud.com', '{LAUNCH}'), {INIT});\n"
    found = check_file(tmp_path, "e.js", text, contract_findings=False)
    assert not [d for d in found if d["code"] in ("FL102", "FL302")], found


def test_a_mention_passed_to_another_call_is_still_noted(tmp_path: Path) -> None:
    # Beside a launch read, the endpoint joined by path.join is read where it is sent; one passed to a call flowlint
    # does not read is still said (FL011), in a file with non-ASCII text before it (offsets in characters, not bytes).
    text = HEAD + "// héllo ünïcode\n" + f"fetch('https://api.mypurecloud.com/{LAUNCH}', {INIT});\n" + \
        f"const joined = path.join(base, '{LAUNCH}');\nconst other = send(base, '{LAUNCH}');\n"
    found = check_file(tmp_path, "f.js", text, contract_findings=False)
    notes = [d for d in found if d["code"] == "FL011"]
    assert [d["line"] for d in notes] == [10], found
    assert "send(" in str(notes[0]["message"])
