"""A user's variable named `base` or `base_url` is read as what it is, not as a base no one wrote (reach item 2, repros
in /tmp/s39/reach/i2): the readers' own placeholder for a base they have not seen (a client passed in, a join onto a
base whose text is unknown) is core.unknown.UnseenBase, no name. A `base` imported from a module of the project's
before the whole `/api/v2/flows/executions`, with a body no launch has, is another API's, as `sched` was; one the file
writes as a Genesys Cloud host is a launch, judged."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

PY = ("import PureCloudPlatformClientV2\nimport requests\n\nusers = PureCloudPlatformClientV2.UsersApi()\nBASE_LINE\n"
      'requests.post(f"{NAME}/api/v2/flows/executions", json=BODY)\n')
JS = ("import platformClient from 'purecloud-platform-client-v2';\nBASE_LINE\n"
      "export const go = () => fetch(`${NAME}/api/v2/flows/executions`, { method: 'POST', "
      "headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BODY) });\n")
IMPORTED = {"launch.py": (PY, "from settings import NAME", '{"flowId": "nightly", "priority": 5}'),
            "launch.mjs": (JS, "import { NAME } from './settings.js';", "{ flowId: 'nightly', priority: 5 }")}


def written(tmp_path: Path, file: str, name: str, base_line: str | None = None, *extra: str) -> list[dict[str, Any]]:
    template, imported, body = IMPORTED[file]
    text = template.replace("BASE_LINE", base_line or imported).replace("NAME", name).replace("BODY", body)
    return check(tmp_path, file, text, *extra)


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found]


@pytest.mark.parametrize("name", ["base", "base_url", "scheduler"])
@pytest.mark.parametrize("file", sorted(IMPORTED))
def test_an_imported_base_before_another_apis_body_is_not_judged(tmp_path: Path, file: str, name: str) -> None:
    assert written(tmp_path, file, name) == []
    noted = written(tmp_path, file, name, None, "-v")
    assert codes(noted) == ["FL011"] and "a base URL of its own" in noted[0]["message"], noted  # reached, decided


@pytest.mark.parametrize(("file", "line"), [("launch.py", 'base = "https://api.mypurecloud.com"'),
                                            ("launch.mjs", "const base = 'https://api.mypurecloud.com';")])
def test_a_base_written_as_a_genesys_host_is_a_launch(tmp_path: Path, file: str, line: str) -> None:
    assert "FL102" in codes(written(tmp_path, file, "base", line))


def test_a_client_passed_in_with_no_base_is_still_judged(tmp_path: Path) -> None:
    """The readers' own `base_url` (a session given to the function, no base written) stays no base of the call's."""
    text = ("import PureCloudPlatformClientV2\n\ndef launch(session):\n"
            '    session.post("/api/v2/flows/executions", json={"flowId": "nightly", "priority": 5})\n')
    assert "FL102" in codes(check(tmp_path, "launch.py", text))
