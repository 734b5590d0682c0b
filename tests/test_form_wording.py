"""What FL304 tells a user whose body is sent as a form, in the words of the client that sends it: jQuery serializes an
object `data` as a form whatever `contentType` says (so setting it to JSON is not enough: JSON.stringify the data), and
with `processData: false` sends the object as "[object Object]"; Artillery's `form:` / `formData:` are its own options
(send `json:`), not Python's `data=`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = "{ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputData: {} }"


def _fl304(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    return [(str(d["message"]), str(d["help"])) for d in check_file(tmp_path, name, text) if d["code"] == "FL304"]


@pytest.mark.parametrize("content_type", ["contentType: 'application/json',", ""])
def test_jquery_says_an_object_data_is_a_form_whatever_content_type_says(tmp_path: Path, content_type: str) -> None:
    said = _fl304(tmp_path, "a.js", f"$.ajax({{ url: '{URL}', method: 'POST', {content_type} data: {BODY} }});\n")
    assert len(said) == 1, said
    message, help_text = said[0]
    assert "unless contentType says otherwise" not in message  # (it says JSON here, and jQuery still sends a form)
    assert "whatever contentType says" in message and "form" in message
    assert "JSON.stringify" in help_text


def test_jquery_without_processing_sends_object_object(tmp_path: Path) -> None:
    said = _fl304(tmp_path, "a.js", f"$.ajax({{ url: '{URL}', method: 'POST', contentType: 'application/json', "
                                    f"processData: false, data: {BODY} }});\n")
    assert len(said) == 1, said
    assert "[object Object]" in said[0][0] and "jQuery" in said[0][0], said
    assert "JSON.stringify" in said[0][1]


def test_jquery_without_processing_sends_url_search_params_as_a_form(tmp_path: Path) -> None:
    said = _fl304(tmp_path, "a.js", f"$.ajax({{ url: '{URL}', method: 'POST', processData: false, "
                                    "data: new URLSearchParams({ flowId: 'x' }) });\n")
    assert len(said) == 1 and "form" in said[0][0] and "[object Object]" not in said[0][0], said


def test_jquery_with_an_unknown_process_data_is_not_judged(tmp_path: Path) -> None:
    found = check_file(tmp_path, "a.js", f"$.ajax({{ url: '{URL}', method: 'POST', contentType: 'application/json', "
                                         f"processData: raw, data: {BODY} }});\n")
    assert any(d["code"].startswith("FL2") for d in found), found  # (reached: the launch was read)
    assert not [d for d in found if d["code"] == "FL304"], found


@pytest.mark.parametrize(("member", "sent"), [("form", "x-www-form-urlencoded"), ("formData", "multipart/form-data")])
def test_artillery_form_is_said_in_artillerys_words(tmp_path: Path, member: str, sent: str) -> None:
    text = ("config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n      - post:\n"
            f"          url: /api/v2/flows/executions\n          {member}:\n"
            "            flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\n")
    said = _fl304(tmp_path, "load.yml", text)
    assert len(said) == 1, said
    message, help_text = said[0]
    assert "Artillery" in message and f"`{member}:`" in message and sent in message, said
    assert "data=" not in message + help_text and "json=" not in help_text  # (Python's words)
    assert "`json:`" in help_text
