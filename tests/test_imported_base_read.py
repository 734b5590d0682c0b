"""A base URL imported from a module of the run that binds it to a host (`from config import sched` of `sched =
"https://api.mypurecloud.com"`, `import { base } from './config.js'`) is read as that host: a launch built on the
platform's host is judged, not taken for another API's flows/executions on the import alone (it was said only with
-v, as "a base URL of its own that does not say Genesys Cloud"). A base the run does not hold stays unknown, as before;
one the module binds to a host of the project's own is that host's."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

PY = '''import PureCloudPlatformClientV2
import requests

api = PureCloudPlatformClientV2.UsersApi()
from config import sched
requests.post(f"{sched}/api/v2/flows/executions", json={"flowId": "nightly", "priority": 5})
'''
JS = '''import platformClient from 'purecloud-platform-client-v2';
import { base } from './config.js';
export const go = () => fetch(`${base}/api/v2/flows/executions`, { method: 'POST', ''' \
     '''headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: 'nightly', priority: 5 }) });
'''
CASES = {"python": ("launch.py", PY, "config.py", 'sched = "%s"\n', 6),
         "javascript": ("run.mjs", JS, "config.js", 'export const base = "%s";\n', 3)}


def _codes(tmp_path: Path, *extra: str) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in diagnostics("--no-cache", *extra, str(tmp_path)) if not d["code"].startswith("FL2")]


@pytest.mark.parametrize("language", sorted(CASES))
def test_an_imported_platform_host_is_read_and_the_launch_judged(tmp_path: Path, language: str) -> None:
    name, text, config, binds, line = CASES[language]
    (tmp_path / name).write_text(text)
    # reached: without the module in the run, the base is not known, and said as before (-v)
    assert _codes(tmp_path, "-v") == [("FL011", line)]
    (tmp_path / config).write_text(binds % "https://api.mypurecloud.com")
    assert _codes(tmp_path) == [("FL104", line), ("FL102", line)]


@pytest.mark.parametrize("language", sorted(CASES))
def test_an_imported_host_of_the_projects_own_stays_another_apis(tmp_path: Path, language: str) -> None:
    name, text, config, binds, line = CASES[language]
    (tmp_path / name).write_text(text)
    (tmp_path / config).write_text(binds % "http://scheduler:8080")
    assert _codes(tmp_path) == []
    assert _codes(tmp_path, "-v") == [("FL011", line)]  # reached: read, and said as another API's
