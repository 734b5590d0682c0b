"""The fixes of launches that send one body (bound to one name) are proven alone without first being proven in every
half of their round: such a fix edits where another launch writes its body, so no proof of a round vouches for it
(LaunchProofs._reaching); and the launches sharing it make the same edit, so the edited file is read once for them
(Extractions keeps the edited text read last). A file of N such pairs took 4N+1 extractions of the whole file; N now."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import validator.sources.extract as extract
from validator.checker.engine import CheckOptions, LaunchProofs, check_documents
from validator.run.runner import documents_of

from conftest import UUID

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _pairs(pairs: int, inline: int = 0) -> str:
    return "".join(f"const body{n} = {{flowId: '{UUID}', inputs: {{customerName: 'x'}}}};\n"
                   f"fetch('{API}', {{method: 'POST', body: JSON.stringify(body{n})}});\n"
                   f"fetch('{API}', {{method: 'POST', body: JSON.stringify(body{n})}});\n" for n in range(pairs)) + "".join(
        f"fetch('{API}', {{method: 'POST', body: JSON.stringify({{flowId: '{UUID}', inputs: {{customerName: 'n{n}'}}}})}});\n"
        for n in range(inline))


def _checked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> tuple[list[Any], int]:
    path = tmp_path / "launch.js"
    path.write_text(text)
    documents = documents_of(str(path))
    extractions = [0]
    real = extract.launches_in

    def counted(*args: Any, **kwargs: Any) -> Any:
        extractions[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "launches_in", counted)
    diagnostics = check_documents(documents, CheckOptions(render_fixes=True))
    monkeypatch.setattr(extract, "launches_in", real)
    return [d for d in diagnostics if d.fix is not None and d.fix.edits], extractions[0]


@pytest.mark.parametrize("pairs", [3, 6])
def test_the_fixes_of_a_shared_body_cost_one_extraction(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pairs: int) -> None:
    fixed, extractions = _checked(monkeypatch, tmp_path, _pairs(pairs))
    # every launch's fix proven alone, with the edit of the body it sends (both launches of a pair: the same edit)
    assert [d.code for d in fixed] == ["FL101"] * (2 * pairs)
    assert all(d.fix.edits[0].content == 'Data: {"Flow.customerName": "x"' for d in fixed)
    assert extractions == pairs  # before: 4 a pair and 1 (every half of the round proven, then each fix alone)


def test_fixes_of_bodies_written_at_their_calls_are_still_proven_together(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    reached: list[set[int]] = []
    real = LaunchProofs._reaching

    def recorded(items: Any) -> set[int]:
        found = real(items)
        reached.append(found)
        return found

    monkeypatch.setattr(LaunchProofs, "_reaching", staticmethod(recorded))
    fixed, extractions = _checked(monkeypatch, tmp_path, _pairs(1, inline=5))
    assert len(fixed) == 7
    assert reached == [{0, 1}]  # only the two launches sending `body0`
    assert extractions == 2  # the five written at their calls proven together once, the shared body's fix alone once
