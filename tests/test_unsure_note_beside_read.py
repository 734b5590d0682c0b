"""A request whose method and body flowlint cannot see (a launch or a status read) is noted (FL011); beside a launch
read in the same file the note speaks of that request, never "flowlint read no launch in it", which the file's other
findings contradict."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
UNSURE = "const status = (id, options) => fetch(`" + API + "/${id}`, options);\n"


def test_alone_the_note_says_the_file_holds_no_launch_read(tmp_path: Path) -> None:
    notes = [d for d in check_file(tmp_path, "a.js", UNSURE) if d["code"] == "FL011"]
    assert len(notes) == 1 and "flowlint read no launch in it" in notes[0]["message"]


def test_beside_a_launch_read_the_note_speaks_of_its_request(tmp_path: Path) -> None:
    read = (f"fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
            f"body: JSON.stringify({{flowId: '{UUID}', inputs: 1}})}});\n")
    found = check_file(tmp_path, "a.js", UNSURE + read)
    assert "FL101" in {d["code"] for d in found}  # reached: the launch beside it was read
    notes = [d for d in found if d["code"] == "FL011"]
    assert len(notes) == 1 and notes[0]["message"].startswith("this mention of the launch endpoint was not read as a launch")
