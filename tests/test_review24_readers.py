"""Review 24's findings on the code readers: what is sent, not what is written, is judged; a launch not read says so."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
HEADERS = "headers: {'Content-Type': 'application/json'}"


def pointers(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(d["code"], d["pointer"]) for d in found]


def test_a_javascript_whole_number_written_with_a_point_or_exponent_is_sent_whole(tmp_path: Path) -> None:
    # JavaScript has one number type: JSON.stringify writes 2.0 as 2 and 1e3 as 1000, so no FL208.
    for written in ("2.0", "1e3", "-0.0"):
        text = (f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
                f"{{flowId: '{UUID}', inputData: {{customerName: 'Ana', 'Flow.orderCount': {written}}}}})}});\n")
        assert pointers(check_file(tmp_path, "a.js", text)) == [("FL203", "/inputData/customerName")], written


def test_a_javascript_version_written_as_a_whole_number_is_said_as_sent(tmp_path: Path) -> None:
    text = (f"fetch('{API}', {{method: 'POST', {HEADERS}, body: JSON.stringify("
            f"{{flowId: '{UUID}', flowVersion: 2.0}})}});\n")
    found = check_file(tmp_path, "a.js", text)
    [version] = [d for d in found if d["code"] == "FL105"]
    assert "the number 2;" in str(version["message"])
