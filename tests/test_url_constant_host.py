"""A wrong host written once in a URL constant (`const URL = "https://myorg.mypurecloud.com/api/v2/flows/executions"`)
is said once, at the literal that writes it, as a base URL's is (review 25 #11): not at every call that uses it. A
suppression written there is used (no FL009), and --fix leaves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file, flowlint

HOST = "https://myorg.mypurecloud.com"
CALL = (f"fetch(URL, {{ method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
        f"body: JSON.stringify({{ flowId: '{UUID}' }}) }});\n")
TS = f'const URL = "{HOST}/api/v2/flows/executions";SUPPRESS\n' + CALL + CALL
PY = (f'import requests\n\nURL = "{HOST}/api/v2/flows/executions"SUPPRESS\n\n\ndef go():\n'
      f'    requests.post(URL, json={{"flowId": "{UUID}"}})\n    requests.post(URL, json={{"flowId": "{UUID}"}})\n')


def wrong_hosts(tmp_path: Path, name: str, text: str) -> list[tuple[object, object]]:
    found = check_file(tmp_path, name, text)
    assert not any(d["code"] == "FL009" for d in found), found
    return [(d["line"], d["column"]) for d in found if d["code"] == "FL302"]


def test_a_wrong_host_in_a_url_constant_is_said_once_at_the_literal(tmp_path: Path) -> None:
    assert wrong_hosts(tmp_path, "s.ts", TS.replace("SUPPRESS", "")) == [(1, 13)]
    assert wrong_hosts(tmp_path, "s.py", PY.replace("SUPPRESS", "")) == [(3, 7)]
    # Built from a base constant: the base's literal writes the host.
    based = f'const BASE = "{HOST}";\nconst URL = BASE + "/api/v2/flows/executions";\n' + CALL + CALL
    assert wrong_hosts(tmp_path, "b.ts", based) == [(1, 14)]
    templated = f'const BASE = "{HOST}";\nconst URL = `${{BASE}}/api/v2/flows/executions`;\n' + CALL
    assert wrong_hosts(tmp_path, "t.ts", templated) == [(1, 14)]


def test_a_url_written_at_the_call_is_still_said_there(tmp_path: Path) -> None:
    inline = CALL.replace("fetch(URL", f"fetch('{HOST}/api/v2/flows/executions'")
    assert wrong_hosts(tmp_path, "i.ts", inline + inline) == [(1, 7), (2, 7)]


def test_a_suppression_at_the_literal_is_honoured_and_kept_by_fix(tmp_path: Path) -> None:
    for name, text, comment in (("s.ts", TS, " // flowlint: ignore[FL302]"), ("s.py", PY, "  # flowlint: ignore[FL302]")):
        suppressed = text.replace("SUPPRESS", comment)
        assert wrong_hosts(tmp_path, name, suppressed) == []
        path = tmp_path / name
        flowlint("check", "--no-cache", "--fix", str(path))
        assert path.read_text() == suppressed


def test_the_literal_is_found_past_characters_of_many_bytes_and_its_help_says_what_it_serves(tmp_path: Path) -> None:
    text = "// Überprüfung: 発射 🚀\n" + TS.replace("SUPPRESS", "").replace("fetch(URL", "/* é */ fetch(URL")
    found = check_file(tmp_path, "u.ts", text)
    (wrong,) = [d for d in found if d["code"] == "FL302"]
    assert (wrong["line"], wrong["column"]) == (2, 13), found
    assert wrong["help"] == "change its host to api.mypurecloud.com (every launch using this URL is sent there)"


def test_a_failure_finding_the_literal_leaves_the_host_said_at_the_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.sources.written_hosts as written_hosts

    def broken(*args: object) -> None:
        raise RecursionError

    monkeypatch.setattr(written_hosts, "_literal_of", broken)
    found = check_file(tmp_path, "s.ts", TS.replace("SUPPRESS", ""))
    assert [(d["line"], d["column"]) for d in found if d["code"] == "FL302"] == [(2, 7), (3, 7)], found
    assert not any(d["code"] == "FL900" for d in found)
