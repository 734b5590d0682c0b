"""Every near miss of the launch path the full check accepts (genesys/paths.near_miss) is found through the prefilter's
one byte scan (kinds.LAUNCH_OR_NEAR_MISS, then may_launch): a word one or two edits from `executions`, `flows` one edit
away, whatever its case, in code, in a shell command and in JSON that escapes its slashes. A typo in the action's first
letters (`/flows/exucutions`, `/flows/ecxecutions`) was let through by a scan for `xec` and never read."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.genesys.paths import near_miss
from validator.sources.kinds import LAUNCH_OR_NEAR_MISS, may_launch, names_near_miss

from conftest import diagnostics

ACTION, RESOURCE = "executions", "flows"
LETTERS = string.ascii_letters


def _edits_once(word: str) -> set[str]:
    """Every word one edit from `word` (a letter added, dropped, changed, or two next to each other swapped)."""
    found = {word[:at] + word[at + 1:] for at in range(len(word))}
    found |= {word[:at] + letter + word[at:] for at in range(len(word) + 1) for letter in LETTERS}
    found |= {word[:at] + letter + word[at + 1:] for at in range(len(word)) for letter in LETTERS}
    found |= {word[:at] + word[at + 1] + word[at] + word[at + 2:] for at in range(len(word) - 1)}
    return found


def _written(path: str) -> list[tuple[str, bytes]]:
    """The path as files write it: a JavaScript literal, a curl command, a JSON string with escaped slashes."""
    url = f"https://api.mypurecloud.com{path}"
    return [("javascript", f"await fetch('{url}', {{ method: 'POST' }});\n".encode()),
            ("shell", f"curl -X POST {url} -d @body.json\n".encode()),
            ("saved-request", ('{"method": "POST", "url": "%s"}' % url.replace("/", "\\/")).encode())]


def _found(path: str) -> None:
    for kind, data in _written(path):
        assert LAUNCH_OR_NEAR_MISS(data) is not None, (path, kind)
        assert may_launch(kind, None, data), (path, kind)
    assert names_near_miss(_written(path)[0][1]), path


def test_every_word_one_edit_from_the_action_that_is_a_near_miss_is_found() -> None:
    accepted = [word for word in _edits_once(ACTION) if near_miss(f"/api/v2/flows/{word}")]
    assert len(accepted) > 200 and "exucutions" in accepted and "xecutions" in accepted  # reached: the typos of old
    for word in accepted:
        _found(f"/api/v2/flows/{word}")


def test_every_resource_one_edit_from_flows_is_found_with_the_action_written_right_or_wrong() -> None:
    resources = [word for word in _edits_once(RESOURCE) if near_miss(f"/api/v2/{word}/executions")]
    assert len(resources) > 100  # reached
    for resource in resources:
        _found(f"/api/v2/{resource}/executions")
        _found(f"/api/v2/{resource}/exucutions")


def _edited(word: str, operations: list[tuple[int, int, str]]) -> str:
    for operation, at, letter in operations:
        if not word:
            break
        at %= len(word)
        if operation == 0:
            word = word[:at] + word[at + 1:]
        elif operation == 1:
            word = word[:at] + letter + word[at:]
        elif operation == 2:
            word = word[:at] + letter + word[at + 1:]
        elif at + 1 < len(word):
            word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return word


EDIT = st.tuples(st.integers(0, 3), st.integers(0, 20), st.sampled_from(LETTERS))


@settings(max_examples=600, deadline=None, derandomize=True)
@given(action=st.lists(EDIT, min_size=1, max_size=2), resource=st.lists(EDIT, max_size=1),
       prefix=st.sampled_from(["/api/v2", "/api/v1", "/v2", "/api", ""]), cases=st.lists(st.booleans(), min_size=15, max_size=15))
def test_any_near_miss_the_full_check_accepts_is_found_by_the_prefilter(
        action: list[tuple[int, int, str]], resource: list[tuple[int, int, str]], prefix: str, cases: list[bool]) -> None:
    written = f"{_edited(RESOURCE, resource)}/{_edited(ACTION, action)}"
    shown = (letter.upper() if at < len(cases) and cases[at] else letter for at, letter in enumerate(written))
    written = "".join(shown)
    path = f"{prefix}/{written}"
    if near_miss(path):
        _found(path)


def test_a_typo_in_the_actions_first_letters_is_said_in_a_walked_tree(tmp_path: Path) -> None:
    flow = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"
    for name, path in (("exucutions.sh", "exucutions"), ("ecxecutions.sh", "ecxecutions")):
        (tmp_path / name).write_text(f"curl -X POST https://api.mypurecloud.com/api/v2/flows/{path} "
                                     f"-H 'Content-Type: application/json' -d '{{\"flowId\": \"{flow}\"}}'\n")
    said = {d["file"].rsplit("/", 1)[-1] for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] == "FL308"}
    assert said == {"exucutions.sh", "ecxecutions.sh"}, said


def test_the_common_xs_of_code_are_not_taken_for_a_near_miss() -> None:
    for data in (b"export default function index(x) { return Math.max(x, 1); }\n", b"except ValueError:\n    pass\n",
                 b"const url = `${base}/api/v2/users/${id}?expand=presence`;\n"):
        assert LAUNCH_OR_NEAR_MISS(data) is None, data
