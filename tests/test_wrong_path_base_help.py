"""FL308's help under a client base that already holds /api/v2 says what to write in the call (`/flows/executions` in
place of `/flows/execution`), not the whole launch path, which written there would be sent to /api/v2/api/v2/… (review
F13); a URL written whole keeps "send it to /api/v2/flows/executions"."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

FILES = {
    "a.js": "const axios = require('axios');\nconst client = axios.create({baseURL: 'https://api.mypurecloud.com/api/v2'});\n"
            "export const a = (flowId) => client.post('/flows/execution', {flowId});\n",
    "b.py": "import httpx\n\nclient = httpx.Client(base_url=\"https://api.mypurecloud.com/api/v2\")\n"
            "client.post(\"/flows/execution\", json={\"flowId\": \"x\"})\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_help_says_what_to_write_under_the_base(tmp_path: Path, name: str) -> None:
    found = [d for d in check_file(tmp_path, name, FILES[name], contract_findings=False) if d["code"] == "FL308"]
    assert len(found) == 1, found
    assert found[0]["help"] == ("write `/flows/executions` in place of `/flows/execution` (the base before it holds "
                                "`/api/v2`), so that it is sent to /api/v2/flows/executions")


def test_a_url_written_whole_is_told_the_launch_path(tmp_path: Path) -> None:
    text = "import httpx\nhttpx.post(\"https://api.mypurecloud.com/api/v2/flows/execution\", json={\"flowId\": \"x\"})\n"
    found = [d for d in check_file(tmp_path, "c.py", text, contract_findings=False) if d["code"] == "FL308"]
    assert [d["help"] for d in found] == ["send it to /api/v2/flows/executions"], found
